//! The knowledge base's buttons: browsing and answers (`faq:…`), and feedback on an answer:
//! 👍/👎 (`fb:…`) and, after a 👎, why the answer fell short (`fbr:…`). Both feedback buttons
//! may carry the number of the user's question that led to the answer; `fb:` buttons made
//! before questions were numbered carry none and still read.
use std::fmt;

use super::feedback::Reason;
use super::field::{flag, number, operator, CbError};
use super::topic::{topic, Category, Topic};
use crate::reminders::Operator;

/// A button of the knowledge base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FaqCb {
    /// `faq:home`: the category menu.
    Home,
    /// `faq:c:<category>`: a category's topics, in place.
    Category(Category),
    /// `faq:t:<topic>`: a topic's answer, in place.
    Topic(Topic),
    /// `faq:a:<topic>`: a topic's answer as a new message.
    Answer(Topic),
    /// `faq:src:<topic>`: every source of a topic's answer, as a new message.
    Sources(Topic),
    /// `faq:tu:<operator>`: how to top up this operator's lines, as a new message (the topic is
    /// the knowledge base's "topup-guide" for it, so no topic id lives in code).
    Topup(Operator),
    /// `fb:<1|0>:<topic>[:<question>]`: 👍 or 👎 on an answer. `question` numbers the user's
    /// question that led to it; none for an answer opened from a menu (and on old buttons).
    Feedback {
        helpful: bool,
        topic: Topic,
        question: Option<i64>,
    },
    /// `fbr:<w|o|u>:<topic>[:<question>]`: why a 👎 answer fell short.
    Reason {
        reason: Reason,
        topic: Topic,
        question: Option<i64>,
    },
}

impl fmt::Display for FaqCb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FaqCb::Home => f.write_str("faq:home"),
            FaqCb::Category(c) => write!(f, "faq:c:{}", c.id()),
            FaqCb::Topic(t) => write!(f, "faq:t:{}", t.id()),
            FaqCb::Answer(t) => write!(f, "faq:a:{}", t.id()),
            FaqCb::Sources(t) => write!(f, "faq:src:{}", t.id()),
            FaqCb::Topup(op) => write!(f, "faq:tu:{}", op.code()),
            FaqCb::Feedback {
                helpful,
                topic,
                question,
            } => {
                write!(f, "fb:{}:{}", u8::from(*helpful), topic.id())?;
                write_question(f, *question)
            }
            FaqCb::Reason {
                reason,
                topic,
                question,
            } => write_reason(f, *reason, topic, *question),
        }
    }
}

pub(super) fn parse(parts: &[&str]) -> Result<FaqCb, CbError> {
    match parts {
        ["faq", "home"] => Ok(FaqCb::Home),
        ["faq", "c", id] => Ok(FaqCb::Category(
            Category::new(id).ok_or(CbError::Field("category"))?,
        )),
        ["faq", "t", id] => Ok(FaqCb::Topic(topic(id)?)),
        ["faq", "a", id] => Ok(FaqCb::Answer(topic(id)?)),
        ["faq", "src", id] => Ok(FaqCb::Sources(topic(id)?)),
        ["faq", "tu", op] => Ok(FaqCb::Topup(operator(op)?)),
        ["fb" | "fbr", ..] => parse_feedback(parts),
        _ => Err(CbError::Unknown),
    }
}

/// Writes the optional `:<question>` tail.
fn write_question(f: &mut fmt::Formatter<'_>, question: Option<i64>) -> fmt::Result {
    match question {
        Some(n) => write!(f, ":{n}"),
        None => Ok(()),
    }
}

fn write_reason(
    f: &mut fmt::Formatter<'_>,
    reason: Reason,
    topic: &Topic,
    question: Option<i64>,
) -> fmt::Result {
    write!(f, "fbr:{}:{}", reason.code(), topic.id())?;
    write_question(f, question)
}

/// Reads `fb…` data split at ':'.
fn parse_feedback(parts: &[&str]) -> Result<FaqCb, CbError> {
    match parts {
        ["fb", vote, id, rest @ ..] => Ok(FaqCb::Feedback {
            helpful: flag(vote, "vote")?,
            topic: topic(id)?,
            question: question(rest)?,
        }),
        ["fbr", code, id, rest @ ..] => Ok(FaqCb::Reason {
            reason: Reason::ALL
                .into_iter()
                .find(|r| r.code() == *code)
                .ok_or(CbError::Field("reason"))?,
            topic: topic(id)?,
            question: question(rest)?,
        }),
        _ => Err(CbError::Unknown),
    }
}

fn question(rest: &[&str]) -> Result<Option<i64>, CbError> {
    match rest {
        [] => Ok(None),
        [n] => number(n)
            .filter(|n| *n >= 1)
            .map(Some)
            .ok_or(CbError::Field("question")),
        _ => Err(CbError::Unknown),
    }
}
