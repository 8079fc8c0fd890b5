-- Plans (a data package, or the line's own validity) and the reminders before they end.

-- Each user's reminder settings, and whether Telegram still lets us reach them.
-- leads: when to remind, canonical form such as '3d,1d,0' (see src/reminders/leads.rs).
alter table "user" add column leads text not null default '3d,1d,0';
-- remind_at: minutes after local midnight at which day-based reminders fire (540 = 09:00).
alter table "user" add column remind_at bigint not null default 540;
-- Unix seconds when Telegram said the user blocked the bot (403); null while reachable.
alter table "user" add column blocked_at bigint;
-- The last plan number handed out to this user: numbers are per user and never reused.
alter table "user" add column plan_seq bigint not null default 0;

create table plan (
    user_id bigint not null references "user" (id) on delete cascade,
    -- The number the user sees and types (/del 3); unique per user.
    number bigint not null,
    -- claro, movistar, entel, bitel or other.
    operator text not null,
    -- Free text the user chose ("chip", "mamá"); never a phone number we asked for.
    label text,
    -- When the plan ends: Unix seconds, UTC.
    ends_at bigint not null,
    -- 1 when the user gave a time of day, 0 when the plan ends at 23:59 local. (An integer,
    -- not a boolean: sqlx's Any driver cannot read SQLite booleans back.)
    has_time bigint not null,
    -- The period renewed by "Renewed" and /renew without a date, in days.
    period_days bigint not null,
    created_at bigint not null,
    primary key (user_id, number)
);

-- One row per reminder to send. A row is due when next_try_at has passed and sent_at is null;
-- claiming it pushes next_try_at forward (a lease), so a crash before sending releases it and
-- two instances never claim the same row at once.
create table reminder (
    user_id bigint not null,
    plan_number bigint not null,
    -- Which lead this is ('3d', '2h', '0'), or 'snooze' for "remind me tomorrow".
    lead text not null,
    -- When it is meant to be sent: Unix seconds, UTC.
    due_at bigint not null,
    -- When it may next be claimed: due_at at first, then lease or retry back-off.
    next_try_at bigint not null,
    -- Failed delivery attempts so far (network errors, 5xx), for the back-off.
    attempts bigint not null default 0,
    -- When Telegram accepted it; null while pending.
    sent_at bigint,
    primary key (user_id, plan_number, lead),
    foreign key (user_id, plan_number) references plan (user_id, number) on delete cascade
);
create index reminder_pending on reminder (next_try_at) where sent_at is null;

-- A question the bot asked and is waiting for a typed answer to (the guided /add flow's
-- "type the date", or "change date" under a plan). One at a time per user; stale after 30 min.
create table pending_input (
    user_id bigint primary key references "user" (id) on delete cascade,
    -- 'add-date' (payload: operator code) or 'fix-date' (payload: plan number).
    kind text not null,
    payload text not null,
    created_at bigint not null
);
