use super::*;

#[test]
fn examples_name_their_topic_by_number_and_none_is_out_of_scope() {
    let text = r#"
[[q]]
lang = "es"
text = "se me acabaron los megas"
topic = "b"

[[q]]
lang = "es"
text = "clima en cusco"
topic = "none"
"#;
    let mut problems = Vec::new();
    let examples = parse(Lang::Es, text, &["a", "b"], &mut problems);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(examples[0].topic, Some(1));
    assert_eq!(examples[1].topic, None);
}

#[test]
fn an_unknown_topic_or_a_wrong_language_is_reported_by_its_question() {
    let text = r#"
[[q]]
lang = "es"
text = "pregunta uno"
topic = "zzz"

[[q]]
lang = "en"
text = "question two"
topic = "a"
"#;
    let mut problems = Vec::new();
    let examples = parse(Lang::Es, text, &["a"], &mut problems);
    assert!(examples.is_empty());
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        lines[0].contains("examples/es.toml") && lines[0].contains("unknown topic `zzz`"),
        "{lines:?}"
    );
    assert!(lines[1].contains("lang `en`"), "{lines:?}");
}
