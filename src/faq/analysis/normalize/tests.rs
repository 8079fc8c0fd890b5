use super::*;
use proptest::prelude::*;

#[test]
fn accents_and_case_do_not_matter() {
    assert_eq!(normalize("Recárga"), "recarga");
    assert_eq!(normalize("RECARGA"), "recarga");
    assert_eq!(
        normalize("¿Cómo recargo mi línea?"),
        "como recargo mi linea"
    );
    assert_eq!(normalize("año"), "ano");
}

#[test]
fn decomposed_accents_are_stripped_too() {
    assert_eq!(normalize("recarge\u{301}"), "recarge");
}

#[test]
fn full_width_forms_are_folded() {
    assert_eq!(normalize("ＲＥＣＡＲＧＡ　１０"), "recarga 10");
    assert_eq!(normalize("怎么充值？"), "怎么充值");
}

#[test]
fn traditional_chinese_becomes_simplified() {
    assert_eq!(normalize("儲值話費"), "储值话费");
    assert_eq!(normalize("怎麼查餘額"), "怎么查余额");
}

#[test]
fn punctuation_and_whitespace_collapse_to_single_spaces() {
    assert_eq!(
        normalize("  top-up!!  claro...\n\tplease "),
        "top up claro please"
    );
    assert_eq!(normalize("¡¡¡"), "");
    assert_eq!(normalize("*123# / S/ 10"), "123 s 10");
}

#[test]
fn apostrophes_inside_words_disappear() {
    assert_eq!(normalize("I don't have balance"), "i dont have balance");
    assert_eq!(normalize("can’t top up"), "cant top up");
    assert_eq!(normalize("'quoted'"), "quoted");
}

#[test]
fn marks_on_other_scripts_are_kept() {
    assert_eq!(normalize("한국"), "한국");
    assert_eq!(normalize("हिन्दी"), "हिन्दी");
}

proptest! {
    #[test]
    fn normalize_never_panics_and_is_tidy(text in any::<String>()) {
        let out = normalize(&text);
        prop_assert!(!out.starts_with(' ') && !out.ends_with(' '));
        prop_assert!(!out.contains("  "));
        prop_assert!(!out.chars().any(|c| c.is_uppercase() && c.is_ascii()));
    }

    #[test]
    fn normalize_is_idempotent_on_bot_like_text(
        text in "[a-zA-Z0-9áéíóúñÁÑ¿?¡! .,'’\\-充值餘額儲話費怎麼查我的ＡＢ１]{0,40}"
    ) {
        let once = normalize(&text);
        prop_assert_eq!(normalize(&once), once.clone());
    }
}

/// What `normalize` leaves: letters, digits and combining marks in words joined by single spaces.
fn is_tidy(out: &str) -> bool {
    !out.starts_with(' ')
        && !out.ends_with(' ')
        && !out.contains("  ")
        && out
            .chars()
            .all(|c| c == ' ' || c.is_alphanumeric() || is_combining_mark(c))
        && !out.chars().any(|c| c.is_ascii_uppercase())
}

proptest! {
    #[test]
    fn hostile_text_normalises_to_words_and_single_spaces(
        text in crate::text::hostile::any_text(),
    ) {
        let out = normalize(&text);
        prop_assert!(is_tidy(&out), "{:?} -> {:?}", text, out);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn a_longest_question_is_normalised_in_one_pass(
        text in crate::text::hostile::long_text(crate::text::hostile::GRAMMAR),
    ) {
        prop_assert!(is_tidy(&normalize(&text)));
    }
}

#[test]
fn the_worst_longest_questions_are_normalised_without_panic() {
    for text in crate::text::hostile::worst_cases() {
        let out = normalize(&text);
        assert!(is_tidy(&out), "{out:?}");
    }
}
