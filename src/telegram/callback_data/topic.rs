//! The knowledge-base topic and category ids a button carries, checked for shape only.
use super::field::CbError;
use crate::faq::{is_topic_id, CATEGORY_IDS, MAX_TOPIC_ID_BYTES};

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

/// A topic id read from button data.
pub(super) fn topic(id: &str) -> Result<Topic, CbError> {
    Topic::new(id).ok_or(CbError::Field("topic"))
}
