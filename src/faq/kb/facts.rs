//! locales/facts.toml, checked: the sources every answer cites and the facts it rests on, with
//! their status (current, old, uncertain, conflict) and the date they were last checked. A
//! topic's "Facts last checked" date is derived here: the oldest date among its facts.

use std::collections::{BTreeMap, HashMap};

use super::problem::Problem;
use super::raw::{RawFact, RawFacts};

/// Values allowed in a source's `kind`.
pub const SOURCE_KINDS: [&str; 6] = ["official", "regulator", "press", "blog", "forum", "other"];
/// Values allowed in a fact's `status`; every one but `current` needs a caveat on the topic.
pub const FACT_STATUSES: [&str; 4] = ["current", "old", "uncertain", "conflict"];

/// The facts file, parsed (checked or not: lookups simply miss what is absent).
#[derive(Debug, Clone, Default)]
pub(crate) struct Facts {
    checked: String,
    facts: BTreeMap<String, RawFact>,
    /// Source id by URL.
    urls: HashMap<String, String>,
}

impl Facts {
    pub(crate) fn new(raw: RawFacts) -> Facts {
        let urls = raw
            .source
            .iter()
            .map(|(id, source)| (source.url.clone(), id.clone()))
            .collect();
        Facts {
            checked: raw.checked,
            facts: raw.fact,
            urls,
        }
    }

    /// The fact with this id.
    pub(crate) fn fact(&self, id: &str) -> Option<&RawFact> {
        self.facts.get(id)
    }

    /// Whether some `[source.*]` has exactly this URL.
    pub(crate) fn has_url(&self, url: &str) -> bool {
        self.urls.contains_key(url)
    }

    /// When a fact was last checked: its own date, else the file's.
    fn checked_of<'a>(&'a self, fact: &'a RawFact) -> &'a str {
        fact.checked.as_deref().unwrap_or(&self.checked)
    }

    /// The date shown as "Facts last checked" for a topic citing `ids`: the oldest among them
    /// (ISO dates sort as text); `None` when it cites none that exist.
    pub(crate) fn oldest_checked(&self, ids: &[String]) -> Option<String> {
        ids.iter()
            .filter_map(|id| self.fact(id))
            .map(|fact| self.checked_of(fact))
            .min()
            .map(str::to_owned)
    }
}

/// Every rule of the facts file on its own: dates, kinds, statuses, texts and references.
pub(crate) fn check_facts(raw: &RawFacts) -> Vec<Problem> {
    let mut messages = Vec::new();
    if !is_valid_date(&raw.checked) {
        messages.push(format!(
            "checked `{}` is not a YYYY-MM-DD date",
            raw.checked
        ));
    }
    let mut seen_urls: HashMap<&str, &str> = HashMap::new();
    for (id, source) in &raw.source {
        let place = format!("source `{id}`");
        let is_link = source.url.starts_with("https://") || source.url.starts_with("http://");
        if !is_link || source.url.contains(char::is_whitespace) {
            messages.push(format!(
                "{place}: url `{}` is not one http(s) link",
                source.url
            ));
        }
        if let Some(first) = seen_urls.insert(&source.url, id) {
            messages.push(format!(
                "{place}: url `{}` is also source `{first}`",
                source.url
            ));
        }
        if !is_partial_date(&source.date) {
            let date = &source.date;
            messages.push(format!(
                "{place}: date `{date}` is not YYYY-MM-DD, YYYY-MM, YYYY or \"\""
            ));
        }
        if !SOURCE_KINDS.contains(&source.kind.as_str()) {
            let kinds = SOURCE_KINDS.join(", ");
            messages.push(format!(
                "{place}: kind `{}` is not one of {kinds}",
                source.kind
            ));
        }
        messages.extend(unknown(&place, source.unknown.keys()));
    }
    for (id, fact) in &raw.fact {
        check_fact(raw, id, fact, &mut messages);
    }
    messages.extend(unknown("file", raw.unknown.keys()));
    messages.into_iter().map(Problem::facts).collect()
}

fn check_fact(raw: &RawFacts, id: &str, fact: &RawFact, messages: &mut Vec<String>) {
    let place = format!("fact `{id}`");
    if fact.text.trim().is_empty() {
        messages.push(format!("{place}: text is empty"));
    }
    // A fact with no source can only record that no source says something.
    if fact.sources.is_empty() && fact.status != "uncertain" {
        messages.push(format!(
            "{place}: no sources (only an uncertain fact may have none)"
        ));
    }
    for source in fact.sources.iter().filter(|s| !raw.source.contains_key(*s)) {
        messages.push(format!("{place}: source `{source}` does not exist"));
    }
    if !FACT_STATUSES.contains(&fact.status.as_str()) {
        let statuses = FACT_STATUSES.join(", ");
        messages.push(format!(
            "{place}: status `{}` is not one of {statuses}",
            fact.status
        ));
    }
    if let Some(checked) = fact.checked.as_deref().filter(|d| !is_valid_date(d)) {
        messages.push(format!(
            "{place}: checked `{checked}` is not a YYYY-MM-DD date"
        ));
    }
    messages.extend(unknown(&place, fact.unknown.keys()));
}

fn unknown<'a>(place: &'a str, keys: impl Iterator<Item = &'a String> + 'a) -> Vec<String> {
    keys.map(|key| format!("{place}: unknown field `{key}`"))
        .collect()
}

/// A publication date as a fact sheet gives it: YYYY-MM-DD, YYYY-MM, YYYY, or "" (undated).
fn is_partial_date(text: &str) -> bool {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match text.len() {
        0 => true,
        4 => digits(text, 4),
        7 => is_valid_date(&format!("{text}-01")),
        _ => is_valid_date(text),
    }
}

/// A real calendar date written YYYY-MM-DD.
pub(crate) fn is_valid_date(text: &str) -> bool {
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
