-- Questions the knowledge base could not answer with confidence, for its editors to read.
-- decision is 'suggest' (the user was offered close topics) or 'none' (nothing close).
create table faq_unanswered (
    user_id bigint not null references "user" (id) on delete cascade,
    language text not null,
    question text not null,
    decision text not null,
    -- The closest topic and its confidence (0..1), when there was one.
    best_topic text,
    score double precision not null,
    created_at bigint not null
);
create index faq_unanswered_created_at on faq_unanswered (created_at);

-- 👍/👎 on an answer; a second tap on the same topic replaces the first.
create table faq_feedback (
    user_id bigint not null references "user" (id) on delete cascade,
    topic text not null,
    -- 1 for 👍, 0 for 👎 (an integer: sqlx's Any driver cannot read SQLite booleans back).
    helpful bigint not null,
    created_at bigint not null,
    primary key (user_id, topic)
);
