use chrono::NaiveTime;
use proptest::prelude::*;

use super::{format_leads, parse_leads, parse_time_of_day, Lead, LeadError, DEFAULT_LEADS};
use Lead::{AtEnd, Days, Minutes};

mod props;

fn leads(input: &str) -> Vec<Lead> {
    parse_leads(input).unwrap_or_else(|e| panic!("{input:?}: {e:?}"))
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

#[test]
fn a_lead_reads_every_week_spelling_of_add() {
    // One unit table: 个礼拜 and 个周 worked in /add's dates but not in /leads.
    assert_eq!(leads("1个礼拜"), vec![Days(7)]);
    assert_eq!(leads("1个周, 2个星期"), vec![Days(14), Days(7)]);
    assert_eq!(leads("3日前"), vec![Days(3)]);
    assert!(parse_leads("1 mes").is_err());
    assert!(parse_leads("1 year").is_err());
}

#[test]
fn the_canonical_list_parses_farthest_first() {
    assert_eq!(leads("3d,1d,0"), vec![Days(3), Days(1), Days(0)]);
    assert_eq!(leads("0, 1d ,3d"), vec![Days(3), Days(1), Days(0)]);
}

#[test]
fn hour_and_minute_leads_are_minutes() {
    assert_eq!(leads("2h,30m"), vec![Minutes(120), Minutes(30)]);
    assert_eq!(leads("90m"), vec![Minutes(90)]);
    assert_eq!(
        leads("2 horas, 30 minutos"),
        vec![Minutes(120), Minutes(30)]
    );
    assert_eq!(leads("2 hours; 30 min"), vec![Minutes(120), Minutes(30)]);
}

#[test]
fn spaces_semicolons_and_words_separate_leads() {
    assert_eq!(leads("1d 2h"), vec![Days(1), Minutes(120)]);
    assert_eq!(leads("7d;3d"), vec![Days(7), Days(3)]);
    assert_eq!(leads("3d y 1d"), vec![Days(3), Days(1)]);
    assert_eq!(leads("3 days and 1 day"), vec![Days(3), Days(1)]);
    assert_eq!(leads("3d / 1d | 0"), vec![Days(3), Days(1), Days(0)]);
}

#[test]
fn spanish_leads_read_with_or_without_accents() {
    assert_eq!(leads("3 días, 1 día"), vec![Days(3), Days(1)]);
    assert_eq!(leads("3 dias,1 dia, fin"), vec![Days(3), Days(1), AtEnd]);
    assert_eq!(leads("1 semana"), vec![Days(7)]);
    assert_eq!(leads("2 horas antes"), vec![Minutes(120)]);
}

#[test]
fn chinese_leads_read_with_chinese_units_and_numerals() {
    assert_eq!(leads("3天,1天"), vec![Days(3), Days(1)]);
    assert_eq!(leads("3天，1天，到期"), vec![Days(3), Days(1), AtEnd]);
    assert_eq!(leads("三天、一天"), vec![Days(3), Days(1)]);
    assert_eq!(leads("2小时"), vec![Minutes(120)]);
    assert_eq!(leads("两个小时"), vec![Minutes(120)]);
    assert_eq!(leads("30分钟"), vec![Minutes(30)]);
    assert_eq!(leads("1周"), vec![Days(7)]);
    assert_eq!(leads("3天前"), vec![Days(3)]);
    assert_eq!(leads("当天"), vec![Days(0)]);
}

#[test]
fn weeks_are_seven_days() {
    assert_eq!(leads("1w"), vec![Days(7)]);
    assert_eq!(leads("1 week, 7d"), vec![Days(7)]);
}

#[test]
fn zero_means_the_end_day_and_only_an_explicit_end_means_the_end_instant() {
    assert_eq!(leads("0"), vec![Days(0)]);
    assert_eq!(leads("0d"), vec![Days(0)]);
    assert_eq!(leads("0 días"), vec![Days(0)]);
    assert_eq!(leads("0d,0"), vec![Days(0)], "the same lead twice");
    for at_end in ["end", "fin", "al final", "到期", "到期时", "0h", "0m"] {
        assert_eq!(leads(at_end), vec![AtEnd], "{at_end}");
    }
    assert_eq!(leads("0,end"), vec![Days(0), AtEnd]);
}

#[test]
fn a_bare_number_is_days() {
    assert_eq!(leads("3,1,0"), vec![Days(3), Days(1), Days(0)]);
}

#[test]
fn the_end_day_formats_as_zero_and_the_end_instant_as_end() {
    assert_eq!(format_leads(&[Days(0)]), "0");
    assert_eq!(format_leads(&[AtEnd]), "end");
    assert_eq!(format_leads(&[Days(1), Days(0), AtEnd]), "1d,0,end");
    assert_eq!(DEFAULT_LEADS, [Days(3), Days(1), Days(0)]);
}

#[test]
fn duplicates_merge_but_a_day_and_24_hours_stay_apart() {
    assert_eq!(leads("1d,1d,1 day,24h,1440m"), vec![Days(1), Minutes(1440)]);
    assert_eq!(leads("1h,60m,60 minutos"), vec![Minutes(60)]);
}

#[test]
fn malformed_leads_are_quoted_back() {
    assert_eq!(parse_leads("3x"), Err(LeadError::BadLead("3x".into())));
    assert_eq!(
        parse_leads("3d, 3x, 1d"),
        Err(LeadError::BadLead("3x".into()))
    );
    assert_eq!(parse_leads("-1d"), Err(LeadError::BadLead("-1d".into())));
    assert_eq!(
        parse_leads("banana"),
        Err(LeadError::BadLead("banana".into()))
    );
    assert_eq!(parse_leads("1.5d"), Err(LeadError::BadLead("1.5d".into())));
}

#[test]
fn an_item_that_starts_like_and_after_a_comma_is_quoted_whole() {
    // Found by the property tests: the commas before "y9" were given back with it, so the
    // reply quoted an empty item.
    assert_eq!(parse_leads(",y9"), Err(LeadError::BadLead("y9".into())));
    assert_eq!(
        parse_leads("3d, andes"),
        Err(LeadError::BadLead("andes".into()))
    );
    assert_eq!(leads("3d, y 1d"), vec![Days(3), Days(1)]);
}

#[test]
fn leads_beyond_sixty_days_are_too_long() {
    assert_eq!(parse_leads("999d"), Err(LeadError::TooLong("999d".into())));
    assert_eq!(
        parse_leads("61 días"),
        Err(LeadError::TooLong("61 días".into()))
    );
    assert_eq!(parse_leads("9w"), Err(LeadError::TooLong("9w".into())));
    assert_eq!(
        parse_leads("1441h"),
        Err(LeadError::TooLong("1441h".into()))
    );
    assert_eq!(
        parse_leads("99999999999999999999d"),
        Err(LeadError::TooLong("99999999999999999999d".into()))
    );
    assert_eq!(leads("60d"), vec![Days(60)]);
    assert_eq!(leads("1440h"), vec![Minutes(86_400)]);
}

#[test]
fn more_than_six_different_leads_are_too_many() {
    assert_eq!(
        parse_leads("7d,6d,5d,4d,3d,2d,1d"),
        Err(LeadError::TooMany(7))
    );
    assert_eq!(leads("6d,5d,4d,3d,2d,1d,1d").len(), 6);
}

#[test]
fn an_empty_list_is_empty() {
    assert_eq!(parse_leads(""), Err(LeadError::Empty));
    assert_eq!(parse_leads(" , ; "), Err(LeadError::Empty));
}

#[test]
fn leads_format_canonically() {
    assert_eq!(format_leads(&DEFAULT_LEADS), "3d,1d,0");
    assert_eq!(
        format_leads(&[Days(7), Minutes(120), Minutes(90), Days(0)]),
        "7d,2h,90m,0"
    );
    assert_eq!(
        parse_leads(&format_leads(&DEFAULT_LEADS)),
        Ok(DEFAULT_LEADS.to_vec())
    );
}

#[test]
fn remind_at_times_read_in_every_language() {
    let cases = [
        ("09:00", hm(9, 0)),
        ("9:00", hm(9, 0)),
        ("9am", hm(9, 0)),
        ("9 a. m.", hm(9, 0)),
        ("9:30 pm", hm(21, 30)),
        ("21h", hm(21, 0)),
        ("21", hm(21, 0)),
        ("9", hm(9, 0)),
        ("0:00", hm(0, 0)),
        ("9点", hm(9, 0)),
        ("九点半", hm(9, 30)),
        ("下午9点", hm(21, 0)),
        ("晚上8点", hm(20, 0)),
        ("a las 9 de la mañana", hm(9, 0)),
        ("at 7 in the morning", hm(7, 0)),
        ("０９：００", hm(9, 0)),
    ];
    for (input, expected) in cases {
        assert_eq!(parse_time_of_day(input), Ok(expected), "{input:?}");
    }
}

#[test]
fn impossible_or_unreadable_remind_at_times_are_bad_times() {
    assert_eq!(
        parse_time_of_day("25:00"),
        Err(LeadError::BadTime("25:00".into()))
    );
    assert_eq!(
        parse_time_of_day("24"),
        Err(LeadError::BadTime("24".into()))
    );
    assert_eq!(
        parse_time_of_day("13pm"),
        Err(LeadError::BadTime("13pm".into()))
    );
    assert_eq!(
        parse_time_of_day("banana"),
        Err(LeadError::BadTime("banana".into()))
    );
    assert_eq!(
        parse_time_of_day("9:00 extra"),
        Err(LeadError::BadTime("9:00 extra".into()))
    );
    assert_eq!(parse_time_of_day("  "), Err(LeadError::Empty));
}

fn any_lead() -> impl Strategy<Value = Lead> {
    prop_oneof![
        (0u32..=60).prop_map(Days),
        (1u32..=86_400).prop_map(Minutes),
        Just(AtEnd),
    ]
}

proptest! {
    #[test]
    fn parsing_any_text_never_panics(text in "\\PC*") {
        let _ = parse_leads(&text);
        let _ = parse_time_of_day(&text);
    }

    #[test]
    fn parsing_lead_shaped_text_never_panics(
        text in "([0-9]{0,3}|[一二两三十百]{0,3}) ?(d|h|m|w|días|天|小时|分钟|semana|x)?[ ,;，、]{0,2}",
    ) {
        let _ = parse_leads(&text);
        let _ = parse_time_of_day(&text);
    }

    #[test]
    fn formatted_leads_parse_back_unchanged(list in prop::collection::vec(any_lead(), 1..6)) {
        // Canonicalise through the parser once, then the text must be a fixed point.
        let canonical = parse_leads(&format_leads(&list)).unwrap();
        prop_assert!(canonical.len() <= list.len());
        prop_assert_eq!(parse_leads(&format_leads(&canonical)), Ok(canonical.clone()));
        for lead in &list {
            prop_assert!(canonical.contains(lead));
        }
    }

    #[test]
    fn parsed_leads_are_few_sorted_and_unique(
        text in prop_oneof!["\\PC{0,20}", "(([0-9]{1,2}|两|十) ?(d|h|m|w|天|小时|分钟)?[ ,;]{1,2}){1,9}"],
    ) {
        if let Ok(found) = parse_leads(&text) {
            prop_assert!(!found.is_empty() && found.len() <= 6);
            let mut again = found.clone();
            again.sort_by_key(|l| super::sort_key(*l));
            again.dedup();
            prop_assert_eq!(again, found);
        }
    }
}
