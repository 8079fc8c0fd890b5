//! Zones and near-miss suggestions on hostile and longest-message text, and offsets read back in
//! the shapes people type them.

use chrono::FixedOffset;
use proptest::prelude::*;

use super::super::names::{suggestions, MAX_SUGGESTIONS};
use super::super::{UserZone, ZoneError};
use crate::text::hostile;

/// A zone is found, or the error carries exactly the trimmed text; a found zone reads back from
/// its own name; at most three distinct suggestions.
fn reads_or_echoes(text: &str) -> Result<(), TestCaseError> {
    match UserZone::parse(text) {
        Ok(zone) => prop_assert_eq!(UserZone::parse(&zone.name()), Ok(zone)),
        Err(ZoneError::UnknownZone(typed) | ZoneError::OffsetOutOfRange(typed)) => {
            prop_assert_eq!(typed.as_str(), text.trim());
        }
        Err(ZoneError::Empty) => {}
    }
    let near = suggestions(text);
    prop_assert!(near.len() <= MAX_SUGGESTIONS);
    for (i, tz) in near.iter().enumerate() {
        prop_assert!(!near[..i].contains(tz));
    }
    Ok(())
}

const ZONE_PIECES: &[&str] = &[
    "utc", "gmt", "+", "-", "−", "5", "05", ":", "30", "america", "/", "lima", "europe", "london",
    "hora de", "peru", "北京", "时间", " ", "_", "etc", "l", "o", "n", "d",
];

proptest! {
    #[test]
    fn hostile_text_never_panics_and_an_unknown_zone_is_echoed_as_typed(
        text in hostile::any_text(),
    ) {
        reads_or_echoes(&text)?;
    }

    #[test]
    fn an_offset_reads_back_in_every_shape_it_is_typed(
        east in any::<bool>(),
        hours in 1i32..=13,
        quarter in 0i32..4,
    ) {
        let minutes = quarter * 15;
        let sign = if east { '+' } else { '-' };
        let secs = (hours * 3600 + minutes * 60) * if east { 1 } else { -1 };
        let zone = Ok(UserZone::Fixed(FixedOffset::east_opt(secs).unwrap()));
        for typed in [
            format!("UTC{sign}{hours}:{minutes:02}"),
            format!("utc {sign}{hours:02}{minutes:02}"),
            format!("{sign}{hours:02}:{minutes:02}"),
            format!(" GMT{sign}{hours}{minutes:02} "),
        ] {
            prop_assert_eq!(UserZone::parse(&typed), zone.clone(), "{}", typed);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn a_longest_message_of_repeated_zone_words_is_read_in_one_pass(
        text in hostile::long_text(ZONE_PIECES),
    ) {
        reads_or_echoes(&text)?;
    }
}

#[test]
fn the_worst_longest_messages_are_read_without_panic() {
    for text in hostile::worst_cases() {
        reads_or_echoes(&text).unwrap();
    }
}
