//! What users do with plans, as domain operations: add, renew, correct, delete, snooze, and
//! change when they are reminded. Each runs in one transaction and reschedules the affected
//! reminders, so a handler only parses input and reports the result.
use chrono::{DateTime, Days, NaiveTime, Utc};
use sqlx::AnyPool;

use super::leads::{format_leads, Lead};
use super::model::{Operator, Plan, Settings};
use super::queue::{self, Key};
use super::schedule::plan_reminders;
use super::store::{self, NewPlan, SettingColumn, SettingValue};
use super::zone::UserZone;

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

/// Stores a new plan and its reminders; returns it with its number.
pub async fn add(
    pool: &AnyPool,
    user: i64,
    draft: &Draft,
    settings: &Settings,
    now: DateTime<Utc>,
) -> sqlx::Result<Plan> {
    let mut tx = pool.begin().await?;
    let number = store::next_plan_number(&mut *tx, user).await?;
    let new = NewPlan {
        operator: draft.operator.code(),
        label: draft.label.as_deref(),
        ends_at: draft.ends_at.timestamp(),
        has_time: draft.has_time,
        period_days: draft.period_days,
    };
    store::insert_plan(&mut *tx, user, number, &new, now.timestamp()).await?;
    let plan = Plan {
        number,
        operator: draft.operator,
        label: draft.label.clone(),
        ends_at: draft.ends_at,
        has_time: draft.has_time,
        period_days: draft.period_days,
    };
    schedule(&mut tx, user, &plan, settings, now, true).await?;
    tx.commit().await?;
    Ok(plan)
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
/// (at least one day; and if that is still past, counted from today).
pub fn renewed_end(plan: &Plan, zone: &UserZone, now: DateTime<Utc>) -> DateTime<Utc> {
    let days = u64::try_from(plan.period_days.max(1)).unwrap_or(1);
    let mut local = zone.to_local(plan.ends_at);
    local = local.checked_add_days(Days::new(days)).unwrap_or(local);
    let mut end = zone.to_utc(local);
    if end <= now {
        let today = zone.today(now);
        let date = today.checked_add_days(Days::new(days)).unwrap_or(today);
        end = zone.to_utc(date.and_time(local.time()));
    }
    end
}

/// Moves a plan's end (renewal or correction) and reschedules it from scratch. `None` when the
/// user has no such plan.
pub async fn set_end(
    pool: &AnyPool,
    user: i64,
    number: i64,
    end: Option<(DateTime<Utc>, bool, i64)>,
    settings: &Settings,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<Plan>> {
    let mut tx = pool.begin().await?;
    let Some(row) = store::plan(&mut *tx, user, number).await? else {
        return Ok(None);
    };
    let mut plan = Plan::from(row);
    let (ends_at, has_time, period) = end.unwrap_or_else(|| {
        (
            renewed_end(&plan, &settings.zone, now),
            plan.has_time,
            plan.period_days,
        )
    });
    plan.ends_at = ends_at;
    plan.has_time = has_time;
    plan.period_days = period.max(1);
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
    Ok(Some(plan))
}

/// "Remind me tomorrow": one more reminder 24 hours from now (never after the end unless the
/// plan has already ended). Returns when it will come, or `None` for an unknown plan.
pub async fn snooze(
    pool: &AnyPool,
    user: i64,
    number: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<DateTime<Utc>>> {
    let Some(row) = store::plan(pool, user, number).await? else {
        return Ok(None);
    };
    let plan = Plan::from(row);
    let mut at = now + chrono::Duration::days(1);
    if plan.ends_at > now && at > plan.ends_at {
        at = plan.ends_at;
    }
    queue::snooze(pool, user, number, at.timestamp()).await?;
    Ok(Some(at))
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
