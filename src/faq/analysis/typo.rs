//! Typo tolerance: maps an unknown word of a question to the nearest word the knowledge base
//! knows, by Damerau-Levenshtein distance (1 for words of 5-7 letters, 2 from 8 letters).
//!
//! Candidates come from a padded-bigram index with a count filter, so a lookup touches a few
//! posting lists instead of the whole vocabulary, and stays fast with a 10,000-topic base.

use rustc_hash::FxHashMap;

use super::tokenize::Units;

/// Shortest word that we try to correct; shorter words have too many neighbours at distance 1
/// to guess safely. Lengths are those of the stem that is looked up ("snatched" is "snatch", 6),
/// since that is what the distance is measured on.
const MIN_TYPO_LEN: usize = 5;
/// From this length on, two edits are allowed.
const TWO_EDITS_LEN: usize = 8;

/// The words (unit keys) of a knowledge base, with how often each occurs.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    ids: FxHashMap<String, u32>,
    words: Vec<String>,
    freq: Vec<u32>,
    grams: FxHashMap<(char, char), Vec<u32>>,
}

impl Lexicon {
    /// Builds a lexicon from every occurrence of a key; CJK characters are left out (a single
    /// character has no typos we could fix).
    pub(crate) fn new<'a>(keys: impl IntoIterator<Item = &'a str>) -> Lexicon {
        let mut lexicon = Lexicon::default();
        for key in keys {
            if key.chars().any(crate::lang::is_cjk) {
                continue;
            }
            if let Some(&id) = lexicon.ids.get(key) {
                lexicon.freq[id as usize] += 1;
                continue;
            }
            let id = lexicon.words.len() as u32;
            for gram in padded_bigrams(key) {
                let posting = lexicon.grams.entry(gram).or_default();
                // A word repeating a bigram ("aaaa") is listed once, which the count filter needs.
                if posting.last() != Some(&id) {
                    posting.push(id);
                }
            }
            lexicon.ids.insert(key.to_owned(), id);
            lexicon.words.push(key.to_owned());
            lexicon.freq.push(1);
        }
        lexicon
    }

    /// True when the key occurs in the knowledge base.
    pub(crate) fn contains(&self, key: &str) -> bool {
        self.ids.contains_key(key)
    }

    /// Replaces unknown Latin units that are long enough with their nearest known word; returns
    /// how many were replaced.
    pub(crate) fn correct(&self, units: &mut Units) -> usize {
        let mut corrected = 0;
        for i in 0..units.len() {
            let len = units.keys[i].chars().count().min(units.lens[i]);
            if units.cjk[i] || len < MIN_TYPO_LEN || self.contains(&units.keys[i]) {
                continue;
            }
            let max_edits = if len >= TWO_EDITS_LEN { 2 } else { 1 };
            if let Some(word) = self.nearest(&units.keys[i], max_edits) {
                units.keys[i] = word.to_owned();
                corrected += 1;
            }
        }
        corrected
    }

    /// The known word closest to `key` within `max_edits` that starts with the same letter (people
    /// rarely mistype the first letter, and allowing it turns "score" into "store"); ties go to
    /// the more frequent word, then to the alphabetically first, so hash order never matters.
    pub(crate) fn nearest(&self, key: &str, max_edits: usize) -> Option<&str> {
        let len = key.chars().count();
        let grams = distinct(padded_bigrams(key));
        // Each edit destroys at most three padded bigrams (a transposition does).
        let needed = (grams.len().saturating_sub(3 * max_edits)).max(1);
        // Dense counters: a lookup may touch thousands of words in a large base.
        let mut shared = vec![0u16; self.words.len()];
        let mut touched = Vec::new();
        for gram in &grams {
            for &id in self.grams.get(gram).into_iter().flatten() {
                if shared[id as usize] == 0 {
                    touched.push(id);
                }
                shared[id as usize] = shared[id as usize].saturating_add(1);
            }
        }
        let first = key.chars().next();
        let mut best: Option<(usize, u32, &str)> = None;
        for id in touched {
            let word = self.words[id as usize].as_str();
            let count = usize::from(shared[id as usize]);
            let same_start = word.chars().next() == first;
            if count < needed || !same_start || word.chars().count().abs_diff(len) > max_edits {
                continue;
            }
            let distance = strsim::damerau_levenshtein(key, word);
            if distance == 0 || distance > max_edits {
                continue;
            }
            let freq = self.freq[id as usize];
            let better = best.is_none_or(|(d, f, w)| {
                (distance, std::cmp::Reverse(freq), word) < (d, std::cmp::Reverse(f), w)
            });
            if better {
                best = Some((distance, freq, word));
            }
        }
        best.map(|(_, _, word)| word)
    }
}

/// Bigrams of the word padded with `^` and `$`, so first and last letters count as much as
/// middle ones.
fn padded_bigrams(word: &str) -> Vec<(char, char)> {
    let chars: Vec<char> = std::iter::once('^')
        .chain(word.chars())
        .chain(std::iter::once('$'))
        .collect();
    chars.windows(2).map(|w| (w[0], w[1])).collect()
}

fn distinct(mut grams: Vec<(char, char)>) -> Vec<(char, char)> {
    grams.sort_unstable();
    grams.dedup();
    grams
}

#[cfg(test)]
mod tests;
