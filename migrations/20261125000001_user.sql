-- Everyone who has written to the bot, keyed by their Telegram user id.
-- "user" is quoted because it is a reserved word in PostgreSQL.
create table "user" (
    -- Telegram's user id (fits in 52 bits; bigint on every backend).
    id bigint primary key,
    -- The language chosen with /lang ('zh', 'es', 'en'); null follows Telegram's language_code.
    language text,
    -- The language_code Telegram last reported for the user, as sent.
    telegram_language text,
    -- An IANA zone or a fixed offset chosen with /tz; null means RECARGA_DEFAULT_TZ.
    time_zone text,
    -- Unix seconds (UTC) of the first and the latest update from the user.
    created_at bigint not null,
    last_seen_at bigint not null
);
