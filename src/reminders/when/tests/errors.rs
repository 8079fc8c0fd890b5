use super::*;

/// The refusal of an impossible date, echoing `typed` exactly as it was typed.
fn impossible(typed: &str, day: u32, month: u32, year: i32) -> Result<EndParse, WhenError> {
    Err(WhenError::ImpossibleDate {
        typed: typed.into(),
        day,
        month,
        year,
    })
}

#[test]
fn dates_no_calendar_has_are_impossible() {
    assert_eq!(lima("31/02"), impossible("31/02", 31, 2, 2027));
    assert_eq!(lima("30/02/2027"), impossible("30/02/2027", 30, 2, 2027));
    assert_eq!(lima("29/02/2027"), impossible("29/02/2027", 29, 2, 2027));
    assert_eq!(lima("2026-13-01"), impossible("2026-13-01", 1, 13, 2026));
    assert_eq!(lima("31/13"), impossible("31/13", 31, 13, 2026));
    assert_eq!(lima("0/12"), impossible("0/12", 0, 12, 2026));
    assert_eq!(lima("31 de junio"), impossible("31 de junio", 31, 6, 2027));
    assert_eq!(
        lima("Feb 30, 2027"),
        impossible("Feb 30, 2027", 30, 2, 2027)
    );
    assert_eq!(lima("2月30日"), impossible("2月30日", 30, 2, 2027));
    assert_eq!(lima("32号"), impossible("32号", 32, 11, 2026));
}

#[test]
fn a_leap_day_exists_only_in_leap_years() {
    assert_eq!(lima("29/02/2028").unwrap().local, at(2028, 2, 29, 23, 59));
}

#[test]
fn an_end_at_or_before_now_is_in_the_past() {
    assert_eq!(lima("2025-01-01"), Err(WhenError::InPast));
    assert_eq!(lima("25/11 09:00"), Err(WhenError::InPast));
    // Exactly now (10:00 in Lima) is not in the future either.
    assert_eq!(lima("hoy 10:00"), Err(WhenError::InPast));
    assert_eq!(lima("hoy 10:01").unwrap().local, at(2026, 11, 25, 10, 1));
    assert_eq!(lima("24/11/2026"), Err(WhenError::InPast));
}

#[test]
fn more_than_five_years_ahead_is_too_far() {
    assert_eq!(lima("+2000d"), Err(WhenError::TooFar));
    assert_eq!(lima("31/12/2031"), Err(WhenError::TooFar));
    assert_eq!(lima("+99999999999d"), Err(WhenError::TooFar));
    assert_eq!(lima("9999 months"), Err(WhenError::TooFar));
    assert_eq!(lima("25/11/2031").unwrap().local, at(2031, 11, 25, 23, 59));
}

#[test]
fn text_that_is_no_date_is_unrecognized_by_its_first_word() {
    assert_eq!(
        lima("banana"),
        Err(WhenError::Unrecognized("banana".into()))
    );
    assert_eq!(
        lima("  Banana split "),
        Err(WhenError::Unrecognized("Banana".into()))
    );
    assert_eq!(
        lima("香蕉 31/12"),
        Err(WhenError::Unrecognized("香蕉".into()))
    );
    assert_eq!(lima("31"), Err(WhenError::Unrecognized("31".into())));
    assert_eq!(
        lima("31/12/2026abc"),
        Err(WhenError::Unrecognized("31/12/2026abc".into()))
    );
    let long = "x".repeat(100);
    assert_eq!(lima(&long), Err(WhenError::Unrecognized("x".repeat(40))));
}

#[test]
fn a_time_no_clock_shows_is_a_bad_time() {
    assert_eq!(lima("25:00"), Err(WhenError::BadTime("25:00".into())));
    assert_eq!(
        lima("31/12 25:00 claro"),
        Err(WhenError::BadTime("25:00".into()))
    );
    assert_eq!(lima("31/12 18:75"), Err(WhenError::BadTime("18:75".into())));
    assert_eq!(lima("31/12 18:5"), Err(WhenError::BadTime("18:5".into())));
    assert_eq!(lima("31/12 13pm"), Err(WhenError::BadTime("13pm".into())));
    assert_eq!(
        lima("mañana a las 25"),
        Err(WhenError::BadTime("25".into()))
    );
    assert_eq!(lima("明天25点"), Err(WhenError::BadTime("25点".into())));
}

#[test]
fn nothing_typed_is_empty() {
    assert_eq!(lima(""), Err(WhenError::Empty));
    assert_eq!(lima("   \u{3000} "), Err(WhenError::Empty));
}

#[test]
fn a_thirty_first_of_a_thirty_day_next_month_is_refused_not_moved() {
    // 2026-10-20: next month is November, which has 30 days.
    let october = Utc.with_ymd_and_hms(2026, 10, 20, 15, 0, 0).unwrap();
    for typed in [
        "下个月31号",
        "el 31 del próximo mes",
        "the 31st of next month",
    ] {
        assert_eq!(
            parse_end(typed, october, &UserZone::LIMA),
            impossible(typed, 31, 11, 2026),
            "{typed}"
        );
    }
    // From November, next month is December, which has a 31st.
    assert_eq!(
        lima("the 31st of next month").unwrap().local,
        at(2026, 12, 31, 23, 59)
    );
}

#[test]
fn an_impossible_date_echoes_only_the_date_as_typed_not_the_label() {
    assert_eq!(lima("31/02 claro chip"), impossible("31/02", 31, 2, 2027));
    assert_eq!(lima("  31/02  claro"), impossible("31/02", 31, 2, 2027));
}

#[test]
fn months_have_their_calendar_lengths() {
    use super::super::days_in_month;
    assert_eq!(days_in_month(2027, 2), Some(28));
    assert_eq!(days_in_month(2028, 2), Some(29));
    assert_eq!(days_in_month(2026, 11), Some(30));
    assert_eq!(days_in_month(2026, 12), Some(31));
    assert_eq!(days_in_month(2026, 13), None);
}
