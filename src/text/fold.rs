//! Folding text to one spelling for comparison: accents stripped from Latin letters (ñ → n,
//! precomposed or decomposed) and Traditional Chinese turned Simplified (fast2s). The FAQ's
//! normalisation and the reminders' date parser both fold with it.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// True for Latin letters (Basic Latin to Latin Extended-B, IPA, and Latin Extended Additional),
/// the only script whose diacritics we strip.
fn is_latin(c: char) -> bool {
    c.is_alphabetic() && (c < '\u{0250}' || ('\u{1E00}'..='\u{1EFF}').contains(&c))
}

/// `c` without its accent when it is a Latin letter (`é` → `e`, `ñ` → `n`), else `c` itself;
/// each resulting character is handed to `push`.
pub fn unaccent_char(c: char, push: &mut impl FnMut(char)) {
    if !c.is_ascii() && is_latin(c) {
        decompose_canonical(c, |part| {
            if !is_combining_mark(part) {
                push(part);
            }
        });
    } else {
        push(c);
    }
}

/// Removes combining marks from Latin letters, both precomposed (é) and decomposed (e + U+0301).
/// Marks on other scripts are kept: dropping them would change the letters of Hangul or Devanagari.
pub fn strip_latin_accents(text: &str) -> String {
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
        unaccent_char(c, &mut |part| out.push(part));
    }
    out
}

/// Traditional Chinese characters as Simplified; everything else unchanged.
pub fn simplified(text: &str) -> String {
    fast2s::convert(text)
}

/// One character as [`simplified`] turns it (`後` → `后`); a character it would not turn into
/// exactly one character is kept.
pub fn simplified_char(c: char) -> char {
    // fast2s only rewrites 3-byte characters.
    if c.len_utf8() != 3 {
        return c;
    }
    let converted = simplified(c.encode_utf8(&mut [0; 4]));
    let mut chars = converted.chars();
    match (chars.next(), chars.next()) {
        (Some(one), None) => one,
        _ => c,
    }
}

#[cfg(test)]
mod tests;

/// Folds typed input the way the date, time, lead and zone parsers read it: lowercase, Latin
/// accents stripped, full-width forms and CJK punctuation as ASCII, Traditional as Simplified.
pub fn fold_input(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_input_char(c, &mut |f| out.push(f));
    }
    out
}

/// One character of [`fold_input`], handed to `push` (none for a combining accent).
pub fn fold_input_char(c: char, push: &mut impl FnMut(char)) {
    for lower in c.to_lowercase() {
        // Combining accents (a decomposed "á") vanish so "manana" matches either spelling.
        if ('\u{300}'..='\u{36f}').contains(&lower) {
            continue;
        }
        // Accented Latin letters lose their accent and Traditional characters (`後`, `週`, `點`
        // …, as people in Peru's Chinese community type them) become the Simplified ones the
        // grammars use: the same folding as the FAQ's.
        unaccent_char(lower, &mut |base| {
            push(fold_one(simplified_char(base)).to_ascii_lowercase());
        });
    }
}

fn fold_one(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '。' => '.',
        '、' => ',',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        _ if c.is_whitespace() => ' ',
        _ => c,
    }
}
