//! SQL for plans: the rows of `plan` with kind 'plan' (lines share the table, see
//! `crate::lines`). A row is read as a `PlanRow` and typed into a `Plan` here, once.
use sqlx::{Any, Executor, FromRow};

use super::renewals::EndRow;
use crate::clock::Timestamp;
use crate::reminders::model::{Draft, Operator, Plan};
use crate::reminders::when::MAX_PERIOD_DAYS;

/// A plan as stored: integers where the database has them.
#[derive(FromRow)]
struct PlanRow {
    user_id: i64,
    number: i64,
    operator: String,
    label: Option<String>,
    ends_at: Timestamp,
    has_time: i64,
    period_days: i64,
    period_known: i64,
    created_at: Timestamp,
}

impl From<PlanRow> for Plan {
    /// Every row converts: an end outside the range the bot handles becomes the nearest bound
    /// and a period outside `1..=MAX_PERIOD_DAYS` the nearest valid one (logged), so that a bad
    /// row renders and can be renewed or deleted instead of breaking every message it is in.
    fn from(row: PlanRow) -> Plan {
        let period_days = row.period_days.clamp(1, MAX_PERIOD_DAYS);
        if !row.ends_at.in_range() || period_days != row.period_days {
            tracing::warn!(
                user = row.user_id,
                plan = row.number,
                ends_at = row.ends_at.secs(),
                period_days = row.period_days,
                "stored plan out of range; shown at the nearest valid values"
            );
        }
        Plan {
            number: row.number,
            terms: Draft {
                operator: Operator::parse(&row.operator).unwrap_or(Operator::Other),
                label: row.label,
                ends_at: row.ends_at.clamped(),
                has_time: row.has_time != 0,
                period_days,
                period_known: row.period_known != 0,
            },
            created_at: row.created_at.clamped(),
        }
    }
}

const COLUMNS: &str =
    "user_id, number, operator, label, ends_at, has_time, period_days, period_known, created_at";

/// Stores `plan` (its number handed out by `users::next_number`).
pub async fn insert_plan<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    plan: &Plan,
) -> sqlx::Result<()> {
    sqlx::query(
        "insert into plan (user_id, number, operator, label, ends_at, has_time, period_days,
                           period_known, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(user)
    .bind(plan.number)
    .bind(plan.operator.code())
    .bind(plan.label.clone())
    .bind(Timestamp::of(plan.ends_at))
    .bind(i64::from(plan.has_time))
    .bind(plan.period_days)
    .bind(i64::from(plan.period_known))
    .bind(Timestamp::of(plan.created_at))
    .execute(ex)
    .await?;
    Ok(())
}

/// One of the user's plans (or lines: the scheduler looks a reminder's row up by number);
/// another user's number finds nothing.
pub async fn plan<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
) -> sqlx::Result<Option<Plan>> {
    let sql = format!("select {COLUMNS} from plan where user_id = $1 and number = $2");
    let row: Option<PlanRow> = sqlx::query_as(&sql)
        .bind(user)
        .bind(number)
        .fetch_optional(ex)
        .await?;
    Ok(row.map(Plan::from))
}

/// All of the user's plans (not their lines), soonest end first.
pub async fn plans<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
) -> sqlx::Result<Vec<Plan>> {
    let sql = format!(
        "select {COLUMNS} from plan where user_id = $1 and kind = 'plan' order by ends_at, number"
    );
    let rows: Vec<PlanRow> = sqlx::query_as(&sql).bind(user).fetch_all(ex).await?;
    Ok(rows.into_iter().map(Plan::from).collect())
}

/// How many plans the user has.
pub async fn count_plans<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
) -> sqlx::Result<i64> {
    sqlx::query_scalar("select count(*) from plan where user_id = $1 and kind = 'plan'")
        .bind(user)
        .fetch_one(ex)
        .await
}

/// Deletes a plan and (by cascade) its reminders; false when the user has no such plan.
pub async fn delete_plan<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query("delete from plan where user_id = $1 and number = $2")
        .bind(user)
        .bind(number)
        .execute(ex)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Moves a plan's end (renewal, correction, or undo).
pub async fn set_plan_end<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
    end: &EndRow,
) -> sqlx::Result<()> {
    sqlx::query(
        "update plan set ends_at = $3, has_time = $4, period_days = $5, period_known = $6
         where user_id = $1 and number = $2",
    )
    .bind(user)
    .bind(number)
    .bind(end.ends_at)
    .bind(i64::from(end.has_time))
    .bind(end.period_days)
    .bind(i64::from(end.period_known))
    .execute(ex)
    .await?;
    Ok(())
}
