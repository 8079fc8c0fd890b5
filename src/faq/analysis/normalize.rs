//! Text normalisation shared by the knowledge base and users' questions: one canonical spelling per
//! word, so "ＲＥＣÁRGA", "recarga" and "Recarga!" compare equal and Traditional Chinese meets
//! Simplified. It never segments or stems; that is `tokenize`'s job.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::text::fold::{simplified, strip_latin_accents};

/// Normalises a message: NFKC (folds full-width forms), lowercase, accents stripped from Latin
/// letters (ñ becomes n), Traditional Chinese converted to Simplified, apostrophes inside words
/// dropped ("don't" → "dont"), and every other run of punctuation, symbols or whitespace collapsed
/// to one space, trimmed. Total: never panics, whatever the input.
pub fn normalize(text: &str) -> String {
    if text.is_ascii() {
        // NFKC, accents and Traditional characters do not apply: the same result, faster.
        return collapse_separators(&text.to_ascii_lowercase());
    }
    let folded: String = text.nfkc().flat_map(char::to_lowercase).collect();
    let unaccented = strip_latin_accents(&folded);
    // fast2s only rewrites 3-byte characters, so running it after the Latin pass is safe and
    // cheap: ASCII and accented Latin pass through untouched.
    collapse_separators(&simplified(&unaccented))
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Keeps letters, digits and combining marks; turns everything else into single spaces. An
/// apostrophe between two letters is dropped so contractions stay one word.
fn collapse_separators(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut prev_alpha = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next_alpha = chars.peek().is_some_and(|n| n.is_alphabetic());
        if is_apostrophe(c) && prev_alpha && next_alpha {
            continue;
        }
        if c.is_alphanumeric() || is_combining_mark(c) {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
            prev_alpha = c.is_alphabetic();
        } else {
            pending_space = true;
            prev_alpha = false;
        }
    }
    out
}

#[cfg(test)]
mod tests;
