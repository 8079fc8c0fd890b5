//! What users do with plans, as domain operations: add, renew, correct, delete, snooze, and
//! change when they are reminded. Each runs in one transaction and reschedules the affected
//! reminders, so a handler only parses input and reports the result.
use chrono::{DateTime, NaiveTime, Utc};
use sqlx::{Any, AnyPool, Transaction};

use super::input::{clean_label, MAX_LABEL};

use super::leads::{format_leads, Lead};
use super::model::{Draft, Plan, Settings};
use super::schedule::{ahead, plan_reminders, reminder_instants};
use super::snooze::{landing, SnoozeChoice};
use super::store::{self, queue, Key};
use super::when::{check_end, WhenError, MAX_PERIOD_DAYS};
use super::zone::UserZone;
use crate::clock::Timestamp;
use crate::users::{self, Counter, Setting};

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

/// The user's settings, typed, with the operator's default zone where they set none.
pub async fn settings(
    pool: &AnyPool,
    user: i64,
    default_zone: &UserZone,
) -> sqlx::Result<Settings> {
    Ok(match users::settings(pool, user).await? {
        Some(row) => Settings::from_row(&row, default_zone),
        None => Settings::defaults(default_zone),
    })
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
    let mut tx = crate::storage::begin_write(pool).await?;
    // The number first: it writes the user's row, so a concurrent add by the same user waits
    // here until this one commits, and its count below then includes this plan.
    let number = users::next_number(&mut *tx, user, Counter::Plan).await?;
    if store::count_plans(&mut *tx, user).await? >= MAX_PLANS {
        tx.rollback().await?;
        return Err(PlanError::TooMany);
    }
    let plan = Plan {
        number,
        terms: Draft {
            label,
            period_days: draft.period_days.clamp(1, MAX_PERIOD_DAYS),
            ..draft.clone()
        },
        created_at: now,
    };
    store::insert_plan(&mut *tx, user, &plan).await?;
    schedule(&mut tx, user, &plan, settings, now, Reschedule::Added).await?;
    tx.commit().await?;
    Ok(plan)
}

/// Whether the user may add one more plan (the guided flow asks before its first step; `add`
/// checks again in its transaction).
pub async fn can_add(pool: &AnyPool, user: i64) -> sqlx::Result<bool> {
    Ok(store::count_plans(pool, user).await? < MAX_PLANS)
}

/// Why a plan's reminders are being written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Reschedule {
    /// A new plan: if every lead has passed, one reminder now.
    Added,
    /// A new end (renewal, correction, undo): the history is forgotten, and only the reminders
    /// still ahead are kept (the user is looking at the plan; nothing is sent at once).
    Moved,
    /// The settings changed: the reminders already sent stay sent, and only the reminders still
    /// ahead are added (the user is looking at the bot; a catch-up "ends soon" here would repeat
    /// a reminder they may have just had under their old leads).
    Settings,
}

/// Writes the reminders of `plan` at `now`.
pub(super) async fn schedule(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    user: i64,
    plan: &Plan,
    settings: &Settings,
    now: DateTime<Utc>,
    why: Reschedule,
) -> sqlx::Result<()> {
    queue::clear(&mut **tx, user, plan.number, why == Reschedule::Moved).await?;
    let (end, zone) = (plan.ends_at, &settings.zone);
    let wanted = match why {
        Reschedule::Added => plan_reminders(end, &settings.leads, settings.remind_at, zone, now),
        Reschedule::Moved | Reschedule::Settings => ahead(
            &reminder_instants(end, &settings.leads, settings.remind_at, zone),
            end,
            now,
        ),
    };
    for (lead, at) in wanted {
        let lead = format_leads(&[lead]);
        let key = Key {
            user_id: user,
            plan_number: plan.number,
            lead: &lead,
        };
        queue::add(&mut **tx, &key, Timestamp::of(at)).await?;
    }
    Ok(())
}

/// What a snooze press did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Snoozed {
    /// The reminder will come back at this moment.
    At(DateTime<Utc>),
    /// The choice would now land at or after the plan's end (time passed since the reminder
    /// was sent): nothing was saved; the plan ends (or ended) at this moment.
    EndsFirst(DateTime<Utc>),
}

/// Snoozes a plan's reminder to `choice`, pressed at `now`: one more reminder at that moment,
/// only if it lands before the end. Replaces an earlier snooze of the same plan.
pub async fn snooze(
    pool: &AnyPool,
    user: i64,
    number: i64,
    choice: SnoozeChoice,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<Snoozed, PlanError> {
    let Some(plan) = store::plan(pool, user, number).await? else {
        return Err(PlanError::NotFound);
    };
    let at = landing(
        choice,
        plan.ends_at,
        settings.remind_at,
        &settings.zone,
        now,
    );
    let Some(at) = at else {
        return Ok(Snoozed::EndsFirst(plan.ends_at));
    };
    queue::snooze(pool, user, number, Timestamp::of(at)).await?;
    Ok(Snoozed::At(at))
}

/// A change to when the user is reminded.
#[derive(Clone, Debug)]
pub enum Change {
    Leads(Vec<Lead>),
    RemindAt(NaiveTime),
    Zone(UserZone),
}

/// Stores a settings change in `tx` and reschedules every plan of the user's pending reminders
/// (the ones already sent stay sent). Returns the new settings; `None` when there is no such
/// user. `preferences::change_settings` wraps it with the lines' share.
pub async fn apply_settings(
    tx: &mut Transaction<'_, Any>,
    user: i64,
    change: &Change,
    default_zone: &UserZone,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<Settings>> {
    let setting = match change {
        Change::Leads(leads) => Setting::Leads(format_leads(leads)),
        Change::RemindAt(time) => Setting::RemindAt(i64::from(
            chrono::Timelike::hour(time) * 60 + chrono::Timelike::minute(time),
        )),
        Change::Zone(zone) => Setting::TimeZone(zone.name()),
    };
    users::set_setting(&mut **tx, user, setting).await?;
    let row = users::settings(&mut **tx, user).await?;
    let Some(settings) = row.map(|r| Settings::from_row(&r, default_zone)) else {
        return Ok(None);
    };
    for plan in store::plans(&mut **tx, user).await? {
        schedule(tx, user, &plan, &settings, now, Reschedule::Settings).await?;
    }
    Ok(Some(settings))
}

/// One of the user's plans; another user's number finds nothing.
pub async fn plan(pool: &AnyPool, user: i64, number: i64) -> sqlx::Result<Option<Plan>> {
    store::plan(pool, user, number).await
}

/// All of the user's plans, soonest end first.
pub async fn plans(pool: &AnyPool, user: i64) -> sqlx::Result<Vec<Plan>> {
    store::plans(pool, user).await
}

/// Deletes one of the user's plans and its reminders; false when there is no such plan.
pub async fn delete(pool: &AnyPool, user: i64, number: i64) -> sqlx::Result<bool> {
    store::delete_plan(pool, user, number).await
}
