//! Every word a user reads comes from `locales/<lang>/*.ftl` (Fluent: real plurals and
//! arguments), compiled into the binary. English is the reference locale and the fallback; a
//! test keeps the three locales' keys identical.
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

use crate::lang::Lang;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Fluent wraps arguments in invisible bidi isolation marks by default; our three
        // languages are all left-to-right and the marks would leak into Telegram messages.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDS: LazyLock<[LanguageIdentifier; 3]> = LazyLock::new(|| {
    Lang::ALL.map(|lang| {
        lang.code()
            .parse()
            .expect("the three language codes are valid identifiers")
    })
});

fn id(lang: Lang) -> &'static LanguageIdentifier {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &IDS[index]
}

/// The message `key` in `lang` (English when the key is missing there).
pub fn t(lang: Lang, key: &str) -> String {
    LOCALES.lookup(id(lang), key)
}

/// The message `key` in `lang` with named arguments. Text arguments are inserted as given:
/// escape anything a user typed before passing it to an HTML message.
pub fn t_args(lang: Lang, key: &str, args: &[(&'static str, Arg)]) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(name, arg)| (Cow::Borrowed(*name), arg.to_fluent()))
        .collect();
    LOCALES.lookup_with_args(id(lang), key, &map)
}

/// A value for a Fluent placeable: text, or a number (which selects plural forms).
#[derive(Clone, Debug)]
pub enum Arg {
    /// Inserted as it is.
    Text(String),
    /// Formatted by Fluent and usable in `[one]`/`[other]` selectors.
    Num(i64),
}

impl Arg {
    fn to_fluent(&self) -> FluentValue<'static> {
        match self {
            Arg::Text(text) => FluentValue::from(text.clone()),
            Arg::Num(n) => FluentValue::from(*n),
        }
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

#[cfg(test)]
mod tests {
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
}
