//! The knowledge base's files exactly as written, before any checking, and their parser:
//! `locales/<lang>/faq.toml` (topics) and `locales/facts.toml` (the facts and sources they rest on).
//!
//! Fields default to empty so a missing one becomes a precise `check` problem instead of a bare
//! parse error; unknown fields are collected so a misspelt key is reported, not ignored.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::problem::Problem;
use crate::lang::Lang;

/// One language's faq.toml.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct RawFile {
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub categories: BTreeMap<String, String>,
    #[serde(default)]
    pub synonyms: RawSynonyms,
    #[serde(default)]
    pub smalltalk: RawSmallTalk,
    #[serde(default)]
    pub topic: OrderedTopics,
    #[serde(flatten)]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// `[synonyms]`: groups of words and phrases that mean the same thing.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct RawSynonyms {
    #[serde(default)]
    pub groups: Vec<Vec<String>>,
    #[serde(flatten)]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// `[smalltalk]`: whole messages that are not questions.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct RawSmallTalk {
    #[serde(default)]
    pub greetings: Vec<String>,
    #[serde(default)]
    pub thanks: Vec<String>,
    #[serde(default)]
    pub other: Vec<String>,
    #[serde(flatten)]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// One `[topic.<id>]` table.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct RawTopic {
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub operator: Option<String>,
    #[serde(default)]
    pub offers: Vec<String>,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub questions: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub answer: String,
    #[serde(default)]
    pub caveat: String,
    #[serde(default)]
    pub facts: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(flatten)]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// locales/facts.toml: the sources and facts every answer rests on, and when they were checked.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct RawFacts {
    #[serde(default)]
    pub checked: String,
    #[serde(default)]
    pub source: BTreeMap<String, RawSource>,
    #[serde(default)]
    pub fact: BTreeMap<String, RawFact>,
    #[serde(flatten)]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// One `[source.<id>]`: a page a fact rests on.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct RawSource {
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub kind: String,
    #[serde(flatten)]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// One `[fact.<id>]`: a statement an answer may rest on, with its sources.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct RawFact {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub checked: Option<String>,
    #[serde(flatten)]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// The `[topic.*]` tables in file order (a map would sort them by id).
#[derive(Debug, Clone, Default)]
pub(crate) struct OrderedTopics(pub Vec<(String, RawTopic)>);

impl<'de> Deserialize<'de> for OrderedTopics {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TopicsVisitor;
        impl<'de> Visitor<'de> for TopicsVisitor {
            type Value = OrderedTopics;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a table of topics")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut topics = Vec::new();
                while let Some((id, topic)) = map.next_entry::<String, RawTopic>()? {
                    topics.push((id, topic));
                }
                Ok(OrderedTopics(topics))
            }
        }
        deserializer.deserialize_map(TopicsVisitor)
    }
}

/// Parses one faq.toml. TOML itself rejects duplicate keys, so a topic defined twice surfaces
/// here, with its line.
pub(crate) fn parse(lang: Lang, source: &str) -> Result<RawFile, Problem> {
    from_toml(source).map_err(|message| Problem::file(lang, message))
}

/// Parses facts.toml.
pub(crate) fn parse_facts(source: &str) -> Result<RawFacts, Problem> {
    from_toml(source).map_err(Problem::facts)
}

fn from_toml<T: serde::de::DeserializeOwned>(source: &str) -> Result<T, String> {
    toml::from_str(source).map_err(|err| match err.span() {
        Some(span) => format!(
            "line {}: {}",
            line_of(source, span.start),
            err.message().trim()
        ),
        None => err.message().trim().to_owned(),
    })
}

/// 1-based line number of a byte offset.
fn line_of(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    source.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
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
}
