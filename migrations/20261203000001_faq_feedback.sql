-- What editors need to act on 👎: the question that led to an answer, and why the answer fell short.
-- Nothing is dropped or rewritten: faq_feedback (the 👍/👎 votes) and faq_unanswered stay as they are.

-- The last question number handed out to this user (numbers are per user, like plans, because no
-- autoincrement is written the same way on SQLite and PostgreSQL).
alter table "user" add column faq_question_seq bigint not null default 0;

-- Every question the knowledge base answered; its number rides in the answer's 👍/👎 buttons.
create table faq_question (
    user_id bigint not null references "user" (id) on delete cascade,
    number bigint not null,
    -- The language the question was written in ('zh', 'es', 'en').
    language text not null,
    question text not null,
    -- The topic answered and the matcher's confidence in it (0..1).
    topic text not null,
    score double precision not null,
    -- 1 when the matcher was sure; 0 when the answer came with "Not this? …" buttons.
    sure bigint not null,
    created_at bigint not null,
    primary key (user_id, number)
);
create index faq_question_created_at on faq_question (created_at);

-- Why a 👎 answer fell short, and what the user wrote about it. One row per answer the user
-- rated: a second reason for the same answer replaces the first.
create table faq_feedback_reason (
    user_id bigint not null references "user" (id) on delete cascade,
    topic text not null,
    -- The question that led to the answer; null for an answer opened from the browse menu or a
    -- suggestion button, which answers no typed question.
    question_number bigint,
    -- 'wrong-topic', 'outdated' or 'unclear'.
    reason text not null,
    -- The optional line the user typed after picking the reason.
    comment text,
    created_at bigint not null,
    foreign key (user_id, question_number) references faq_question (user_id, number) on delete cascade
);
create index faq_feedback_reason_created_at on faq_feedback_reason (created_at);
