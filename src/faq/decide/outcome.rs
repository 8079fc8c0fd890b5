//! What the matcher concluded about one question, and its JSON form
//! `{"decision":"answer"|"suggest"|"none","topic":ID|null,"score":N,"alternatives":[ID,...]}`.

use serde::ser::{Serialize, SerializeStruct, Serializer};

/// The kind of a small-talk message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SmallTalk {
    /// "hi", "hola", "你好" …
    Greeting,
    /// "thanks", "gracias", "谢谢" …
    Thanks,
    /// Acknowledgements, goodbyes and other chit-chat.
    Other,
}

/// What the bot should do with a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// One topic clearly matches: send its answer.
    Answer,
    /// Plausible topics but no clear winner: offer `topic` and `alternatives` as buttons.
    Suggest,
    /// Nothing plausible: say so and offer the category menu.
    None,
    /// Not a question but a greeting, a thank-you or chit-chat.
    SmallTalk(SmallTalk),
}

/// The matcher's verdict on one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// What to do.
    pub decision: Decision,
    /// Best topic id for `Answer` and `Suggest`; `None` otherwise.
    pub topic: Option<String>,
    /// Confidence in 0..1 of `topic` (see [`crate::faq::Matcher::ask`]); 0 for `None` and small talk.
    pub score: f32,
    /// The next best topic ids, best first (at most 4); empty for `None` and small talk.
    pub alternatives: Vec<String>,
    /// For `Answer`: whether the matcher is sure enough to show the answer alone. When false,
    /// the answer comes with the next two topics as "Not this? …" buttons.
    pub sure: bool,
}

impl Outcome {
    /// An outcome with no topic.
    pub(crate) fn empty(decision: Decision) -> Outcome {
        Outcome {
            decision,
            topic: None,
            score: 0.0,
            alternatives: Vec::new(),
            sure: false,
        }
    }

    /// For tests: an outcome with these fields, score 0.5, not sure.
    #[cfg(test)]
    pub(crate) fn of(decision: Decision, topic: Option<&str>, alternatives: &[&str]) -> Outcome {
        Outcome {
            decision,
            topic: topic.map(str::to_owned),
            score: 0.5,
            alternatives: alternatives.iter().map(|a| (*a).to_owned()).collect(),
            sure: false,
        }
    }

    /// The outcome as a JSON string (see [`Serialize`]).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl Serialize for Outcome {
    /// Small talk serialises as "none" with a null topic; the score is rounded to 3 decimals.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let decision = match self.decision {
            Decision::Answer => "answer",
            Decision::Suggest => "suggest",
            Decision::None | Decision::SmallTalk(_) => "none",
        };
        let topic = match self.decision {
            Decision::SmallTalk(_) => None,
            _ => self.topic.as_deref(),
        };
        let mut state = serializer.serialize_struct("Outcome", 4)?;
        state.serialize_field("decision", decision)?;
        state.serialize_field("topic", &topic)?;
        state.serialize_field("score", &((self.score * 1000.0).round() / 1000.0))?;
        state.serialize_field("alternatives", &self.alternatives)?;
        state.end()
    }
}

#[cfg(test)]
mod tests;
