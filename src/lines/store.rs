//! SQL for lines: rows of `plan` with kind 'line' and a negative number (see the migration
//! `20261202000003_line.sql`). Small verb-named functions over any executor; instants are
//! `Timestamp`s (Unix seconds) and the last top-up is days since 1970-01-01.
use sqlx::{Any, Executor, FromRow};

use crate::clock::Timestamp;

/// A stored line.
#[derive(Clone, Debug, PartialEq, Eq, FromRow)]
pub struct LineRow {
    pub user_id: i64,
    /// Negative: -1 is the user's line 1.
    pub number: i64,
    pub operator: String,
    pub label: Option<String>,
    pub last_topup: Option<i64>,
    pub restrict_at: Option<Timestamp>,
    /// The cut-off, kept in the plan's `ends_at`.
    #[sqlx(rename = "ends_at")]
    pub cutoff_at: Timestamp,
}

/// What a line's dates are, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineDates {
    pub last_topup: i64,
    pub restrict_at: Option<Timestamp>,
    pub cutoff_at: Timestamp,
    /// The cut-off's days after the last top-up (kept in `period_days`, never renewed).
    pub cutoff_days: i64,
}

const COLUMNS: &str = "user_id, number, operator, label, last_topup, restrict_at, ends_at";

/// Stores a new line under `number` (negative).
pub async fn insert_line<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
    operator: &str,
    label: Option<&str>,
    dates: &LineDates,
    now: Timestamp,
) -> sqlx::Result<()> {
    sqlx::query(
        "insert into plan (user_id, number, operator, label, ends_at, has_time, period_days,
                           created_at, kind, last_topup, restrict_at)
         values ($1, $2, $3, $4, $5, 0, $6, $7, 'line', $8, $9)",
    )
    .bind(user)
    .bind(number)
    .bind(operator.to_owned())
    .bind(label.map(str::to_owned))
    .bind(dates.cutoff_at)
    .bind(dates.cutoff_days)
    .bind(now)
    .bind(dates.last_topup)
    .bind(dates.restrict_at)
    .execute(ex)
    .await?;
    Ok(())
}

/// Moves a line's dates (a new top-up).
pub async fn set_dates<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
    dates: &LineDates,
) -> sqlx::Result<()> {
    sqlx::query(
        "update plan set ends_at = $3, period_days = $4, last_topup = $5, restrict_at = $6
         where user_id = $1 and number = $2 and kind = 'line'",
    )
    .bind(user)
    .bind(number)
    .bind(dates.cutoff_at)
    .bind(dates.cutoff_days)
    .bind(dates.last_topup)
    .bind(dates.restrict_at)
    .execute(ex)
    .await?;
    Ok(())
}

/// One of the user's lines; a plan's number or another user's line finds nothing.
pub async fn line<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
) -> sqlx::Result<Option<LineRow>> {
    let sql =
        format!("select {COLUMNS} from plan where user_id = $1 and number = $2 and kind = 'line'");
    sqlx::query_as(&sql)
        .bind(user)
        .bind(number)
        .fetch_optional(ex)
        .await
}

/// All of the user's lines, in the order they were added.
pub async fn lines<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
) -> sqlx::Result<Vec<LineRow>> {
    let sql = format!(
        "select {COLUMNS} from plan where user_id = $1 and kind = 'line' order by number desc"
    );
    sqlx::query_as(&sql).bind(user).fetch_all(ex).await
}

/// Deletes a line and (by cascade) its reminders; false when the user has no such line.
pub async fn delete_line<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query("delete from plan where user_id = $1 and number = $2 and kind = 'line'")
        .bind(user)
        .bind(number)
        .execute(ex)
        .await?;
    Ok(done.rows_affected() > 0)
}
