//! Leads and the `/remindat` time on hostile and longest-message text, and the time of day read
//! back from how the bot writes it.

use chrono::{NaiveTime, Timelike};
use proptest::prelude::*;

use super::super::{parse_leads, parse_time_of_day, LeadError, MAX_LEADS};
use crate::text::hostile;

/// Whatever the text, the leads parser either finds a short list or names a piece of the text.
fn reads_or_names_a_piece(text: &str) -> Result<(), TestCaseError> {
    match parse_leads(text) {
        Ok(found) => prop_assert!(!found.is_empty() && found.len() <= MAX_LEADS),
        Err(LeadError::BadLead(item) | LeadError::TooLong(item)) => {
            prop_assert!(
                !item.is_empty() && text.contains(item.as_str()),
                "{:?}",
                item
            );
        }
        Err(LeadError::TooMany(n)) => prop_assert!(n > MAX_LEADS && n <= text.chars().count()),
        Err(LeadError::Empty | LeadError::BadTime(_)) => {}
    }
    match parse_time_of_day(text) {
        Ok(time) => prop_assert_eq!(time.second(), 0),
        Err(LeadError::BadTime(typed)) => prop_assert!(text.contains(typed.as_str())),
        Err(other) => prop_assert_eq!(other, LeadError::Empty),
    }
    Ok(())
}

/// Lead-shaped pieces, so that long inputs go deep into the grammar.
const LEAD_PIECES: &[&str] = &[
    "1", "3", "60", "61", "0", "d", "h", "m", "w", "días", "día", "天", "小时", "分钟", "两", "十",
    "end", "fin", "到期", "antes", "y", "and", "和", " ", ",", ";", "，", "、", ":", "9", "am",
    "下午", "点", "半",
];

proptest! {
    #[test]
    fn hostile_text_never_panics_and_errors_name_what_was_typed(text in hostile::any_text()) {
        reads_or_names_a_piece(&text)?;
    }

    #[test]
    fn a_remind_at_time_reads_back_from_how_it_is_written(h in 0u32..24, m in 0u32..60) {
        let time = NaiveTime::from_hms_opt(h, m, 0).unwrap();
        prop_assert_eq!(parse_time_of_day(&time.format("%H:%M").to_string()), Ok(time));
        prop_assert_eq!(parse_time_of_day(&format!(" {h}:{m:02} ")), Ok(time));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn a_longest_message_of_repeated_leads_is_read_in_one_pass(
        text in hostile::long_text(LEAD_PIECES),
    ) {
        reads_or_names_a_piece(&text)?;
    }
}

#[test]
fn the_worst_longest_messages_are_read_without_panic() {
    for text in hostile::worst_cases() {
        reads_or_names_a_piece(&text).unwrap();
    }
}
