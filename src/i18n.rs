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
    /// A count of things (a length, a number of items) as a number; a count beyond `i64`,
    /// which no list of ours reaches, reads as `i64::MAX`.
    pub fn count(n: usize) -> Arg {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }

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
mod tests;
