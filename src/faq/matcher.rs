//! The matcher: from a user's question (any of the three languages, or a mix) to a decision
//! (answer, suggest, nothing, small talk) about the knowledge base's topics.
//!
//! It wires the pieces together: `normalize` and `tokenize` prepare text, `typo` fixes words,
//! `index` scores topics, `rank` decides. Build one per knowledge base (`build`); it is immutable
//! and Sync. How a question is read and its candidates ranked is `read`.

use self::operators::OperatorSpotter;
use self::smalltalk::SmallTalkDetector;
use super::analysis::normalize::normalize;
use super::analysis::tokenize::{Tokenizer, Units};
use super::analysis::typo::Lexicon;
use super::decide::confidence::{Confidence, Features};
use super::decide::labelled::{apply, LabelledQuestions};
use super::decide::outcome::{Decision, Outcome, SmallTalk};
use super::decide::rank::{decide, features, Candidate, TopicInfo};
use super::decide::signals::Signals;
use super::search::index::Index;
use super::search::ngram::NgramModel;
use super::search::scope::ScopeModel;
use super::tuning::Tuning;

/// A ready-to-query matcher built from one knowledge base (rebuild it after a reload).
#[derive(Debug, Clone)]
pub struct Matcher {
    topics: Vec<TopicInfo>,
    /// (parent, child) topic numbers: the child is the parent's topic for one operator.
    families: Vec<(usize, usize)>,
    tokenizer: Tokenizer,
    lexicon: Lexicon,
    index: Index,
    /// The second opinion: character n-grams (see `ngram`).
    ngrams: NgramModel,
    /// In scope or not, from the same grams (see `scope`).
    scope: ScopeModel,
    /// Questions asked word for word as a topic question or a labelled example.
    labelled: LabelledQuestions,
    smalltalk: SmallTalkDetector,
    operators: OperatorSpotter,
    tuning: Tuning,
    confidence: Confidence,
}

/// One topic's standing for a question, as [`Matcher::ranking`] reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct RankedTopic {
    /// Topic id.
    pub topic: String,
    /// Score relative to a perfect match (may exceed 1 after operator boosts); ranks topics.
    pub score: f32,
    /// Confidence in 0..1, as in [`Outcome::score`].
    pub confidence: f32,
    /// Whether the topic contains one of the question's domain concepts (synonym groups).
    pub anchored: bool,
}

/// What a message is, before any decision.
enum Reading {
    SmallTalk(SmallTalk),
    /// Topics with a non-zero score, best first, and what was seen of the question.
    Ranked(Vec<Candidate>, Signals),
}

impl Matcher {
    /// Matches a question. The outcome's `score` is a confidence in 0..1 (see `rank`): mostly
    /// how much of the question the topic covers, weighted by how telling each word is, and
    /// how close the topic's best phrasing comes to the question.
    pub fn ask(&self, question: &str) -> Outcome {
        match self.read(question) {
            Reading::SmallTalk(kind) => Outcome::empty(Decision::SmallTalk(kind)),
            Reading::Ranked(ranked, signals) => {
                let outcome = decide(
                    &ranked,
                    &signals,
                    &self.topics,
                    &self.tuning,
                    &self.confidence,
                );
                match signals.label {
                    Some(topic) => apply(outcome, topic.map(|n| self.topics[n].id.as_str())),
                    None => outcome,
                }
            }
        }
    }

    /// The confidence model's features for a question and the ranked topic ids, best first;
    /// `None` for small talk and for a question no topic scores on. For `recarga tune`.
    pub fn features(&self, question: &str) -> Option<(Features, Vec<String>)> {
        match self.read(question) {
            Reading::Ranked(ranked, signals) if !ranked.is_empty() => {
                let x = features(&ranked, &signals, &self.topics, &self.tuning);
                let ids = ranked
                    .iter()
                    .map(|c| self.topics[c.topic].id.clone())
                    .collect();
                Some((x, ids))
            }
            _ => None,
        }
    }

    /// Every topic with a non-zero score, best first; empty for small talk. For logs,
    /// debugging and tuning.
    pub fn ranking(&self, question: &str) -> Vec<RankedTopic> {
        match self.read(question) {
            Reading::SmallTalk(_) => Vec::new(),
            Reading::Ranked(ranked, _) => ranked
                .iter()
                .map(|c| RankedTopic {
                    topic: self.topics[c.topic].id.clone(),
                    score: c.score,
                    confidence: c.confidence,
                    anchored: c.anchored,
                })
                .collect(),
        }
    }
}

mod build;
mod explain;
mod operators;
mod read;
mod smalltalk;

#[cfg(test)]
mod tests;
