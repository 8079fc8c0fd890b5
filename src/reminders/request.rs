//! Free text that asks for a reminder ("30天后提醒我续费", "recuérdame el 15 que vence mi chip",
//! "remind me on the 31st to top up claro"): a reminder word in any of the three languages plus
//! a date the `when` grammar finds somewhere in the text. Questions that merely mention a length
//! ("how many days does a Claro package last?") carry no reminder word and stay for the FAQ.
use chrono::{DateTime, Utc};

use super::model::Draft;
use super::model::Operator;
use super::when::{parse_end, EndParse, WhenError};
use super::zone::UserZone;
use crate::text::fold::fold_input as fold;

/// Words that ask for a reminder, folded (lowercase, no accents, simplified Chinese).
const INTENT: &[&str] = &[
    "提醒",
    "叫我",
    "通知我",
    "recuerdame",
    "recordarme",
    "recordatorio",
    "avisame",
    "avisarme",
    "remind me",
    "reminder",
    "notify me",
];

/// The longest text searched for a date, in characters: a chat message, not a document.
const MAX_CHARS: usize = 200;

/// What a reminder request says, if `text` is one.
#[derive(Clone, Debug)]
pub enum Request {
    /// A request with a date that can be saved as it is.
    Plan(Draft),
    /// A request whose date the grammar refused (a date that does not exist, a past one).
    BadDate(WhenError),
}

/// Reads a reminder request: `None` when `text` has no reminder word or no date at all.
pub fn reminder_request(text: &str, now: DateTime<Utc>, zone: &UserZone) -> Option<Request> {
    let text: String = text.chars().take(MAX_CHARS).collect();
    let folded = fold(&text);
    if !INTENT.iter().any(|word| folded.contains(word)) {
        return None;
    }
    let mut refused = None;
    for start in word_starts(&text) {
        if is_lead(&text[..start], &text[start..]) {
            continue;
        }
        match parse_end(&text[start..], now, zone) {
            Ok(end) => return Some(Request::Plan(draft(&text, &end))),
            Err(WhenError::Unrecognized(_) | WhenError::Empty) => {}
            Err(error) => {
                refused.get_or_insert(error);
            }
        }
    }
    refused.map(Request::BadDate)
}

/// Whether `rest` starts with a lead rather than a date: "a day before", "2 days before",
/// "3 dias antes" say when to remind, not when the plan ends; so do "到期前三天" and "提前三天",
/// where 前 comes just `before` the number.
fn is_lead(before: &str, rest: &str) -> bool {
    if before.trim_end().ends_with('前') {
        return true;
    }
    let words: Vec<String> = rest.split_whitespace().take(3).map(fold).collect();
    words.iter().skip(1).any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "before" | "prior" | "antes"
        )
    })
}

/// Byte offsets where a date may start: after a non-letter for Latin script, at every CJK
/// character (Chinese needs no spaces: "提醒我下个月15号充值").
fn word_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut previous: Option<char> = None;
    text.char_indices().filter_map(move |(at, c)| {
        let starts = match previous {
            None => true,
            Some(p) => is_cjk(c) || is_cjk(p) || !p.is_alphanumeric(),
        };
        previous = Some(c);
        (starts && !c.is_whitespace()).then_some(at)
    })
}

fn is_cjk(c: char) -> bool {
    (c as u32) >= 0x2e80
}

fn draft(text: &str, end: &EndParse) -> Draft {
    Draft {
        operator: operator_named(text).unwrap_or(Operator::Other),
        label: None,
        ends_at: end.end,
        has_time: end.has_time,
        period_days: end.period_days.unwrap_or(1).max(1),
        period_known: end.period_known,
    }
}

/// The first operator named anywhere in the text, as a whole Latin word ("claro", "Bitel").
fn operator_named(text: &str) -> Option<Operator> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .find_map(|word| Operator::parse(word).filter(|op| *op != Operator::Other))
}

#[cfg(test)]
mod tests;
