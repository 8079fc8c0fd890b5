//! The three languages recarga speaks (Simplified Chinese, Spanish, English), how a language code
//! from Telegram or a user maps onto one, and a cheap guess of the language a question is in.
use serde::{Deserialize, Serialize};

/// A language the bot answers in. Chinese is answered in Simplified characters; Traditional
/// input is folded to Simplified before matching.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// 中文 (简体)
    Zh,
    /// Español
    Es,
    /// English, also the fallback for every other language.
    En,
}

impl Lang {
    /// Every language, in the order the language picker shows them.
    pub const ALL: [Lang; 3] = [Lang::Zh, Lang::Es, Lang::En];

    /// The two-letter code used in the database, `locales/` and Telegram's menu.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::Es => "es",
            Lang::En => "en",
        }
    }

    /// Maps a code such as `zh`, `zh-hans`, `zh-TW`, `es-PE` or `en-US` onto a language by its
    /// prefix; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        match primary {
            "zh" => Some(Lang::Zh),
            "es" => Some(Lang::Es),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of a Telegram `language_code`: zh*, es*, en*, and English for anything else
    /// or nothing at all.
    pub fn from_telegram(code: Option<&str>) -> Lang {
        code.and_then(Lang::from_code).unwrap_or(Lang::En)
    }

    /// Guesses the language of a free-text question: any CJK ideograph means Chinese; Spanish
    /// letters or common Spanish words mean Spanish; otherwise English.
    pub fn detect(text: &str) -> Lang {
        if text.chars().any(is_cjk) {
            return Lang::Zh;
        }
        if text.chars().any(|c| "ñÑáéíóúÁÉÍÓÚ¿¡".contains(c)) {
            return Lang::Es;
        }
        let lower = text.to_lowercase();
        let spanish = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| SPANISH_MARKERS.contains(word))
            .count();
        if spanish > 0 {
            Lang::Es
        } else {
            Lang::En
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Words that are common in Spanish questions and rare in English ones.
const SPANISH_MARKERS: &[&str] = &[
    "como", "que", "mi", "puedo", "para", "donde", "cuando", "cuanto", "recargar", "recargo",
    "saldo", "tengo", "hacer", "el", "la", "los", "las", "una", "por", "pero", "celular", "linea",
    "hola", "gracias", "quiero", "necesito", "se", "es", "del", "mis", "sin", "hay",
];

/// True for the CJK ideograph blocks (and the CJK punctuation that only Chinese text carries).
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2A6DF}' | '\u{3000}'..='\u{303F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telegram_codes_map_by_prefix_and_fall_back_to_english() {
        assert_eq!(Lang::from_telegram(Some("zh-hans")), Lang::Zh);
        assert_eq!(Lang::from_telegram(Some("zh-TW")), Lang::Zh);
        assert_eq!(Lang::from_telegram(Some("es-PE")), Lang::Es);
        assert_eq!(Lang::from_telegram(Some("en-US")), Lang::En);
        assert_eq!(Lang::from_telegram(Some("pt-br")), Lang::En);
        assert_eq!(Lang::from_telegram(None), Lang::En);
    }

    #[test]
    fn a_question_is_guessed_chinese_spanish_or_english() {
        assert_eq!(Lang::detect("claro怎么充值"), Lang::Zh);
        assert_eq!(Lang::detect("¿cómo recargo mi chip?"), Lang::Es);
        assert_eq!(Lang::detect("como recargo mi chip movistar"), Lang::Es);
        assert_eq!(Lang::detect("my phone says IMEI not registered"), Lang::En);
    }
}
