use super::*;

fn unaccented(c: char) -> String {
    let mut out = String::new();
    unaccent_char(c, &mut |part| out.push(part));
    out
}

#[test]
fn spanish_accents_fold_to_their_letter() {
    for (accented, plain) in [
        ("áàäâ", 'a'),
        ("éèëê", 'e'),
        ("íìïî", 'i'),
        ("óòöô", 'o'),
        ("úùüû", 'u'),
        ("ñ", 'n'),
        ("ç", 'c'),
    ] {
        for c in accented.chars() {
            assert_eq!(unaccented(c), plain.to_string(), "{c}");
        }
    }
    assert_eq!(unaccented('你'), "你");
    assert_eq!(strip_latin_accents("Mañana e\u{301}"), "Manana e");
}

#[test]
fn the_traditional_characters_people_type_fold_to_simplified() {
    let pairs = [
        ('號', '号'),
        ('兩', '两'),
        ('個', '个'),
        ('週', '周'),
        ('點', '点'),
        ('後', '后'),
        ('時', '时'),
        ('禮', '礼'),
        ('鐘', '钟'),
    ];
    for (traditional, simple) in pairs {
        assert_eq!(simplified_char(traditional), simple);
        assert_eq!(simplified_char(simple), simple);
    }
    for kept in ['a', 'ñ', '。', '、', '：', '－', '１'] {
        assert_eq!(simplified_char(kept), kept);
    }
}

mod props {
    use proptest::prelude::*;

    use super::super::{fold_input, simplified, simplified_char, strip_latin_accents};
    use crate::text::hostile;

    /// What the reminder parsers read: no ASCII capital and no combining accent left.
    fn folds_tidily(text: &str) -> Result<(), TestCaseError> {
        let folded = fold_input(text);
        prop_assert!(!folded.chars().any(|c| c.is_ascii_uppercase()));
        let accent = |c: &char| ('\u{300}'..='\u{36f}').contains(c);
        prop_assert!(!folded.chars().any(|c| accent(&c)), "{:?}", folded);
        let stripped = strip_latin_accents(text);
        prop_assert_eq!(strip_latin_accents(&stripped), stripped.clone());
        let _ = simplified(text);
        for c in text.chars() {
            let one = simplified_char(c);
            prop_assert!(one == c || simplified(&c.to_string()) == one.to_string());
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn hostile_text_folds_without_panic(text in hostile::any_text()) {
            folds_tidily(&text)?;
        }

        #[test]
        fn plain_ascii_folds_to_its_lowercase(text in "[a-zA-Z0-9 /:.,+-]{0,40}") {
            prop_assert_eq!(fold_input(&text), text.to_ascii_lowercase());
            prop_assert_eq!(strip_latin_accents(&text), text.clone());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        #[test]
        fn a_longest_message_folds_in_one_pass(text in hostile::long_text(hostile::GRAMMAR)) {
            folds_tidily(&text)?;
        }
    }
}
