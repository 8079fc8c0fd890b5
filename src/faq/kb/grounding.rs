//! A topic against the facts it cites: the facts and sources exist, every code, price and long
//! number of the answer is in one of its facts, a caveat is there when a fact is not current,
//! and the message as the reader gets it fits `MAX_ANSWER_CHARS`.

use super::evidence::{appears_in, claims};
use super::facts::Facts;
use super::raw::{RawFact, RawTopic};
use super::rules::MAX_ANSWER_CHARS;
use crate::faq::message::{message_html, visible_chars};
use crate::lang::Lang;

/// Fact statuses a topic may rest on only with a caveat line.
const NEEDS_CAVEAT: [&str; 3] = ["old", "uncertain", "conflict"];

/// Every problem of one topic (in `lang`'s file) with respect to `facts`, one message each.
pub(crate) fn check_grounding(lang: Lang, topic: &RawTopic, facts: &Facts) -> Vec<String> {
    let mut messages = Vec::new();
    let mut cited: Vec<(&str, &RawFact)> = Vec::new();
    for id in &topic.facts {
        match facts.fact(id) {
            Some(fact) => cited.push((id, fact)),
            None => messages.push(format!("fact `{id}` is not in facts.toml")),
        }
    }
    for url in topic.sources.iter().filter(|url| !facts.has_url(url)) {
        messages.push(format!(
            "source `{url}` is not the url of a source in facts.toml"
        ));
    }
    let needs_caveat = |fact: &RawFact| NEEDS_CAVEAT.contains(&fact.status.as_str());
    let not_current = cited.iter().find(|(_, fact)| needs_caveat(fact));
    if let Some((id, fact)) = not_current.filter(|_| topic.caveat.trim().is_empty()) {
        messages.push(format!(
            "caveat is required: fact `{id}` is {}",
            fact.status
        ));
    }
    let ids: Vec<&str> = cited.iter().map(|(id, _)| *id).collect();
    let ids = if ids.is_empty() {
        "it cites none".to_owned()
    } else {
        ids.join(", ")
    };
    for claim in claims(&topic.answer) {
        if !cited.iter().any(|(_, fact)| appears_in(&claim, &fact.text)) {
            messages.push(format!("answer has `{claim}` in no cited fact ({ids})"));
        }
    }
    let checked = facts.oldest_checked(&topic.facts).unwrap_or_default();
    let message = message_html(&topic.answer, &topic.caveat, &topic.sources, &checked, lang);
    let read = visible_chars(&message);
    if read > MAX_ANSWER_CHARS {
        messages.push(format!(
            "answer as the reader gets it (text, caveat, sources, checked line) is {read} \
             characters (max {MAX_ANSWER_CHARS})"
        ));
    }
    messages
}
