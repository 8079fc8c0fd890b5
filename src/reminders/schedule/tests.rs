use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::super::leads::{Lead, DEFAULT_LEADS};
use super::super::zone::UserZone;
use super::{pending, plan_reminders, reminder_instants};
use Lead::{AtEnd, Days, Minutes};

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// The instant of a wall-clock time in `zone`.
fn wall(zone: &UserZone, y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
    zone.to_utc(date.and_time(hm(h, min)))
}

fn ny() -> UserZone {
    UserZone::Named(Tz::America__New_York)
}

fn santiago() -> UserZone {
    UserZone::Named(Tz::America__Santiago)
}

#[test]
fn default_leads_fire_at_nine_on_earlier_days_and_on_the_end_day() {
    let zone = UserZone::LIMA;
    let end = wall(&zone, 2026, 12, 31, 23, 59);
    let fired = reminder_instants(end, &DEFAULT_LEADS, hm(9, 0), &zone);
    assert_eq!(
        fired,
        vec![
            (Days(3), utc(2026, 12, 28, 14, 0)),
            (Days(1), utc(2026, 12, 30, 14, 0)),
            (Days(0), utc(2026, 12, 31, 14, 0)),
        ]
    );
    assert!(
        fired.iter().all(|&(_, at)| at < end),
        "never at or after the end"
    );
}

#[test]
fn minute_leads_fire_exactly_that_long_before_the_end() {
    let zone = UserZone::LIMA;
    let end = wall(&zone, 2026, 12, 31, 18, 0);
    let fired = reminder_instants(end, &[Minutes(30), Minutes(120)], hm(9, 0), &zone);
    assert_eq!(
        fired,
        vec![
            (Minutes(120), utc(2026, 12, 31, 21, 0)),
            (Minutes(30), utc(2026, 12, 31, 22, 30)),
        ]
    );
}

#[test]
fn a_same_day_lead_after_an_early_end_fires_at_the_end_and_merges() {
    let zone = UserZone::LIMA;
    let end = wall(&zone, 2026, 12, 31, 8, 0);
    let alone = reminder_instants(end, &[Days(0)], hm(9, 0), &zone);
    assert_eq!(alone, vec![(Days(0), end)]);
    let both = reminder_instants(end, &[Days(0), AtEnd], hm(9, 0), &zone);
    assert_eq!(both, vec![(AtEnd, end)]);
    let before = reminder_instants(end, &[Days(0)], hm(7, 0), &zone);
    assert_eq!(before, vec![(Days(0), wall(&zone, 2026, 12, 31, 7, 0))]);
}

#[test]
fn leads_on_the_same_instant_keep_the_one_nearest_the_end() {
    let zone = UserZone::LIMA;
    let end = wall(&zone, 2026, 12, 31, 9, 0);
    let fired = reminder_instants(end, &[Days(1), Minutes(1440)], hm(9, 0), &zone);
    assert_eq!(
        fired,
        vec![(Minutes(1440), wall(&zone, 2026, 12, 30, 9, 0))]
    );
}

#[test]
fn day_leads_keep_the_wall_clock_across_new_york_spring_forward() {
    let zone = ny();
    // Clocks jump 02:00 -> 03:00 on 2026-03-08.
    let end = wall(&zone, 2026, 3, 10, 23, 59);
    let fired = reminder_instants(end, &[Days(3), Days(1)], hm(9, 0), &zone);
    assert_eq!(
        fired,
        vec![
            (Days(3), utc(2026, 3, 7, 14, 0)),
            (Days(1), utc(2026, 3, 9, 13, 0)),
        ]
    );
}

#[test]
fn day_leads_keep_the_wall_clock_across_new_york_fall_back() {
    let zone = ny();
    // Clocks fall 02:00 -> 01:00 on 2026-11-01.
    let end = wall(&zone, 2026, 11, 2, 23, 59);
    let fired = reminder_instants(end, &[Days(3), Days(1)], hm(9, 0), &zone);
    assert_eq!(
        fired,
        vec![
            (Days(3), utc(2026, 10, 30, 13, 0)),
            (Days(1), utc(2026, 11, 1, 14, 0)),
        ]
    );
}

#[test]
fn minute_leads_count_real_time_across_a_dst_change() {
    let zone = ny();
    let end = wall(&zone, 2026, 3, 8, 12, 0);
    let fired = reminder_instants(end, &[Minutes(24 * 60)], hm(9, 0), &zone);
    // 24 real hours before 12:00 EDT is 11:00 EST the day before.
    assert_eq!(fired, vec![(Minutes(1440), wall(&zone, 2026, 3, 7, 11, 0))]);
}

#[test]
fn day_leads_keep_the_wall_clock_across_santiagos_changes() {
    let zone = santiago();
    // Chile falls back at midnight 2026-04-05 (-03 -> -04).
    let end = wall(&zone, 2026, 4, 6, 23, 59);
    let fired = reminder_instants(end, &[Days(3), Days(1)], hm(9, 0), &zone);
    assert_eq!(
        fired,
        vec![
            (Days(3), utc(2026, 4, 3, 12, 0)),
            (Days(1), utc(2026, 4, 5, 13, 0)),
        ]
    );
    // And springs forward at midnight 2026-09-06 (-04 -> -03).
    let end = wall(&zone, 2026, 9, 7, 23, 59);
    let fired = reminder_instants(end, &[Days(2), Days(1)], hm(9, 0), &zone);
    assert_eq!(
        fired,
        vec![
            (Days(2), utc(2026, 9, 5, 13, 0)),
            (Days(1), utc(2026, 9, 6, 12, 0)),
        ]
    );
}

#[test]
fn a_remind_at_time_in_a_dst_gap_fires_when_the_gap_ends() {
    let fired = reminder_instants(
        wall(&ny(), 2026, 3, 9, 23, 59),
        &[Days(1)],
        hm(2, 30),
        &ny(),
    );
    assert_eq!(fired, vec![(Days(1), utc(2026, 3, 8, 7, 0))]);
    let chile = santiago();
    let end = wall(&chile, 2026, 9, 7, 23, 59);
    let fired = reminder_instants(end, &[Days(1)], hm(0, 30), &chile);
    assert_eq!(fired, vec![(Days(1), utc(2026, 9, 6, 4, 0))]);
}

#[test]
fn a_remind_at_time_in_an_overlap_fires_the_first_time() {
    let fired = reminder_instants(
        wall(&ny(), 2026, 11, 2, 23, 59),
        &[Days(1)],
        hm(1, 30),
        &ny(),
    );
    assert_eq!(fired, vec![(Days(1), utc(2026, 11, 1, 5, 30))]);
}

#[test]
fn day_leads_cross_month_and_year_ends() {
    let zone = UserZone::LIMA;
    let cases = [
        (
            wall(&zone, 2028, 3, 1, 23, 59),
            Days(1),
            utc(2028, 2, 29, 14, 0),
        ),
        (
            wall(&zone, 2027, 3, 1, 23, 59),
            Days(1),
            utc(2027, 2, 28, 14, 0),
        ),
        (
            wall(&zone, 2027, 3, 1, 23, 59),
            Days(2),
            utc(2027, 2, 27, 14, 0),
        ),
        (
            wall(&zone, 2027, 1, 1, 23, 59),
            Days(1),
            utc(2026, 12, 31, 14, 0),
        ),
        (
            wall(&zone, 2027, 1, 2, 23, 59),
            Days(3),
            utc(2026, 12, 30, 14, 0),
        ),
    ];
    for (end, lead, expected) in cases {
        assert_eq!(
            reminder_instants(end, &[lead], hm(9, 0), &zone),
            vec![(lead, expected)]
        );
    }
}

#[test]
fn a_day_lead_uses_the_local_end_date_not_the_utc_one() {
    // 23:59 on Dec 31 in Lima is already Jan 1 in UTC.
    let zone = UserZone::LIMA;
    let end = wall(&zone, 2026, 12, 31, 23, 59);
    assert_eq!(
        reminder_instants(end, &[Days(0)], hm(9, 0), &zone),
        vec![(Days(0), utc(2026, 12, 31, 14, 0))]
    );
}

#[test]
fn a_plan_ending_in_two_hours_after_the_remind_at_time_gets_its_end_day_reminder_now() {
    let now = utc(2026, 11, 25, 15, 0); // 10:00 in Lima, after the 09:00 end-day reminder
    let end = utc(2026, 11, 25, 17, 0);
    let kept = plan_reminders(end, &DEFAULT_LEADS, hm(9, 0), &UserZone::LIMA, now);
    assert_eq!(kept, vec![(Days(0), now)]);
    let explicit = plan_reminders(end, &[Days(1), AtEnd], hm(9, 0), &UserZone::LIMA, now);
    assert_eq!(explicit, vec![(AtEnd, end)], "`end` still fires at the end");
}

#[test]
fn a_plan_whose_leads_have_all_passed_gets_one_reminder_now() {
    let now = utc(2026, 11, 25, 15, 0);
    let end = utc(2026, 11, 25, 15, 20);
    let leads = [Minutes(120), Minutes(30)];
    let kept = plan_reminders(end, &leads, hm(9, 0), &UserZone::LIMA, now);
    assert_eq!(kept, vec![(Minutes(30), now)]);
}

#[test]
fn past_leads_are_skipped_and_future_ones_kept() {
    let now = utc(2026, 12, 29, 15, 0);
    let zone = UserZone::LIMA;
    let end = wall(&zone, 2026, 12, 31, 23, 59);
    let kept = plan_reminders(end, &DEFAULT_LEADS, hm(9, 0), &zone, now);
    assert_eq!(
        kept,
        vec![
            (Days(1), utc(2026, 12, 30, 14, 0)),
            (Days(0), utc(2026, 12, 31, 14, 0))
        ]
    );
}

#[test]
fn a_lead_due_exactly_now_is_kept() {
    let now = utc(2026, 12, 31, 4, 59);
    let end = utc(2026, 12, 31, 5, 29);
    let instants = [(Minutes(30), now), (AtEnd, end)];
    assert_eq!(pending(&instants, end, now), instants.to_vec());
}

#[test]
fn a_plan_that_has_already_ended_gets_no_reminders() {
    let end = utc(2026, 11, 25, 15, 0);
    let instants = [(Minutes(30), utc(2026, 11, 25, 14, 30)), (AtEnd, end)];
    assert_eq!(pending(&instants, end, end), vec![]);
    assert_eq!(pending(&[], end, utc(2026, 11, 20, 0, 0)), vec![]);
}

mod props;
