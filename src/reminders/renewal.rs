//! Renewing a plan and undoing it: the new ends a renewal may take (the same period again, or a
//! chosen number of days, from the old end or from today once that has passed), moving the end
//! with the old state remembered, and putting it back within `UNDO_SECS`.
use chrono::{DateTime, Days, Utc};
use sqlx::AnyPool;

use super::model::{Plan, Settings};
use super::plans::{schedule, PlanError, Reschedule};
use super::store::{self, EndChange, EndRow};
use super::when::{check_end, EndParse, WhenError, MAX_PERIOD_DAYS};
use super::zone::UserZone;
use crate::clock::Timestamp;

#[cfg(test)]
mod tests;

/// How long after a change of a plan's end "Undo" still puts it back.
pub const UNDO_SECS: i64 = 10 * 60;

/// The end a renewal without a date gives: the same period again, counted from the old end
/// (at least one day; and if that is still past, counted from today). `None` beyond the
/// calendar; whether the result is acceptable is `check_end`'s to say.
pub fn renewed_end(plan: &Plan, zone: &UserZone, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    renewed_end_by(plan, plan.period_days, zone, now)
}

/// The end a renewal of `days` gives: counted from the old end, or from today if that is still
/// past, at the old end's time of day. `None` beyond the calendar.
pub fn renewed_end_by(
    plan: &Plan,
    days: i64,
    zone: &UserZone,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let days = Days::new(u64::try_from(days.clamp(1, MAX_PERIOD_DAYS)).ok()?);
    let old_end = zone.to_local(plan.ends_at);
    let end = zone.to_utc(old_end.checked_add_days(days)?);
    if end > now {
        return Some(end);
    }
    let date = zone.today(now).checked_add_days(days)?;
    Some(zone.to_utc(date.and_time(old_end.time())))
}

/// "Same as before": the local calendar days from the day the plan was added to its end day,
/// when that is at least one day (a plan added as "31/12" on 25/11 lasted 36 days).
pub fn same_as_before_days(plan: &Plan, zone: &UserZone) -> Option<i64> {
    let added = zone.to_local(plan.created_at).date();
    let days = (zone.to_local(plan.ends_at).date() - added).num_days();
    (1..=MAX_PERIOD_DAYS).contains(&days).then_some(days)
}

/// A new end for a plan, as the user gave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NewEnd {
    pub ends_at: DateTime<Utc>,
    /// Whether a time of day was given (else the end is the whole day).
    pub has_time: bool,
    /// The period in days when the user gave one; `None` keeps the plan's, known or not.
    pub period_days: Option<i64>,
}

impl From<EndParse> for NewEnd {
    /// A typed end: its period counts only when the user gave one (not a mere distance).
    fn from(end: EndParse) -> Self {
        NewEnd {
            ends_at: end.end,
            has_time: end.has_time,
            period_days: end.period_days.filter(|_| end.period_known),
        }
    }
}

/// Moves a plan's end (a renewal of the same period when `end` is `None`, else to `end`),
/// remembers the old one for `undo`, and reschedules the plan's reminders without sending one
/// at once. Moving to the end it already has changes nothing (a double tap renews once).
/// Refused when the user has no such plan or the new end fails `check_end`.
pub async fn set_end(
    pool: &AnyPool,
    user: i64,
    number: i64,
    end: Option<NewEnd>,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<Plan, PlanError> {
    let mut tx = crate::storage::begin_write(pool).await?;
    let Some(mut plan) = store::plan(&mut *tx, user, number).await? else {
        return Err(PlanError::NotFound);
    };
    let NewEnd {
        ends_at,
        has_time,
        period_days: period,
    } = match end {
        Some(end) => end,
        None => NewEnd {
            ends_at: renewed_end(&plan, &settings.zone, now).ok_or(WhenError::TooFar)?,
            has_time: plan.has_time,
            period_days: None,
        },
    };
    check_end(ends_at, now, &settings.zone)?;
    let old = end_row(&plan);
    let same_period = match period {
        None => true,
        Some(days) => plan.period_known && days == plan.period_days,
    };
    if ends_at == plan.ends_at && has_time == plan.has_time && same_period {
        tx.rollback().await?;
        return Ok(plan);
    }
    plan.ends_at = ends_at;
    plan.has_time = has_time;
    if let Some(days) = period {
        plan.period_days = days.clamp(1, MAX_PERIOD_DAYS);
        plan.period_known = true;
    }
    store::set_plan_end(&mut *tx, user, number, &end_row(&plan)).await?;
    let change = EndChange {
        old,
        new_ends_at: Timestamp::of(ends_at),
        changed_at: Timestamp::of(now),
    };
    store::record_change(&mut *tx, user, number, &change).await?;
    schedule(&mut tx, user, &plan, settings, now, Reschedule::Moved).await?;
    tx.commit().await?;
    Ok(plan)
}

/// What an undo press did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Undone {
    /// The plan is back as it was before its last change.
    Restored(Plan),
    /// More than `UNDO_SECS` have passed, or the end changed again since: nothing was done.
    TooLate,
}

/// Puts a plan back exactly as it was before the last change of its end (end, time of day,
/// period), if that change is less than `UNDO_SECS` old and still the plan's current end. The
/// reminders still ahead for the old end are rescheduled; none is sent at once.
pub async fn undo(
    pool: &AnyPool,
    user: i64,
    number: i64,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<Undone, PlanError> {
    let mut tx = crate::storage::begin_write(pool).await?;
    let Some(current) = store::plan(&mut *tx, user, number).await? else {
        return Err(PlanError::NotFound);
    };
    let Some(change) = store::last_change(&mut *tx, user, number).await? else {
        return Ok(Undone::TooLate);
    };
    let fresh = Timestamp::of(now) <= change.changed_at.saturating_add_secs(UNDO_SECS);
    if !fresh || Timestamp::of(current.ends_at) != change.new_ends_at {
        return Ok(Undone::TooLate);
    }
    store::set_plan_end(&mut *tx, user, number, &change.old).await?;
    store::forget_change(&mut *tx, user, number).await?;
    let Some(plan) = store::plan(&mut *tx, user, number).await? else {
        return Err(PlanError::NotFound);
    };
    schedule(&mut tx, user, &plan, settings, now, Reschedule::Moved).await?;
    tx.commit().await?;
    Ok(Undone::Restored(plan))
}

fn end_row(plan: &Plan) -> EndRow {
    EndRow {
        ends_at: Timestamp::of(plan.ends_at),
        has_time: plan.has_time,
        period_days: plan.period_days,
        period_known: plan.period_known,
    }
}
