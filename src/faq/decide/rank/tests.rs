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
        coverage: score.min(1.0),
    }
}

fn signals() -> Signals {
    Signals {
        lang: Lang::En,
        tokens: 3,
        known_share: 1.0,
        typo_fixes: 0,
        named: 0,
        operator_agrees: false,
        out_of_scope: 0.0,
        neighbours_agree: 1.0,
        neighbours_out_of_scope: 0.0,
        ngram_best: 1.0,
        ngram_agrees: true,
        ngram_out_of_scope: 0.0,
        in_scope: 5.0,
        bm25_agrees: true,
        label: None,
    }
}

/// A model that looks only at the candidate's confidence: p = sigmoid(10 c - 5).
fn model() -> Confidence {
    let n = crate::faq::decide::confidence::FEATURES.len();
    let mut weights = vec![0.0; n];
    weights[0] = 10.0;
    Confidence {
        fitted: "test".into(),
        features: crate::faq::decide::confidence::FEATURES
            .iter()
            .map(|f| (*f).to_owned())
            .collect(),
        mean: vec![0.0; n],
        scale: vec![1.0; n],
        weights,
        bias: -5.0,
        scope_weights: vec![0.0; n],
        scope_bias: 20.0,
        answer_at: vec![0.6; Lang::ALL.len()],
        sure_at: 0.9,
        suggest_at: 0.1,
        tuning: Tuning::default(),
    }
}

fn decide_for(scores: &[f32]) -> Outcome {
    let topics = [info("a", None), info("b", None), info("c", None)];
    let ranked: Vec<Candidate> = scores
        .iter()
        .enumerate()
        .map(|(n, s)| candidate(n, *s))
        .collect();
    decide(&ranked, &signals(), &topics, &Tuning::default(), &model())
}

#[test]
fn a_probable_winner_is_answered_alone() {
    let outcome = decide_for(&[0.9, 0.3]);
    assert_eq!(outcome.decision, Decision::Answer);
    assert!(outcome.sure);
    assert_eq!(outcome.alternatives, ["b"]);
}

#[test]
fn a_likely_winner_is_answered_with_its_alternatives_offered() {
    let outcome = decide_for(&[0.6, 0.5, 0.4]);
    assert_eq!(outcome.decision, Decision::Answer);
    assert!(!outcome.sure, "p = {}", outcome.score);
    assert_eq!(outcome.alternatives, ["b", "c"]);
}

#[test]
fn an_unlikely_winner_is_only_a_suggestion() {
    let outcome = decide_for(&[0.4, 0.3]);
    assert_eq!(outcome.decision, Decision::Suggest);
    assert_eq!(outcome.topic.as_deref(), Some("a"));
}

#[test]
fn a_faint_match_is_out_of_scope_with_no_topic() {
    let outcome = decide_for(&[0.05]);
    assert_eq!(outcome.decision, Decision::None);
    assert_eq!(outcome.topic, None);
    assert!(outcome.alternatives.is_empty());
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
