use chrono::{Datelike, FixedOffset};
use proptest::prelude::*;

use super::*;
use crate::text::hostile;

fn any_zone() -> impl Strategy<Value = UserZone> {
    prop_oneof![
        (0..chrono_tz::TZ_VARIANTS.len()).prop_map(|i| UserZone::Named(chrono_tz::TZ_VARIANTS[i])),
        (-14 * 60..=14 * 60)
            .prop_map(|m: i32| UserZone::Fixed(FixedOffset::east_opt(m * 60).unwrap())),
    ]
}

fn any_now() -> impl Strategy<Value = DateTime<Utc>> {
    prop_oneof![
        1 => Just(DateTime::<Utc>::MIN_UTC),
        1 => Just(DateTime::<Utc>::MAX_UTC),
        30 => (946_684_800i64..4_102_444_800).prop_map(|s| DateTime::from_timestamp(s, 0).unwrap()),
    ]
}

/// Fragments of the grammar, so random inputs get deep into it rather than failing at once.
const PIECES: &[&str] = &[
    "31",
    "12",
    "2026",
    "26",
    "0",
    "99",
    "/",
    "-",
    ".",
    ":",
    " ",
    ",",
    "+",
    "d",
    "dic",
    "de",
    "del",
    "diciembre",
    "dec",
    "st",
    "30",
    "días",
    "semanas",
    "mes",
    "month",
    "天",
    "日",
    "号",
    "月",
    "年",
    "个月",
    "两",
    "十",
    "三十一",
    "百",
    "二〇二六",
    "周",
    "下午",
    "点",
    "半",
    "分",
    "pm",
    "a.m.",
    "a las",
    "at",
    "h",
    "hrs",
    "de la tarde",
    "mañana",
    "pasado",
    "hoy",
    "明天",
    "后天",
    "１",
    "／",
    "：",
    "el",
    "hasta",
    "en",
    "a",
    "un",
    "\u{301}",
    "İ",
    "ß",
    "🙂",
    "\u{3000}",
    "後",
    "點",
    "下个月",
    "下個月",
    "next month",
    "próximo mes",
    "mes que viene",
    "of",
    "the",
];

/// Up to ten [`PIECES`] in a row.
fn grammar_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(PIECES.to_vec());
    prop::collection::vec(pieces, 0..10).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn parsing_any_text_never_panics(text in "\\PC*", now in any_now(), zone in any_zone()) {
        let _ = parse_end(&text, now, &zone);
        let _ = super::super::parse_period(&text);
    }

    #[test]
    fn parsing_grammar_soup_never_panics(text in grammar_soup(), now in any_now(), zone in any_zone()) {
        let _ = parse_end(&text, now, &zone);
        let _ = super::super::parse_period(&text);
    }

    #[test]
    fn an_impossible_date_echoes_a_piece_of_what_was_typed(text in grammar_soup(), now in any_now(), zone in any_zone()) {
        if let Err(WhenError::ImpossibleDate { typed, .. }) = parse_end(&text, now, &zone) {
            prop_assert!(!typed.is_empty());
            prop_assert!(text.contains(typed.as_str()), "{:?} not in {:?}", typed, text);
        }
    }

    #[test]
    fn a_parsed_end_is_ahead_but_not_too_far(text in grammar_soup(), now in any_now(), zone in any_zone()) {
        if let Ok(parsed) = parse_end(&text, now, &zone) {
            prop_assert!(parsed.end > now);
            prop_assert!(parsed.end - now < chrono::Duration::days(5 * 366 + 2));
            prop_assert_eq!(zone.to_local(parsed.end), parsed.local);
            prop_assert!(text.trim_end().ends_with(parsed.rest.as_str()));
            if let Some(days) = parsed.period_days {
                prop_assert!(days > 0);
            }
        }
    }
}

/// What `parse_end` and `parse_period` echo back is a piece of what was typed, and a short one:
/// a reply never carries more than the user sent.
fn echoes_only_what_was_typed(
    text: &str,
    now: DateTime<Utc>,
    zone: &UserZone,
) -> Result<(), TestCaseError> {
    match parse_end(text, now, zone) {
        Ok(parsed) => prop_assert!(text.contains(parsed.rest.as_str())),
        Err(WhenError::Unrecognized(word)) => {
            prop_assert!(word.chars().count() <= 40 && text.contains(word.as_str()));
        }
        Err(WhenError::ImpossibleDate { typed, .. }) => {
            prop_assert!(typed.chars().count() <= 40 && text.contains(typed.as_str()));
        }
        Err(WhenError::BadTime(typed)) => prop_assert!(text.contains(typed.as_str())),
        Err(WhenError::Empty | WhenError::InPast | WhenError::TooFar) => {}
    }
    if let Err(WhenError::Unrecognized(word)) = super::super::parse_period(text) {
        prop_assert!(word.chars().count() <= 40 && text.contains(word.as_str()));
    }
    Ok(())
}

proptest! {
    #[test]
    fn hostile_text_never_panics_and_is_echoed_short(
        text in hostile::any_text(),
        now in any_now(),
        zone in any_zone(),
    ) {
        echoes_only_what_was_typed(&text, now, &zone)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn a_longest_message_of_repeated_grammar_is_read_in_one_pass(
        text in hostile::long_text(hostile::GRAMMAR),
        now in any_now(),
        zone in any_zone(),
    ) {
        echoes_only_what_was_typed(&text, now, &zone)?;
    }
}

#[test]
fn the_worst_longest_messages_are_read_without_panic() {
    let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap();
    for text in hostile::worst_cases() {
        echoes_only_what_was_typed(&text, now, &UserZone::LIMA).unwrap();
    }
}

proptest! {
    #[test]
    fn a_date_ahead_reads_back_in_the_shapes_it_is_typed(
        secs in 946_684_800i64..3_786_912_000,
        ahead in 1u64..1800,
        zone in any_zone(),
    ) {
        let now = DateTime::from_timestamp(secs, 0).unwrap();
        let date = zone.today(now) + chrono::Days::new(ahead);
        let (y, m, d) = (date.year(), date.month(), date.day());
        for typed in [format!("{d}/{m}/{y}"), format!("{y}-{m:02}-{d:02}"), format!("{y}年{m}月{d}日")] {
            let parsed = parse_end(&typed, now, &zone);
            prop_assert_eq!(parsed.map(|p| (p.local.date(), p.has_time)), Ok((date, false)), "{}", typed);
        }
        let typed = format!("{d:02}/{m:02}/{y} 18:30 claro");
        let parsed = parse_end(&typed, now, &zone).unwrap();
        prop_assert_eq!(parsed.local, date.and_hms_opt(18, 30, 0).unwrap());
        prop_assert_eq!(parsed.rest.as_str(), "claro");
        if ahead < 365 {
            let parsed = parse_end(&format!("{d}/{m}"), now, &zone);
            prop_assert_eq!(parsed.map(|p| p.local.date()), Ok(date));
        }
    }
}

proptest! {
    #[test]
    fn a_plan_length_reads_back_in_every_language(days in 1u32..=1830, months in 1u32..=60) {
        let parse = super::super::parse_period;
        for typed in [format!("+{days}d"), format!("{days} días"), format!("{days} days"), format!("{days}天")] {
            prop_assert_eq!(parse(&typed), Ok(super::super::Period::Days(days)), "{}", typed);
        }
        for typed in [format!("{months} meses"), format!("{months} months"), format!("{months}个月")] {
            prop_assert_eq!(parse(&typed), Ok(super::super::Period::Months(months)), "{}", typed);
        }
    }
}
