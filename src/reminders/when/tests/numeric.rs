use super::super::{end_after, parse_period, Period};
use super::*;

#[test]
fn year_first_dates_read_with_dashes_or_slashes() {
    assert_ends(
        &["2026-12-31", "2026/12/31", "2026.12.31"],
        at(2026, 12, 31, 23, 59),
    );
}

#[test]
fn day_first_dates_with_a_year_read_as_peru_writes_them() {
    assert_ends(
        &[
            "31/12/2026",
            "31-12-2026",
            "31.12.2026",
            "31/12/26",
            "  31/12/2026  ",
        ],
        at(2026, 12, 31, 23, 59),
    );
    assert_ends(&["5/6/2027", "05/06/27"], at(2027, 6, 5, 23, 59));
}

#[test]
fn a_date_without_a_time_ends_at_one_minute_to_midnight() {
    let parsed = lima("31/12/2026").unwrap();
    assert!(!parsed.has_time);
    assert_eq!(parsed.local, at(2026, 12, 31, 23, 59));
    assert_eq!(
        parsed.end,
        Utc.with_ymd_and_hms(2027, 1, 1, 4, 59, 0).unwrap()
    );
    assert_eq!(parsed.period_days, Some(36));
    assert_eq!(parsed.rest, "");
}

#[test]
fn a_date_without_a_year_is_the_next_one_not_in_the_past() {
    assert_ends(&["31/12", "31-12", "31.12"], at(2026, 12, 31, 23, 59));
    assert_ends(&["25/11"], at(2026, 11, 25, 23, 59));
    assert_ends(&["24/11", "24-11"], at(2027, 11, 24, 23, 59));
    assert_ends(&["1/1"], at(2027, 1, 1, 23, 59));
}

#[test]
fn a_date_only_readable_month_first_is_read_month_first() {
    assert_ends(
        &["12/31", "12/31/2026", "１２／３１"],
        at(2026, 12, 31, 23, 59),
    );
}

#[test]
fn full_width_digits_and_punctuation_are_folded() {
    assert_ends(
        &["３１／１２", "２０２６－１２－３１"],
        at(2026, 12, 31, 23, 59),
    );
    assert_ends(&["＋３０ｄ", "３０天"], at(2026, 12, 25, 23, 59));
}

#[test]
fn relative_days_end_at_the_end_of_the_nth_day() {
    let inputs = [
        "+30d",
        "30d",
        "30 d",
        "+ 30 d",
        "30D",
        "30 days",
        "30 day",
        "in 30 days",
    ];
    assert_ends(&inputs, at(2026, 12, 25, 23, 59));
    let parsed = lima("+30d").unwrap();
    assert_eq!(parsed.period_days, Some(30));
    assert!(!parsed.has_time);
}

#[test]
fn relative_weeks_are_seven_days_each() {
    assert_ends(
        &["+2w", "2w", "2 weeks", "2 semanas"],
        at(2026, 12, 9, 23, 59),
    );
    assert_eq!(lima("2w").unwrap().period_days, Some(14));
}

#[test]
fn relative_months_are_calendar_months_clamped_at_month_end() {
    assert_ends(&["1 month", "1 mes", "a month"], at(2026, 12, 25, 23, 59));
    assert_ends(&["2 meses", "2 months"], at(2027, 1, 25, 23, 59));
    let jan31 = Utc.with_ymd_and_hms(2027, 1, 31, 15, 0, 0).unwrap();
    let feb = parse_end("1 mes", jan31, &UserZone::LIMA).unwrap();
    assert_eq!(feb.local, at(2027, 2, 28, 23, 59));
    assert_eq!(feb.period_days, Some(28));
    let leap = Utc.with_ymd_and_hms(2028, 1, 31, 15, 0, 0).unwrap();
    let leap_feb = parse_end("1 month", leap, &UserZone::LIMA).unwrap();
    assert_eq!(leap_feb.local, at(2028, 2, 29, 23, 59));
}

#[test]
fn a_relative_length_with_a_time_ends_at_that_time() {
    let parsed = lima("+1d 18:00").unwrap();
    assert_eq!(parsed.local, at(2026, 11, 26, 18, 0));
    assert!(parsed.has_time);
    assert_eq!(parsed.period_days, Some(1));
}

#[test]
fn times_after_a_date_read_in_the_usual_shapes() {
    let cases = [
        ("31/12 18:00", at(2026, 12, 31, 18, 0)),
        ("31/12 18h", at(2026, 12, 31, 18, 0)),
        ("31/12 18h30", at(2026, 12, 31, 18, 30)),
        ("31/12 6pm", at(2026, 12, 31, 18, 0)),
        ("31/12 6 PM", at(2026, 12, 31, 18, 0)),
        ("31/12 6:30 pm", at(2026, 12, 31, 18, 30)),
        ("31/12 6:30 p. m.", at(2026, 12, 31, 18, 30)),
        ("31/12 12am", at(2026, 12, 31, 0, 0)),
        ("31/12 12pm", at(2026, 12, 31, 12, 0)),
        ("31/12 18:00:00", at(2026, 12, 31, 18, 0)),
        ("31/12 １８：００", at(2026, 12, 31, 18, 0)),
        ("31-12-2026 18.00", at(2026, 12, 31, 18, 0)),
        ("31/12 6.30 pm", at(2026, 12, 31, 18, 30)),
    ];
    for (input, expected) in cases {
        let parsed = lima(input).unwrap_or_else(|e| panic!("{input:?}: {e:?}"));
        assert_eq!(parsed.local, expected, "{input:?}");
        assert!(parsed.has_time, "{input:?}");
        assert_eq!(parsed.rest, "", "{input:?}");
    }
}

#[test]
fn a_time_alone_means_today() {
    assert_ends(&["18:00", "6pm", "下午6点"], at(2026, 11, 25, 18, 0));
    assert_eq!(lima("18:00").unwrap().period_days, None);
}

#[test]
fn the_words_after_the_date_come_back_as_typed() {
    assert_eq!(rest_of("31/12 Claro Chip"), "Claro Chip");
    assert_eq!(rest_of("+30d  Bitel prepago  "), "Bitel prepago");
    assert_eq!(rest_of("31/12, claro"), "claro");
    assert_eq!(rest_of("31/12 - claro"), "claro");
    assert_eq!(rest_of("31/12 18:00 movistar"), "movistar");
    assert_eq!(rest_of("31/12 2027"), "2027");
}

#[test]
fn a_time_in_a_dst_gap_moves_forward_and_local_shows_it() {
    let ny = UserZone::Named(chrono_tz::Tz::America__New_York);
    let now = Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap();
    let parsed = parse_end("8/3 02:30", now, &ny).unwrap();
    assert_eq!(
        parsed.end,
        Utc.with_ymd_and_hms(2026, 3, 8, 7, 0, 0).unwrap()
    );
    assert_eq!(parsed.local, at(2026, 3, 8, 3, 0));
}

#[test]
fn the_users_zone_decides_what_today_is() {
    // 15:00Z on Nov 25 is already Nov 25 23:00 in Shanghai.
    let shanghai = UserZone::Named(chrono_tz::Tz::Asia__Shanghai);
    let parsed = parse_end("明天", now(), &shanghai).unwrap();
    assert_eq!(parsed.local, at(2026, 11, 26, 23, 59));
    let late = Utc.with_ymd_and_hms(2026, 11, 25, 16, 30, 0).unwrap();
    let parsed = parse_end("明天", late, &shanghai).unwrap();
    assert_eq!(parsed.local, at(2026, 11, 27, 23, 59));
}

#[test]
fn periods_parse_alone_for_renewals() {
    assert_eq!(parse_period("30d"), Ok(Period::Days(30)));
    assert_eq!(parse_period(" +2 semanas "), Ok(Period::Days(14)));
    assert_eq!(parse_period("1 mes"), Ok(Period::Months(1)));
    assert_eq!(parse_period("三十天"), Ok(Period::Days(30)));
    assert_eq!(parse_period(""), Err(WhenError::Empty));
    assert_eq!(
        parse_period("31/12"),
        Err(WhenError::Unrecognized("31/12".into()))
    );
    assert_eq!(
        parse_period("30d más"),
        Err(WhenError::Unrecognized("más".into()))
    );
}

#[test]
fn a_period_from_today_ends_like_the_relative_form() {
    let parsed = end_after(Period::Days(30), now(), &UserZone::LIMA).unwrap();
    assert_eq!(parsed, lima("+30d").unwrap());
    assert_eq!(
        end_after(Period::Days(5000), now(), &UserZone::LIMA),
        Err(WhenError::TooFar)
    );
}
