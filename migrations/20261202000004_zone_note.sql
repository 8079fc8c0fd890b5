-- When the bot told the user, once, that operators count a plan's end in Peru time while it
-- shows dates in the user's own zone (Unix seconds, UTC); null until a zone with another
-- offset than Peru's is first chosen.
alter table "user" add column zone_note_at bigint;
