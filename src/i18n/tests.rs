use super::*;
use std::collections::BTreeSet;

/// The message ids of every `.ftl` file of one locale: lines that open a message.
fn keys(lang: &str) -> BTreeSet<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang);
    let mut keys = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            for line in std::fs::read_to_string(&path).unwrap().lines() {
                let Some((name, _)) = line.split_once('=') else {
                    continue;
                };
                let name = name.trim_end();
                let opens = line.starts_with(|c: char| c.is_ascii_alphabetic());
                if opens && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                    keys.insert(name.to_owned());
                }
            }
        }
    }
    keys
}

#[test]
fn every_locale_has_exactly_the_reference_keys() {
    let reference = keys("en");
    assert!(
        reference.len() > 10,
        "the reference locale has too few keys"
    );
    for lang in ["es", "zh"] {
        let other = keys(lang);
        let missing: Vec<_> = reference.difference(&other).collect();
        let unknown: Vec<_> = other.difference(&reference).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(unknown.is_empty(), "{lang} has unknown keys {unknown:?}");
    }
}

#[test]
fn arguments_carry_no_isolation_marks_and_plurals_work() {
    let one = t_args(Lang::En, "test-days", &[("count", Arg::Num(1))]);
    let many = t_args(Lang::En, "test-days", &[("count", Arg::Num(5))]);
    assert_eq!(one, "1 day");
    assert_eq!(many, "5 days");
    assert!(!many.contains('\u{2068}'));
    assert_eq!(
        t_args(Lang::Es, "test-days", &[("count", Arg::Num(2))]),
        "2 días"
    );
}

#[test]
fn every_language_resolves_its_own_text() {
    assert_ne!(t(Lang::Zh, "lang-choose"), t(Lang::En, "lang-choose"));
    assert_ne!(t(Lang::Es, "lang-choose"), t(Lang::En, "lang-choose"));
}

#[test]
fn a_count_is_a_number_and_selects_plurals() {
    assert!(matches!(Arg::count(7), Arg::Num(7)));
    assert!(matches!(Arg::count(usize::MAX), Arg::Num(i64::MAX)));
    let one = t_args(Lang::En, "test-days", &[("count", Arg::count(1))]);
    assert_eq!(one, "1 day");
}
