use proptest::prelude::*;

use super::plan_number;
use crate::text::hostile;

#[test]
fn a_plan_number_is_a_positive_integer_with_an_optional_hash() {
    assert_eq!(plan_number("3"), Some(3));
    assert_eq!(plan_number(" #12 "), Some(12));
    for refused in ["", "0", "-1", "#", "3x", "３", "99999999999999999999"] {
        assert_eq!(plan_number(refused), None, "{refused}");
    }
}

proptest! {
    #[test]
    fn a_plan_number_reads_back_as_it_is_typed(n in 1i64..=i64::MAX) {
        prop_assert_eq!(plan_number(&n.to_string()), Some(n));
        prop_assert_eq!(plan_number(&format!(" #{n} ")), Some(n));
    }

    #[test]
    fn hostile_text_never_panics_and_reads_only_a_positive_number(text in hostile::any_text()) {
        if let Some(n) = plan_number(&text) {
            prop_assert!(n > 0);
        }
    }
}

#[test]
fn the_worst_longest_messages_are_no_plan_number() {
    for text in hostile::worst_cases() {
        assert_eq!(
            plan_number(&text),
            None,
            "{}",
            text.chars().take(20).collect::<String>()
        );
    }
}
