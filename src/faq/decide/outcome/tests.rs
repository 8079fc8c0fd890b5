use super::*;

#[test]
fn an_answer_serializes_with_its_topic_and_alternatives() {
    let outcome = Outcome {
        decision: Decision::Answer,
        topic: Some("claro-topup".into()),
        score: 0.87654,
        alternatives: vec!["topup-overview".into()],
        sure: true,
    };
    assert_eq!(
        outcome.to_json(),
        r#"{"decision":"answer","topic":"claro-topup","score":0.877,"alternatives":["topup-overview"]}"#
    );
}

#[test]
fn small_talk_serializes_as_none_without_a_topic() {
    let outcome = Outcome::empty(Decision::SmallTalk(SmallTalk::Thanks));
    assert_eq!(
        outcome.to_json(),
        r#"{"decision":"none","topic":null,"score":0.0,"alternatives":[]}"#
    );
}

#[test]
fn a_suggestion_serializes_as_suggest() {
    let outcome = Outcome {
        decision: Decision::Suggest,
        topic: Some("balance-check".into()),
        score: 0.5,
        alternatives: vec!["data-check".into(), "balance-expiry".into()],
        sure: false,
    };
    let value: serde_json::Value = serde_json::from_str(&outcome.to_json()).unwrap();
    assert_eq!(value["decision"], "suggest");
    assert_eq!(value["alternatives"][1], "balance-expiry");
}
