//! Validation of the knowledge base: every rule of KB_FORMAT.md that a program can check, each
//! failure reported as one precise line ("es: topic `claro-topup`: answer is 1034 characters
//! (max 900)"). Loading is strict: any problem keeps the knowledge base from loading.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::html;
use super::raw::{parse, RawFile, RawTopic};
use crate::lang::Lang;

/// The 43 topic ids, grouped by category in the order of [`CATEGORY_IDS`].
#[rustfmt::skip]
pub const TOPIC_IDS: [&str; 43] = [
    "operators-overview", "coverage-5g", "mvno-options", "movistar-integratel",
    "prepago-vs-control",
    "buy-sim-tourist", "buy-sim-resident-foreigner", "where-to-buy-sim", "esim-availability",
    "roaming-vs-local", "portability",
    "imei-registration", "imei-block-sms", "imei-check", "lost-stolen-phone",
    "topup-overview", "claro-topup", "movistar-topup", "entel-topup", "bitel-topup",
    "topup-yape-plin-bank", "topup-cash-points", "topup-foreign-card", "topup-from-abroad",
    "topup-card-pin", "topup-alipay-wechat", "topup-official-store", "topup-failed",
    "transfer-balance",
    "balance-check", "data-check", "buy-data-package", "package-validity",
    "data-package-expiry", "balance-expiry", "operator-apps",
    "line-deactivation", "keep-number-abroad", "lines-in-my-name",
    "customer-service-numbers", "osiptel-help", "complaints-deadlines",
    "bot-reminders",
];

/// The 8 category keys, in menu order.
pub const CATEGORY_IDS: [&str; 8] = [
    "operators",
    "sim",
    "imei",
    "topup",
    "balance",
    "line",
    "help",
    "bot",
];

/// Values allowed in a topic's `operator` field.
pub const OPERATORS: [&str; 4] = ["claro", "movistar", "entel", "bitel"];

/// Longest title, in characters (it is a button label).
pub const MAX_TITLE_CHARS: usize = 40;
/// Longest answer, in characters as written (tags included), surrounding blank lines excluded.
pub const MAX_ANSWER_CHARS: usize = 900;

/// One thing wrong with the knowledge base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file (language) it was found in.
    pub lang: Lang,
    /// The topic concerned, if any.
    pub topic: Option<String>,
    /// What is wrong, in one line.
    pub message: String,
}

impl Problem {
    pub(crate) fn file(lang: Lang, message: String) -> Problem {
        Problem {
            lang,
            topic: None,
            message,
        }
    }

    fn topic(lang: Lang, id: &str, message: String) -> Problem {
        Problem {
            lang,
            topic: Some(id.to_owned()),
            message,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.topic {
            Some(id) => write!(f, "{}: topic `{id}`: {}", self.lang, self.message),
            None => write!(f, "{}: {}", self.lang, self.message),
        }
    }
}

/// Checks the three faq.toml sources; an empty list means they would load.
pub fn check(en: &str, es: &str, zh: &str) -> Vec<Problem> {
    let sources = [
        (Lang::En, "en/faq.toml", en),
        (Lang::Es, "es/faq.toml", es),
        (Lang::Zh, "zh/faq.toml", zh),
    ];
    parse_and_check(&sources).1
}

/// Parses every source and checks the ones that parsed; returns the parsed files and all problems.
pub(crate) fn parse_and_check(
    sources: &[(Lang, &str, &str)],
) -> (Vec<(Lang, RawFile)>, Vec<Problem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for &(lang, origin, source) in sources {
        match parse(lang, origin, source) {
            Ok(file) => files.push((lang, file)),
            Err(problem) => problems.push(problem),
        }
    }
    problems.extend(check_files(&files));
    (files, problems)
}

/// All checks on parsed files: each file alone, then the topics across languages.
fn check_files(files: &[(Lang, RawFile)]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (lang, file) in files {
        check_file(*lang, file, &mut problems);
        for (id, topic) in &file.topic.0 {
            check_topic(*lang, id, topic, &mut problems);
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

fn check_topic(lang: Lang, id: &str, topic: &RawTopic, problems: &mut Vec<Problem>) {
    let mut messages = Vec::new();
    if !TOPIC_IDS.contains(&id) {
        messages.push("unknown topic id (not one of the 43 in KB_FORMAT.md)".to_owned());
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
    check_texts(topic, &mut messages);
    check_references(id, topic, &mut messages);
    messages.extend(unknown_fields(topic.unknown.keys(), ""));
    problems.extend(messages.into_iter().map(|m| Problem::topic(lang, id, m)));
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
    let answer = topic.answer.trim().chars().count();
    if answer == 0 {
        messages.push("answer is empty".to_owned());
    } else if answer > MAX_ANSWER_CHARS {
        messages.push(format!(
            "answer is {answer} characters (max {MAX_ANSWER_CHARS})"
        ));
    }
    if let Err(err) = html::validate(&topic.answer) {
        messages.push(format!("answer HTML: {err}"));
    }
}

fn check_references(id: &str, topic: &RawTopic, messages: &mut Vec<String>) {
    // A topic about the bot itself rests on no outside fact; every other answer cites sources.
    if topic.sources.is_empty() && topic.category != "bot" {
        messages.push("no sources".to_owned());
    }
    for source in &topic.sources {
        if !source.starts_with("https://") && !source.starts_with("http://") {
            messages.push(format!("source `{source}` does not start with http"));
        }
    }
    if !is_valid_date(&topic.checked) {
        messages.push(format!(
            "checked `{}` is not a YYYY-MM-DD date",
            topic.checked
        ));
    }
    for related in &topic.related {
        if related == id {
            messages.push("related lists the topic itself".to_owned());
        } else if !TOPIC_IDS.contains(&related.as_str()) {
            messages.push(format!("related topic `{related}` does not exist"));
        }
    }
}

/// A real calendar date written YYYY-MM-DD.
fn is_valid_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return false;
    }
    let (Ok(year), Ok(month), Ok(day)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>())
    else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// Every topic in every language, with the same category and operator everywhere.
fn check_across_languages(files: &[(Lang, RawFile)], problems: &mut Vec<Problem>) {
    let mut first_seen: HashMap<&str, (Lang, &RawTopic)> = HashMap::new();
    for (lang, file) in files {
        let ids: HashSet<&str> = file.topic.0.iter().map(|(id, _)| id.as_str()).collect();
        for missing in TOPIC_IDS.iter().filter(|id| !ids.contains(*id)) {
            problems.push(Problem::topic(*lang, missing, "is missing".to_owned()));
        }
        for (id, topic) in &file.topic.0 {
            let Some(&(ref_lang, reference)) = first_seen.get(id.as_str()) else {
                first_seen.insert(id, (*lang, topic));
                continue;
            };
            if topic.category != reference.category {
                let msg = format!(
                    "category `{}` differs from {ref_lang} `{}`",
                    topic.category, reference.category
                );
                problems.push(Problem::topic(*lang, id, msg));
            }
            if topic.operator != reference.operator {
                let msg = format!(
                    "operator {:?} differs from {ref_lang} {:?}",
                    topic.operator, reference.operator
                );
                problems.push(Problem::topic(*lang, id, msg));
            }
        }
    }
}

#[cfg(test)]
#[path = "check_tests.rs"]
mod tests;
