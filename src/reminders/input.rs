//! What follows `/add`: the end (see `when`), then an optional operator, then a short label.
//! Also the pending typed answer of the guided flow, kept in its own table.
use chrono::{DateTime, Utc};
use sqlx::{Any, Executor, Row};

use super::model::Operator;
use super::plans::Draft;
use super::when::{parse_end, WhenError};
use super::zone::UserZone;

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

/// How long the bot waits for a typed answer.
pub const PENDING_TTL_SECS: i64 = 30 * 60;

/// Remembers that the bot asked `user` to type something.
pub async fn expect_input<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    kind: &str,
    payload: &str,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "insert into pending_input (user_id, kind, payload, created_at) values ($1, $2, $3, $4)
         on conflict (user_id) do update
             set kind = excluded.kind, payload = excluded.payload, created_at = excluded.created_at",
    )
    .bind(user)
    .bind(kind.to_owned())
    .bind(payload.to_owned())
    .bind(now)
    .execute(ex)
    .await?;
    Ok(())
}

/// The fresh pending question for `user`, if any: (kind, payload).
pub async fn pending_input<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    now: i64,
) -> sqlx::Result<Option<(String, String)>> {
    let row = sqlx::query(
        "select kind, payload from pending_input where user_id = $1 and created_at > $2",
    )
    .bind(user)
    .bind(now - PENDING_TTL_SECS)
    .fetch_optional(ex)
    .await?;
    row.map(|r| Ok((r.try_get("kind")?, r.try_get("payload")?)))
        .transpose()
}

/// Forgets the pending question.
pub async fn clear_input<'e>(ex: impl Executor<'e, Database = Any>, user: i64) -> sqlx::Result<()> {
    sqlx::query("delete from pending_input where user_id = $1")
        .bind(user)
        .execute(ex)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 15, 0, 0).unwrap()
    }

    #[test]
    fn operator_and_label_follow_the_date() {
        let zone = UserZone::parse("America/Lima").unwrap();
        let draft = parse_add("2026-12-31 18:00 Claro chip de mamá", now(), &zone).unwrap();
        assert_eq!(draft.operator, Operator::Claro);
        assert_eq!(draft.label.as_deref(), Some("chip de mamá"));
        assert!(draft.has_time);
        assert_eq!(
            draft.ends_at,
            Utc.with_ymd_and_hms(2026, 12, 31, 23, 0, 0).unwrap()
        );
    }

    #[test]
    fn a_label_without_operator_is_other() {
        let zone = UserZone::parse("America/Lima").unwrap();
        let draft = parse_add("+30d trabajo", now(), &zone).unwrap();
        assert_eq!(draft.operator, Operator::Other);
        assert_eq!(draft.label.as_deref(), Some("trabajo"));
        assert_eq!(draft.period_days, 30);
    }

    #[test]
    fn labels_lose_bidi_overrides_and_controls_and_an_invisible_one_is_none() {
        assert_eq!(
            clean_label(" \u{202E}mamá\u{2066}\u{0007} chip\u{200F}\u{009B} ").as_deref(),
            Some("mamá chip")
        );
        assert_eq!(clean_label("\u{202E}\u{2069}\u{200E}\u{061C}"), None);
        let zone = UserZone::parse("America/Lima").unwrap();
        let draft = parse_add("+30d claro \u{202E}\u{202E}", now(), &zone).unwrap();
        assert_eq!(draft.label, None);
    }

    #[test]
    fn a_label_is_measured_after_cleaning() {
        let zone = UserZone::parse("America/Lima").unwrap();
        let padded = format!("+30d {}{}", "x".repeat(MAX_LABEL), "\u{202E}".repeat(20));
        let draft = parse_add(&padded, now(), &zone).unwrap();
        assert_eq!(draft.label.map(|l| l.chars().count()), Some(MAX_LABEL));
    }

    #[test]
    fn a_long_label_is_refused() {
        let zone = UserZone::parse("America/Lima").unwrap();
        let long = format!("31/12 entel {}", "x".repeat(41));
        assert_eq!(
            parse_add(&long, now(), &zone).unwrap_err(),
            AddError::LabelTooLong
        );
    }
}
