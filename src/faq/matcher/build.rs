//! Building a matcher from a knowledge base: every phrasing and labelled example indexed (BM25,
//! character n-grams, the in-scope model), the known questions and the typo lexicon, and how
//! much each token of a phrasing or a question weighs.

use super::operators::OperatorSpotter;
use super::smalltalk::SmallTalkDetector;
use super::Matcher;
use crate::faq::analysis::normalize::normalize;
use crate::faq::analysis::tokenize::{Tokenizer, Units};
use crate::faq::analysis::typo::Lexicon;
use crate::faq::decide::confidence::Confidence;
use crate::faq::decide::labelled::LabelledQuestions;
use crate::faq::decide::rank::{families, TopicInfo};
use crate::faq::kb::examples::{Example, LeaveOut};
use crate::faq::kb::{KnowledgeBase, Topic};
use crate::faq::search::index::{Index, QueryTerm};
use crate::faq::search::ngram::{NgramBuilder, NgramModel, QueryGrams};
use crate::faq::search::scope::{ScopeBuilder, ScopeModel};
use crate::faq::tuning::Tuning;
use crate::lang::{is_cjk, Lang};

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

    /// How much a token counts (see [`Tuning`]), known or unknown.
    pub(super) fn term(&self, token: &str) -> QueryTerm {
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
