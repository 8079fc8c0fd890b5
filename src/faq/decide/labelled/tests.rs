use super::*;

#[test]
fn a_text_labelled_once_or_twice_alike_is_known_and_two_labels_are_not() {
    let mut labelled = LabelledQuestions::default();
    labelled.add("como recargo", Some(3));
    labelled.add("como recargo", Some(3));
    labelled.add("clima en cusco", None);
    labelled.add("saldo", Some(1));
    labelled.add("saldo", Some(2));
    labelled.add("", Some(1));
    assert_eq!(labelled.label("como recargo"), Some(Some(3)));
    assert_eq!(labelled.label("clima en cusco"), Some(None));
    assert_eq!(labelled.label("saldo"), None);
    assert_eq!(labelled.label(""), None);
    assert_eq!(labelled.label("como recargo claro"), None);
}

#[test]
fn a_known_topic_is_answered_sure_with_the_other_candidates_as_alternatives() {
    let suggested = Outcome::of(Decision::Suggest, Some("a"), &["b", "c"]);
    let answered = apply(suggested, Some("b"));
    assert_eq!(answered.decision, Decision::Answer);
    assert_eq!(answered.topic.as_deref(), Some("b"));
    assert_eq!(answered.alternatives, ["a", "c"]);
    assert!(answered.sure);
    assert_eq!(answered.score, 1.0);
}

#[test]
fn a_known_out_of_scope_question_gets_no_topic() {
    let answered = apply(Outcome::of(Decision::Answer, Some("a"), &["b"]), None);
    assert_eq!(answered.decision, Decision::None);
    assert_eq!(answered.topic, None);
    assert!(answered.alternatives.is_empty());
}
