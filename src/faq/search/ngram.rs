//! A character n-gram classifier, the second opinion beside BM25: multinomial naive Bayes over
//! the character n-grams of every text a topic is found by (its phrasings and labelled
//! examples), trained when the matcher is built (a few milliseconds, deterministic).
//!
//! BM25 sees words after stemming, synonyms and typo fixes; this model sees pieces of words, so
//! it still recognises "recargé", "recargas", "claor" or an unsegmented "冲值卡" by the parts
//! they share with what a topic was written with. The matcher mixes its probabilities into the
//! topic scores and gives the confidence model whether the two opinions agree.
//!
//! Grams: in a Latin word, marked at both ends ("^top$"), every 3- and 4-character piece and the
//! whole word; in a run of CJK characters, every 1-, 2- and 3-character piece. Each text counts
//! a gram once.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHasher};

use crate::lang::is_cjk;

/// Grams used by more topics than this are dropped from the model (a question's grams of that
/// kind count as unknown): so common they hardly tell topics apart, and each would cost a pass
/// over that many topics per question. The shipped base (under 50 topics) has none; a base of
/// 10,000 topics stays fast.
const MAX_GRAM_TOPICS: usize = 300;

/// The trained model: per gram, the topics whose texts contain it and how much more likely the
/// gram is under each of them than under a topic that never used it.
#[derive(Debug, Clone, Default)]
pub(crate) struct NgramModel {
    /// Per gram, its range in `lifts` (one flat list: a question's grams cost one lookup each
    /// and no pointer chasing).
    grams: FxHashMap<u64, (u32, u32)>,
    /// (topic, lift) of every gram, gram after gram.
    lifts: Vec<(u32, f32)>,
    /// Per topic: log-probability of a gram the topic never used (the smoothing floor).
    unseen: Vec<f32>,
}

/// Collects texts topic by topic, then [`NgramBuilder::finish`] turns the counts into a model.
#[derive(Debug, Default)]
pub(crate) struct NgramBuilder {
    /// Per gram: (topic, how many of its texts contain the gram); topics in the order added.
    counts: FxHashMap<u64, Vec<(u32, u32)>>,
    /// Per topic: grams counted over all its texts.
    totals: Vec<u64>,
}

impl NgramBuilder {
    /// A builder for `n_topics` topics (numbered `0..n_topics`).
    pub(crate) fn new(n_topics: usize) -> NgramBuilder {
        NgramBuilder {
            totals: vec![0; n_topics],
            ..NgramBuilder::default()
        }
    }

    /// Adds one normalised text of topic `topic` (fastest when texts come topic by topic).
    #[cfg(test)]
    pub(crate) fn add(&mut self, topic: usize, normalized: &str) {
        self.add_grams(topic, &QueryGrams::of(normalized));
    }

    /// Adds one text of topic `topic` by its grams (computed once for every model).
    pub(crate) fn add_grams(&mut self, topic: usize, text: &QueryGrams) {
        let Some(total) = self.totals.get_mut(topic) else {
            return;
        };
        *total += text.0.len() as u64;
        let topic = topic as u32;
        for &gram in &text.0 {
            let entry = self.counts.entry(gram).or_default();
            // Texts come topic by topic, so a topic's count is the last entry, if any.
            match entry.last_mut() {
                Some((t, count)) if *t == topic => *count += 1,
                _ => entry.push((topic, 1)),
            }
        }
    }

    /// The model, with additive smoothing `alpha` (> 0).
    pub(crate) fn finish(self, alpha: f32) -> NgramModel {
        let alpha = f64::from(alpha.max(1e-3));
        let vocabulary = self.counts.len() as f64;
        let unseen: Vec<f32> = self
            .totals
            .iter()
            .map(|&total| match total {
                // A topic with no text (the out-of-scope examples, when there are none) must
                // get no probability, not the highest smoothing floor.
                0 => f32::NEG_INFINITY,
                _ => (alpha / (total as f64 + alpha * vocabulary)).ln() as f32,
            })
            .collect();
        let mut lifts: Vec<(u32, f32)> = Vec::new();
        let grams = self
            .counts
            .into_iter()
            .filter(|(_, topics)| topics.len() <= MAX_GRAM_TOPICS)
            .map(|(gram, mut topics)| {
                // Texts added out of topic order leave several entries for one topic: merge.
                topics.sort_unstable_by_key(|&(t, _)| t);
                topics.dedup_by(|later, kept| {
                    let same = later.0 == kept.0;
                    if same {
                        kept.1 += later.1;
                    }
                    same
                });
                let start = lifts.len() as u32;
                lifts.extend(
                    topics
                        .into_iter()
                        .map(|(t, c)| (t, ((f64::from(c) + alpha) / alpha).ln() as f32)),
                );
                (gram, (start, lifts.len() as u32))
            })
            .collect();
        NgramModel {
            grams,
            lifts,
            unseen,
        }
    }
}

impl NgramModel {
    /// Probability of each topic for a normalised question (sums to 1; all zero when the model
    /// knows none of its grams). `temperature` softens the naive Bayes posterior, which is far
    /// too sure of itself: the mean log-likelihood per gram is divided by it before the softmax.
    #[cfg(test)]
    pub(crate) fn probabilities(&self, normalized: &str, temperature: f32) -> Vec<f32> {
        self.probabilities_of(&QueryGrams::of(normalized), temperature)
    }

    /// [`NgramModel::probabilities`] of a question's grams, computed once for several models.
    pub(crate) fn probabilities_of(&self, query: &QueryGrams, temperature: f32) -> Vec<f32> {
        let mut scores: Vec<f32> = vec![0.0; self.unseen.len()];
        let mut known = 0usize;
        for gram in &query.0 {
            let Some(&(start, end)) = self.grams.get(gram) else {
                continue;
            };
            known += 1;
            for &(topic, lift) in &self.lifts[start as usize..end as usize] {
                if let Some(s) = scores.get_mut(topic as usize) {
                    *s += lift;
                }
            }
        }
        if known == 0 {
            return scores;
        }
        let scale = 1.0 / (known as f32 * temperature.max(1e-3));
        for (s, unseen) in scores.iter_mut().zip(&self.unseen) {
            *s = (*s + known as f32 * unseen) * scale;
        }
        let max = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        if max == f32::NEG_INFINITY {
            return vec![0.0; scores.len()];
        }
        let mut sum = 0.0;
        for s in &mut scores {
            *s = (*s - max).exp();
            sum += *s;
        }
        for s in &mut scores {
            *s /= sum;
        }
        scores
    }
}

/// A question's distinct grams, computed once and read by each model.
pub(crate) struct QueryGrams(Vec<u64>);

impl QueryGrams {
    pub(crate) fn of(normalized: &str) -> QueryGrams {
        let mut out = Vec::new();
        grams(normalized, &mut out);
        QueryGrams(out)
    }

    /// The grams folded into `slots` hashed slots (a power of two).
    pub(crate) fn slots(&self, slots: usize) -> Vec<u32> {
        let mask = slots.saturating_sub(1) as u64;
        self.0.iter().map(|&g| (g & mask) as u32).collect()
    }
}

/// The distinct grams of a normalised text, as hashes, into `out` (cleared first).
fn grams(normalized: &str, out: &mut Vec<u64>) {
    out.clear();
    let mut buffer: Vec<char> = Vec::new();
    for word in normalized.split(' ').filter(|w| !w.is_empty()) {
        let mut rest = word;
        while let Some(first) = rest.chars().next() {
            let cjk = is_cjk(first);
            let end = rest
                .char_indices()
                .find(|&(_, c)| is_cjk(c) != cjk)
                .map_or(rest.len(), |(i, _)| i);
            let (run, after) = rest.split_at(end);
            buffer.clear();
            if cjk {
                buffer.extend(run.chars());
                pieces(&buffer, &[1, 2, 3], out);
            } else {
                buffer.push('^');
                buffer.extend(run.chars());
                buffer.push('$');
                pieces(&buffer, &[3, 4], out);
                out.push(hash(&buffer));
            }
            rest = after;
        }
    }
    out.sort_unstable();
    out.dedup();
}

/// Every piece of `chars` of each length in `lengths`.
fn pieces(chars: &[char], lengths: &[usize], out: &mut Vec<u64>) {
    for &n in lengths {
        out.extend(chars.windows(n).map(hash));
    }
}

fn hash(chars: &[char]) -> u64 {
    let mut hasher = FxHasher::default();
    chars.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests;
