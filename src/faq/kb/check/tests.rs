//! Tests of the knowledge-base checks, one rule at a time, on the valid fixture with one edit:
//! each rule has a failing case (the exact line reported) and the fixture as its passing case.

use super::*;
use crate::faq::fixture;
use crate::faq::kb::facts::is_valid_date;

/// Which file of the fixture to edit.
#[derive(Clone, Copy)]
enum File {
    Facts,
    Faq(Lang),
}

/// Problems after replacing the first `from` by `to` in one file.
fn problems_after(file: File, from: &str, to: &str) -> Vec<String> {
    problems_after_all(file, &[(from, to)])
}

/// Problems after several replacements in one file.
fn problems_after_all(file: File, edits: &[(&str, &str)]) -> Vec<String> {
    let [mut en, mut es, mut zh] = fixture::sources();
    let mut facts = fixture::FACTS.to_owned();
    let text = match file {
        File::Facts => &mut facts,
        File::Faq(Lang::En) => &mut en,
        File::Faq(Lang::Es) => &mut es,
        File::Faq(Lang::Zh) => &mut zh,
    };
    for (from, to) in edits {
        assert!(text.contains(from), "fixture lacks {from:?}");
        *text = text.replacen(from, to, 1);
    }
    check(&facts, &en, &es, &zh)
        .iter()
        .map(ToString::to_string)
        .collect()
}

const EN: File = File::Faq(Lang::En);
const ES: File = File::Faq(Lang::Es);
const ZH: File = File::Faq(Lang::Zh);
const GENERIC_ANSWER: &str = "• Step one &amp; two.";

/// The rules that tie an answer to its facts: codes, prices and numbers, caveats, research notes.
mod grounding;

#[test]
fn the_fixture_has_no_problems() {
    let [en, es, zh] = fixture::sources();
    assert_eq!(check(fixture::FACTS, &en, &es, &zh), []);
}

// Rule 1: facts and sources exist, statuses and dates are valid.

#[test]
fn a_topic_citing_a_fact_that_does_not_exist_is_reported() {
    let problems = problems_after(ES, "facts = [\"F1\", \"F2\"]", "facts = [\"F1\", \"F9\"]");
    assert!(
        problems
            .contains(&"es/faq.toml: topic `claro-topup`: fact `F9` is not in facts.toml".into()),
        "{problems:?}"
    );
}

#[test]
fn a_topic_source_must_be_a_source_url_of_facts_toml() {
    let problems = problems_after(
        EN,
        "sources = [\"https://www.osiptel.gob.pe/\"]",
        "sources = [\"https://www.osiptel.gob.pe/other\"]",
    );
    assert_eq!(
        problems,
        [
            "en/faq.toml: topic `operators-overview`: source `https://www.osiptel.gob.pe/other` \
          is not the url of a source in facts.toml"
        ]
    );
}

#[test]
fn a_topic_outside_the_bot_category_needs_facts_and_sources() {
    let problems = problems_after(EN, "facts = [\"F1\"]", "facts = []");
    assert_eq!(
        problems,
        [
            "en/faq.toml: topic `operators-overview`: no facts",
            "es/faq.toml: topic `operators-overview`: facts [\"F1\"] differ from en []",
            "zh/faq.toml: topic `operators-overview`: facts [\"F1\"] differ from en []",
        ]
    );
    let problems = problems_after(
        EN,
        "sources = [\"https://www.osiptel.gob.pe/\"]",
        "sources = []",
    );
    assert_eq!(
        problems,
        ["en/faq.toml: topic `operators-overview`: no sources"]
    );
}

#[test]
fn facts_must_cite_existing_sources_with_a_known_status_and_text() {
    let problems = problems_after_all(
        File::Facts,
        &[
            ("sources = [\"S1\"]", "sources = [\"S7\"]"),
            ("sources = [\"S2\"]", "sources = []"),
            ("status = \"current\"", "status = \"fresh\""),
            ("OSIPTEL regulates Peru's four operators.", ""),
        ],
    );
    assert_eq!(
        problems,
        [
            "facts.toml: fact `F1`: text is empty",
            "facts.toml: fact `F1`: source `S7` does not exist",
            "facts.toml: fact `F1`: status `fresh` is not one of current, old, uncertain, conflict",
            "facts.toml: fact `F2`: no sources (only an uncertain fact may have none)",
        ]
    );
    // An uncertain fact may rest on no source: it records that none says so.
    let problems = problems_after(File::Facts, "sources = [\"S3\"]", "sources = []");
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn sources_need_one_https_url_a_known_kind_and_a_sheet_date() {
    let extra = "[source.S8]\nurl = \"www.osiptel.gob.pe\"\ndate = \"\"\nkind = \"other\"\n\n\
                 [source.S9]\nurl = \"https://www.osiptel.gob.pe/\"\ndate = \"\"\nkind = \"other\"\n\n\
                 [fact.F1]";
    let problems = problems_after_all(
        File::Facts,
        &[
            ("[fact.F1]", extra),
            ("kind = \"official\"", "kind = \"gossip\""),
            ("date = \"2025-10-30\"", "date = \"2025-13\""),
        ],
    );
    assert_eq!(
        problems,
        [
            "facts.toml: source `S1`: date `2025-13` is not YYYY-MM-DD, YYYY-MM, YYYY or \"\"",
            "facts.toml: source `S2`: kind `gossip` is not one of official, regulator, press, \
             blog, forum, other",
            "facts.toml: source `S8`: url `www.osiptel.gob.pe` is not one http(s) link",
            "facts.toml: source `S9`: url `https://www.osiptel.gob.pe/` is also source `S1`",
        ]
    );
    for date in ["", "2025", "2025-10", "2025-10-30"] {
        let to = format!("date = \"{date}\"");
        let problems = problems_after(File::Facts, "date = \"2025-10-30\"", &to);
        assert_eq!(problems, Vec::<String>::new());
    }
}

#[test]
fn checked_dates_must_be_real_dates() {
    for bad in ["2026-2-24", "2026-13-01", "2025-02-29", "24/02/2026", ""] {
        let to = format!("checked = \"{bad}\"");
        let problems = problems_after(File::Facts, "checked = \"2026-02-24\"", &to);
        assert_eq!(
            problems,
            [format!(
                "facts.toml: checked `{bad}` is not a YYYY-MM-DD date"
            )]
        );
        let problems = problems_after(File::Facts, "checked = \"2026-03-10\"", &to);
        assert_eq!(
            problems,
            [format!(
                "facts.toml: fact `F3`: checked `{bad}` is not a YYYY-MM-DD date"
            )]
        );
    }
    assert!(is_valid_date("2024-02-29"));
}

#[test]
fn a_topic_still_carrying_checked_is_told_the_field_is_gone() {
    let problems = problems_after(
        EN,
        "facts = [\"F1\"]",
        "facts = [\"F1\"]\nchecked = \"2026-02-24\"",
    );
    assert_eq!(
        problems,
        ["en/faq.toml: topic `operators-overview`: unknown field `checked`"]
    );
}

// Rule 2: every code, price and long number is in a cited fact.

#[test]
fn the_length_rule_counts_what_the_reader_sees_not_the_tags() {
    // 880 visible characters of answer plus the sources and checked lines pass 900 ...
    let long = format!("• {}", "x".repeat(880));
    let problems = problems_after(EN, GENERIC_ANSWER, &long);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with(
            "en/faq.toml: topic `operators-overview`: answer as the reader gets it (text, \
             caveat, sources, checked line) is 9"
        ),
        "{}",
        problems[0]
    );
    // ... while tags, however many, count for nothing.
    let tagged = format!("• {}", "<b>x</b>".repeat(200));
    assert_eq!(
        problems_after(EN, GENERIC_ANSWER, &tagged),
        Vec::<String>::new()
    );
}

// Rule 6: the topic list is data.

#[test]
fn a_topic_missing_in_one_language_is_reported_in_both_directions() {
    let problems = problems_after(ZH, "[topic.bot-reminders]", "[topic.bot-reminder]");
    assert_eq!(
        problems,
        [
            "en/faq.toml: topic `bot-reminder`: is missing (it is in zh/faq.toml)",
            "es/faq.toml: topic `bot-reminder`: is missing (it is in zh/faq.toml)",
            "zh/faq.toml: topic `bot-reminders`: is missing (it is in en/faq.toml)",
        ]
    );
}

#[test]
fn a_topic_id_must_be_fit_for_a_button() {
    let renamed = |to: &str| {
        let edit = ("[topic.bot-reminders]", to);
        let [mut en, mut es, mut zh] = fixture::sources();
        for text in [&mut en, &mut es, &mut zh] {
            *text = text.replacen(edit.0, edit.1, 1);
        }
        check(fixture::FACTS, &en, &es, &zh)
    };
    assert_eq!(renamed("[topic.bot-help-2]"), []);
    let long = format!("[topic.{}]", "b".repeat(crate::faq::MAX_TOPIC_ID_BYTES + 1));
    for bad in ["[topic.Bot_Reminders]", long.as_str()] {
        let problems = renamed(bad);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0]
            .message
            .starts_with("id must be lowercase a-z, 0-9 and '-'"));
    }
}

#[test]
fn a_duplicate_topic_is_a_parse_error_with_file_and_line() {
    let problems = problems_after(EN, "[topic.coverage-5g]", "[topic.operators-overview]");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("en/faq.toml: line "),
        "{}",
        problems[0]
    );
    assert!(problems[0].contains("duplicate"), "{}", problems[0]);
}

#[test]
fn a_category_must_exist_and_agree_across_languages() {
    let problems = problems_after(ES, "category = \"operators\"", "category = \"sim\"");
    assert_eq!(
        problems,
        ["es/faq.toml: topic `operators-overview`: category `sim` differs from en `operators`"]
    );
    let problems = problems_after(EN, "category = \"operators\"", "category = \"ops\"");
    assert!(problems
        .contains(&"en/faq.toml: topic `operators-overview`: unknown category `ops`".to_string()));
}

#[test]
fn related_topics_must_exist() {
    let problems = problems_after(EN, "related = [\"topup-overview\"]", "related = [\"nope\"]");
    assert_eq!(
        problems,
        ["en/faq.toml: topic `operators-overview`: related topic `nope` does not exist"]
    );
}

#[test]
fn a_title_must_be_short_and_present() {
    let long = format!("title = \"{}\"", "t".repeat(41));
    let problems = problems_after(EN, "title = \"operators overview\"", &long);
    assert_eq!(
        problems,
        ["en/faq.toml: topic `operators-overview`: title is 41 characters (max 40)"]
    );
}

#[test]
fn broken_html_in_an_answer_is_reported() {
    let problems = problems_after(ZH, "Step one &amp; two.", "Step one & two.");
    assert_eq!(
        problems,
        ["zh/faq.toml: topic `operators-overview`: answer HTML: line 2: bare `&` (write &amp;)"]
    );
}

#[test]
fn an_operator_must_be_known_and_agree() {
    let problems = problems_after(ES, "operator = \"claro\"", "operator = \"entel\"");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("es/faq.toml: topic `claro-topup`: operator"));
    let problems = problems_after(EN, "operator = \"claro\"", "operator = \"tigo\"");
    assert!(problems
        .iter()
        .any(|p| p.contains("unknown operator `tigo`")));
}

#[test]
fn misspelt_fields_and_missing_categories_are_reported() {
    let problems = problems_after(
        EN,
        "keywords = [\"operators overview\"]",
        "keyword = [\"x\"]",
    );
    assert_eq!(
        problems,
        ["en/faq.toml: topic `operators-overview`: unknown field `keyword`"]
    );
    let problems = problems_after(ES, "bot = \"bot (es)\"", "");
    assert_eq!(problems, ["es/faq.toml: categories: `bot` is missing"]);
    let problems = problems_after(ES, "language = \"es\"", "language = \"en\"");
    assert_eq!(problems, ["es/faq.toml: language is `en`, expected `es`"]);
    let problems = problems_after(
        File::Facts,
        "kind = \"blog\"",
        "kind = \"blog\"\nauthor = \"x\"",
    );
    assert_eq!(
        problems,
        ["facts.toml: source `S3`: unknown field `author`"]
    );
}
