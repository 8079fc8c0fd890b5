-- A claimed reminder says so. The claim sets claimed_at (and pushes next_try_at to the end of
-- its lease); every recorded outcome (sent, retry, parked by a block, unparked, snoozed) clears
-- it. So a row with claimed_at set and sent_at null was taken by a sender that has not said what
-- became of it: in flight, or lost with a crashed process. A retry's back-off leaves it null.
alter table reminder add column claimed_at bigint;
