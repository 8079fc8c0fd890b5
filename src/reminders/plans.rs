//! What users do with plans, as domain operations: add, renew, correct, delete, snooze, and
//! change when they are reminded. Each runs in one transaction and reschedules the affected
//! reminders, so a handler only parses input and reports the result.
use chrono::{DateTime, Days, NaiveTime, TimeDelta, Utc};
use sqlx::{Any, AnyPool, Executor};

use super::input::{clean_label, MAX_LABEL};

use super::leads::{format_leads, Lead};
use super::model::{Operator, Plan, Settings};
use super::queue::{self, Key};
use super::schedule::plan_reminders;
use super::store::{self, NewPlan, SettingColumn, SettingValue};
use super::when::{check_end, WhenError, MAX_PERIOD_DAYS};
use super::zone::UserZone;

/// The most plans one user keeps: enough for every line of a family, and a bound on what
/// `/plans` and the scheduler do for one person.
pub const MAX_PLANS: i64 = 50;

/// Why a plan operation did nothing. Only `Db` is a failure; the others are answers for the user.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    /// The database failed; nothing was changed.
    #[error(transparent)]
    Db(#[from] sqlx::Error),
    /// The user has no plan with that number.
    #[error("no such plan")]
    NotFound,
    /// The end is not one a plan may have (past, too far, beyond the calendar).
    #[error("{0}")]
    When(#[from] WhenError),
    /// The user already has `MAX_PLANS` plans.
    #[error("already {MAX_PLANS} plans")]
    TooMany,
}

/// A plan as typed by the user, before it is stored.
#[derive(Clone, Debug)]
pub struct Draft {
    pub operator: Operator,
    pub label: Option<String>,
    pub ends_at: DateTime<Utc>,
    pub has_time: bool,
    pub period_days: i64,
}

/// The user's settings, typed, with the operator's default zone where they set none.
pub async fn settings(
    pool: &AnyPool,
    user: i64,
    default_zone: &UserZone,
) -> sqlx::Result<Settings> {
    let row = store::settings(pool, user)
        .await?
        .unwrap_or(store::SettingsRow {
            leads: format_leads(&super::leads::DEFAULT_LEADS),
            remind_at: 540,
            time_zone: None,
            language: None,
            telegram_language: None,
        });
    Ok(Settings::from_row(&row, default_zone))
}

/// Stores a new plan and its reminders; returns it with its number. Refused (nothing stored)
/// when the end fails `check_end` or the user already has `MAX_PLANS` plans.
pub async fn add(
    pool: &AnyPool,
    user: i64,
    draft: &Draft,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<Plan, PlanError> {
    check_end(draft.ends_at, now, &settings.zone)?;
    let label = draft
        .label
        .as_deref()
        .and_then(clean_label)
        .map(|l| l.chars().take(MAX_LABEL).collect::<String>());
    let mut tx = pool.begin().await?;
    // The number first: it writes the user's row, so a concurrent add by the same user waits
    // here until this one commits, and its count below then includes this plan.
    let number = store::next_plan_number(&mut *tx, user).await?;
    if count_plans(&mut *tx, user).await? >= MAX_PLANS {
        tx.rollback().await?;
        return Err(PlanError::TooMany);
    }
    let period_days = draft.period_days.clamp(1, MAX_PERIOD_DAYS);
    let new = NewPlan {
        operator: draft.operator.code(),
        label: label.as_deref(),
        ends_at: draft.ends_at.timestamp(),
        has_time: draft.has_time,
        period_days,
    };
    store::insert_plan(&mut *tx, user, number, &new, now.timestamp()).await?;
    let plan = Plan {
        number,
        operator: draft.operator,
        label,
        ends_at: draft.ends_at,
        has_time: draft.has_time,
        period_days,
    };
    schedule(&mut tx, user, &plan, settings, now, true).await?;
    tx.commit().await?;
    Ok(plan)
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

/// Whether the user may add one more plan (the guided flow asks before its first step; `add`
/// checks again in its transaction).
pub async fn can_add(pool: &AnyPool, user: i64) -> sqlx::Result<bool> {
    Ok(count_plans(pool, user).await? < MAX_PLANS)
}

/// Writes the reminders of `plan` at `now`: `fresh` forgets the ones already sent (new end).
async fn schedule(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    user: i64,
    plan: &Plan,
    settings: &Settings,
    now: DateTime<Utc>,
    fresh: bool,
) -> sqlx::Result<()> {
    queue::clear(&mut **tx, user, plan.number, fresh).await?;
    let wanted = plan_reminders(
        plan.ends_at,
        &settings.leads,
        settings.remind_at,
        &settings.zone,
        now,
    );
    for (lead, at) in wanted {
        let lead = format_leads(&[lead]);
        let key = Key {
            user_id: user,
            plan_number: plan.number,
            lead: &lead,
        };
        queue::add(&mut **tx, &key, at.timestamp()).await?;
    }
    Ok(())
}

/// The end a renewal without a date gives: the same period again, counted from the old end
/// (at least one day; and if that is still past, counted from today). `None` beyond the
/// calendar; whether the result is acceptable is `check_end`'s to say.
pub fn renewed_end(plan: &Plan, zone: &UserZone, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let days = Days::new(u64::try_from(plan.period_days.clamp(1, MAX_PERIOD_DAYS)).ok()?);
    let old_end = zone.to_local(plan.ends_at);
    let end = zone.to_utc(old_end.checked_add_days(days)?);
    if end > now {
        return Some(end);
    }
    let date = zone.today(now).checked_add_days(days)?;
    Some(zone.to_utc(date.and_time(old_end.time())))
}

/// Moves a plan's end (renewal when `end` is `None`, else a correction) and reschedules it
/// from scratch. Refused when the user has no such plan or the new end fails `check_end`.
pub async fn set_end(
    pool: &AnyPool,
    user: i64,
    number: i64,
    end: Option<(DateTime<Utc>, bool, i64)>,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<Plan, PlanError> {
    let mut tx = pool.begin().await?;
    let Some(row) = store::plan(&mut *tx, user, number).await? else {
        return Err(PlanError::NotFound);
    };
    let mut plan = Plan::from(row);
    let (ends_at, has_time, period) = match end {
        Some(end) => end,
        None => {
            let end = renewed_end(&plan, &settings.zone, now).ok_or(WhenError::TooFar)?;
            (end, plan.has_time, plan.period_days)
        }
    };
    check_end(ends_at, now, &settings.zone)?;
    plan.ends_at = ends_at;
    plan.has_time = has_time;
    plan.period_days = period.clamp(1, MAX_PERIOD_DAYS);
    store::set_plan_end(
        &mut *tx,
        user,
        number,
        ends_at.timestamp(),
        has_time,
        plan.period_days,
    )
    .await?;
    schedule(&mut tx, user, &plan, settings, now, true).await?;
    tx.commit().await?;
    Ok(plan)
}

/// "Remind me tomorrow": one more reminder 24 hours from now (never after the end unless the
/// plan has already ended). Returns when it will come.
pub async fn snooze(
    pool: &AnyPool,
    user: i64,
    number: i64,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, PlanError> {
    let Some(row) = store::plan(pool, user, number).await? else {
        return Err(PlanError::NotFound);
    };
    let plan = Plan::from(row);
    let mut at = now
        .checked_add_signed(TimeDelta::days(1))
        .ok_or(WhenError::TooFar)?;
    if plan.ends_at > now && at > plan.ends_at {
        at = plan.ends_at;
    }
    queue::snooze(pool, user, number, at.timestamp()).await?;
    Ok(at)
}

/// A change to when the user is reminded.
#[derive(Clone, Debug)]
pub enum Change {
    Leads(Vec<Lead>),
    RemindAt(NaiveTime),
    Zone(UserZone),
}

/// Stores a settings change and reschedules every plan of the user's pending reminders (the
/// ones already sent stay sent). Returns the new settings.
pub async fn change_settings(
    pool: &AnyPool,
    user: i64,
    change: Change,
    default_zone: &UserZone,
    now: DateTime<Utc>,
) -> sqlx::Result<Settings> {
    let mut tx = pool.begin().await?;
    let (column, value) = match &change {
        Change::Leads(leads) => (
            SettingColumn::Leads,
            SettingValue::Text(format_leads(leads)),
        ),
        Change::RemindAt(time) => {
            let minutes =
                i64::from(chrono::Timelike::hour(time) * 60 + chrono::Timelike::minute(time));
            (SettingColumn::RemindAt, SettingValue::Int(minutes))
        }
        Change::Zone(zone) => (SettingColumn::TimeZone, SettingValue::Text(zone.name())),
    };
    store::set_setting(&mut *tx, user, column, value).await?;
    let row = store::settings(&mut *tx, user).await?;
    let settings = row.map(|r| Settings::from_row(&r, default_zone));
    let Some(settings) = settings else {
        tx.rollback().await?;
        return Err(sqlx::Error::RowNotFound);
    };
    for row in store::plans(&mut *tx, user).await? {
        schedule(&mut tx, user, &Plan::from(row), &settings, now, false).await?;
    }
    crate::lines::reschedule_all(&mut tx, user, &settings, now).await?;
    tx.commit().await?;
    Ok(settings)
}

/// One of the user's plans; another user's number finds nothing.
pub async fn plan(pool: &AnyPool, user: i64, number: i64) -> sqlx::Result<Option<Plan>> {
    Ok(store::plan(pool, user, number).await?.map(Plan::from))
}

/// All of the user's plans, soonest end first.
pub async fn plans(pool: &AnyPool, user: i64) -> sqlx::Result<Vec<Plan>> {
    Ok(store::plans(pool, user)
        .await?
        .into_iter()
        .map(Plan::from)
        .collect())
}

/// Deletes one of the user's plans and its reminders; false when there is no such plan.
pub async fn delete(pool: &AnyPool, user: i64, number: i64) -> sqlx::Result<bool> {
    store::delete_plan(pool, user, number).await
}
