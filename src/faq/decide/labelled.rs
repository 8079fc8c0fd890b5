//! Questions whose answer is already known: every topic question in the knowledge base and every
//! labelled example, by its normalised text. When a user asks one of them word for word, the
//! label decides: the topic is answered (or, for a `none` example, the question is out of
//! scope), whatever the model's probability. An editor who labels a question `recarga
//! unanswered` showed can rely on the bot answering it next time.
//!
//! A text filed under two different labels decides nothing: the matcher's own decision stands.

use rustc_hash::FxHashMap;

use super::outcome::{Decision, Outcome};
use crate::faq::analysis::normalize::normalize;
use crate::faq::kb::examples::{Example, LeaveOut};
use crate::faq::kb::KnowledgeBase;
use crate::lang::Lang;

/// The label of one normalised text: a topic number, or `None` for out of scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    Known(Option<usize>),
    /// Filed under two different labels.
    Conflicting,
}

/// Normalised text → label.
#[derive(Debug, Clone, Default)]
pub(crate) struct LabelledQuestions {
    labels: FxHashMap<String, Label>,
}

impl LabelledQuestions {
    /// Every topic's title and questions in every language (but those `leave_out` names) and
    /// every example.
    pub(crate) fn build(kb: &KnowledgeBase, leave_out: LeaveOut, examples: &[Example]) -> Self {
        let mut labelled = LabelledQuestions::default();
        for (number, topic) in kb.topics().iter().enumerate() {
            for lang in Lang::ALL {
                let text = topic.text(lang);
                labelled.add(&normalize(&text.title), Some(number));
                for (n, question) in text.questions.iter().enumerate() {
                    if !leave_out(number, lang, n) {
                        labelled.add(&normalize(question), Some(number));
                    }
                }
            }
        }
        for example in examples {
            labelled.add(&normalize(&example.text), example.topic);
        }
        labelled
    }

    /// Files a normalised text under `topic` (`None`: out of scope).
    pub(crate) fn add(&mut self, normalized: &str, topic: Option<usize>) {
        if normalized.is_empty() {
            return;
        }
        let label = self
            .labels
            .entry(normalized.to_owned())
            .or_insert(Label::Known(topic));
        if *label != Label::Known(topic) {
            *label = Label::Conflicting;
        }
    }

    /// The label of a normalised question asked word for word: `Some(Some(topic))`,
    /// `Some(None)` for out of scope, `None` when it was never labelled (or conflicts).
    pub(crate) fn label(&self, normalized: &str) -> Option<Option<usize>> {
        match self.labels.get(normalized) {
            Some(Label::Known(topic)) => Some(*topic),
            _ => None,
        }
    }
}

/// The matcher's `outcome` with a known label applied: `topic` (its id) answered, sure (score
/// 1), with the matcher's other candidates as alternatives; or, without a topic, out of scope.
pub(crate) fn apply(outcome: Outcome, topic: Option<&str>) -> Outcome {
    let Some(topic) = topic else {
        return Outcome::empty(Decision::None);
    };
    let alternatives = outcome
        .topic
        .iter()
        .chain(&outcome.alternatives)
        .filter(|id| id.as_str() != topic)
        .take(outcome.alternatives.len().max(1))
        .cloned()
        .collect();
    Outcome {
        decision: Decision::Answer,
        topic: Some(topic.to_owned()),
        score: 1.0,
        alternatives,
        sure: true,
    }
}

#[cfg(test)]
mod tests;
