//! The knowledge base's buttons (`faq:…`; the feedback ones, `fb:`/`fbr:`, are in `feedback`),
//! and the topic and category ids they carry.
use std::fmt;

use super::{feedback, operator, CbError, Reason};
use crate::faq::{is_topic_id, CATEGORY_IDS, MAX_TOPIC_ID_BYTES};
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

/// A knowledge-base topic id as a button carries it: well-formed (see [`is_topic_id`]), but
/// not necessarily in the knowledge base, which is data and changes on `/reload`; the handler
/// answers a topic it does not have as an expired button. Held inline so buttons stay `Copy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Topic {
    bytes: [u8; MAX_TOPIC_ID_BYTES],
    len: u8,
}

impl Topic {
    /// The topic `id` names, if it is a well-formed topic id.
    pub fn new(id: &str) -> Option<Topic> {
        if !is_topic_id(id) {
            return None;
        }
        let mut bytes = [0; MAX_TOPIC_ID_BYTES];
        bytes[..id.len()].copy_from_slice(id.as_bytes());
        Some(Topic {
            bytes,
            len: u8::try_from(id.len()).ok()?,
        })
    }

    /// The id.
    pub fn id(&self) -> &str {
        // Only ASCII was copied in, so this never falls back.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

/// A knowledge-base category id, one of the fixed list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Category(&'static str);

impl Category {
    /// The category `id` names, if it is one of the known ids.
    pub fn new(id: &str) -> Option<Category> {
        CATEGORY_IDS
            .iter()
            .find(|known| **known == id)
            .map(|id| Category(id))
    }

    /// The id.
    pub fn id(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for FaqCb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FaqCb::Home => f.write_str("faq:home"),
            FaqCb::Category(c) => write!(f, "faq:c:{}", c.0),
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
                feedback::write_question(f, *question)
            }
            FaqCb::Reason {
                reason,
                topic,
                question,
            } => feedback::write_reason(f, *reason, topic, *question),
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
        _ => Err(CbError::Unknown),
    }
}

pub(super) fn topic(id: &str) -> Result<Topic, CbError> {
    Topic::new(id).ok_or(CbError::Field("topic"))
}
