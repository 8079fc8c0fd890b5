-- "Keep my number": a line is a row of `plan` with kind 'line', so it reuses the reminder queue,
-- its leases and its crash recovery. Lines take negative numbers (-1, -2, … shown as "line 1",
-- "line 2"): no plan command or plan button accepts a number below 1, so /del, /renew and the
-- plan buttons can never reach a line, and /plans, the plan cap and the calendar file skip
-- them by kind.

-- 'plan' or 'line'.
alter table plan add column kind text not null default 'plan';
-- A line's last top-up: a calendar date in Peru, as days since 1970-01-01; null for plans.
alter table plan add column last_topup bigint;
-- A line's last safe moment before it may be restricted, Unix seconds (UTC); null when no
-- source states the restriction stage for its operator, and for plans. The last safe moment
-- before the cut-off is the row's ends_at.
alter table plan add column restrict_at bigint;

-- The last line number handed out to this user (shown positive, stored negated).
alter table "user" add column line_seq bigint not null default 0;
