//! Measuring the matcher on labelled questions: the sets' file format, the per-language tally
//! (answered right, answered wrong, right topic first / in the top 3, out-of-scope kept out) and
//! its table. Used by `recarga eval`, `recarga tune` and the held-out test.
//!
//! A set is TOML: `[[q]] lang = "zh" text = "…" topic = "claro-topup"`, `topic = "none"` for a
//! question out of scope.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;

use super::decide::outcome::{Decision, Outcome};
use super::matcher::Matcher;
use crate::lang::Lang;

/// One labelled question.
#[derive(Debug, Clone, Deserialize)]
pub struct Labelled {
    pub lang: Lang,
    pub text: String,
    /// Expected topic id, or "none" when out of scope.
    pub topic: String,
}

impl Labelled {
    /// Whether the question is out of scope.
    pub fn out_of_scope(&self) -> bool {
        self.topic == "none"
    }
}

#[derive(Deserialize)]
struct SetFile {
    q: Vec<Labelled>,
}

/// Reads one labelled set.
pub fn load_set(path: &Path) -> anyhow::Result<Vec<Labelled>> {
    let text =
        std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let set: SetFile =
        toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(set.q)
}

/// Counts for one language.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub in_scope: usize,
    pub right: usize,
    pub wrong: usize,
    pub top1: usize,
    pub top3: usize,
    pub out_of_scope: usize,
    pub kept_out: usize,
}

impl Tally {
    /// Adds one question's outcome; returns whether it went as it should.
    pub fn add(&mut self, expected: &str, outcome: &Outcome) -> bool {
        let answered = outcome.decision == Decision::Answer;
        if expected == "none" {
            self.out_of_scope += 1;
            self.kept_out += usize::from(!answered);
            return !answered;
        }
        self.in_scope += 1;
        let first = outcome.topic.as_deref() == Some(expected);
        self.right += usize::from(answered && first);
        self.wrong += usize::from(answered && !first);
        self.top1 += usize::from(first);
        let in_top3 = first || outcome.alternatives.iter().take(2).any(|a| a == expected);
        self.top3 += usize::from(in_top3);
        answered && first
    }

    /// Percentages: right, wrong, top-1, top-3 (of in-scope), kept out (of out-of-scope).
    pub fn rates(&self) -> Rates {
        let pct = |n: usize, d: usize| 100.0 * n as f64 / d.max(1) as f64;
        Rates {
            right: pct(self.right, self.in_scope),
            wrong: pct(self.wrong, self.in_scope),
            top1: pct(self.top1, self.in_scope),
            top3: pct(self.top3, self.in_scope),
            kept_out: pct(self.kept_out, self.out_of_scope),
        }
    }
}

/// A tally as percentages.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rates {
    pub right: f64,
    pub wrong: f64,
    pub top1: f64,
    pub top3: f64,
    pub kept_out: f64,
}

/// Tallies per language (and "all").
#[derive(Debug, Default, Clone)]
pub struct Report {
    pub by_lang: BTreeMap<&'static str, Tally>,
}

impl Report {
    /// The tally of one language.
    pub fn lang(&self, lang: Lang) -> Tally {
        self.by_lang.get(lang.code()).copied().unwrap_or_default()
    }

    /// Adds one outcome under its language and under "all".
    pub fn add(&mut self, lang: Lang, expected: &str, outcome: &Outcome) -> bool {
        self.by_lang
            .entry("all")
            .or_default()
            .add(expected, outcome);
        self.by_lang
            .entry(lang.code())
            .or_default()
            .add(expected, outcome)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "lang  in-scope   right   wrong   top-1   top-3 | out-of-scope  kept out"
        )?;
        for code in ["zh", "es", "en", "all"] {
            let Some(t) = self.by_lang.get(code) else {
                continue;
            };
            let r = t.rates();
            writeln!(
                f,
                "{code:<4}  {:>8}  {:>5.1}%  {:>5.1}%  {:>5.1}%  {:>5.1}% | {:>12}  {:>7.1}%",
                t.in_scope, r.right, r.wrong, r.top1, r.top3, t.out_of_scope, r.kept_out
            )?;
        }
        Ok(())
    }
}

/// Asks every question; `misses` gets a line for each one that did not go as it should.
pub fn evaluate(
    matcher: &Matcher,
    set: &[Labelled],
    mut misses: Option<&mut Vec<String>>,
) -> Report {
    let mut report = Report::default();
    for q in set {
        let outcome = matcher.ask(&q.text);
        let ok = report.add(q.lang, &q.topic, &outcome);
        if let (false, Some(misses)) = (ok, misses.as_deref_mut()) {
            misses.push(miss_line(q, &outcome));
        }
    }
    report
}

/// One line for a question that did not go as labelled: language, text, label, outcome.
pub fn miss_line(q: &Labelled, outcome: &Outcome) -> String {
    format!(
        "{} {:?} want {} got {}",
        q.lang.code(),
        q.text,
        q.topic,
        outcome.to_json()
    )
}

#[cfg(test)]
mod tests;
