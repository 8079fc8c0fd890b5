//! How the matcher's opinions of a question become one score per topic: BM25 (the index) is
//! the base, the n-gram classifier's probabilities are added, and the topics among the nearest
//! phrasings get a boost by their share of them. Pure functions over per-topic score slices.

/// The least n-gram probability that adds to a topic's score: a faint one adds next to nothing
/// but would make every topic of a large base a candidate to sort.
const MIN_NGRAM_PROBABILITY: f32 = 1e-3;

/// Adds `weight * p * ideal` to each topic's score, for the first `per_topic.len()` topics of
/// `ngram` (see `Tuning::ngram_weight`).
pub(crate) fn add_ngram(per_topic: &mut [f32], ngram: &[f32], weight: f32, ideal: f32) {
    if weight <= 0.0 {
        return;
    }
    for (score, &p) in per_topic.iter_mut().zip(ngram) {
        if p >= MIN_NGRAM_PROBABILITY {
            *score += weight * p * ideal;
        }
    }
}

/// Multiplies each topic among the `nearest` phrasings' topics, once, by
/// `1 + boost * its share of them` (see `Tuning::neighbour_boost`).
pub(crate) fn boost_neighbours(per_topic: &mut [f32], nearest: &[usize], boost: f32) {
    if boost <= 0.0 {
        return;
    }
    for (i, &topic) in nearest.iter().enumerate() {
        if nearest[..i].contains(&topic) {
            continue;
        }
        if let Some(score) = per_topic.get_mut(topic) {
            *score *= 1.0 + boost * share_of(nearest, topic);
        }
    }
}

/// The share (0..1) of the `nearest` phrasings that belong to `topic`.
pub(crate) fn share_of(nearest: &[usize], topic: usize) -> f32 {
    let hits = nearest.iter().filter(|&&t| t == topic).count();
    hits as f32 / nearest.len().max(1) as f32
}

/// The position of the largest value (the first of equals); `None` when empty.
pub(crate) fn first(values: &[f32]) -> Option<usize> {
    (0..values.len()).max_by(|&a, &b| values[a].total_cmp(&values[b]).then(b.cmp(&a)))
}

#[cfg(test)]
mod tests;
