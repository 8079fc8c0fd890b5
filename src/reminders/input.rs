//! What follows `/add`: the end (see `when`), then an optional operator, then a short label.
//! Also the draft plan as the guided flow's pending typed answer carries it in its payload (a
//! typed label cannot ride in 64 bytes of button data; the row itself is `crate::users::pending`).
use chrono::{DateTime, Utc};

use super::model::Draft;
use super::model::Operator;
use super::when::{parse_end, WhenError, MAX_PERIOD_DAYS};
use super::zone::UserZone;
use crate::clock::Timestamp;

/// The longest label, in characters: it must fit a button and a reminder line.
pub const MAX_LABEL: usize = 40;

/// Why `/add` arguments were refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AddError {
    #[error("{0}")]
    When(#[from] WhenError),
    #[error("label longer than {MAX_LABEL} characters")]
    LabelTooLong,
}

/// Parses `<end> [operator] [label]`.
pub fn parse_add(args: &str, now: DateTime<Utc>, zone: &UserZone) -> Result<Draft, AddError> {
    let end = parse_end(args, now, zone)?;
    let mut words = end.rest.split_whitespace().peekable();
    let operator = match words.peek().and_then(|w| Operator::parse(w)) {
        Some(operator) => {
            words.next();
            operator
        }
        None => Operator::Other,
    };
    let label = clean_label(&words.collect::<Vec<_>>().join(" "));
    if label
        .as_ref()
        .is_some_and(|l| l.chars().count() > MAX_LABEL)
    {
        return Err(AddError::LabelTooLong);
    }
    Ok(Draft {
        operator,
        label,
        ends_at: end.end,
        has_time: end.has_time,
        period_days: end.period_days.unwrap_or(1).max(1),
        period_known: end.period_known,
    })
}

/// A label as it is stored and shown: without control characters (C0, C1) or the invisible
/// marks that reorder text (bidi embeddings, overrides, isolates, LRM/RLM/ALM), trimmed; `None`
/// when nothing visible is left. Whoever saves a label passes it through here.
pub fn clean_label(raw: &str) -> Option<String> {
    let kept: String = raw.chars().filter(|c| !is_hidden(*c)).collect();
    let trimmed = kept.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
        )
}

/// Writes a draft plan as a `pending_input` payload: `operator|@end|has_time|period|label`.
pub fn encode_draft(draft: &Draft) -> String {
    format!(
        "{}|@{}|{}|{}|{}",
        draft.operator.code(),
        draft.ends_at.timestamp(),
        u8::from(draft.has_time),
        // 0: the period is not known (a date was given, not a length).
        if draft.period_known {
            draft.period_days
        } else {
            0
        },
        draft.label.as_deref().unwrap_or("")
    )
}

/// Reads back a payload written by `encode_draft`, checking every field as typed input is
/// checked (a row may be old or edited by hand); `None` when any field is out of range.
pub fn decode_draft(payload: &str) -> Option<Draft> {
    let mut fields = payload.splitn(5, '|');
    let code = fields.next()?;
    let operator = Operator::ALL.into_iter().find(|op| op.code() == code)?;
    let ends_at = fields
        .next()?
        .strip_prefix('@')?
        .parse::<i64>()
        .ok()
        .and_then(|secs| Timestamp::from_secs(secs).instant().ok())?;
    let has_time = match fields.next()? {
        "0" => false,
        "1" => true,
        _ => return None,
    };
    let period_days = fields
        .next()?
        .parse::<i64>()
        .ok()
        .filter(|p| (0..=MAX_PERIOD_DAYS).contains(p))?;
    let label = clean_label(fields.next()?);
    if label
        .as_ref()
        .is_some_and(|l| l.chars().count() > MAX_LABEL)
    {
        return None;
    }
    Some(Draft {
        operator,
        label,
        ends_at,
        has_time,
        period_days: period_days.max(1),
        period_known: period_days > 0,
    })
}

#[cfg(test)]
mod tests;
