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
mod tests {
    use chrono::{Duration, TimeZone};

    use super::*;

    /// Wed 25 Nov 2026, 10:00 in Lima.
    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 15, 0, 0).unwrap()
    }

    fn nine() -> NaiveTime {
        NaiveTime::from_hms_opt(9, 0, 0).unwrap()
    }

    fn offered(end: DateTime<Utc>, now: DateTime<Utc>) -> Vec<SnoozeChoice> {
        choices(end, nine(), &UserZone::LIMA, now)
            .into_iter()
            .map(|(choice, _)| choice)
            .collect()
    }

    #[test]
    fn a_plan_ending_in_two_minutes_offers_no_snooze() {
        assert_eq!(offered(now() + Duration::minutes(2), now()), vec![]);
    }

    #[test]
    fn a_plan_ending_in_three_hours_offers_only_the_hour() {
        assert_eq!(
            offered(now() + Duration::hours(3), now()),
            vec![SnoozeChoice::Hour]
        );
    }

    #[test]
    fn a_plan_ending_tonight_offers_the_evening_when_it_is_before_the_end() {
        let end = Utc.with_ymd_and_hms(2026, 11, 26, 4, 59, 0).unwrap(); // 23:59 Lima
        assert_eq!(
            offered(end, now()),
            vec![SnoozeChoice::Hour, SnoozeChoice::Evening]
        );
    }

    #[test]
    fn a_plan_ending_in_three_days_offers_all_three_at_their_true_moments() {
        let found = choices(now() + Duration::days(3), nine(), &UserZone::LIMA, now());
        let expected = vec![
            (SnoozeChoice::Hour, now() + Duration::hours(1)),
            (
                SnoozeChoice::Evening,
                Utc.with_ymd_and_hms(2026, 11, 26, 1, 0, 0).unwrap(),
            ),
            (
                SnoozeChoice::Tomorrow,
                Utc.with_ymd_and_hms(2026, 11, 26, 14, 0, 0).unwrap(),
            ),
        ];
        assert_eq!(found, expected);
    }

    #[test]
    fn the_evening_is_not_offered_once_it_is_within_the_hour() {
        let late = Utc.with_ymd_and_hms(2026, 11, 26, 0, 30, 0).unwrap(); // 19:30 Lima
        let found = offered(late + Duration::days(3), late);
        assert_eq!(found, vec![SnoozeChoice::Hour, SnoozeChoice::Tomorrow]);
    }

    #[test]
    fn a_snooze_landing_exactly_at_the_end_is_refused() {
        let end = now() + Duration::hours(1);
        assert_eq!(
            landing(SnoozeChoice::Hour, end, nine(), &UserZone::LIMA, now()),
            None
        );
    }

    #[test]
    fn codes_read_back_and_nothing_else_does() {
        for choice in SnoozeChoice::ALL {
            let code = choice.code().to_string();
            assert_eq!(SnoozeChoice::from_code(&code), Some(choice));
        }
        for bad in ["", "x", "hh", "H", "te"] {
            assert_eq!(SnoozeChoice::from_code(bad), None, "{bad:?}");
        }
    }
}
