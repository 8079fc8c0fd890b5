//! Searching the matcher's knobs (`recarga tune --search`): a deterministic coordinate search
//! for the knobs under which the examples are answered best (right answers within the error
//! budgets, and the right topic in the top 3), each example scored by a matcher built without it.
use super::fit::{fit_samples, samples, Budget, Sample};
use crate::faq::confidence::Confidence;
use crate::faq::evaluate::Labelled;
use crate::faq::{Example, KnowledgeBase, Tuning};
use crate::lang::Lang;

/// How well the matcher does on the examples with `tuning`, each scored by a matcher built
/// without it and decided by a model fitted for the default budgets: the mean over languages
/// of answered right plus half of top-3 (in percent of in-scope examples).
fn quality(kb: &KnowledgeBase, set: &[Labelled], examples: &[Example], tuning: Tuning) -> f64 {
    let samples = samples(kb, set, examples, tuning);
    let model = fit_samples(&samples, Budget::default(), tuning);
    let mut total = 0.0;
    for lang in Lang::ALL {
        let of_lang: Vec<&Sample> = samples
            .iter()
            .filter(|s| s.lang == lang && s.right.is_some())
            .collect();
        let n = of_lang.len().max(1) as f64;
        let answer_at = model.answer_at(lang);
        let right = of_lang
            .iter()
            .filter(|s| s.right == Some(true) && model.probability(&s.x) >= answer_at)
            .count() as f64;
        let top3 = of_lang.iter().filter(|s| s.top3).count() as f64;
        total += 100.0 * (right + 0.5 * top3) / n;
    }
    total / Lang::ALL.len() as f64
}

/// A knob of [`Tuning`] the search may move.
type Knob = (&'static str, fn(&mut Tuning) -> &mut f32);

/// The knobs `search_tuning` moves (the decision knobs are the model's now).
const KNOBS: [Knob; 16] = [
    ("ngram_weight", |t| &mut t.ngram_weight),
    ("ngram_temperature", |t| &mut t.ngram_temperature),
    ("ngram_alpha", |t| &mut t.ngram_alpha),
    ("neighbour_boost", |t| &mut t.neighbour_boost),
    ("bm25.k1", |t| &mut t.bm25.k1),
    ("bm25.b", |t| &mut t.bm25.b),
    ("bm25.topic_weight", |t| &mut t.bm25.topic_weight),
    ("bm25.cosine_mix", |t| &mut t.bm25.cosine_mix),
    ("unigram_weight", |t| &mut t.unigram_weight),
    ("bigram_weight", |t| &mut t.bigram_weight),
    ("operator_term_weight", |t| &mut t.operator_term_weight),
    ("weak_weight", |t| &mut t.weak_weight),
    ("concept_weight", |t| &mut t.concept_weight),
    ("operator_penalty", |t| &mut t.operator_penalty),
    ("operator_absent_penalty", |t| {
        &mut t.operator_absent_penalty
    }),
    ("specialize_factor", |t| &mut t.specialize_factor),
];

/// Coordinate search over the matcher's knobs, from the shipped ones, for the best
/// [`quality`]: each knob in turn is scaled by a few factors and kept where it scores
/// best; two passes. Deterministic.
pub fn search_tuning(kb: &KnowledgeBase, set: &[Labelled], examples: &[Example]) -> Tuning {
    let mut best = Confidence::shipped().tuning;
    // A knob at zero cannot be scaled: give the neighbour vote a start.
    if best.neighbour_boost == 0.0 {
        best.neighbour_boost = 0.2;
    }
    if best.ngram_weight == 0.0 {
        best.ngram_weight = 0.3;
    }
    let mut best_quality = quality(kb, set, examples, best);
    println!("search: start {best_quality:.2}");
    for _pass in 0..2 {
        for (name, knob) in KNOBS {
            for factor in [0.6f32, 0.8, 1.25, 1.6] {
                let mut candidate = best;
                let value = knob(&mut candidate);
                *value = (*value * factor * 1000.0).round() / 1000.0;
                if name == "bm25.b" || name.ends_with("penalty") {
                    *value = value.min(1.0);
                }
                let quality = quality(kb, set, examples, candidate);
                if quality > best_quality + 0.05 {
                    println!("search: {name} x{factor} -> {quality:.2}");
                    best = candidate;
                    best_quality = quality;
                }
            }
        }
    }
    best
}
