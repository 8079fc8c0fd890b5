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
