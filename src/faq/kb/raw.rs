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
mod tests;
