//! One thing wrong with the knowledge base, as one line that names the file, the topic (or fact)
//! and the offending value: "es/faq.toml: topic `claro-topup`: answer has `*515#` in no cited fact".

use std::fmt;

use crate::lang::Lang;

/// The facts file's name, as problems name it (it sits beside the language folders).
pub const FACTS_FILE: &str = "facts.toml";

/// One thing wrong with the knowledge base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file it was found in, relative to the knowledge base folder ("es/faq.toml",
    /// "facts.toml").
    pub file: String,
    /// The topic concerned, if any.
    pub topic: Option<String>,
    /// What is wrong, in one line.
    pub message: String,
}

impl Problem {
    /// A problem with one language's file as a whole.
    pub(crate) fn file(lang: Lang, message: String) -> Problem {
        Problem {
            file: faq_file(lang),
            topic: None,
            message,
        }
    }

    /// A problem with one topic of one language's file.
    pub(crate) fn topic(lang: Lang, id: &str, message: String) -> Problem {
        Problem {
            file: faq_file(lang),
            topic: Some(id.to_owned()),
            message,
        }
    }

    /// A problem with the facts file.
    pub(crate) fn facts(message: String) -> Problem {
        Problem {
            file: FACTS_FILE.to_owned(),
            topic: None,
            message,
        }
    }
}

/// `es/faq.toml`.
pub(crate) fn faq_file(lang: Lang) -> String {
    format!("{}/faq.toml", lang.code())
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.topic {
            Some(id) => write!(f, "{}: topic `{id}`: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}
