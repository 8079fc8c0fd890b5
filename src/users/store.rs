//! SQL for the `user` table: small verb-named functions that take any executor, so a handler
//! and the scheduler can share them and compose them in a transaction.
use sqlx::{Any, Executor, Row};

use crate::lang::Lang;

/// What the bot knows of a user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    /// Telegram user id.
    pub id: i64,
    /// The language picked with `/lang`, if any.
    pub chosen: Option<Lang>,
    /// The `language_code` Telegram last reported.
    pub telegram_language: Option<String>,
    /// The zone picked with `/tz`, if any (canonical name).
    pub time_zone: Option<String>,
    /// Whether Telegram told us the user blocked the bot (their reminders are paused).
    pub blocked: bool,
}

impl User {
    /// The language to answer in: the chosen one, else Telegram's, else English.
    pub fn lang(&self) -> Lang {
        Lang::chosen_or_telegram(self.chosen, self.telegram_language.as_deref())
    }
}

/// Records contact from `id` at `now` (Unix seconds): creates the row on first contact,
/// refreshes `last_seen_at` and Telegram's language code after that. Returns the row.
pub async fn touch<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    telegram_language: Option<&str>,
    now: i64,
) -> sqlx::Result<User> {
    let row = sqlx::query(
        r#"insert into "user" (id, telegram_language, created_at, last_seen_at)
           values ($1, $2, $3, $3)
           on conflict (id) do update
               set last_seen_at = excluded.last_seen_at,
                   telegram_language = coalesce(excluded.telegram_language, "user".telegram_language)
           returning id, language, telegram_language, time_zone, blocked_at"#,
    )
    .bind(id)
    .bind(telegram_language.map(str::to_owned))
    .bind(now)
    .fetch_one(ex)
    .await?;
    Ok(User {
        id: row.try_get("id")?,
        chosen: row
            .try_get::<Option<String>, _>("language")?
            .as_deref()
            .and_then(Lang::from_code),
        telegram_language: row.try_get("telegram_language")?,
        time_zone: row.try_get("time_zone")?,
        blocked: row.try_get::<Option<i64>, _>("blocked_at")?.is_some(),
    })
}

/// Stores the language `id` chose with `/lang`.
pub async fn set_language<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    lang: Lang,
) -> sqlx::Result<()> {
    sqlx::query(r#"update "user" set language = $1 where id = $2"#)
        .bind(lang.code())
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

/// Records that `id` was told, at `now` (Unix seconds), that operators count in Peru time.
/// True only the first time: one statement, so two updates at once cannot both say it.
pub async fn note_zone_once<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    now: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        r#"update "user" set zone_note_at = $1 where id = $2 and zone_note_at is null"#,
    )
    .bind(now)
    .bind(id)
    .execute(ex)
    .await?;
    Ok(done.rows_affected() == 1)
}
