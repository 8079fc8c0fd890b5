//! From topic scores to a decision: operator boosts, operator families, and the thresholds
//! that separate an answer from a suggestion from "I don't know".
//!
//! Confidence, the `score` of an [`Outcome`]: `(1 - coverage_mix) * min(1, score / ideal)
//! + coverage_mix * coverage`, where `ideal` is what a phrasing identical to the question would
//! score and `coverage` the share of the question's weighted words found in the topic.

use super::kb::KnowledgeBase;
use super::outcome::{Decision, Outcome};
use super::tuning::Tuning;
use crate::lang::Lang;

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

/// Applies the thresholds to candidates sorted best first.
pub(crate) fn decide(ranked: &[Candidate], topics: &[TopicInfo], t: &Tuning) -> Outcome {
    let Some(best) = ranked.first() else {
        return Outcome::empty(Decision::None);
    };
    let anchored = best.anchored || best.confidence >= t.unanchored_min;
    let decision =
        if best.confidence >= t.answer_min && share(ranked, t) >= t.answer_share && anchored {
            Decision::Answer
        } else if best.confidence >= t.suggest_min {
            Decision::Suggest
        } else {
            return Outcome::empty(Decision::None);
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
        score: best.confidence,
        alternatives,
        sure: decision == Decision::Answer,
    }
}

/// The softmax share of the best candidate among the first few (see `Tuning::answer_share`).
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
mod tests {
    use super::*;
    use crate::faq::fixture;

    fn info(id: &str, operator: Option<&str>) -> TopicInfo {
        TopicInfo {
            id: id.to_owned(),
            operator: operator.map(str::to_owned),
        }
    }

    fn candidate(topic: usize, score: f32) -> Candidate {
        Candidate {
            topic,
            score,
            confidence: score.min(1.0),
            anchored: true,
        }
    }

    #[test]
    fn a_clear_confident_winner_is_answered() {
        let topics = [info("a", None), info("b", None)];
        let outcome = decide(
            &[candidate(0, 0.9), candidate(1, 0.3)],
            &topics,
            &Tuning::default(),
        );
        assert_eq!(outcome.decision, Decision::Answer);
        assert_eq!(outcome.alternatives, ["b"]);
    }

    #[test]
    fn a_near_tie_is_only_a_suggestion() {
        let topics = [info("a", None), info("b", None)];
        let outcome = decide(
            &[candidate(0, 0.9), candidate(1, 0.89)],
            &topics,
            &Tuning::default(),
        );
        assert_eq!(outcome.decision, Decision::Suggest);
        assert_eq!(outcome.topic.as_deref(), Some("a"));
    }

    #[test]
    fn a_match_on_generic_words_only_is_not_answered() {
        let topics = [info("a", None)];
        let mut weak = candidate(0, 0.7);
        weak.anchored = false;
        assert_eq!(
            decide(&[weak], &topics, &Tuning::default()).decision,
            Decision::Suggest
        );
    }

    #[test]
    fn a_faint_match_is_nothing() {
        let topics = [info("a", None)];
        let outcome = decide(&[candidate(0, 0.05)], &topics, &Tuning::default());
        assert_eq!(outcome, Outcome::empty(Decision::None));
    }

    #[test]
    fn the_named_operator_topic_inherits_its_parents_score() {
        let topics = [
            info("overview", None),
            info("claro", Some("claro")),
            info("bitel", Some("bitel")),
        ];
        let mut scores = [1.0, 0.5, 0.9];
        adjust_for_operators(
            &["claro"],
            &topics,
            &[(0, 1), (0, 2)],
            &Tuning::default(),
            &mut scores,
        );
        assert!(scores[1] > scores[0], "{scores:?}");
        assert!(scores[2] < 0.5, "{scores:?}");
    }

    #[test]
    fn without_an_operator_name_operator_topics_step_back() {
        let topics = [info("overview", None), info("claro", Some("claro"))];
        let mut scores = [1.0, 1.0];
        adjust_for_operators(&[], &topics, &[(0, 1)], &Tuning::default(), &mut scores);
        assert!(scores[1] < scores[0]);
    }

    #[test]
    fn the_fixture_overview_is_the_parent_of_the_operator_topups() {
        let kb = fixture::knowledge_base();
        let links = families(&kb);
        let id = |n: usize| kb.topics()[n].id.as_str();
        let mut children: Vec<&str> = links.iter().map(|&(_, c)| id(c)).collect();
        children.sort_unstable();
        assert!(
            links.iter().all(|&(p, _)| id(p) == "topup-overview"),
            "{links:?}"
        );
        assert_eq!(
            children,
            [
                "bitel-topup",
                "claro-topup",
                "entel-topup",
                "movistar-topup"
            ]
        );
    }
}
