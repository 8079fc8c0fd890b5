//! Button data the bot never wrote: arbitrary bytes and text up to 64 bytes, longer text, and
//! real button data with one edit. Whatever arrives, the decoder does not panic, and what it
//! accepts is exactly what the bot writes for that button.

use proptest::prelude::*;

use super::super::{presets, Cb, CbError, ForgetCb, Setting, MAX_DATA_BYTES};
use super::any_cb;
use crate::reminders::{parse_leads, parse_time_of_day, UserZone};
use crate::text::hostile;

/// Every button, the fixed ones too.
fn every_cb() -> impl Strategy<Value = Cb> {
    prop_oneof![
        8 => any_cb(),
        1 => Just(Cb::Lang(None)),
        1 => Just(Cb::Forget(ForgetCb::Confirm)),
        1 => Just(Cb::Forget(ForgetCb::Keep)),
    ]
}

/// Accepted data is canonical and fits a button; anything over 64 bytes is refused as too long.
fn decodes_canonically(data: &str) -> Result<(), TestCaseError> {
    match data.parse::<Cb>() {
        Ok(cb) => {
            prop_assert_eq!(cb.to_string(), data);
            prop_assert!(data.len() <= MAX_DATA_BYTES);
        }
        Err(error) if data.len() > MAX_DATA_BYTES => prop_assert_eq!(error, CbError::TooLong),
        Err(_) => {}
    }
    Ok(())
}

/// One edit of button data: a character inserted, removed or replaced, or the data cut short.
#[derive(Clone, Debug)]
enum Edit {
    Insert(usize, char),
    Remove(usize),
    Replace(usize, char),
    Cut(usize),
}

fn any_edit() -> impl Strategy<Value = Edit> {
    let c = prop_oneof![
        prop::sample::select(&[':', '@', '-', '0', '9', ' ', '+', '|', 'ñ', '\u{0}'][..]),
        any::<char>()
    ];
    prop_oneof![
        (any::<usize>(), c.clone()).prop_map(|(at, c)| Edit::Insert(at, c)),
        any::<usize>().prop_map(Edit::Remove),
        (any::<usize>(), c).prop_map(|(at, c)| Edit::Replace(at, c)),
        any::<usize>().prop_map(Edit::Cut),
    ]
}

fn apply(data: &str, edit: &Edit) -> String {
    let mut chars: Vec<char> = data.chars().collect();
    let len = chars.len().max(1);
    match *edit {
        Edit::Insert(at, c) => chars.insert(at % (chars.len() + 1), c),
        Edit::Remove(at) if !chars.is_empty() => drop(chars.remove(at % len)),
        Edit::Replace(at, c) if !chars.is_empty() => chars[at % len] = c,
        Edit::Cut(at) => chars.truncate(at % len),
        Edit::Remove(_) | Edit::Replace(..) => {}
    }
    chars.into_iter().collect()
}

proptest! {
    #[test]
    fn every_button_including_the_fixed_ones_reads_back_as_itself(cb in every_cb()) {
        let data = cb.to_string();
        prop_assert!(data.len() <= MAX_DATA_BYTES);
        prop_assert_eq!(data.parse::<Cb>(), Ok(cb));
    }

    #[test]
    fn button_data_with_one_edit_never_panics_and_stays_canonical(
        cb in every_cb(),
        edit in any_edit(),
    ) {
        decodes_canonically(&apply(&cb.to_string(), &edit))?;
    }

    #[test]
    fn arbitrary_bytes_up_to_64_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..=64)) {
        decodes_canonically(&String::from_utf8_lossy(&bytes))?;
        if let Ok(text) = std::str::from_utf8(&bytes) {
            decodes_canonically(text)?;
        }
    }

    #[test]
    fn hostile_text_never_panics_and_long_data_is_too_long(data in hostile::any_text()) {
        decodes_canonically(&data)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn a_longest_message_as_button_data_is_refused_at_once(
        data in hostile::long_text(hostile::GRAMMAR),
    ) {
        prop_assert_eq!(data.parse::<Cb>(), Err(CbError::TooLong));
    }
}

#[test]
fn the_worst_longest_data_is_refused_as_too_long() {
    for data in hostile::worst_cases() {
        assert_eq!(data.parse::<Cb>(), Err(CbError::TooLong));
        assert_eq!(
            format!("set:tz:{data}").parse::<Cb>(),
            Err(CbError::TooLong)
        );
    }
}

#[test]
fn every_preset_a_button_carries_is_read_by_the_setting_parser() {
    for leads in presets(Setting::Leads) {
        assert!(parse_leads(leads).is_ok(), "{leads}");
    }
    for at in presets(Setting::RemindAt) {
        assert!(parse_time_of_day(at).is_ok(), "{at}");
    }
    for zone in presets(Setting::Zone) {
        assert!(UserZone::parse(zone).is_ok(), "{zone}");
    }
}
