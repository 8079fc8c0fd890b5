//! When each reminder for a plan fires, and which of them are still worth sending when the plan
//! is saved. Pure functions of their arguments (`now` included); storing reminders and sending
//! them belong to the scheduler, which calls these.

use std::cmp::Reverse;

use chrono::{DateTime, Days, Duration, NaiveTime, Utc};

use super::leads::Lead;
use super::zone::UserZone;

// README rules, to copy as they are (the why of the functions below):
// - A day lead (`3d`) fires at your `/remindat` time (09:00 by default), on the local calendar
//   date that many days before the plan's end date, whatever the DST changes in between.
// - `0` (or `0d`) is the end day: it fires at your `/remindat` time on the end date itself, or
//   at the end if the plan ends earlier that day. It never fires after the end.
// - An hour or minute lead (`2h`, `30m`) fires exactly that long before the end instant.
// - `end` (also `fin`, `al final`, `到期`, `0h`) fires at the end instant itself: only when you
//   ask for it, since a reminder at the very end leaves no time to top up.
// - A time of day that a DST change skips (02:30 on a spring-forward night) fires at the first
//   moment after the gap (03:00); one that happens twice fires the first time.
// - Two leads that land on the same moment send one reminder.
// - When you save a plan, reminders whose moment has already passed are skipped: a plan saved
//   on 29 Dec ending on 31 Dec with leads `3d,1d,0` gets the `1d` and `0` reminders. If every
//   reminder has already passed but the plan has not ended (a plan ending at 18:00 today, saved
//   at 10:00, with leads `3d,1d,0`), you get one reminder straight away instead of none. A plan
//   that has already ended gets none.
// - A renewal, a date change or an undo never sends one straight away: you are looking at the
//   plan at that moment; only the reminders still ahead are kept.

/// The moment each lead fires for a plan ending at `end`, earliest first. Leads landing on the
/// same moment are merged, keeping the one nearest the end (`0` over a `0d` clamped to the end).
/// A lead whose moment falls outside chrono's calendar is dropped.
pub fn reminder_instants(
    end: DateTime<Utc>,
    leads: &[Lead],
    remind_at: NaiveTime,
    zone: &UserZone,
) -> Vec<(Lead, DateTime<Utc>)> {
    let mut fired: Vec<(Lead, DateTime<Utc>)> = leads
        .iter()
        .filter_map(|&lead| Some((lead, instant_of(lead, end, remind_at, zone)?)))
        .collect();
    fired.sort_by_key(|&(lead, at)| (at, nearness(lead)));
    fired.dedup_by_key(|&mut (_, at)| at);
    fired
}

/// Which reminders to keep when a plan is saved (or its leads change) at `now`: those not yet
/// past; if all are past but the plan has not ended, the one nearest the end, due at `now`; if
/// the plan has ended, none. `instants` is what `reminder_instants` returned.
pub fn pending(
    instants: &[(Lead, DateTime<Utc>)],
    end: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Vec<(Lead, DateTime<Utc>)> {
    let future = ahead(instants, end, now);
    if !future.is_empty() || end <= now {
        return future;
    }
    // Every lead has passed, yet the user asked to be warned and still has time to top up:
    // one "ends soon" reminder now beats silence until the line is cut.
    instants
        .iter()
        .max_by_key(|&&(lead, at)| (at, Reverse(nearness(lead))))
        .map(|&(lead, _)| vec![(lead, now)])
        .unwrap_or_default()
}

/// Only the reminders of `instants` still ahead at `now` (none once the plan has ended): what
/// a renewal, a date change or an undo keeps, since the user is looking at the plan right then.
pub fn ahead(
    instants: &[(Lead, DateTime<Utc>)],
    end: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Vec<(Lead, DateTime<Utc>)> {
    if end <= now {
        return Vec::new();
    }
    instants
        .iter()
        .copied()
        .filter(|&(_, at)| at >= now)
        .collect()
}

/// `reminder_instants` followed by `pending`: the reminders to store for a plan saved at `now`.
pub fn plan_reminders(
    end: DateTime<Utc>,
    leads: &[Lead],
    remind_at: NaiveTime,
    zone: &UserZone,
    now: DateTime<Utc>,
) -> Vec<(Lead, DateTime<Utc>)> {
    pending(&reminder_instants(end, leads, remind_at, zone), end, now)
}

fn instant_of(
    lead: Lead,
    end: DateTime<Utc>,
    remind_at: NaiveTime,
    zone: &UserZone,
) -> Option<DateTime<Utc>> {
    match lead {
        Lead::Days(n) => {
            let end_date = zone.to_local(end).date();
            let date = end_date.checked_sub_days(Days::new(u64::from(n)))?;
            // Only `0d` can land after the end (remind_at 09:00, plan ends 08:00): a reminder
            // after the end is useless, so it fires at the end instead.
            Some(zone.to_utc(date.and_time(remind_at)).min(end))
        }
        Lead::Minutes(m) => end.checked_sub_signed(Duration::minutes(i64::from(m))),
        Lead::AtEnd => Some(end),
    }
}

/// Lower is nearer the end, so it wins a tie.
fn nearness(lead: Lead) -> u8 {
    match lead {
        Lead::AtEnd => 0,
        Lead::Minutes(_) => 1,
        Lead::Days(_) => 2,
    }
}

#[cfg(test)]
mod tests;
