//! The typed answer the bot waits for ("type the date", "write what was missing"), as one enum
//! decoded once at the boundary. The row lives in `pending_input` (`crate::users::pending`) as a
//! kind and a payload; this is the only file that knows their spelling, and the spelling is the
//! one rows were always written in, so rows already stored still read. A row that does not
//! decode is logged (user and kind, never the payload: it may hold the user's text), forgotten,
//! and treated as no question at all.
use sqlx::AnyPool;

use crate::clock::Timestamp;
use crate::lines::OPERATORS;
use crate::reminders::{decode_draft, encode_draft, Draft, Operator};
use crate::telegram::callback_data::Topic;
use crate::users::{self, Pending};

/// At the operator or duration buttons of the guided `/add`; payload: the operator's code once
/// picked, else empty.
const PLAN_FLOW: &str = "add-flow";
/// Waiting for a typed end date of a new plan; payload: the operator's code.
const PLAN_DATE: &str = "add-date";
/// Waiting for a typed label (or Skip); payload: the draft (`reminders::encode_draft`).
const PLAN_LABEL: &str = "add-label";
/// The confirmation is shown; payload: the draft, label included, for Save to read back.
const PLAN_READY: &str = "add-ready";
/// Waiting for a plan's new end date; payload: the plan number.
const FIX_DATE: &str = "fix-date";
/// Waiting for the typed date of a line's last top-up; payload: the operator's code.
const LINE_DATE: &str = "line-date";
/// Waiting for an optional comment on an answer; payload: `<topic>[:<question>]`.
const COMMENT: &str = "faq-comment";

/// What the bot waits for, with what the answer needs.
#[derive(Clone, Debug)]
pub enum Awaiting {
    /// The guided `/add` at its buttons: which operator (`None`: not picked yet), then how long
    /// (this operator). A typed date is taken once the operator is known.
    PlanFlow(Option<Operator>),
    /// A typed end date for a new plan with this operator.
    PlanDate(Operator),
    /// A typed label (or Skip) for this draft.
    PlanLabel(Draft),
    /// Save or Cancel on the confirmation of this draft; nothing typed.
    PlanReady(Draft),
    /// A typed new end date for the user's plan with this number.
    FixDate(i64),
    /// A typed date of the last top-up of a line with this operator.
    LineDate(Operator),
    /// An optional comment on the answer with this topic, to the user's question with this
    /// number (none when the answer came from a menu).
    Comment { topic: Topic, question: Option<i64> },
}

/// Why a stored row is no `Awaiting`: its kind is none of ours, or a payload field is out of
/// range (named).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BadPending {
    #[error("unknown kind")]
    Kind,
    #[error("bad {0} in the payload")]
    Payload(&'static str),
}

impl Awaiting {
    /// The row's kind and payload.
    pub fn encode(&self) -> (&'static str, String) {
        match self {
            Awaiting::PlanFlow(op) => (PLAN_FLOW, op.map(Operator::code).unwrap_or("").into()),
            Awaiting::PlanDate(op) => (PLAN_DATE, op.code().into()),
            Awaiting::PlanLabel(draft) => (PLAN_LABEL, encode_draft(draft)),
            Awaiting::PlanReady(draft) => (PLAN_READY, encode_draft(draft)),
            Awaiting::FixDate(number) => (FIX_DATE, number.to_string()),
            Awaiting::LineDate(op) => (LINE_DATE, op.code().into()),
            Awaiting::Comment { topic, question } => (
                COMMENT,
                match question {
                    Some(n) => format!("{}:{n}", topic.id()),
                    None => topic.id().to_owned(),
                },
            ),
        }
    }

    /// Reads a row back, every field checked as typed input is (a row may be old or edited by
    /// hand).
    pub fn decode(kind: &str, payload: &str) -> Result<Awaiting, BadPending> {
        let draft = || decode_draft(payload).ok_or(BadPending::Payload("draft"));
        Ok(match kind {
            PLAN_FLOW if payload.is_empty() => Awaiting::PlanFlow(None),
            PLAN_FLOW => Awaiting::PlanFlow(Some(plan_operator(payload)?)),
            PLAN_DATE => Awaiting::PlanDate(plan_operator(payload)?),
            PLAN_LABEL => Awaiting::PlanLabel(draft()?),
            PLAN_READY => Awaiting::PlanReady(draft()?),
            FIX_DATE => {
                Awaiting::FixDate(positive(payload).ok_or(BadPending::Payload("plan number"))?)
            }
            LINE_DATE => Awaiting::LineDate(
                Operator::parse(payload)
                    .filter(|op| OPERATORS.contains(op))
                    .ok_or(BadPending::Payload("operator"))?,
            ),
            COMMENT => comment(payload)?,
            _ => return Err(BadPending::Kind),
        })
    }

    /// The operator of the plan the guided `/add` is making, once it is known.
    pub fn plan_operator(&self) -> Option<Operator> {
        match self {
            Awaiting::PlanFlow(op) => *op,
            Awaiting::PlanDate(op) => Some(*op),
            Awaiting::PlanLabel(draft) | Awaiting::PlanReady(draft) => Some(draft.operator),
            Awaiting::FixDate(_) | Awaiting::LineDate(_) | Awaiting::Comment { .. } => None,
        }
    }
}

fn plan_operator(code: &str) -> Result<Operator, BadPending> {
    Operator::ALL
        .into_iter()
        .find(|op| op.code() == code)
        .ok_or(BadPending::Payload("operator"))
}

fn positive(text: &str) -> Option<i64> {
    text.parse::<i64>().ok().filter(|n| *n >= 1)
}

fn comment(payload: &str) -> Result<Awaiting, BadPending> {
    let (id, question) = match payload.split_once(':') {
        Some((id, n)) => (
            id,
            Some(positive(n).ok_or(BadPending::Payload("question"))?),
        ),
        None => (payload, None),
    };
    let topic = Topic::new(id).ok_or(BadPending::Payload("topic"))?;
    Ok(Awaiting::Comment { topic, question })
}

/// The question pending for a user, decoded.
#[derive(Clone, Debug)]
pub enum Asked {
    /// Still waiting for this.
    Fresh(Awaiting),
    /// Waited for this, asked at `asked_at`, and never answered in time.
    Expired {
        awaiting: Awaiting,
        asked_at: Timestamp,
    },
}

/// Asks `user` to type something (replacing any earlier question).
pub async fn expect(
    pool: &AnyPool,
    user: i64,
    awaiting: &Awaiting,
    now: Timestamp,
) -> sqlx::Result<()> {
    let (kind, payload) = awaiting.encode();
    users::expect_input(pool, user, kind, &payload, now).await
}

/// What `user` was asked, if anything. A row that does not decode is logged, cleared, and read
/// as `None`: the user's text is then handled as if nothing were pending.
pub async fn asked(pool: &AnyPool, user: i64, now: Timestamp) -> sqlx::Result<Option<Asked>> {
    let (kind, payload, asked_at, fresh) = match users::pending_input(pool, user, now).await? {
        None => return Ok(None),
        Some(Pending::Fresh {
            kind,
            payload,
            asked_at,
        }) => (kind, payload, asked_at, true),
        Some(Pending::Expired {
            kind,
            payload,
            asked_at,
        }) => (kind, payload, asked_at, false),
    };
    match Awaiting::decode(&kind, &payload) {
        Ok(awaiting) if fresh => Ok(Some(Asked::Fresh(awaiting))),
        Ok(awaiting) => Ok(Some(Asked::Expired { awaiting, asked_at })),
        Err(error) => {
            let kind: String = kind.chars().take(32).collect();
            tracing::warn!(user, %kind, %error, "a pending input row does not decode; cleared");
            users::clear_input(pool, user).await?;
            Ok(None)
        }
    }
}

/// What `user` is still waiting to be asked for (`None` when nothing, or only an expired
/// question, is pending).
pub async fn fresh(pool: &AnyPool, user: i64, now: Timestamp) -> sqlx::Result<Option<Awaiting>> {
    Ok(match asked(pool, user, now).await? {
        Some(Asked::Fresh(awaiting)) => Some(awaiting),
        Some(Asked::Expired { .. }) | None => None,
    })
}

#[cfg(test)]
mod tests;
