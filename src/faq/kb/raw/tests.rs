use super::*;

#[test]
fn topics_keep_file_order() {
    let src = "[topic.zeta]\ntitle = \"Z\"\n[topic.alpha]\ntitle = \"A\"\n[topic.mid]\n";
    let file = parse(Lang::En, src).unwrap();
    let ids: Vec<&str> = file.topic.0.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["zeta", "alpha", "mid"]);
}

#[test]
fn a_duplicate_topic_is_reported_with_file_and_line() {
    let src = "language = \"es\"\n\n[topic.a]\ntitle = \"A\"\n\n[topic.a]\ntitle = \"B\"\n";
    let problem = parse(Lang::Es, src).unwrap_err();
    let line = problem.to_string();
    assert!(line.starts_with("es/faq.toml: line 6: "), "{line}");
    assert!(line.contains("duplicate"), "{line}");
}

#[test]
fn unknown_fields_are_collected_not_rejected() {
    let src = "colour = 1\n[topic.a]\nkeyword = [\"x\"]\n";
    let file = parse(Lang::En, src).unwrap();
    assert!(file.unknown.contains_key("colour"));
    assert!(file.topic.0[0].1.unknown.contains_key("keyword"));
}

#[test]
fn facts_toml_parses_sources_and_facts_and_names_itself_in_errors() {
    let src = "checked = \"2026-02-24\"\n[source.S1]\nurl = \"https://a.pe/\"\n\
               [fact.F1]\ntext = \"t\"\nsources = [\"S1\"]\nchecked = \"2026-03-01\"\n";
    let facts = parse_facts(src).unwrap();
    assert_eq!(facts.source["S1"].url, "https://a.pe/");
    assert_eq!(facts.fact["F1"].checked.as_deref(), Some("2026-03-01"));
    let problem = parse_facts("checked = [").unwrap_err();
    assert!(
        problem.to_string().starts_with("facts.toml: line 1: "),
        "{problem}"
    );
}

#[test]
fn a_wrong_type_is_a_parse_problem_with_a_line() {
    let src = "[topic.a]\ntitle = \"A\"\nfacts = 2026-02-24\n";
    let problem = parse(Lang::En, src).unwrap_err();
    assert!(problem.to_string().contains("line 3"), "{problem}");
}
