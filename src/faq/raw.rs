//! The `locales/<lang>/faq.toml` file exactly as written, before any checking, and its parser.
//!
//! Fields default to empty so a missing one becomes a precise `check` problem instead of a bare
//! parse error; unknown fields are collected so a misspelt key is reported, not ignored.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::check::Problem;
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
    pub title: String,
    #[serde(default)]
    pub questions: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub answer: String,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub checked: String,
    #[serde(default)]
    pub related: Vec<String>,
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

/// Parses one faq.toml; `origin` names the file in the problem (e.g. "locales/es/faq.toml").
/// TOML itself rejects duplicate keys, so a topic defined twice surfaces here, with its line.
pub(crate) fn parse(lang: Lang, origin: &str, source: &str) -> Result<RawFile, Problem> {
    toml::from_str(source).map_err(|err| {
        let place = match err.span() {
            Some(span) => format!("{origin} line {}", line_of(source, span.start)),
            None => origin.to_owned(),
        };
        Problem::file(lang, format!("{place}: {}", err.message().trim()))
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
        let file = parse(Lang::En, "en/faq.toml", src).unwrap();
        let ids: Vec<&str> = file.topic.0.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["zeta", "alpha", "mid"]);
    }

    #[test]
    fn a_duplicate_topic_is_reported_with_file_and_line() {
        let src = "language = \"es\"\n\n[topic.a]\ntitle = \"A\"\n\n[topic.a]\ntitle = \"B\"\n";
        let problem = parse(Lang::Es, "locales/es/faq.toml", src).unwrap_err();
        let line = problem.to_string();
        assert!(
            line.starts_with("es: locales/es/faq.toml line 6: "),
            "{line}"
        );
        assert!(line.contains("duplicate"), "{line}");
    }

    #[test]
    fn unknown_fields_are_collected_not_rejected() {
        let src = "colour = 1\n[topic.a]\nkeyword = [\"x\"]\n";
        let file = parse(Lang::En, "en/faq.toml", src).unwrap();
        assert!(file.unknown.contains_key("colour"));
        assert!(file.topic.0[0].1.unknown.contains_key("keyword"));
    }

    #[test]
    fn a_wrong_type_is_a_parse_problem_with_a_line() {
        let src = "[topic.a]\ntitle = \"A\"\nchecked = 2026-02-24\n";
        let problem = parse(Lang::En, "en/faq.toml", src).unwrap_err();
        assert!(problem.to_string().contains("line 3"), "{problem}");
    }
}
