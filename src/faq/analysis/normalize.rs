//! Text normalisation shared by the knowledge base and users' questions: one canonical spelling per
//! word, so "ＲＥＣÁRGA", "recarga" and "Recarga!" compare equal and Traditional Chinese meets
//! Simplified. It never segments or stems; that is `tokenize`'s job.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

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
    let simplified = fast2s::convert(&unaccented);
    collapse_separators(&simplified)
}

/// True for Latin letters (Basic Latin to Latin Extended-B, IPA, and Latin Extended Additional),
/// the only script whose diacritics we strip.
fn is_latin(c: char) -> bool {
    c.is_alphabetic() && (c < '\u{0250}' || ('\u{1E00}'..='\u{1EFF}').contains(&c))
}

/// Removes combining marks from Latin letters, both precomposed (é) and decomposed (e + U+0301).
/// Marks on other scripts are kept: dropping them would change the letters of Hangul or Devanagari.
fn strip_latin_accents(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut after_latin = false;
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
            after_latin = c.is_ascii_alphabetic();
            continue;
        }
        if is_combining_mark(c) {
            if !after_latin {
                out.push(c);
            }
            continue;
        }
        after_latin = is_latin(c);
        if after_latin {
            decompose_canonical(c, |part| {
                if !is_combining_mark(part) {
                    out.push(part);
                }
            });
        } else {
            out.push(c);
        }
    }
    out
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
