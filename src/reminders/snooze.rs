//! Snoozing a reminder: the choices that make sense for the time a plan has left ("in 1 hour",
//! "this evening", "tomorrow" at the remind-at time), each offered only when it lands before the
//! end. Pure functions of their arguments; storing the snooze is `plans::snooze`'s.
use chrono::{DateTime, Days, NaiveTime, TimeDelta, Utc};

use super::zone::UserZone;

/// "This evening" is this local time.
pub const EVENING: NaiveTime = match NaiveTime::from_hms_opt(20, 0, 0) {
    Some(time) => time,
    None => panic!("20:00 is a time of day"),
};

/// When a snoozed reminder comes back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SnoozeChoice {
    /// One hour from the press.
    Hour,
    /// At 20:00 local today.
    Evening,
    /// At the remind-at time tomorrow (local).
    Tomorrow,
}

impl SnoozeChoice {
    /// Every choice, soonest first: the order of the buttons.
    pub const ALL: [SnoozeChoice; 3] = [
        SnoozeChoice::Hour,
        SnoozeChoice::Evening,
        SnoozeChoice::Tomorrow,
    ];

    /// The letter a button carries (`h`, `e`, `t`).
    pub fn code(self) -> char {
        match self {
            SnoozeChoice::Hour => 'h',
            SnoozeChoice::Evening => 'e',
            SnoozeChoice::Tomorrow => 't',
        }
    }

    /// The choice a button's letter names.
    pub fn from_code(code: &str) -> Option<SnoozeChoice> {
        SnoozeChoice::ALL
            .into_iter()
            .find(|choice| code.len() == 1 && code.starts_with(choice.code()))
    }
}

/// The moment `choice` names, pressed at `now`; `None` beyond the calendar. "This evening" is
/// only a moment while 20:00 is still ahead today and later than "in 1 hour" (two buttons for
/// nearly the same time would make the user choose for nothing).
pub fn moment(
    choice: SnoozeChoice,
    remind_at: NaiveTime,
    zone: &UserZone,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let hour = now.checked_add_signed(TimeDelta::hours(1))?;
    match choice {
        SnoozeChoice::Hour => Some(hour),
        SnoozeChoice::Evening => {
            let evening = zone.to_utc(zone.today(now).and_time(EVENING));
            (evening > hour).then_some(evening)
        }
        SnoozeChoice::Tomorrow => {
            let tomorrow = zone.today(now).checked_add_days(Days::new(1))?;
            Some(zone.to_utc(tomorrow.and_time(remind_at)))
        }
    }
}

/// Where a snooze pressed at `now` lands for a plan ending at `end`: the moment, if it is
/// strictly before the end (a reminder at or after the end cannot help anyone top up in time).
pub fn landing(
    choice: SnoozeChoice,
    end: DateTime<Utc>,
    remind_at: NaiveTime,
    zone: &UserZone,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    moment(choice, remind_at, zone, now).filter(|at| *at < end)
}

/// The choices to offer under a reminder sent at `now`, with where each lands, soonest first;
/// none when the plan ends before all of them.
pub fn choices(
    end: DateTime<Utc>,
    remind_at: NaiveTime,
    zone: &UserZone,
    now: DateTime<Utc>,
) -> Vec<(SnoozeChoice, DateTime<Utc>)> {
    SnoozeChoice::ALL
        .into_iter()
        .filter_map(|choice| Some((choice, landing(choice, end, remind_at, zone, now)?)))
        .collect()
}

#[cfg(test)]
mod tests;
