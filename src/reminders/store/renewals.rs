//! SQL for the `renewal` table: the last change of each plan's end, kept so that "Undo" can put
//! the plan back exactly as it was.
use sqlx::{Any, Executor, FromRow};

use crate::clock::Timestamp;

/// A plan's end as it can be moved and put back: the end, whether it has a time of day, and
/// the period with whether the user gave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EndRow {
    pub ends_at: Timestamp,
    pub has_time: bool,
    pub period_days: i64,
    pub period_known: bool,
}

/// The last recorded change of a plan's end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EndChange {
    /// The end before the change.
    pub old: EndRow,
    /// The end the change gave.
    pub new_ends_at: Timestamp,
    /// When the change was made.
    pub changed_at: Timestamp,
}

/// A `renewal` row as stored.
#[derive(FromRow)]
struct RenewalRow {
    old_ends_at: Timestamp,
    old_has_time: i64,
    old_period_days: i64,
    old_period_known: i64,
    new_ends_at: Timestamp,
    changed_at: Timestamp,
}

impl From<RenewalRow> for EndChange {
    fn from(row: RenewalRow) -> EndChange {
        EndChange {
            old: EndRow {
                ends_at: row.old_ends_at,
                has_time: row.old_has_time != 0,
                period_days: row.old_period_days,
                period_known: row.old_period_known != 0,
            },
            new_ends_at: row.new_ends_at,
            changed_at: row.changed_at,
        }
    }
}

/// Remembers the plan's end before a change (`old`) and the end the change gave, replacing
/// whatever an earlier change left.
pub async fn record_change<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
    change: &EndChange,
) -> sqlx::Result<()> {
    let old = &change.old;
    sqlx::query(
        "insert into renewal (user_id, plan_number, old_ends_at, old_has_time, old_period_days,
                              old_period_known, new_ends_at, changed_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (user_id, plan_number) do update
             set old_ends_at = excluded.old_ends_at, old_has_time = excluded.old_has_time,
                 old_period_days = excluded.old_period_days,
                 old_period_known = excluded.old_period_known,
                 new_ends_at = excluded.new_ends_at, changed_at = excluded.changed_at",
    )
    .bind(user)
    .bind(number)
    .bind(old.ends_at)
    .bind(i64::from(old.has_time))
    .bind(old.period_days)
    .bind(i64::from(old.period_known))
    .bind(change.new_ends_at)
    .bind(change.changed_at)
    .execute(ex)
    .await?;
    Ok(())
}

/// The last recorded change of a plan's end.
pub async fn last_change<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
) -> sqlx::Result<Option<EndChange>> {
    let row: Option<RenewalRow> = sqlx::query_as(
        "select old_ends_at, old_has_time, old_period_days, old_period_known, new_ends_at,
                changed_at
         from renewal where user_id = $1 and plan_number = $2",
    )
    .bind(user)
    .bind(number)
    .fetch_optional(ex)
    .await?;
    Ok(row.map(EndChange::from))
}

/// Forgets the recorded change of a plan's end (it was undone).
pub async fn forget_change<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
) -> sqlx::Result<()> {
    sqlx::query("delete from renewal where user_id = $1 and plan_number = $2")
        .bind(user)
        .bind(number)
        .execute(ex)
        .await?;
    Ok(())
}
