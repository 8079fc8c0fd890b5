-- Retention (RECARGA_RETENTION_DAYS): a logged unanswered question keeps its text for the
-- editors but loses the user's id once it is older than the retention period (the scheduler
-- sets user_id to null), so user_id becomes nullable. SQLite cannot drop NOT NULL in place: the
-- table is rebuilt, in SQL both backends run.
create table faq_unanswered_kept (
    user_id bigint references "user" (id) on delete cascade,
    language text not null,
    question text not null,
    decision text not null,
    best_topic text,
    score double precision not null,
    created_at bigint not null
);
insert into faq_unanswered_kept (user_id, language, question, decision, best_topic, score, created_at)
    select user_id, language, question, decision, best_topic, score, created_at from faq_unanswered;
drop table faq_unanswered;
alter table faq_unanswered_kept rename to faq_unanswered;
create index faq_unanswered_created_at on faq_unanswered (created_at);
