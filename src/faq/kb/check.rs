//! Validation of the knowledge base: every rule of docs/knowledge-base.md that a program can
//! check, each failure reported as one precise line naming the file, the topic and the value
//! ("es/faq.toml: topic `claro-topup`: answer has `*515#` in no cited fact"). Loading is
//! strict: any problem keeps the knowledge base from loading. The topic list is data: any id
//! present in all three files is a topic; only the categories (menu structure) are code.

use std::collections::{HashMap, HashSet};

use super::evidence::research_note;
use super::facts::{check_facts, Facts};
use super::grounding::check_grounding;
use super::html;
use super::problem::Problem;
use super::raw::{parse, parse_facts, RawFile, RawTopic};
use super::rules::{
    is_topic_id, BOT_CATEGORY, CATEGORY_IDS, MAX_CAVEAT_CHARS, MAX_TITLE_CHARS, MAX_TOPIC_ID_BYTES,
    OFFERS, OPERATORS,
};
use crate::lang::Lang;

/// Checks facts.toml and the three faq.toml sources; an empty list means they would load.
pub fn check(facts: &str, en: &str, es: &str, zh: &str) -> Vec<Problem> {
    let sources = [(Lang::En, en), (Lang::Es, es), (Lang::Zh, zh)];
    parse_and_check(Some(facts), &sources).problems
}

/// The files as parsed, and everything wrong with them.
pub(crate) struct Parsed {
    /// facts.toml, when given and parsed.
    pub facts: Option<Facts>,
    /// The faq.toml files that parsed.
    pub files: Vec<(Lang, RawFile)>,
    /// Whether every file given parsed.
    pub complete: bool,
    pub problems: Vec<Problem>,
}

/// Parses every source and checks what parsed. Without `facts` (an unchecked base for
/// experiments) the rules that need facts are skipped.
pub(crate) fn parse_and_check(facts: Option<&str>, sources: &[(Lang, &str)]) -> Parsed {
    let mut problems = Vec::new();
    let mut complete = true;
    let facts = facts.and_then(|text| match parse_facts(text) {
        Ok(raw) => {
            problems.extend(check_facts(&raw));
            Some(Facts::new(raw))
        }
        Err(problem) => {
            problems.push(problem);
            complete = false;
            None
        }
    });
    let mut files = Vec::new();
    for &(lang, source) in sources {
        match parse(lang, source) {
            Ok(file) => files.push((lang, file)),
            Err(problem) => {
                problems.push(problem);
                complete = false;
            }
        }
    }
    problems.extend(check_files(&files, facts.as_ref()));
    Parsed {
        facts,
        files,
        complete,
        problems,
    }
}

/// All checks on parsed files: each file alone, then the topics across languages.
fn check_files(files: &[(Lang, RawFile)], facts: Option<&Facts>) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (lang, file) in files {
        check_file(*lang, file, &mut problems);
        let ids: HashSet<&str> = file.topic.0.iter().map(|(id, _)| id.as_str()).collect();
        for (id, topic) in &file.topic.0 {
            let mut messages = check_topic(id, topic, &ids);
            if let Some(facts) = facts {
                messages.extend(check_grounding(*lang, topic, facts));
            }
            problems.extend(messages.into_iter().map(|m| Problem::topic(*lang, id, m)));
        }
    }
    check_across_languages(files, &mut problems);
    problems
}

fn unknown_fields<'a>(fields: impl IntoIterator<Item = &'a String>, place: &str) -> Vec<String> {
    fields
        .into_iter()
        .map(|name| format!("{place}unknown field `{name}`"))
        .collect()
}

fn check_file(lang: Lang, file: &RawFile, problems: &mut Vec<Problem>) {
    let mut messages = Vec::new();
    if file.language != lang.code() {
        messages.push(format!(
            "language is `{}`, expected `{lang}`",
            file.language
        ));
    }
    for id in CATEGORY_IDS {
        match file.categories.get(id).map(|label| label.trim()) {
            None => messages.push(format!("categories: `{id}` is missing")),
            Some("") => messages.push(format!("categories: `{id}` has an empty label")),
            Some(_) => {}
        }
    }
    for id in file
        .categories
        .keys()
        .filter(|k| !CATEGORY_IDS.contains(&k.as_str()))
    {
        messages.push(format!("categories: unknown category `{id}`"));
    }
    for (n, group) in file.synonyms.groups.iter().enumerate() {
        if group.iter().any(|entry| entry.trim().is_empty()) {
            messages.push(format!("synonyms: group {} has an empty entry", n + 1));
        }
    }
    messages.extend(unknown_fields(file.unknown.keys(), ""));
    messages.extend(unknown_fields(file.synonyms.unknown.keys(), "synonyms: "));
    messages.extend(unknown_fields(file.smalltalk.unknown.keys(), "smalltalk: "));
    problems.extend(messages.into_iter().map(|m| Problem::file(lang, m)));
}

fn check_topic(id: &str, topic: &RawTopic, ids: &HashSet<&str>) -> Vec<String> {
    let mut messages = Vec::new();
    if !is_topic_id(id) {
        messages.push(format!(
            "id must be lowercase a-z, 0-9 and '-', at most {MAX_TOPIC_ID_BYTES} bytes"
        ));
    }
    if !CATEGORY_IDS.contains(&topic.category.as_str()) {
        messages.push(format!("unknown category `{}`", topic.category));
    }
    if let Some(op) = topic
        .operator
        .as_deref()
        .filter(|op| !OPERATORS.contains(op))
    {
        messages.push(format!(
            "unknown operator `{op}` (claro, movistar, entel or bitel)"
        ));
    }
    for offer in topic
        .offers
        .iter()
        .filter(|o| !OFFERS.contains(&o.as_str()))
    {
        messages.push(format!(
            "unknown offer `{offer}` (topup-guide or line-tracking)"
        ));
    }
    check_texts(topic, &mut messages);
    check_references(id, topic, ids, &mut messages);
    messages.extend(unknown_fields(topic.unknown.keys(), ""));
    messages
}

fn check_texts(topic: &RawTopic, messages: &mut Vec<String>) {
    let title = topic.title.trim().chars().count();
    if title == 0 {
        messages.push("title is empty".to_owned());
    } else if title > MAX_TITLE_CHARS {
        messages.push(format!(
            "title is {title} characters (max {MAX_TITLE_CHARS})"
        ));
    }
    if topic.questions.iter().all(|q| q.trim().is_empty()) {
        messages.push("no questions".to_owned());
    }
    if topic.answer.trim().is_empty() {
        messages.push("answer is empty".to_owned());
    }
    if let Err(err) = html::validate(&topic.answer) {
        messages.push(format!("answer HTML: {err}"));
    }
    if let Some(note) = research_note(&topic.answer) {
        messages.push(format!(
            "answer cites a source kind in the text (`{note}`); move it to the caveat"
        ));
    }
    let caveat = topic.caveat.trim();
    if caveat.contains('\n') {
        messages.push("caveat is more than one line".to_owned());
    }
    let caveat_chars = caveat.chars().count();
    if caveat_chars > MAX_CAVEAT_CHARS {
        messages.push(format!(
            "caveat is {caveat_chars} characters (max {MAX_CAVEAT_CHARS})"
        ));
    }
    if caveat.contains('<') {
        messages.push("caveat contains `<` (it is plain text, no HTML)".to_owned());
    }
}

fn check_references(id: &str, topic: &RawTopic, ids: &HashSet<&str>, messages: &mut Vec<String>) {
    // A topic about the bot itself rests on no outside fact; every other answer cites both the
    // facts it rests on and their sources.
    if topic.category != BOT_CATEGORY {
        if topic.facts.is_empty() {
            messages.push("no facts".to_owned());
        }
        if topic.sources.is_empty() {
            messages.push("no sources".to_owned());
        }
    }
    for related in &topic.related {
        if related == id {
            messages.push("related lists the topic itself".to_owned());
        } else if !ids.contains(related.as_str()) {
            messages.push(format!("related topic `{related}` does not exist"));
        }
    }
}

/// Every topic in every language, with the same category, operator and facts everywhere.
fn check_across_languages(files: &[(Lang, RawFile)], problems: &mut Vec<Problem>) {
    let mut first_seen: HashMap<&str, (Lang, &RawTopic)> = HashMap::new();
    for (lang, file) in files {
        for (id, topic) in &file.topic.0 {
            let Some(&(ref_lang, reference)) = first_seen.get(id.as_str()) else {
                first_seen.insert(id, (*lang, topic));
                continue;
            };
            for message in differences(topic, reference, ref_lang) {
                problems.push(Problem::topic(*lang, id, message));
            }
        }
    }
    for (lang, file) in files {
        let ids: HashSet<&str> = file.topic.0.iter().map(|(id, _)| id.as_str()).collect();
        let mut missing: Vec<(&str, Lang)> = first_seen
            .iter()
            .filter(|(id, _)| !ids.contains(*id))
            .map(|(id, (seen, _))| (*id, *seen))
            .collect();
        missing.sort();
        for (id, seen) in missing {
            let message = format!("is missing (it is in {seen}/faq.toml)");
            problems.push(Problem::topic(*lang, id, message));
        }
    }
}

fn differences(topic: &RawTopic, reference: &RawTopic, ref_lang: Lang) -> Vec<String> {
    let mut messages = Vec::new();
    if topic.category != reference.category {
        messages.push(format!(
            "category `{}` differs from {ref_lang} `{}`",
            topic.category, reference.category
        ));
    }
    if topic.operator != reference.operator {
        messages.push(format!(
            "operator {:?} differs from {ref_lang} {:?}",
            topic.operator, reference.operator
        ));
    }
    if topic.offers != reference.offers {
        messages.push(format!(
            "offers {:?} differ from {ref_lang} {:?}",
            topic.offers, reference.offers
        ));
    }
    let sorted = |ids: &[String]| {
        let mut ids = ids.to_vec();
        ids.sort();
        ids
    };
    if sorted(&topic.facts) != sorted(&reference.facts) {
        messages.push(format!(
            "facts {:?} differ from {ref_lang} {:?}",
            topic.facts, reference.facts
        ));
    }
    messages
}

#[cfg(test)]
mod tests;
