use chrono::TimeZone;

use super::*;
use crate::lines::rules::{Claim, LineRules};
use crate::reminders::Operator;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn rules(restriction: &[u32], cutoff: &[u32]) -> OperatorRules {
    let claims = |days: &[u32]| {
        days.iter()
            .map(|&days| Claim {
                days,
                sources: vec!["https://example.pe".into()],
            })
            .collect()
    };
    OperatorRules {
        checked: d(2026, 2, 24),
        restriction: claims(restriction),
        cutoff: claims(cutoff),
    }
}

#[test]
fn bitel_counts_from_the_earliest_of_240_and_255_days() {
    let shipped = LineRules::embedded();
    let line = timeline(shipped.of(Operator::Bitel).unwrap(), d(2026, 3, 2));
    let cutoff = line.cutoff.unwrap();
    assert_eq!((cutoff.days, cutoff.from), (240, d(2026, 10, 28)));
    assert_eq!(cutoff.others, vec![255]);
    assert_eq!(cutoff.last_safe(), d(2026, 10, 27));
    assert_eq!(line.restriction.unwrap().from, d(2026, 5, 31));
}

#[test]
fn a_stage_no_source_states_has_no_date() {
    let line = timeline(&rules(&[], &[60]), d(2026, 3, 2));
    assert_eq!(line.restriction, None);
    assert_eq!(line.cutoff.unwrap().from, d(2026, 5, 1));
}

#[test]
fn days_are_calendar_days_across_a_leap_day() {
    // 2028 is a leap year: 60 days after 1 Feb is 1 Apr (29 days of February), not 2 Apr.
    let line = timeline(&rules(&[60], &[270]), d(2028, 2, 1));
    assert_eq!(line.restriction.unwrap().from, d(2028, 4, 1));
    let line = timeline(&rules(&[60], &[270]), d(2027, 2, 1));
    assert_eq!(line.restriction.unwrap().from, d(2027, 4, 2));
    // A top-up on the leap day itself counts from it.
    let line = timeline(&rules(&[], &[365]), d(2028, 2, 29));
    assert_eq!(line.cutoff.unwrap().from, d(2029, 2, 28));
}

#[test]
fn the_deadline_is_23_59_of_the_last_safe_day_in_lima_all_year_round() {
    // Lima is UTC-5 with no DST: the same UTC hour in January and July.
    for (m, day) in [(1, 15), (7, 15)] {
        let line = timeline(&rules(&[], &[1]), d(2026, m, day));
        assert_eq!(
            line.cutoff.unwrap().deadline(),
            Utc.with_ymd_and_hms(2026, m, day + 1, 4, 59, 0).unwrap()
        );
    }
}

#[test]
fn all_passed_only_once_every_known_stage_has_begun() {
    let line = timeline(&rules(&[60], &[270]), d(2026, 1, 1));
    assert!(
        !line.all_passed(d(2026, 3, 10)),
        "restricted, not yet cut off"
    );
    assert!(
        !line.all_passed(d(2026, 9, 27)),
        "the day before the cut-off"
    );
    assert!(line.all_passed(d(2026, 9, 28)));
}

#[test]
fn typed_dates_in_three_languages_and_numeric_forms() {
    let today = d(2026, 11, 25);
    for (typed, want) in [
        ("today", today),
        ("Hoy", today),
        ("今天", today),
        ("yesterday", d(2026, 11, 24)),
        ("ayer", d(2026, 11, 24)),
        ("昨天", d(2026, 11, 24)),
        ("2/3", d(2026, 3, 2)),
        ("2/3/2026", d(2026, 3, 2)),
        ("2/3/26", d(2026, 3, 2)),
        ("2026-03-02", d(2026, 3, 2)),
        ("3月2日", d(2026, 3, 2)),
        ("3月2号", d(2026, 3, 2)),
        ("2026年3月2日", d(2026, 3, 2)),
        // A day and month later in the year than today: last year's.
        ("30/12", d(2025, 12, 30)),
    ] {
        assert_eq!(parse_topup(typed, today), Ok(want), "{typed}");
    }
}

#[test]
fn a_29_february_without_a_year_is_the_latest_leap_day() {
    assert_eq!(parse_topup("29/2", d(2026, 1, 10)), Ok(d(2024, 2, 29)));
    assert_eq!(parse_topup("29/2", d(2028, 3, 1)), Ok(d(2028, 2, 29)));
}

#[test]
fn future_impossible_and_ancient_dates_are_refused_by_name() {
    let today = d(2026, 11, 25);
    assert_eq!(parse_topup("2026-12-01", today), Err(TopupError::Future));
    assert_eq!(parse_topup("1/12/2026", today), Err(TopupError::Future));
    assert_eq!(
        parse_topup("31/02/2026", today),
        Err(TopupError::Unrecognized)
    );
    assert_eq!(parse_topup("soon", today), Err(TopupError::Unrecognized));
    assert_eq!(parse_topup("", today), Err(TopupError::Unrecognized));
    assert_eq!(parse_topup("2020-01-01", today), Err(TopupError::TooOld));
}

#[test]
fn stored_dates_round_trip_and_corrupt_ones_are_refused() {
    for date in [
        d(2000, 1, 1),
        d(2026, 3, 2),
        d(2028, 2, 29),
        d(2099, 12, 31),
    ] {
        assert_eq!(from_stored(to_stored(date)), Some(date));
    }
    assert_eq!(to_stored(d(1970, 1, 2)), 1);
    assert_eq!(from_stored(i64::MAX), None);
    assert_eq!(from_stored(-1), None);
}

mod props {
    use chrono::{Datelike, Days, NaiveDate};
    use proptest::prelude::*;

    use super::super::{parse_topup, MAX_DAYS};
    use crate::text::hostile;

    fn any_today() -> impl Strategy<Value = NaiveDate> {
        (0u64..36_000).prop_map(|n| NaiveDate::from_ymd_opt(2001, 1, 1).unwrap() + Days::new(n))
    }

    /// A date read is never in the future nor older than any rule counts.
    fn in_range(text: &str, today: NaiveDate) -> Result<(), TestCaseError> {
        if let Ok(date) = parse_topup(text, today) {
            prop_assert!(date <= today);
            prop_assert!(date >= today - Days::new(u64::from(MAX_DAYS)));
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn hostile_text_never_panics_and_a_date_read_is_in_range(
            text in hostile::any_text(),
            today in any_today(),
        ) {
            in_range(&text, today)?;
        }

        #[test]
        fn a_top_up_day_reads_back_in_every_shape_it_is_typed(
            today in any_today(),
            back in 0u64..=u64::from(MAX_DAYS),
        ) {
            let date = today - Days::new(back);
            let (y, m, d) = (date.year(), date.month(), date.day());
            for typed in [
                format!("{y}-{m:02}-{d:02}"),
                format!("{d}/{m}/{y}"),
                format!(" {d:02}/{m:02}/{y}. "),
                format!("{y}年{m}月{d}日"),
            ] {
                prop_assert_eq!(parse_topup(&typed, today), Ok(date), "{}", typed);
            }
            if back < 365 {
                prop_assert_eq!(parse_topup(&format!("{d}/{m}"), today), Ok(date));
                prop_assert_eq!(parse_topup(&format!("{m}月{d}号"), today), Ok(date));
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        #[test]
        fn a_longest_message_of_repeated_date_pieces_is_read_in_one_pass(
            text in hostile::long_text(hostile::GRAMMAR),
            today in any_today(),
        ) {
            in_range(&text, today)?;
        }
    }

    #[test]
    fn the_worst_longest_messages_are_read_without_panic() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        for text in hostile::worst_cases() {
            in_range(&text, today).unwrap();
        }
    }
}
