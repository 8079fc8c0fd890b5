//! SQL for the reminder queue: writing a plan's reminders, claiming the due ones with a lease,
//! and recording what happened to each delivery. The claim is one `update … returning`, so two
//! scheduler passes (or two instances) never hold the same row; on PostgreSQL the inner select
//! also skips rows another transaction has locked. A claim stamps `claimed_at` and every outcome
//! clears it, so a lease left by a crash can be told from a retry (see `recovery`).
use sqlx::{Any, AnyPool, Executor, FromRow};

use crate::clock::Timestamp;
use crate::users;

/// `next_try_at` of a blocked user's reminders: beyond any real instant, so the due query's
/// index range never reaches them, yet an ordinary bigint on every backend.
pub const PARKED: Timestamp = Timestamp::from_secs(i64::MAX / 2);

/// A reminder claimed for delivery.
#[derive(Clone, Debug, PartialEq, Eq, FromRow)]
pub struct Claimed {
    pub user_id: i64,
    pub plan_number: i64,
    pub lead: String,
    pub due_at: Timestamp,
    pub attempts: i64,
}

/// The key of one reminder row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Key<'a> {
    pub user_id: i64,
    pub plan_number: i64,
    pub lead: &'a str,
}

/// Drops a plan's pending reminders (but a snooze), or all of them when `fresh` (a new end
/// date: the old reminders' history no longer applies).
pub async fn clear<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    plan: i64,
    fresh: bool,
) -> sqlx::Result<()> {
    let sql = if fresh {
        "delete from reminder where user_id = $1 and plan_number = $2"
    } else {
        // A snooze is the user's own request, not derived from the settings: it survives.
        "delete from reminder
         where user_id = $1 and plan_number = $2 and sent_at is null and lead <> 'snooze'"
    };
    sqlx::query(sql).bind(user).bind(plan).execute(ex).await?;
    Ok(())
}

/// Adds a pending reminder; one whose lead was already sent for this plan stays sent (so a
/// reschedule never repeats a reminder the user already got).
pub async fn add<'e>(
    ex: impl Executor<'e, Database = Any>,
    key: &Key<'_>,
    due_at: Timestamp,
) -> sqlx::Result<()> {
    sqlx::query(
        "insert into reminder (user_id, plan_number, lead, due_at, next_try_at)
         values ($1, $2, $3, $4, $4)
         on conflict (user_id, plan_number, lead) do nothing",
    )
    .bind(key.user_id)
    .bind(key.plan_number)
    .bind(key.lead.to_owned())
    .bind(due_at)
    .execute(ex)
    .await?;
    Ok(())
}

/// Sets (or resets) the "remind me tomorrow" reminder of a plan.
pub async fn snooze<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    plan: i64,
    due_at: Timestamp,
) -> sqlx::Result<()> {
    sqlx::query(
        "insert into reminder (user_id, plan_number, lead, due_at, next_try_at)
         values ($1, $2, 'snooze', $3, $3)
         on conflict (user_id, plan_number, lead) do update
             set due_at = excluded.due_at, next_try_at = excluded.next_try_at,
                 attempts = 0, sent_at = null, claimed_at = null",
    )
    .bind(user)
    .bind(plan)
    .bind(due_at)
    .execute(ex)
    .await?;
    Ok(())
}

/// The pending reminders of a plan, earliest first: (lead, due_at).
pub async fn pending_of<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    plan: i64,
) -> sqlx::Result<Vec<(String, Timestamp)>> {
    sqlx::query_as(
        "select lead, due_at from reminder
         where user_id = $1 and plan_number = $2 and sent_at is null order by due_at",
    )
    .bind(user)
    .bind(plan)
    .fetch_all(ex)
    .await
}

/// Claims up to `limit` reminders due at `now`, leasing them for `lease` seconds: until then no
/// other pass sees them; if the process dies before recording the outcome, they come back when
/// the lease ends, or at once through `release_claims`.
pub async fn claim_due(
    pool: &AnyPool,
    now: Timestamp,
    lease: i64,
    limit: i64,
) -> sqlx::Result<Vec<Claimed>> {
    let lock = if is_postgres(pool) {
        "for update skip locked"
    } else {
        ""
    };
    let sql = format!(
        "update reminder set next_try_at = $1 + $2, claimed_at = $1
         where (user_id, plan_number, lead) in (
             select user_id, plan_number, lead from reminder
             where sent_at is null and next_try_at <= $1
             order by next_try_at limit $3 {lock})
         returning user_id, plan_number, lead, due_at, attempts"
    );
    let mut claimed: Vec<Claimed> = sqlx::query_as(&sql)
        .bind(now)
        .bind(lease)
        .bind(limit)
        .fetch_all(pool)
        .await?;
    claimed.sort_by_key(|c| (c.due_at, c.user_id, c.plan_number));
    Ok(claimed)
}

/// Makes every claimed but unrecorded reminder due at `now` again, and returns how many there
/// were. Only safe when no other sender can be holding a lease: see `recovery::StartRule`.
pub async fn release_claims(pool: &AnyPool, now: Timestamp) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "update reminder set next_try_at = $1, claimed_at = null
         where claimed_at is not null and sent_at is null",
    )
    .bind(now)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// How many reminders are claimed and not yet recorded (in flight, or left by a crash).
pub async fn claimed_count(pool: &AnyPool) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "select count(*) from reminder where claimed_at is not null and sent_at is null",
    )
    .fetch_one(pool)
    .await
}

pub(crate) fn is_postgres(pool: &AnyPool) -> bool {
    pool.connect_options()
        .database_url
        .scheme()
        .starts_with("postgres")
}

/// Records that Telegram accepted the reminder. Idempotent.
pub async fn mark_sent<'e>(
    ex: impl Executor<'e, Database = Any>,
    key: &Key<'_>,
    now: Timestamp,
) -> sqlx::Result<()> {
    sqlx::query(
        "update reminder set sent_at = $4, claimed_at = null
         where user_id = $1 and plan_number = $2 and lead = $3 and sent_at is null",
    )
    .bind(key.user_id)
    .bind(key.plan_number)
    .bind(key.lead.to_owned())
    .bind(now)
    .execute(ex)
    .await?;
    Ok(())
}

/// Puts a claimed reminder back to be tried at `at`; `failed` counts it as a failed attempt
/// (a 429 is Telegram pacing us, not a failure).
pub async fn retry_at<'e>(
    ex: impl Executor<'e, Database = Any>,
    key: &Key<'_>,
    at: Timestamp,
    failed: bool,
) -> sqlx::Result<()> {
    sqlx::query(
        "update reminder set next_try_at = $4, attempts = attempts + $5, claimed_at = null
         where user_id = $1 and plan_number = $2 and lead = $3 and sent_at is null",
    )
    .bind(key.user_id)
    .bind(key.plan_number)
    .bind(key.lead.to_owned())
    .bind(at)
    .bind(i64::from(failed))
    .execute(ex)
    .await?;
    Ok(())
}

/// The user blocked the bot: remember when, and park their pending reminders.
pub async fn block_user(pool: &AnyPool, user: i64, now: Timestamp) -> sqlx::Result<()> {
    let mut tx = crate::storage::begin_write(pool).await?;
    users::set_blocked(&mut *tx, user, now).await?;
    sqlx::query(
        "update reminder set next_try_at = $2, claimed_at = null
         where user_id = $1 and sent_at is null",
    )
    .bind(user)
    .bind(PARKED)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// The user wrote again: unpark their pending reminders. Returns whether they were blocked.
pub async fn unblock_user(pool: &AnyPool, user: i64) -> sqlx::Result<bool> {
    let mut tx = crate::storage::begin_write(pool).await?;
    let was_blocked = users::clear_blocked(&mut *tx, user).await?;
    if was_blocked {
        sqlx::query(
            "update reminder set next_try_at = due_at, claimed_at = null
             where user_id = $1 and sent_at is null",
        )
        .bind(user)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(was_blocked)
}

/// When the scheduler should next look: the earliest `next_try_at` of a pending reminder.
pub async fn next_wake(pool: &AnyPool) -> sqlx::Result<Option<Timestamp>> {
    let next: Option<Timestamp> = sqlx::query_scalar(
        "select min(next_try_at) from reminder where sent_at is null and next_try_at < $1",
    )
    .bind(PARKED)
    .fetch_one(pool)
    .await?;
    Ok(next)
}
