//! The buttons of feedback on an answer: 👍/👎 (`fb:…`) and, after a 👎, why the answer fell
//! short (`fbr:…`). Both may carry the number of the user's question that led to the answer;
//! `fb:` buttons made before questions were numbered carry none and still read.
use std::fmt;

use super::faq::topic;
use super::{flag, number, CbError, FaqCb, Topic};

/// Why a 👎 answer fell short.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// It answered another question.
    WrongTopic,
    /// Its facts are out of date.
    Outdated,
    /// It was hard to follow.
    Unclear,
}

impl Reason {
    /// Every reason, in the order the buttons show them.
    pub const ALL: [Reason; 3] = [Reason::WrongTopic, Reason::Outdated, Reason::Unclear];

    /// The name stored in the database and shown to editors.
    pub fn name(self) -> &'static str {
        match self {
            Reason::WrongTopic => "wrong-topic",
            Reason::Outdated => "outdated",
            Reason::Unclear => "unclear",
        }
    }

    fn code(self) -> &'static str {
        match self {
            Reason::WrongTopic => "w",
            Reason::Outdated => "o",
            Reason::Unclear => "u",
        }
    }
}

/// Writes the optional `:<question>` tail.
pub(super) fn write_question(f: &mut fmt::Formatter<'_>, question: Option<i64>) -> fmt::Result {
    match question {
        Some(n) => write!(f, ":{n}"),
        None => Ok(()),
    }
}

pub(super) fn write_reason(
    f: &mut fmt::Formatter<'_>,
    reason: Reason,
    topic: &Topic,
    question: Option<i64>,
) -> fmt::Result {
    write!(f, "fbr:{}:{}", reason.code(), topic.id())?;
    write_question(f, question)
}

/// Reads `fb…` data split at ':'.
pub(super) fn parse(parts: &[&str]) -> Result<FaqCb, CbError> {
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
