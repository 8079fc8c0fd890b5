//! The operator's figures behind `/stats`, counted straight from the database and free of
//! Telegram (the message is rendered in `telegram::stats`). Every window ends at `now` and
//! starts `span` before it, inclusive: "the last 7 days" is every instant from `now` − 7 × 24 h
//! on. The figures:
//!
//! - users: rows of `user`; active: `last_seen_at` in the window; blocked: `blocked_at` set
//!   (Telegram said the user blocked the bot, and they have not written since);
//! - plans and lines: rows of `plan` of kind 'plan' and 'line';
//! - reminders (last 24 h and 7 days): *sent* is `sent_at` in the window; *late* is sent and
//!   `sent_at − due_at` over `LATE_AFTER_SECS`; *failed* is due in the window (`due_at` from
//!   the window's start to `now`) and still not sent although delivery was tried and refused:
//!   `attempts > 0` (network errors, 5xx, repeated rejections, being retried with back-off) or
//!   parked (`next_try_at` at `queue::PARKED`: the user blocked the bot, so the scheduler
//!   stopped trying until they write again). A reminder Telegram rejected
//!   `MAX_PERMANENT_ATTEMPTS` times is recorded by the scheduler as sent (dropped, never
//!   retried), so it counts as sent, not failed;
//! - FAQ (last 7 days): answered (`faq_question.sure = 1`), suggested (`sure = 0`, the answer
//!   came with "Not this?" buttons) and unanswered (`faq_unanswered` rows);
//! - the most frequent unanswered texts and the 👎 reasons over 30 days, and the 👍/👎 votes
//!   (`faq_feedback`, a vote dated by its latest change) over 30 days.
use std::collections::BTreeMap;

use sqlx::AnyPool;

use crate::clock::Timestamp;
use crate::faq::{reasons_since, thumbs_down_since, unanswered_since, UnansweredRow};
use crate::reminders::store::PARKED;

/// One day, in seconds.
pub const DAY_SECS: i64 = 86_400;
/// A reminder sent more than this many seconds after it was due counts as late.
pub const LATE_AFTER_SECS: i64 = 60;
/// How many of the most frequent unanswered questions are listed.
pub const TOP_QUESTIONS: usize = 5;
/// The reasons a user can give for a 👎, in the order they are shown.
pub const REASONS: [&str; 3] = ["wrong-topic", "outdated", "unclear"];

/// The people who wrote to the bot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Users {
    /// Every `user` row.
    pub total: i64,
    /// Seen in the last 7 days.
    pub active_week: i64,
    /// Seen in the last 30 days.
    pub active_month: i64,
    /// Unreachable: they blocked the bot.
    pub blocked: i64,
}

/// What became of the reminders of one window (see the module's doc).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reminders {
    pub sent: i64,
    /// Sent more than `LATE_AFTER_SECS` after they were due (a part of `sent`).
    pub late: i64,
    pub failed: i64,
}

/// How the questions of the last 7 days were met.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Questions {
    /// Answered with confidence.
    pub answered: i64,
    /// Answered with "Not this?" suggestions.
    pub suggested: i64,
    /// Not answered.
    pub unanswered: i64,
}

impl Questions {
    /// All questions.
    pub fn total(&self) -> i64 {
        self.answered + self.suggested + self.unanswered
    }

    /// `part` as a whole percentage of all questions (rounded half up; 0 when there were none).
    pub fn percent(&self, part: i64) -> i64 {
        let total = self.total();
        if total == 0 {
            return 0;
        }
        (part.saturating_mul(200) + total) / (2 * total)
    }
}

/// Everything `/stats` shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub users: Users,
    /// Plans (`plan` rows of kind 'plan').
    pub plans: i64,
    /// Lines kept (`plan` rows of kind 'line').
    pub lines: i64,
    /// Reminders of the last 24 hours.
    pub reminders_day: Reminders,
    /// Reminders of the last 7 days.
    pub reminders_week: Reminders,
    /// Questions of the last 7 days.
    pub questions: Questions,
    /// The `TOP_QUESTIONS` most frequent unanswered texts of the last 30 days with their
    /// counts, most first (ties: alphabetically).
    pub top_unanswered: Vec<(String, i64)>,
    /// 👎 reasons of the last 30 days: every one of `REASONS` (0 when none), plus any other
    /// stored reason.
    pub reasons: BTreeMap<String, i64>,
    /// 👍 votes of the last 30 days.
    pub thumbs_up: i64,
    /// 👎 votes of the last 30 days.
    pub thumbs_down: i64,
}

/// Counts every figure as of `now`.
pub async fn collect(pool: &AnyPool, now: Timestamp) -> sqlx::Result<Stats> {
    let day = now.saturating_sub_secs(DAY_SECS);
    let week = now.saturating_sub_secs(7 * DAY_SECS);
    let month = now.saturating_sub_secs(30 * DAY_SECS);
    let unanswered = unanswered_since(pool, month).await?;
    let (plans, lines) = plans(pool).await?;
    Ok(Stats {
        users: users(pool, week, month).await?,
        plans,
        lines,
        reminders_day: reminders(pool, day, now).await?,
        reminders_week: reminders(pool, week, now).await?,
        questions: questions(pool, week, &unanswered).await?,
        top_unanswered: top(&unanswered),
        reasons: reasons(pool, month).await?,
        thumbs_up: thumbs_up(pool, month).await?,
        thumbs_down: thumbs_down_since(pool, month)
            .await?
            .iter()
            .map(|(_, votes)| votes)
            .sum(),
    })
}

async fn users(pool: &AnyPool, week: Timestamp, month: Timestamp) -> sqlx::Result<Users> {
    let (total, active_week, active_month, blocked): (i64, i64, i64, i64) = sqlx::query_as(
        r#"select (select count(*) from "user"),
                  (select count(*) from "user" where last_seen_at >= $1),
                  (select count(*) from "user" where last_seen_at >= $2),
                  (select count(*) from "user" where blocked_at is not null)"#,
    )
    .bind(week)
    .bind(month)
    .fetch_one(pool)
    .await?;
    Ok(Users {
        total,
        active_week,
        active_month,
        blocked,
    })
}

async fn plans(pool: &AnyPool) -> sqlx::Result<(i64, i64)> {
    sqlx::query_as(
        "select (select count(*) from plan where kind = 'plan'),
                (select count(*) from plan where kind = 'line')",
    )
    .fetch_one(pool)
    .await
}

/// The reminders sent, late and failed from `since` to `now` (see the module's doc).
async fn reminders(pool: &AnyPool, since: Timestamp, now: Timestamp) -> sqlx::Result<Reminders> {
    let (sent, late, failed): (i64, i64, i64) = sqlx::query_as(
        "select (select count(*) from reminder where sent_at >= $1),
                (select count(*) from reminder where sent_at >= $1 and sent_at - due_at > $2),
                (select count(*) from reminder
                 where sent_at is null and due_at >= $1 and due_at <= $3
                   and (attempts > 0 or next_try_at >= $4))",
    )
    .bind(since)
    .bind(LATE_AFTER_SECS)
    .bind(now)
    .bind(PARKED)
    .fetch_one(pool)
    .await?;
    Ok(Reminders { sent, late, failed })
}

/// The questions since `since`; `unanswered` holds the unanswered ones of a longer look-back.
async fn questions(
    pool: &AnyPool,
    since: Timestamp,
    unanswered: &[UnansweredRow],
) -> sqlx::Result<Questions> {
    let (answered, suggested): (i64, i64) = sqlx::query_as(
        "select (select count(*) from faq_question where sure = 1 and created_at >= $1),
                (select count(*) from faq_question where sure = 0 and created_at >= $1)",
    )
    .bind(since)
    .fetch_one(pool)
    .await?;
    let unanswered = unanswered.iter().filter(|r| r.created_at >= since).count();
    Ok(Questions {
        answered,
        suggested,
        unanswered: i64::try_from(unanswered).unwrap_or(i64::MAX),
    })
}

/// The most frequent texts among `rows` (the same text after trimming), most first.
fn top(rows: &[UnansweredRow]) -> Vec<(String, i64)> {
    let mut counts: BTreeMap<&str, i64> = BTreeMap::new();
    for row in rows {
        *counts.entry(row.question.trim()).or_default() += 1;
    }
    let mut ranked: Vec<(String, i64)> = counts
        .into_iter()
        .map(|(text, count)| (text.to_owned(), count))
        .collect();
    // Stable: equal counts stay in alphabetical order.
    ranked.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    ranked.truncate(TOP_QUESTIONS);
    ranked
}

async fn reasons(pool: &AnyPool, since: Timestamp) -> sqlx::Result<BTreeMap<String, i64>> {
    let mut counts: BTreeMap<String, i64> = REASONS.iter().map(|r| ((*r).to_owned(), 0)).collect();
    for row in reasons_since(pool, since).await? {
        *counts.entry(row.reason).or_default() += 1;
    }
    Ok(counts)
}

async fn thumbs_up(pool: &AnyPool, since: Timestamp) -> sqlx::Result<i64> {
    sqlx::query_scalar("select count(*) from faq_feedback where helpful = 1 and created_at >= $1")
        .bind(since)
        .fetch_one(pool)
        .await
}

#[cfg(test)]
mod tests;
