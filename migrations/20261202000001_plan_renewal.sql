-- Whether a plan's period is one the user gave, and the state a renewal can be undone to.

-- 1 when the user gave the period (a preset such as "30 days", or "+30d"), 0 when the plan was
-- added as a date and period_days is only a placeholder. "Renewed" asks for the new end when it
-- is 0. Rows stored before this column were not told apart, so they ask: asking is never wrong.
-- (An integer, not a boolean: sqlx's Any driver cannot read booleans back.)
alter table plan add column period_known bigint not null default 0;

-- The last change of a plan's end, so that "Undo" can put the plan back exactly as it was for a
-- few minutes after. One row per plan: a newer change replaces it.
create table renewal (
    user_id bigint not null,
    plan_number bigint not null,
    -- The plan before the change.
    old_ends_at bigint not null,
    old_has_time bigint not null,
    old_period_days bigint not null,
    old_period_known bigint not null,
    -- The end the change gave: an undo after any other change of the end is refused.
    new_ends_at bigint not null,
    -- When the change was made (Unix seconds): the undo window counts from here.
    changed_at bigint not null,
    primary key (user_id, plan_number),
    foreign key (user_id, plan_number) references plan (user_id, number) on delete cascade
);
