//! From topic scores to a decision: operator boosts, operator families, and the learned
//! probability (see `confidence`) that separates a sure answer, a likely answer with "Not this?"
//! buttons, a suggestion, and "out of scope".
//!
//! A candidate's `confidence` blends `(1 - coverage_mix) * min(1, score / ideal) + coverage_mix
//! * coverage` (`ideal`: what a phrasing identical to the question would score; `coverage`: the
//! share of its weighted words found in the topic), a model feature; `score` is the probability.

use super::confidence::{Confidence, Features};
use super::outcome::{Decision, Outcome};
use crate::faq::kb::KnowledgeBase;
use crate::faq::tuning::Tuning;
use crate::lang::Lang;

use super::signals::Signals;

/// Most alternatives returned with an outcome.
const MAX_ALTERNATIVES: usize = 4;

/// How many candidates the answer share is computed over.
const SHARE_CANDIDATES: usize = 6;

/// A topic's standing for one question.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Candidate {
    /// Topic number.
    pub topic: usize,
    /// Score relative to a perfect match (may exceed 1 after boosts); ranks the candidates.
    pub score: f32,
    /// Confidence in 0..1 (see the module documentation).
    pub confidence: f32,
    /// Whether the topic contains one of the question's domain concepts.
    pub anchored: bool,
    /// Share of the question's weighted words found in the topic.
    pub coverage: f32,
}

/// A topic's id and operator, as the ranking needs them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TopicInfo {
    pub id: String,
    pub operator: Option<String>,
}

/// Operator adjustments: the named operators' topics get `operator_boost`, other operators'
/// topics `operator_penalty`, and without any name every operator topic gets
/// `operator_absent_penalty`. Then family children of a named operator inherit their parent's
/// score (see [`families`]).
pub(crate) fn adjust_for_operators(
    named: &[&str],
    topics: &[TopicInfo],
    families: &[(usize, usize)],
    t: &Tuning,
    per_topic: &mut [f32],
) {
    for (topic, score) in topics.iter().zip(per_topic.iter_mut()) {
        match topic.operator.as_deref() {
            Some(_) if named.is_empty() => *score *= t.operator_absent_penalty,
            Some(op) if named.contains(&op) => *score *= t.operator_boost,
            Some(_) => *score *= t.operator_penalty,
            None => {}
        }
    }
    for &(parent, child) in families {
        let child_named = topics[child]
            .operator
            .as_deref()
            .is_some_and(|op| named.contains(&op));
        if child_named {
            per_topic[child] = per_topic[child].max(per_topic[parent] * t.specialize_factor);
        }
    }
}

/// The model's features for candidates sorted best first (see `confidence::FEATURES`).
pub(crate) fn features(
    ranked: &[Candidate],
    signals: &Signals,
    topics: &[TopicInfo],
    t: &Tuning,
) -> Features {
    let Some(best) = ranked.first() else {
        return [0.0; super::confidence::FEATURES.len()];
    };
    let second = ranked.get(1).map_or(0.0, |c| c.score);
    let flag = |b: bool| f32::from(u8::from(b));
    [
        best.confidence,
        best.score.min(1.5),
        best.coverage,
        (best.score - second).min(1.5),
        if best.score > 0.0 {
            (second / best.score).min(1.0)
        } else {
            0.0
        },
        share(ranked, t),
        flag(best.anchored),
        flag(signals.named > 0),
        flag(signals.operator_agrees),
        flag(topics[best.topic].operator.is_some()),
        (1.0 + signals.tokens as f32).ln(),
        signals.known_share,
        signals.typo_fixes as f32,
        flag(signals.lang == Lang::Zh),
        flag(signals.lang == Lang::Es),
        signals.out_of_scope.min(2.0),
        signals.neighbours_agree,
        signals.neighbours_out_of_scope,
        signals.ngram_best,
        flag(signals.ngram_agrees),
        signals.ngram_out_of_scope,
        flag(signals.bm25_agrees),
        signals.in_scope,
    ]
}

/// Decides on candidates sorted best first, from the model's probability that the best one is
/// right: answer (sure or not), suggest, or nothing (out of scope).
pub(crate) fn decide(
    ranked: &[Candidate],
    signals: &Signals,
    topics: &[TopicInfo],
    t: &Tuning,
    model: &Confidence,
) -> Outcome {
    let Some(best) = ranked.first() else {
        return Outcome::empty(Decision::None);
    };
    let p = model.probability(&features(ranked, signals, topics, t));
    let decision = if p >= model.answer_at(signals.lang) {
        Decision::Answer
    } else if p >= model.suggest_at {
        Decision::Suggest
    } else {
        return Outcome {
            score: p,
            ..Outcome::empty(Decision::None)
        };
    };
    let alternatives = ranked[1..]
        .iter()
        .take_while(|c| c.score >= t.alternative_min_ratio * best.score)
        .take(MAX_ALTERNATIVES)
        .map(|c| topics[c.topic].id.clone())
        .collect();
    Outcome {
        decision,
        topic: Some(topics[best.topic].id.clone()),
        score: p,
        alternatives,
        sure: decision == Decision::Answer && p >= model.sure_at,
    }
}

/// The softmax share of the best candidate among the first few (see `Tuning::share_temperature`).
fn share(ranked: &[Candidate], t: &Tuning) -> f32 {
    let best = ranked.first().map_or(0.0, |c| c.score);
    let total: f32 = ranked
        .iter()
        .take(SHARE_CANDIDATES)
        .map(|c| ((c.score - best) / t.share_temperature).exp())
        .sum();
    1.0 / total.max(1.0)
}

/// Family links (parent, child), by topic number: a topic without operator whose `related`
/// list (in any language) names operator-specific topics of at least three operators is the
/// generic parent of those topics ("topup-overview" of "claro-topup", "movistar-topup" …).
pub(crate) fn families(kb: &KnowledgeBase) -> Vec<(usize, usize)> {
    let topics = kb.topics();
    let position = |id: &str| topics.iter().position(|t| t.id == id);
    let mut links = Vec::new();
    for (parent, topic) in topics
        .iter()
        .enumerate()
        .filter(|(_, t)| t.operator.is_none())
    {
        let mut children: Vec<usize> = Lang::ALL
            .iter()
            .flat_map(|&lang| topic.text(lang).related.iter())
            .filter_map(|id| position(id))
            .filter(|&child| topics[child].operator.is_some())
            .collect();
        children.sort_unstable();
        children.dedup();
        let mut operators: Vec<&str> = children
            .iter()
            .filter_map(|&c| topics[c].operator.as_deref())
            .collect();
        operators.sort_unstable();
        operators.dedup();
        if operators.len() >= 3 {
            links.extend(children.into_iter().map(|child| (parent, child)));
        }
    }
    links
}

#[cfg(test)]
mod tests;
