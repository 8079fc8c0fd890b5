//! The three languages the bot speaks, their codes, and a cheap guess of which one a message is in.
//!
//! Guessing is deliberately shallow (scripts, accents, a few function words): it picks the reply
//! language for a user who has not chosen one, it does not decide what a question means.

use serde::{Deserialize, Serialize};

/// A language the bot answers in. Chinese answers are written in Simplified Chinese.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Chinese (Simplified; Traditional input is accepted and converted).
    Zh,
    /// Spanish.
    Es,
    /// English.
    En,
}

// Function words that are common in Spanish questions and rare in English ones. Accented letters
// are checked separately, so these are written the way people type them without accents.
fn is_spanish_word(word: &str) -> bool {
    matches!(
        word,
        "como"
            | "que"
            | "para"
            | "por"
            | "mi"
            | "mis"
            | "el"
            | "la"
            | "los"
            | "las"
            | "del"
            | "un"
            | "una"
            | "es"
            | "esta"
            | "puedo"
            | "tengo"
            | "quiero"
            | "donde"
            | "cuanto"
            | "cuando"
            | "cual"
            | "hay"
            | "con"
            | "sin"
            | "se"
            | "hola"
            | "gracias"
            | "recargar"
            | "saldo"
            | "linea"
            | "celular"
            | "numero"
            | "pagar"
            | "comprar"
            | "necesito"
            | "si"
            | "tarjeta"
            | "desde"
            | "muy"
            | "pero"
            | "y"
            | "o"
            | "al"
    )
}

// Function words that mark an English question; they break ties with the Spanish list.
fn is_english_word(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "how"
            | "what"
            | "where"
            | "when"
            | "which"
            | "can"
            | "do"
            | "does"
            | "is"
            | "are"
            | "my"
            | "i"
            | "to"
            | "of"
            | "and"
            | "with"
            | "for"
            | "in"
            | "on"
            | "it"
            | "you"
            | "your"
            | "top"
            | "up"
            | "phone"
            | "balance"
            | "buy"
            | "check"
            | "hi"
            | "hello"
            | "thanks"
            | "please"
            | "there"
            | "this"
            | "that"
    )
}

impl Lang {
    /// Every language, in the order the bot lists them.
    pub const ALL: [Lang; 3] = [Lang::Zh, Lang::Es, Lang::En];

    /// The lowercase code used in file paths and JSON: "zh", "es" or "en".
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::Es => "es",
            Lang::En => "en",
        }
    }

    /// Parses a language tag by its primary subtag, case-insensitively: "zh", "zh-hans", "zh-TW",
    /// "es-PE", "en_US" and so on. Anything else (including "english") is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }

    /// Guesses the language of a user's message: any CJK ideograph means Chinese; Spanish letters
    /// (ñ, á, ¿, ¡ …) or more Spanish than English function words mean Spanish; otherwise English.
    pub fn detect(text: &str) -> Lang {
        if text.chars().any(is_cjk) {
            return Lang::Zh;
        }
        if text.chars().any(is_spanish_letter) {
            return Lang::Es;
        }
        let lower = text.to_lowercase();
        let words = lower.split(|c: char| !c.is_alphanumeric());
        let (mut es, mut en) = (0usize, 0usize);
        for word in words.filter(|w| !w.is_empty()) {
            es += usize::from(is_spanish_word(word));
            en += usize::from(is_english_word(word));
        }
        if es > en {
            Lang::Es
        } else {
            Lang::En
        }
    }
}

impl Lang {
    /// The language of a Telegram `language_code`: zh*, es*, en*, and English for anything else
    /// or nothing at all.
    pub fn from_telegram(code: Option<&str>) -> Lang {
        code.and_then(Lang::from_code).unwrap_or(Lang::En)
    }

    /// The language to answer in: the one chosen with `/lang`, else Telegram's, else English.
    pub fn chosen_or_telegram(chosen: Option<Lang>, telegram: Option<&str>) -> Lang {
        chosen.unwrap_or_else(|| Lang::from_telegram(telegram))
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// True for CJK ideographs (unified, extensions and compatibility blocks) and kana: the characters
/// that make a message look Chinese and that the tokenizer splits into characters.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}'
        | '\u{3040}'..='\u{30FF}')
}

fn is_spanish_letter(c: char) -> bool {
    matches!(
        c,
        'ñ' | 'Ñ'
            | 'á'
            | 'é'
            | 'í'
            | 'ó'
            | 'ú'
            | 'Á'
            | 'É'
            | 'Í'
            | 'Ó'
            | 'Ú'
            | 'ü'
            | 'Ü'
            | '¿'
            | '¡'
    )
}

#[cfg(test)]
mod tests;
