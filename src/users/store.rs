//! SQL for the `user` table, every column of it: small verb-named functions that take any
//! executor, so a handler and the scheduler can share them and compose them in a transaction.
//! Other domains (plans, lines, questions) reach the row only through these.
use sqlx::{Any, Executor, FromRow};

use crate::clock::Timestamp;
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

/// Records contact from `id` at `now`: creates the row on first contact,
/// refreshes `last_seen_at` and Telegram's language code after that. Returns the row.
pub async fn touch<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    telegram_language: Option<&str>,
    now: Timestamp,
) -> sqlx::Result<User> {
    let row: UserRow = sqlx::query_as(
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
    Ok(User::from(row))
}

/// The columns of `user` that make a `User`, as stored.
#[derive(FromRow)]
struct UserRow {
    id: i64,
    language: Option<String>,
    telegram_language: Option<String>,
    time_zone: Option<String>,
    blocked_at: Option<i64>,
}

impl From<UserRow> for User {
    fn from(row: UserRow) -> User {
        User {
            id: row.id,
            chosen: row.language.as_deref().and_then(Lang::from_code),
            telegram_language: row.telegram_language,
            time_zone: row.time_zone,
            blocked: row.blocked_at.is_some(),
        }
    }
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

/// Records that `id` was told, at `now`, that operators count in Peru time.
/// True only the first time: one statement, so two updates at once cannot both say it.
pub async fn note_zone_once<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    now: Timestamp,
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

/// The counters on a user's row that hand out numbers, each never reused (even after a delete).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counter {
    /// Plan numbers (`/del 3`).
    Plan,
    /// Line numbers (stored negated in `plan`).
    Line,
    /// The numbers of answered questions, which feedback buttons carry.
    FaqQuestion,
}

impl Counter {
    fn column(self) -> &'static str {
        match self {
            Counter::Plan => "plan_seq",
            Counter::Line => "line_seq",
            Counter::FaqQuestion => "faq_question_seq",
        }
    }
}

/// Hands out the user's next number of `counter`. Writing the row also makes a concurrent
/// caller for the same user wait until this transaction ends.
pub async fn next_number<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    counter: Counter,
) -> sqlx::Result<i64> {
    let sql = format!(
        r#"update "user" set {0} = {0} + 1 where id = $1 returning {0}"#,
        counter.column()
    );
    sqlx::query_scalar(&sql).bind(user).fetch_one(ex).await
}

/// A user's reminder settings and language, as stored (`reminders::Settings` types them).
#[derive(Clone, Debug, PartialEq, Eq, FromRow)]
pub struct SettingsRow {
    pub leads: String,
    /// Minutes after local midnight.
    pub remind_at: i64,
    pub time_zone: Option<String>,
    pub language: Option<String>,
    pub telegram_language: Option<String>,
}

/// The user's reminder settings (the row exists once the user has written to the bot).
pub async fn settings<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
) -> sqlx::Result<Option<SettingsRow>> {
    sqlx::query_as(
        r#"select leads, remind_at, time_zone, language, telegram_language from "user" where id = $1"#,
    )
    .bind(user)
    .fetch_optional(ex)
    .await
}

/// One reminder setting, as `set_setting` stores it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Setting {
    /// The leads, formatted (`7d,1d`).
    Leads(String),
    /// The time of day of day reminders, in minutes after local midnight.
    RemindAt(i64),
    /// The zone's canonical name.
    TimeZone(String),
}

/// Stores one reminder setting.
pub async fn set_setting<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    setting: Setting,
) -> sqlx::Result<()> {
    let query = match setting {
        Setting::Leads(leads) => {
            sqlx::query(r#"update "user" set leads = $1 where id = $2"#).bind(leads)
        }
        Setting::RemindAt(minutes) => {
            sqlx::query(r#"update "user" set remind_at = $1 where id = $2"#).bind(minutes)
        }
        Setting::TimeZone(zone) => {
            sqlx::query(r#"update "user" set time_zone = $1 where id = $2"#).bind(zone)
        }
    };
    query.bind(user).execute(ex).await?;
    Ok(())
}

/// Records that Telegram said, at `now`, that the user blocked the bot.
pub async fn set_blocked<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    now: Timestamp,
) -> sqlx::Result<()> {
    sqlx::query(r#"update "user" set blocked_at = $2 where id = $1"#)
        .bind(user)
        .bind(now)
        .execute(ex)
        .await?;
    Ok(())
}

/// The user wrote again: forgets the block. Returns whether they were blocked.
pub async fn clear_blocked<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        r#"update "user" set blocked_at = null where id = $1 and blocked_at is not null"#,
    )
    .bind(user)
    .execute(ex)
    .await?;
    Ok(done.rows_affected() > 0)
}

#[cfg(test)]
mod tests;
