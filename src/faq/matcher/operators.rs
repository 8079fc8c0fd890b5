//! Spotting which mobile operators a question names, so operator-specific topics can be boosted
//! and other operators' topics demoted.
//!
//! An operator is recognised by its name's token (which picks up the knowledge base's synonym
//! groups) or by a built-in alias: company names and common Chinese transliterations.

use rustc_hash::FxHashSet;

use crate::faq::analysis::normalize::normalize;
use crate::faq::analysis::tokenize::Tokenizer;
use crate::faq::kb::rules::OPERATORS;

/// Other names people use for each operator, in normalised form.
const ALIASES: [(&str, &[&str]); 4] = [
    ("claro", &["america movil", "克拉罗", "克拉羅"]),
    (
        "movistar",
        &[
            "telefonica",
            "integratel",
            "莫维斯达",
            "莫维斯塔",
            "西班牙电信",
        ],
    ),
    ("entel", &["恩特尔", "恩泰尔"]),
    ("bitel", &["viettel", "比特尔", "比泰尔"]),
];

/// Finds operator mentions in questions.
#[derive(Debug, Clone, Default)]
pub(crate) struct OperatorSpotter {
    /// Per operator (in `OPERATORS` order): tokens that name it, and normalised aliases.
    names: Vec<(FxHashSet<String>, Vec<String>)>,
}

impl OperatorSpotter {
    /// Prepares the names of the four operators with the knowledge base's tokenizer.
    pub(crate) fn new(tokenizer: &Tokenizer) -> OperatorSpotter {
        let names = OPERATORS
            .iter()
            .map(|op| {
                let tokens = tokenizer.tokenize(&normalize(op)).into_iter().collect();
                let aliases = ALIASES
                    .iter()
                    .filter(|(name, _)| name == op)
                    .flat_map(|(_, aliases)| aliases.iter().map(|a| normalize(a)))
                    .collect();
                (tokens, aliases)
            })
            .collect();
        OperatorSpotter { names }
    }

    /// True when the token names an operator.
    pub(crate) fn is_name(&self, token: &str) -> bool {
        self.names.iter().any(|(tokens, _)| tokens.contains(token))
    }

    /// Operators named in a question, given its normalised text and its tokens.
    pub(crate) fn spot(&self, normalized: &str, tokens: &[String]) -> Vec<&'static str> {
        let padded = format!(" {normalized} ");
        OPERATORS
            .iter()
            .zip(&self.names)
            .filter(|(_, (names, aliases))| {
                tokens.iter().any(|t| names.contains(t))
                    || aliases.iter().any(|a| alias_in(&padded, a))
            })
            .map(|(op, _)| *op)
            .collect()
    }
}

/// A Latin alias must be whole words; a Chinese one may sit inside a run of characters.
fn alias_in(padded: &str, alias: &str) -> bool {
    if alias.is_ascii() {
        padded.contains(&format!(" {alias} "))
    } else {
        padded.contains(alias)
    }
}

#[cfg(test)]
mod tests;
