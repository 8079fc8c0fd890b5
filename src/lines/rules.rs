//! The rules a line's dates come from: `locales/line-rules.toml`, per operator and stage, each
//! number with the sources that state it and the day they were checked. Loaded once at start
//! (a broken file stops the bot, as a broken knowledge base does) and by `recarga check`.
//! Whether a stage is known at all is data too: a stage no source states is simply absent.
use std::fmt;
use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::faq::FaqSource;
use crate::reminders::Operator;

/// The file's name, beside the knowledge base's language folders.
pub const FILE: &str = "line-rules.toml";
/// The longest period a stage may name, in days: no source gives more than a year, and a typo
/// such as `2700` is caught instead of promising a line's safety for seven years.
pub const MAX_DAYS: u32 = 730;
/// The operators a line can belong to: the four the rules must cover.
pub const OPERATORS: [Operator; 4] = [
    Operator::Claro,
    Operator::Movistar,
    Operator::Entel,
    Operator::Bitel,
];

/// What happens to a line left without a top-up, in the order it happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Outgoing service stops; the number is still the user's.
    Restriction,
    /// The baja: the line is deactivated and the number may be re-assigned.
    Cutoff,
}

impl Stage {
    /// Both stages, in the order they happen.
    pub const ALL: [Stage; 2] = [Stage::Restriction, Stage::Cutoff];

    /// The stage's name in the rules file.
    pub fn key(self) -> &'static str {
        match self {
            Stage::Restriction => "restriction",
            Stage::Cutoff => "cutoff",
        }
    }
}

/// One number the sources give for a stage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// Calendar days after the last top-up.
    pub days: u32,
    /// The pages that state it (at least one).
    pub sources: Vec<String>,
}

/// One operator's rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OperatorRules {
    /// When the sources were last read.
    pub checked: NaiveDate,
    /// The claims for each stage, earliest first; empty when no source states the stage.
    pub restriction: Vec<Claim>,
    pub cutoff: Vec<Claim>,
}

impl OperatorRules {
    /// The claims for `stage`, earliest first (empty: unknown).
    pub fn claims(&self, stage: Stage) -> &[Claim] {
        match stage {
            Stage::Restriction => &self.restriction,
            Stage::Cutoff => &self.cutoff,
        }
    }
}

/// The validated rules of every operator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineRules {
    operators: Vec<(Operator, OperatorRules)>,
    /// The notice operators must give before a cut-off, when a source states it.
    pub notice: Option<Claim>,
}

/// Everything wrong with a rules file, one problem a line.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}: {}", self.file, self.problems.join("\n"))]
pub struct RulesError {
    pub file: String,
    pub problems: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    notice: Option<RawClaim>,
    #[serde(default)]
    operators: std::collections::BTreeMap<String, RawOperator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOperator {
    checked: String,
    #[serde(default)]
    #[allow(dead_code)] // for the file's editors; the bot never shows it
    notes: Option<String>,
    #[serde(default)]
    restriction: Vec<RawClaim>,
    #[serde(default)]
    cutoff: Vec<RawClaim>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaim {
    days: i64,
    #[serde(default)]
    sources: Vec<String>,
}

impl LineRules {
    /// The copy compiled into the binary (a unit test proves it valid).
    pub fn embedded() -> LineRules {
        LineRules::parse(include_str!("../../locales/line-rules.toml"), "embedded")
            .expect("the compiled-in line rules are valid (tested)")
    }

    /// The rules beside the knowledge base `source` reads: `<dir>/line-rules.toml`, or the
    /// embedded copy when the knowledge base is embedded.
    pub fn load(source: &FaqSource) -> Result<LineRules, RulesError> {
        match source {
            FaqSource::Dir(dir) => LineRules::load_dir(dir),
            FaqSource::Embedded => Ok(LineRules::embedded()),
        }
    }

    /// `<dir>/line-rules.toml`, validated.
    pub fn load_dir(dir: &Path) -> Result<LineRules, RulesError> {
        let path = dir.join(FILE);
        let name = path.display().to_string();
        let text = std::fs::read_to_string(&path).map_err(|error| RulesError {
            file: name.clone(),
            problems: vec![format!("cannot read: {error}")],
        })?;
        LineRules::parse(&text, &name)
    }

    /// Parses and validates a rules file's text; `file` names it in the problems.
    pub fn parse(text: &str, file: &str) -> Result<LineRules, RulesError> {
        let fail = |problems| RulesError {
            file: file.to_owned(),
            problems,
        };
        let raw: RawFile = toml::from_str(text).map_err(|e| fail(vec![e.to_string()]))?;
        let mut problems = Vec::new();
        for name in raw.operators.keys() {
            if !OPERATORS.iter().any(|op| op.code() == name) {
                problems.push(format!(
                    "`{name}` is not an operator (claro, movistar, entel, bitel)"
                ));
            }
        }
        let mut operators = Vec::new();
        for op in OPERATORS {
            match raw.operators.get(op.code()) {
                Some(raw) => {
                    if let Some(rules) = operator(op.code(), raw, &mut problems) {
                        operators.push((op, rules));
                    }
                }
                None => problems.push(format!("operator `{}` is missing", op.code())),
            }
        }
        let notice = raw
            .notice
            .as_ref()
            .and_then(|n| claim("notice", n, &mut problems));
        if problems.is_empty() {
            Ok(LineRules { operators, notice })
        } else {
            Err(fail(problems))
        }
    }

    /// The rules of `op`; `None` for an operator the rules do not cover (`Other`).
    pub fn of(&self, op: Operator) -> Option<&OperatorRules> {
        self.operators
            .iter()
            .find(|(o, _)| *o == op)
            .map(|(_, rules)| rules)
    }

    /// How many operators the rules cover.
    pub fn len(&self) -> usize {
        self.operators.len()
    }

    /// Whether the rules cover no operator (never, once validated).
    pub fn is_empty(&self) -> bool {
        self.operators.is_empty()
    }
}

fn operator(name: &str, raw: &RawOperator, problems: &mut Vec<String>) -> Option<OperatorRules> {
    let before = problems.len();
    let checked = NaiveDate::parse_from_str(&raw.checked, "%Y-%m-%d")
        .map_err(|_| {
            problems.push(format!(
                "{name}: checked `{}` is not a date (YYYY-MM-DD)",
                raw.checked
            ))
        })
        .ok();
    let mut stage = |stage: Stage, claims: &[RawClaim]| {
        let what = format!("{name}.{}", stage.key());
        let mut out: Vec<Claim> = claims
            .iter()
            .filter_map(|c| claim(&what, c, problems))
            .collect();
        out.sort_by_key(|c| c.days);
        if out.windows(2).any(|w| w[0].days == w[1].days) {
            problems.push(format!(
                "{what}: the same number twice; merge their sources"
            ));
        }
        out
    };
    let restriction = stage(Stage::Restriction, &raw.restriction);
    let cutoff = stage(Stage::Cutoff, &raw.cutoff);
    let latest_restriction = restriction.iter().map(|c| c.days).max();
    let earliest_cutoff = cutoff.iter().map(|c| c.days).min();
    if let (Some(r), Some(c)) = (latest_restriction, earliest_cutoff) {
        if r >= c {
            problems.push(format!(
                "{name}: restriction ({r} days) must come before the cut-off ({c} days)"
            ));
        }
    }
    (problems.len() == before).then_some(OperatorRules {
        checked: checked?,
        restriction,
        cutoff,
    })
}

fn claim(what: &str, raw: &RawClaim, problems: &mut Vec<String>) -> Option<Claim> {
    let before = problems.len();
    let days = u32::try_from(raw.days)
        .ok()
        .filter(|d| (1..=MAX_DAYS).contains(d));
    if days.is_none() {
        problems.push(format!(
            "{what}: days = {} is not between 1 and {MAX_DAYS}",
            raw.days
        ));
    }
    if raw.sources.is_empty() {
        problems.push(format!("{what}: {} days has no source URL", raw.days));
    }
    for source in &raw.sources {
        let ok = url::Url::parse(source)
            .is_ok_and(|u| matches!(u.scheme(), "https" | "http") && u.host_str().is_some());
        if !ok {
            problems.push(format!("{what}: `{source}` is not an http(s) URL"));
        }
    }
    let days = days?;
    (problems.len() == before).then(|| Claim {
        days,
        sources: raw.sources.clone(),
    })
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

#[cfg(test)]
mod tests;
