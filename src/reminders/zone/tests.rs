use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;

use super::{UserZone, ZoneError};

mod props;

fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn fixed(hours: i32, minutes: i32) -> UserZone {
    UserZone::Fixed(FixedOffset::east_opt(hours * 3600 + hours.signum() * minutes * 60).unwrap())
}

#[test]
fn iana_names_are_accepted_in_any_case() {
    let cases = [
        ("america/lima", Tz::America__Lima),
        ("Asia/Shanghai", Tz::Asia__Shanghai),
        ("AMERICA/NEW_YORK", Tz::America__New_York),
        ("  Europe/Madrid  ", Tz::Europe__Madrid),
        ("america/new york", Tz::America__New_York),
    ];
    for (typed, tz) in cases {
        assert_eq!(UserZone::parse(typed), Ok(UserZone::Named(tz)), "{typed}");
    }
}

#[test]
fn common_aliases_name_the_zones_users_mean() {
    let cases = [
        ("lima", Tz::America__Lima),
        ("Peru", Tz::America__Lima),
        ("Perú", Tz::America__Lima),
        ("beijing", Tz::Asia__Shanghai),
        ("shanghai", Tz::Asia__Shanghai),
        ("China", Tz::Asia__Shanghai),
        ("北京", Tz::Asia__Shanghai),
        ("utc", Tz::UTC),
    ];
    for (typed, tz) in cases {
        assert_eq!(UserZone::parse(typed), Ok(UserZone::Named(tz)), "{typed}");
    }
}

#[test]
fn offsets_are_accepted_in_the_usual_spellings() {
    let cases = [
        ("UTC-5", fixed(-5, 0)),
        ("UTC+8", fixed(8, 0)),
        ("GMT-05:00", fixed(-5, 0)),
        ("+08:00", fixed(8, 0)),
        ("-0500", fixed(-5, 0)),
        ("-5", fixed(-5, 0)),
        ("utc +5:30", fixed(5, 30)),
        ("UTC\u{2212}5", fixed(-5, 0)),
        ("ＵＴＣ－５", fixed(-5, 0)),
        ("+14", fixed(14, 0)),
        ("-14:00", fixed(-14, 0)),
    ];
    for (typed, zone) in cases {
        assert_eq!(UserZone::parse(typed), Ok(zone), "{typed}");
    }
}

#[test]
fn offsets_beyond_fourteen_hours_are_out_of_range() {
    for typed in ["UTC+15", "-14:30", "+05:60", "+9999"] {
        assert_eq!(
            UserZone::parse(typed),
            Err(ZoneError::OffsetOutOfRange(typed.to_string())),
            "{typed}"
        );
    }
}

#[test]
fn an_unknown_zone_is_reported_as_typed() {
    assert_eq!(
        UserZone::parse(" Mars/Olympus "),
        Err(ZoneError::UnknownZone("Mars/Olympus".into()))
    );
    assert_eq!(
        UserZone::parse("5"),
        Err(ZoneError::UnknownZone("5".into()))
    );
}

#[test]
fn an_empty_zone_is_empty() {
    assert_eq!(UserZone::parse(""), Err(ZoneError::Empty));
    assert_eq!(UserZone::parse(" \u{3000} "), Err(ZoneError::Empty));
}

#[test]
fn names_are_canonical_and_read_back() {
    let cases = [
        (UserZone::LIMA, "America/Lima"),
        (UserZone::Named(Tz::Asia__Shanghai), "Asia/Shanghai"),
        (fixed(8, 0), "+08:00"),
        (fixed(-5, 0), "-05:00"),
        (fixed(5, 30), "+05:30"),
        (fixed(0, 0), "+00:00"),
    ];
    for (zone, name) in cases {
        assert_eq!(zone.name(), name);
        assert_eq!(zone.to_string(), name);
        assert_eq!(UserZone::parse(name), Ok(zone));
        assert_eq!(name.parse::<UserZone>(), Ok(zone));
    }
}

#[test]
fn lima_has_no_dst_and_is_five_hours_behind() {
    let zone = UserZone::LIMA;
    let end = local(2026, 12, 31, 23, 59);
    assert_eq!(zone.to_utc(end), utc(2027, 1, 1, 4, 59));
    assert_eq!(zone.to_local(utc(2027, 1, 1, 4, 59)), end);
    assert_eq!(
        zone.to_utc(local(2026, 7, 1, 12, 0)),
        utc(2026, 7, 1, 17, 0)
    );
    assert_eq!(
        zone.today(utc(2026, 11, 26, 4, 59)),
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    );
}

#[test]
fn a_new_york_spring_forward_gap_moves_to_three_oclock() {
    let zone = UserZone::Named(Tz::America__New_York);
    // 2026-03-08 02:00 EST becomes 03:00 EDT (07:00Z).
    assert_eq!(zone.to_utc(local(2026, 3, 8, 2, 30)), utc(2026, 3, 8, 7, 0));
    assert_eq!(zone.to_utc(local(2026, 3, 8, 2, 0)), utc(2026, 3, 8, 7, 0));
    assert_eq!(
        zone.to_utc(local(2026, 3, 8, 1, 59)),
        utc(2026, 3, 8, 6, 59)
    );
    assert_eq!(zone.to_utc(local(2026, 3, 8, 3, 0)), utc(2026, 3, 8, 7, 0));
}

#[test]
fn a_new_york_fall_back_overlap_takes_the_earlier_instant() {
    let zone = UserZone::Named(Tz::America__New_York);
    // 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    assert_eq!(
        zone.to_utc(local(2026, 11, 1, 1, 30)),
        utc(2026, 11, 1, 5, 30)
    );
    assert_eq!(
        zone.to_local(utc(2026, 11, 1, 6, 30)),
        local(2026, 11, 1, 1, 30)
    );
}

#[test]
fn madrid_gap_and_overlap_follow_the_same_rules() {
    let zone = UserZone::Named(Tz::Europe__Madrid);
    // 2026-03-29 02:00 CET becomes 03:00 CEST (01:00Z).
    assert_eq!(
        zone.to_utc(local(2026, 3, 29, 2, 30)),
        utc(2026, 3, 29, 1, 0)
    );
    // 2026-10-25 03:00 CEST falls back to 02:00 CET; 02:30 CEST is 00:30Z.
    assert_eq!(
        zone.to_utc(local(2026, 10, 25, 2, 30)),
        utc(2026, 10, 25, 0, 30)
    );
}

#[test]
fn santiago_changes_at_midnight_and_both_rules_hold() {
    let zone = UserZone::Named(Tz::America__Santiago);
    // 2026-09-06 00:00 (-04) becomes 01:00 (-03), i.e. 04:00Z.
    assert_eq!(zone.to_utc(local(2026, 9, 6, 0, 30)), utc(2026, 9, 6, 4, 0));
    assert_eq!(
        zone.to_local(utc(2026, 9, 6, 4, 0)),
        local(2026, 9, 6, 1, 0)
    );
    // 2026-04-05 00:00 (-03) falls back to 04-04 23:00 (-04); 23:30 first happens at 02:30Z.
    assert_eq!(
        zone.to_utc(local(2026, 4, 4, 23, 30)),
        utc(2026, 4, 5, 2, 30)
    );
}

#[test]
fn fixed_offsets_convert_without_surprises() {
    let zone = fixed(8, 0);
    assert_eq!(
        zone.to_utc(local(2026, 12, 31, 23, 59)),
        utc(2026, 12, 31, 15, 59)
    );
    assert_eq!(
        zone.to_local(utc(2026, 12, 31, 15, 59)),
        local(2026, 12, 31, 23, 59)
    );
    assert_eq!(
        zone.offset_at(utc(2026, 1, 1, 0, 0)).local_minus_utc(),
        8 * 3600
    );
}

#[test]
fn the_ends_of_chronos_calendar_do_not_panic() {
    let zones = [
        UserZone::LIMA,
        UserZone::Named(Tz::Pacific__Kiritimati),
        fixed(-14, 0),
        fixed(14, 0),
    ];
    for zone in zones {
        for wall in [NaiveDateTime::MIN, NaiveDateTime::MAX] {
            let _ = zone.to_utc(wall);
        }
        for instant in [DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC] {
            let _ = zone.to_local(instant);
            let _ = zone.today(instant);
        }
    }
}

fn any_zone() -> impl Strategy<Value = UserZone> {
    prop_oneof![
        (0..chrono_tz::TZ_VARIANTS.len()).prop_map(|i| UserZone::Named(chrono_tz::TZ_VARIANTS[i])),
        (-14 * 60..=14 * 60)
            .prop_map(|m: i32| UserZone::Fixed(FixedOffset::east_opt(m * 60).unwrap())),
    ]
}

proptest! {
    #[test]
    fn parsing_any_text_never_panics(text in "\\PC*") {
        let _ = UserZone::parse(&text);
    }

    #[test]
    fn parsing_offset_shaped_text_never_panics(text in "(utc|gmt|UTC)? ?[+-−]?[0-9:]{0,6}[^ ]?") {
        let _ = UserZone::parse(&text);
    }

    #[test]
    fn every_zone_reads_back_from_its_name(zone in any_zone()) {
        prop_assert_eq!(UserZone::parse(&zone.name()), Ok(zone));
    }

    #[test]
    fn a_local_time_never_maps_to_an_earlier_wall_clock(
        zone in any_zone(),
        secs in 946_684_800i64..2_208_988_800,
    ) {
        let wall = DateTime::from_timestamp(secs, 0).unwrap().naive_utc();
        let back = zone.to_local(zone.to_utc(wall));
        // Equal unless `wall` sat in a gap, where it moves forward by less than a day.
        prop_assert!(back >= wall);
        prop_assert!(back - wall < chrono::Duration::days(1));
    }

    #[test]
    fn an_existing_wall_clock_maps_to_its_first_instant(
        zone in any_zone(),
        secs in 946_684_800i64..2_208_988_800,
    ) {
        let instant = DateTime::from_timestamp(secs, 0).unwrap();
        let wall = zone.to_local(instant);
        let first = zone.to_utc(wall);
        prop_assert!(first <= instant);
        prop_assert_eq!(zone.to_local(first), wall);
    }
}

mod names {
    use chrono::{TimeZone, Utc};
    use chrono_tz::Tz;

    use super::super::names::suggestions;
    use super::super::UserZone;
    use super::super::{differs_from_peru, label, offset_label};
    use crate::lang::Lang;

    #[test]
    fn cities_and_local_names_in_three_languages_name_their_zones() {
        let cases = [
            ("Lima", Tz::America__Lima),
            ("利马", Tz::America__Lima),
            ("利馬", Tz::America__Lima),
            ("hora de Perú", Tz::America__Lima),
            ("hora peruana", Tz::America__Lima),
            ("HORA DE PERU", Tz::America__Lima),
            ("Perú", Tz::America__Lima),
            ("Cusco", Tz::America__Lima),
            ("Arequipa", Tz::America__Lima),
            ("Trujillo", Tz::America__Lima),
            ("Peru time", Tz::America__Lima),
            ("London", Tz::Europe__London),
            ("Londres", Tz::Europe__London),
            ("伦敦", Tz::Europe__London),
            ("上海", Tz::Asia__Shanghai),
            ("北京", Tz::Asia__Shanghai),
            ("北京时间", Tz::Asia__Shanghai),
            ("北京時間", Tz::Asia__Shanghai),
            ("中国", Tz::Asia__Shanghai),
            ("China", Tz::Asia__Shanghai),
            ("Madrid", Tz::Europe__Madrid),
            ("España", Tz::Europe__Madrid),
            ("New York", Tz::America__New_York),
            ("Nueva York", Tz::America__New_York),
            ("纽约", Tz::America__New_York),
            ("Buenos Aires", Tz::America__Argentina__Buenos_Aires),
            ("Santiago", Tz::America__Santiago),
            ("Bogotá", Tz::America__Bogota),
            ("bogota", Tz::America__Bogota),
            ("Ciudad de México", Tz::America__Mexico_City),
            ("Los Angeles", Tz::America__Los_Angeles),
            ("Los Ángeles", Tz::America__Los_Angeles),
            ("Tokyo", Tz::Asia__Tokyo),
            ("Hong Kong", Tz::Asia__Hong_Kong),
            ("香港", Tz::Asia__Hong_Kong),
            ("Taipei", Tz::Asia__Taipei),
            ("台北", Tz::Asia__Taipei),
            ("Sydney", Tz::Australia__Sydney),
            ("Kolkata", Tz::Asia__Kolkata),
        ];
        for (typed, tz) in cases {
            assert_eq!(UserZone::parse(typed), Ok(UserZone::Named(tz)), "{typed}");
        }
    }

    #[test]
    fn near_misses_suggest_the_places_meant_closest_first() {
        let cases = [
            ("Lodnon", Tz::Europe__London),
            ("Limma", Tz::America__Lima),
            ("shangai", Tz::Asia__Shanghai),
            ("Bogata", Tz::America__Bogota),
            ("Europe/Lodnon", Tz::Europe__London),
            ("hora de Peruu", Tz::America__Lima),
        ];
        for (typed, tz) in cases {
            assert!(UserZone::parse(typed).is_err(), "{typed} parses by itself");
            let found = suggestions(typed);
            assert_eq!(found.first(), Some(&tz), "{typed}: {found:?}");
            assert!(found.len() <= 3, "{typed}: {found:?}");
        }
    }

    #[test]
    fn short_or_far_text_gets_no_suggestion() {
        for typed in ["xyz", "Mars/Olympus", "", "qqqqqqqqqq", &"l".repeat(500)] {
            assert_eq!(suggestions(typed), Vec::<Tz>::new(), "{typed}");
        }
    }

    #[test]
    fn a_zone_is_shown_as_its_place_and_its_offset_now() {
        let winter = Utc.with_ymd_and_hms(2026, 1, 15, 12, 0, 0).unwrap();
        let summer = Utc.with_ymd_and_hms(2026, 7, 15, 12, 0, 0).unwrap();
        let london = UserZone::Named(Tz::Europe__London);
        assert_eq!(label(&UserZone::LIMA, Lang::En, winter), "Lima (UTC−5)");
        assert_eq!(label(&UserZone::LIMA, Lang::Zh, winter), "利马 (UTC−5)");
        assert_eq!(label(&london, Lang::En, winter), "London (UTC+0)");
        assert_eq!(label(&london, Lang::Es, summer), "Londres (UTC+1)");
        let kolkata = UserZone::Named(Tz::Asia__Kolkata);
        assert_eq!(label(&kolkata, Lang::En, winter), "Kolkata (UTC+5:30)");
        assert_eq!(label(&super::fixed(-5, 0), Lang::Es, winter), "UTC−5");
        assert_eq!(label(&UserZone::Named(Tz::UTC), Lang::Zh, winter), "UTC");
        assert_eq!(offset_label(&UserZone::LIMA, summer), "UTC−5");
    }

    #[test]
    fn only_a_clock_other_than_perus_differs_from_peru() {
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 15, 0, 0).unwrap();
        assert!(!differs_from_peru(&UserZone::LIMA, now));
        assert!(!differs_from_peru(
            &UserZone::Named(Tz::America__Bogota),
            now
        ));
        assert!(!differs_from_peru(&super::fixed(-5, 0), now));
        assert!(differs_from_peru(&UserZone::Named(Tz::Europe__London), now));
        assert!(differs_from_peru(&UserZone::Named(Tz::Asia__Shanghai), now));
    }
}
