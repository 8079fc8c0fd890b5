//! Tests of the knowledge-base checks, one rule at a time, on the valid fixture with one edit.

use super::*;
use crate::faq::fixture;

/// Problems after replacing the first `from` by `to` in one language's file.
fn problems_after(lang: Lang, from: &str, to: &str) -> Vec<String> {
    let [mut en, mut es, mut zh] = fixture::sources();
    let file = match lang {
        Lang::En => &mut en,
        Lang::Es => &mut es,
        Lang::Zh => &mut zh,
    };
    assert!(file.contains(from), "fixture lacks {from:?}");
    *file = file.replacen(from, to, 1);
    check(&en, &es, &zh)
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_fixture_has_no_problems() {
    let [en, es, zh] = fixture::sources();
    assert_eq!(check(&en, &es, &zh), []);
}

#[test]
fn a_long_answer_is_reported_with_its_length() {
    let long = format!("answer = \"\"\"\n{}\n\"\"\"", "x".repeat(1034));
    let problems = problems_after(
        Lang::Es,
        "answer = \"\"\"\n<b>claro topup</b>\n• Step one &amp; two.\n\"\"\"",
        &long,
    );
    assert_eq!(
        problems,
        ["es: topic `claro-topup`: answer is 1034 characters (max 900)"]
    );
}

#[test]
fn a_topic_missing_in_one_language_is_reported() {
    let problems = problems_after(Lang::Zh, "[topic.bot-reminders]", "[topic.bot-reminder]");
    assert!(problems.contains(&"zh: topic `bot-reminders`: is missing".to_string()));
    assert!(problems
        .iter()
        .any(|p| p.starts_with("zh: topic `bot-reminder`: unknown topic id")));
}

#[test]
fn a_duplicate_topic_is_a_parse_error_with_file_and_line() {
    let problems = problems_after(
        Lang::En,
        "[topic.coverage-5g]",
        "[topic.operators-overview]",
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("en: en/faq.toml line "),
        "{}",
        problems[0]
    );
    assert!(problems[0].contains("duplicate"), "{}", problems[0]);
}

#[test]
fn a_category_must_exist_and_agree_across_languages() {
    let problems = problems_after(Lang::Es, "category = \"operators\"", "category = \"sim\"");
    assert_eq!(
        problems,
        ["es: topic `operators-overview`: category `sim` differs from en `operators`"]
    );
    let problems = problems_after(Lang::En, "category = \"operators\"", "category = \"ops\"");
    assert!(
        problems.contains(&"en: topic `operators-overview`: unknown category `ops`".to_string())
    );
}

#[test]
fn related_topics_must_exist() {
    let problems = problems_after(
        Lang::En,
        "related = [\"topup-overview\"]",
        "related = [\"nope\"]",
    );
    assert_eq!(
        problems,
        ["en: topic `operators-overview`: related topic `nope` does not exist"]
    );
}

#[test]
fn sources_must_be_present_and_links() {
    let problems = problems_after(
        Lang::En,
        "sources = [\"https://www.osiptel.gob.pe/\"]",
        "sources = []",
    );
    assert_eq!(problems, ["en: topic `operators-overview`: no sources"]);
    let problems = problems_after(
        Lang::En,
        "\"https://www.osiptel.gob.pe/\"",
        "\"www.osiptel.gob.pe\"",
    );
    assert_eq!(
        problems,
        ["en: topic `operators-overview`: source `www.osiptel.gob.pe` does not start with http"]
    );
}

#[test]
fn checked_must_be_a_real_date() {
    for bad in ["2026-2-24", "2026-13-01", "2025-02-29", "24/02/2026", ""] {
        let to = format!("checked = \"{bad}\"");
        let problems = problems_after(Lang::En, "checked = \"2026-02-24\"", &to);
        assert_eq!(problems.len(), 1, "{bad}");
    }
    assert!(is_valid_date("2024-02-29"));
}

#[test]
fn a_title_must_be_short_and_present() {
    let long = format!("title = \"{}\"", "t".repeat(41));
    let problems = problems_after(Lang::En, "title = \"operators overview\"", &long);
    assert_eq!(
        problems,
        ["en: topic `operators-overview`: title is 41 characters (max 40)"]
    );
}

#[test]
fn broken_html_in_an_answer_is_reported() {
    let problems = problems_after(Lang::Zh, "Step one &amp; two.", "Step one & two.");
    assert_eq!(
        problems,
        ["zh: topic `operators-overview`: answer HTML: line 2: bare `&` (write &amp;)"]
    );
}

#[test]
fn an_operator_must_be_known_and_agree() {
    let problems = problems_after(Lang::Es, "operator = \"claro\"", "operator = \"entel\"");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("es: topic `claro-topup`: operator"));
    let problems = problems_after(Lang::En, "operator = \"claro\"", "operator = \"tigo\"");
    assert!(problems
        .iter()
        .any(|p| p.contains("unknown operator `tigo`")));
}

#[test]
fn misspelt_fields_and_missing_categories_are_reported() {
    let problems = problems_after(
        Lang::En,
        "keywords = [\"operators overview\"]",
        "keyword = [\"x\"]",
    );
    assert_eq!(
        problems,
        ["en: topic `operators-overview`: unknown field `keyword`"]
    );
    let problems = problems_after(Lang::Es, "bot = \"bot (es)\"", "");
    assert_eq!(problems, ["es: categories: `bot` is missing"]);
    let problems = problems_after(Lang::Es, "language = \"es\"", "language = \"en\"");
    assert_eq!(problems, ["es: language is `en`, expected `es`"]);
}
