//! The matcher: from a user's question (any of the three languages, or a mix) to a decision
//! (answer, suggest, nothing, small talk) about the knowledge base's topics.
//!
//! It wires the pieces together: `normalize` and `tokenize` prepare text, `typo` fixes words,
//! `index` scores topics, `rank` decides. Build one per knowledge base; it is immutable and Sync.

use self::operators::OperatorSpotter;
use self::smalltalk::SmallTalkDetector;
use super::analysis::normalize::normalize;
use super::analysis::tokenize::{Tokenizer, Units};
use super::analysis::typo::Lexicon;
use super::decide::confidence::{Confidence, Features};
use super::decide::labelled::{apply, LabelledQuestions};
use super::decide::outcome::{Decision, Outcome, SmallTalk};
use super::decide::rank::{adjust_for_operators, decide, families, features, Candidate, TopicInfo};
use super::decide::signals::Signals;
use super::kb::examples::{Example, LeaveOut};
use super::kb::{KnowledgeBase, Topic};
use super::search::index::{Index, QueryTerm};
use super::search::mix::{add_ngram, boost_neighbours, first, share_of};
use super::search::ngram::{NgramBuilder, NgramModel, QueryGrams};
use super::search::scope::{ScopeBuilder, ScopeModel};
use super::tuning::Tuning;
use crate::lang::{is_cjk, Lang};

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
    /// Builds a matcher with the shipped model and knobs (src/faq/confidence.toml).
    pub fn new(kb: &KnowledgeBase) -> Matcher {
        let model = Confidence::shipped();
        let examples = kb.examples();
        Matcher::build(kb, model.tuning, model, &|_, _, _| false, examples)
    }

    /// Builds a matcher with explicit tuning and model, leaving out the questions `leave_out`
    /// names (cross-validation; `&|_, _, _| false` keeps all).
    pub fn build(
        kb: &KnowledgeBase,
        tuning: Tuning,
        confidence: Confidence,
        leave_out: LeaveOut,
        examples: &[Example],
    ) -> Matcher {
        let groups = Lang::ALL.iter().flat_map(|&lang| kb.synonyms(lang));
        let tokenizer = Tokenizer::new(groups.map(Vec::as_slice));
        let topics = kb.topics().iter().map(|t| TopicInfo {
            id: t.id.clone(),
            operator: t.operator.clone(),
        });
        let mut matcher = Matcher {
            topics: topics.collect(),
            families: families(kb),
            operators: OperatorSpotter::new(&tokenizer),
            tokenizer,
            lexicon: Lexicon::default(),
            index: Index::default(),
            ngrams: NgramModel::default(),
            scope: ScopeModel::default(),
            labelled: LabelledQuestions::default(),
            smalltalk: SmallTalkDetector::new(kb),
            tuning,
            confidence,
        };
        let keys = matcher.index_topics(kb, leave_out, examples);
        matcher.labelled = LabelledQuestions::build(kb, leave_out, examples);
        let phrase_keys = matcher
            .tokenizer
            .phrase_keys()
            .chain(matcher.smalltalk.keys());
        matcher.lexicon = Lexicon::new(keys.iter().map(String::as_str).chain(phrase_keys));
        matcher
    }

    /// Indexes every phrasing of every topic; returns the unit keys seen (for the lexicon).
    /// The examples of questions out of scope form one more pseudo-topic, numbered after the
    /// last topic: how close a question comes to them is a feature of the confidence.
    fn index_topics(
        &mut self,
        kb: &KnowledgeBase,
        leave_out: LeaveOut,
        examples: &[Example],
    ) -> Vec<String> {
        let n = kb.topics().len();
        let mut index = Index::new(n + 1);
        let mut ngrams = NgramBuilder::new(n + 1);
        let mut scope = ScopeBuilder::default();
        let mut keys: Vec<String> = Vec::new();
        for number in 0..=n {
            let mut texts: Vec<String> = match kb.topics().get(number) {
                Some(topic) => phrasings(topic, number, leave_out).collect(),
                None => Vec::new(),
            };
            let of_topic = |e: &&Example| e.topic.unwrap_or(n) == number;
            texts.extend(examples.iter().filter(of_topic).map(|e| e.text.clone()));
            let mut whole = Vec::new();
            for phrasing in texts {
                let normalized = normalize(&phrasing);
                let grams = QueryGrams::of(&normalized);
                ngrams.add_grams(number, &grams);
                scope.add_grams(&grams, number != n);
                let units = Units::of(&normalized);
                let tokens: Vec<(String, f32)> = self
                    .tokenizer
                    .tokens(&units)
                    .into_iter()
                    .map(|token| {
                        let weight = self.term(&token).weight;
                        (token, weight)
                    })
                    .collect();
                index.add_phrasing(number, &tokens);
                whole.extend(tokens);
                keys.extend(units.keys);
            }
            index.add_topic(number, &whole);
        }
        index.finish(&self.tuning.bm25);
        self.index = index;
        self.ngrams = ngrams.finish(self.tuning.ngram_alpha);
        self.scope = scope.finish();
        keys
    }

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

    fn read(&self, question: &str) -> Reading {
        let normalized = normalize(question);
        let mut units = Units::of(&normalized);
        let corrected = self.lexicon.correct(&mut units);
        let is_content = |rest: &Units| {
            let tokens = self.tokenizer.tokens(rest);
            tokens.iter().any(|t| self.index.knows(t))
        };
        if let Some(kind) = self.smalltalk.detect(&units, is_content) {
            return Reading::SmallTalk(kind);
        }
        let tokens = self.tokenizer.tokens(&units);
        let terms: Vec<QueryTerm> = tokens.iter().map(|t| self.term(t)).collect();
        let scores = self.index.score(&terms, &self.tuning.bm25);
        let mut signals = Signals::of(
            Lang::detect(question),
            tokens.len(),
            scores.known as f32 / tokens.len().max(1) as f32,
            corrected,
        );
        signals.label = self.labelled.label(&normalized);
        if scores.known == 0 || scores.ideal <= 0.0 {
            return Reading::Ranked(Vec::new(), signals);
        }
        let mut per_topic = scores.per_topic;
        let t = &self.tuning;
        let n = self.topics.len();
        let real = n.min(per_topic.len()); // the topics proper; the out-of-scope one is n
        let grams = QueryGrams::of(&normalized);
        let ngram = self.ngrams.probabilities_of(&grams, t.ngram_temperature);
        // Without out-of-scope examples the scope model has no opinion: the average one.
        signals.in_scope = self
            .scope
            .log_odds(&grams)
            .unwrap_or_else(|| self.confidence.mean_of("in_scope"));
        let named = self.operators.spot(&normalized, &tokens);
        // BM25's own first choice, before the n-gram opinion is mixed in.
        let mut alone = per_topic.clone();
        adjust_for_operators(&named, &self.topics, &self.families, t, &mut alone);
        let bm25_first = first(&alone[..real]);
        add_ngram(&mut per_topic[..real], &ngram, t.ngram_weight, scores.ideal);
        adjust_for_operators(&named, &self.topics, &self.families, t, &mut per_topic);
        let anchored = self.index.topics_with_any(&self.concepts(&tokens));
        let certainty = t.typo_penalty.powi(corrected as i32);
        let out_of_scope = per_topic.get(n).copied().unwrap_or(0.0);
        boost_neighbours(&mut per_topic[..real], &scores.nearest, t.neighbour_boost);
        let mut ranked: Vec<Candidate> = (0..n)
            .filter(|&topic| per_topic[topic] > 0.0)
            .map(|topic| Candidate {
                topic,
                score: per_topic[topic] / scores.ideal * certainty,
                confidence: 0.0,
                anchored: anchored[topic],
                coverage: scores.coverage[topic] * certainty,
            })
            .collect();
        for candidate in &mut ranked {
            candidate.confidence = (1.0 - t.coverage_mix) * candidate.score.min(1.0)
                + t.coverage_mix * candidate.coverage;
        }
        // Ties keep knowledge-base order, so results never depend on hash order.
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.topic.cmp(&b.topic)));
        signals.out_of_scope = ranked.first().map_or(0.0, |best| {
            (out_of_scope / scores.ideal * certainty) / best.score.max(1e-6)
        });
        let nearest = &scores.nearest;
        signals.neighbours_agree = ranked
            .first()
            .map_or(0.0, |best| share_of(nearest, best.topic));
        signals.neighbours_out_of_scope = share_of(nearest, n);
        let ngram_first = first(&ngram);
        signals.bm25_agrees = ranked
            .first()
            .is_some_and(|best| bm25_first == Some(best.topic));
        signals.ngram_best = ranked
            .first()
            .map_or(0.0, |best| ngram.get(best.topic).copied().unwrap_or(0.0));
        signals.ngram_agrees = ranked
            .first()
            .is_some_and(|best| ngram_first == Some(best.topic) && ngram[best.topic] > 0.0);
        signals.ngram_out_of_scope = ngram.get(n).copied().unwrap_or(0.0);
        signals.named = named.len();
        signals.operator_agrees = ranked.first().is_some_and(|best| {
            self.topics[best.topic]
                .operator
                .as_deref()
                .is_some_and(|op| named.contains(&op))
        });
        Reading::Ranked(ranked, signals)
    }

    /// The question's domain concepts: synonym-group tokens that are not weak words.
    fn concepts<'a>(&self, tokens: &'a [String]) -> Vec<&'a str> {
        tokens
            .iter()
            .filter(|t| self.tokenizer.is_concept(t) && !self.tokenizer.is_weak(t))
            .map(String::as_str)
            .collect()
    }

    /// How much a token counts (see [`Tuning`]), known or unknown.
    fn term(&self, token: &str) -> QueryTerm {
        let t = &self.tuning;
        let mut chars = token.chars();
        let (first, second, third) = (chars.next(), chars.next(), chars.next());
        let cjk = first.is_some_and(is_cjk);
        let bigram = cjk && second.is_some() && third.is_none();
        let weight = match second {
            None if cjk => t.unigram_weight,
            _ if self.operators.is_name(token) => t.operator_term_weight,
            _ if self.tokenizer.is_weak(token) => t.weak_weight,
            _ if self.tokenizer.is_concept(token) => t.concept_weight,
            _ if bigram => t.bigram_weight,
            _ => 1.0,
        };
        // An unknown CJK bigram usually straddles two words ("号会" in "号会受影响"): it says
        // little about the question being off-topic.
        let oov = if bigram {
            t.oov_bigram_weight
        } else {
            t.oov_weight
        };
        QueryTerm {
            token: token.to_owned(),
            weight,
            if_unknown: weight * oov,
        }
    }
}

/// The texts a topic is found by, in all languages: title, each question (but those left out),
/// and the keyword list.
fn phrasings<'a>(
    topic: &'a Topic,
    number: usize,
    leave_out: LeaveOut<'a>,
) -> impl Iterator<Item = String> + 'a {
    Lang::ALL.into_iter().flat_map(move |lang| {
        let text = topic.text(lang);
        let questions = text
            .questions
            .iter()
            .enumerate()
            .filter(move |(n, _)| !leave_out(number, lang, *n))
            .map(|(_, q)| q.clone());
        std::iter::once(text.title.clone())
            .chain(questions)
            .chain(std::iter::once(text.keywords.join(" ")))
    })
}

mod explain;
mod operators;
mod smalltalk;

#[cfg(test)]
mod tests;
