//! Light, predictable stemming for Spanish and English words.
//!
//! A word loses a plural "s" and then at most one ending from a short list, so "recargar",
//! "recargo", "recargué" and "recargas" all become "recarg". It is not a linguistic stemmer: both
//! sides of a match go through it, so a consistent wrong root is as good as a right one.

use super::words::IRREGULAR;

// Endings tried after the plural "s" is gone, longest first. The first one that leaves a long
// enough root wins; nothing else is removed.
const ENDINGS: &[&str] = &[
    "amiento", "imiento", "acion", "ation", "cion", "iendo", "ando", "aron", "io", "ieron", "amos",
    "ado", "ada", "ido", "ida", "ing", "ed", "ar", "er", "ir", "a", "o", "e",
];

// Pronouns glued to a Spanish infinitive: "ponerme", "recargarle", "registrarse".
const CLITICS: [&str; 9] = ["me", "te", "le", "lo", "la", "les", "los", "las", "se"];

/// The shortest root an ending may leave. Single vowels need more, so "data" and "date" stay
/// apart while "saldo" still becomes "sald".
fn min_root(ending: &str) -> usize {
    if ending.len() == 1 {
        4
    } else {
        3
    }
}

/// Stems one normalised word. Words that are not plain ASCII letters (numbers, "5g", other
/// scripts) come back unchanged.
pub(crate) fn stem(word: &str) -> String {
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word.to_owned();
    }
    if let Some((_, root)) = IRREGULAR.iter().find(|(form, _)| *form == word) {
        return (*root).to_owned();
    }
    let word = strip_clitic(word);
    let word = strip_plural(word);
    // "recargué" normalises to "recargue": the -gue of first-person preterites of -gar verbs.
    if let Some(root) = word.strip_suffix("gue") {
        if root.len() >= 3 {
            return format!("{root}g");
        }
    }
    for ending in ENDINGS {
        if let Some(root) = word.strip_suffix(ending) {
            if root.len() >= min_root(ending) {
                return root.to_owned();
            }
        }
    }
    word.to_owned()
}

/// "ponerme" → "poner": a clitic pronoun after an -ar/-er/-ir infinitive.
fn strip_clitic(word: &str) -> &str {
    for clitic in CLITICS {
        if let Some(verb) = word.strip_suffix(clitic) {
            let infinitive = ["ar", "er", "ir"].iter().any(|end| verb.ends_with(end));
            if infinitive && verb.len() >= 4 {
                return verb;
            }
        }
    }
    word
}

/// Drops a final plural "s" ("recargas", "phones") but not from "-ss" words or very short ones;
/// "-iones" also loses its "e" so "activaciones" meets "activacion".
fn strip_plural(word: &str) -> &str {
    if let Some(root) = word.strip_suffix("iones") {
        return &word[..root.len() + 3];
    }
    match word.strip_suffix('s') {
        Some(root) if root.len() >= 3 && !root.ends_with('s') => root,
        _ => word,
    }
}

#[cfg(test)]
mod tests;
