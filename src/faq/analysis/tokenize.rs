//! Turns a normalised string into index tokens: stemmed Latin words, Chinese character unigrams
//! and bigrams, and one canonical token per synonym phrase, with stop words dropped.
//!
//! Work happens in two steps so the matcher can fix typos in between: `units` splits the text
//! into words and CJK characters, then `Tokenizer::tokens` applies phrases and stop words.

use rustc_hash::{FxHashMap, FxHashSet};

use super::normalize::normalize;
use super::stem::stem;
use super::words::{PLACES, STOP_WORDS, WEAK_WORDS};
use crate::lang::is_cjk;

/// A normalised message cut into units: one per Latin (or other script) word, stemmed, and one
/// per CJK character. Parallel vectors so a run of keys can be looked up as a phrase.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Units {
    /// The unit as matched: a word's stem or a single CJK character.
    pub(crate) keys: Vec<String>,
    /// Length in characters of the word before stemming (1 for a CJK character).
    pub(crate) lens: Vec<usize>,
    /// Whether the unit is a CJK character (bigrams are built only from those).
    pub(crate) cjk: Vec<bool>,
}

impl Units {
    /// Splits a normalised string (see [`normalize`]) into units.
    pub fn of(normalized: &str) -> Units {
        let mut units = Units::default();
        for word in normalized.split(' ') {
            let mut latin = String::new();
            for c in word.chars() {
                if is_cjk(c) {
                    units.push_word(&mut latin);
                    units.push(c.to_string(), 1, true);
                } else {
                    latin.push(c);
                }
            }
            units.push_word(&mut latin);
        }
        units
    }

    fn push_word(&mut self, word: &mut String) {
        if !word.is_empty() {
            let len = word.chars().count();
            self.push(stem(word), len, false);
            word.clear();
        }
    }

    fn push(&mut self, key: String, len: usize, cjk: bool) {
        self.keys.push(key);
        self.lens.push(len);
        self.cjk.push(cjk);
    }

    /// Number of units.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when the message had no letters or digits at all.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

/// What a known phrase turns into.
#[derive(Debug, Clone, PartialEq)]
enum Phrase {
    /// A synonym: emit the group's canonical token.
    Canonical(String),
    /// A stop word: emit nothing.
    Stop,
}

/// Applies synonym groups and stop words to units, longest phrase first.
#[derive(Debug, Clone)]
pub struct Tokenizer {
    phrases: FxHashMap<Vec<String>, Phrase>,
    concepts: FxHashSet<String>,
    weak: FxHashSet<String>,
    max_len: usize,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer::new(std::iter::empty::<&[String]>())
    }
}

impl Tokenizer {
    /// Builds a tokenizer from synonym groups. Every entry of a group (a word or a phrase, any
    /// language) becomes one canonical token, made from the group's first entry. Groups that share
    /// an entry (after normalisation and stemming) are merged, since "the same word" is transitive:
    /// the canonical token then comes from the earliest group.
    pub fn new<'a>(groups: impl IntoIterator<Item = &'a [String]>) -> Tokenizer {
        let mut tokenizer = Tokenizer {
            phrases: FxHashMap::default(),
            concepts: FxHashSet::default(),
            weak: FxHashSet::default(),
            max_len: 1,
        };
        for word in STOP_WORDS {
            tokenizer.insert(Units::of(word).keys, Phrase::Stop);
        }
        let groups: Vec<Vec<Vec<String>>> = groups
            .into_iter()
            .map(|group| {
                let entries = group.iter().map(|e| Units::of(&normalize(e)).keys);
                entries.filter(|keys| !keys.is_empty()).collect()
            })
            .collect();
        let roots = merge_sharing_groups(&groups);
        for (group, root) in groups.iter().zip(&roots) {
            let Some(first) = groups[*root].first() else {
                continue;
            };
            tokenizer.concepts.insert(first.join(" "));
            for entry in group {
                tokenizer.insert(entry.clone(), Phrase::Canonical(first.join(" ")));
            }
        }
        tokenizer.add_weak_words();
        tokenizer
    }

    /// Weak words and places become single tokens (so "纳斯卡" does not yield the SIM-card
    /// character "卡"), unless a synonym group already covers them; their tokens are marked weak.
    fn add_weak_words(&mut self) {
        for word in WEAK_WORDS.iter().chain(PLACES) {
            let keys = Units::of(&normalize(word)).keys;
            let token = match self.phrases.get(&keys) {
                Some(Phrase::Canonical(token)) => token.clone(),
                Some(Phrase::Stop) => continue,
                None => {
                    let token = keys.join(" ");
                    self.insert(keys, Phrase::Canonical(token.clone()));
                    token
                }
            };
            self.weak.insert(token);
        }
    }

    /// True when the token is a weak word (see `stem::WEAK_WORDS`) or a place.
    pub(crate) fn is_weak(&self, token: &str) -> bool {
        self.weak.contains(token)
    }

    // A synonym replaces a stop word (an author who lists a word in a group wants it to count).
    fn insert(&mut self, keys: Vec<String>, phrase: Phrase) {
        if keys.is_empty() {
            return;
        }
        self.max_len = self.max_len.max(keys.len());
        self.phrases.insert(keys, phrase);
    }

    /// Tokens of a normalised string: `tokens(&Units::of(normalized))`.
    pub fn tokenize(&self, normalized: &str) -> Vec<String> {
        self.tokens(&Units::of(normalized))
    }

    /// Tokens of units: canonical tokens for synonym phrases, stems for other words, unigrams and
    /// bigrams for runs of CJK characters; stop words dropped.
    pub fn tokens(&self, units: &Units) -> Vec<String> {
        let mut out = Vec::with_capacity(units.len() * 2);
        let mut run_start = None;
        let mut i = 0;
        while i < units.len() {
            if let Some((len, phrase)) = self.longest_phrase(&units.keys, i) {
                push_cjk_run(&units.keys[run_start.unwrap_or(i)..i], &mut out);
                run_start = None;
                if let Phrase::Canonical(token) = phrase {
                    out.push(token.clone());
                }
                i += len;
            } else if units.cjk[i] {
                run_start.get_or_insert(i);
                i += 1;
            } else {
                push_cjk_run(&units.keys[run_start.unwrap_or(i)..i], &mut out);
                run_start = None;
                out.push(units.keys[i].clone());
                i += 1;
            }
        }
        push_cjk_run(&units.keys[run_start.unwrap_or(i)..i], &mut out);
        out
    }

    fn longest_phrase(&self, keys: &[String], start: usize) -> Option<(usize, &Phrase)> {
        let longest = self.max_len.min(keys.len() - start);
        (1..=longest)
            .rev()
            .find_map(|len| Some((len, self.phrases.get(&keys[start..start + len])?)))
    }

    /// True when the token is the canonical token of a synonym group (a domain concept).
    pub(crate) fn is_concept(&self, token: &str) -> bool {
        self.concepts.contains(token)
    }

    /// Every key that appears in a synonym or stop-word phrase (for the typo lexicon).
    pub(crate) fn phrase_keys(&self) -> impl Iterator<Item = &str> {
        self.phrases.keys().flatten().map(String::as_str)
    }
}

/// For each group, the index of the earliest group it is merged with (union-find over groups
/// that share an entry).
fn merge_sharing_groups(groups: &[Vec<Vec<String>>]) -> Vec<usize> {
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut parent: Vec<usize> = (0..groups.len()).collect();
    let mut owner: FxHashMap<&[String], usize> = FxHashMap::default();
    for (index, group) in groups.iter().enumerate() {
        for entry in group {
            let other = *owner.entry(entry.as_slice()).or_insert(index);
            let (a, b) = (find(&mut parent, index), find(&mut parent, other));
            // The smaller index stays root, so the earliest group names the merged one.
            parent[a.max(b)] = a.min(b);
        }
    }
    (0..groups.len()).map(|i| find(&mut parent, i)).collect()
}

/// Character unigrams, then bigrams, of a run of CJK characters that matched no phrase.
fn push_cjk_run(run: &[String], out: &mut Vec<String>) {
    out.extend(run.iter().cloned());
    out.extend(run.windows(2).map(|pair| format!("{}{}", pair[0], pair[1])));
}

#[cfg(test)]
mod tests;
