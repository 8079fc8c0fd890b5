//! Reading a question: small talk or not, then every scorer's opinion of each topic (BM25, the
//! n-gram classifier, operators named, nearest phrasings) mixed into ranked candidates, and what
//! was seen of the question along the way (the signals the confidence model reads).

use super::{Matcher, Reading};
use crate::faq::analysis::normalize::normalize;
use crate::faq::analysis::tokenize::Units;
use crate::faq::decide::rank::{adjust_for_operators, Candidate};
use crate::faq::decide::signals::Signals;
use crate::faq::search::index::{QueryTerm, Scores};
use crate::faq::search::mix::{add_ngram, boost_neighbours, first, share_of};
use crate::faq::search::ngram::QueryGrams;
use crate::lang::Lang;

/// What the scorers said of a question beside the mixed scores, for the signals.
struct Opinions {
    /// The n-gram classifier's probability per topic (the out-of-scope pseudo-topic last).
    ngram: Vec<f32>,
    /// BM25's own first choice, before the n-gram opinion is mixed in.
    bm25_first: Option<usize>,
    /// The operators the question names.
    named: Vec<&'static str>,
    /// The raw score of the out-of-scope pseudo-topic.
    out_of_scope: f32,
}

impl Matcher {
    pub(super) fn read(&self, question: &str) -> Reading {
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
        let mut scores = self.index.score(&terms, &self.tuning.bm25);
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
        let grams = QueryGrams::of(&normalized);
        // Without out-of-scope examples the scope model has no opinion: the average one.
        signals.in_scope = self
            .scope
            .log_odds(&grams)
            .unwrap_or_else(|| self.confidence.mean_of("in_scope"));
        let certainty = self.tuning.typo_penalty.powi(corrected as i32);
        let (ranked, opinions) =
            self.candidates(&grams, &normalized, &tokens, &mut scores, certainty);
        self.note_agreement(&ranked, &opinions, &scores, certainty, &mut signals);
        Reading::Ranked(ranked, signals)
    }

    /// The topics with a non-zero score, best first: BM25 with the n-gram opinion added,
    /// operator boosts and the nearest phrasings' boost, relative to a perfect match.
    fn candidates(
        &self,
        grams: &QueryGrams,
        normalized: &str,
        tokens: &[String],
        scores: &mut Scores,
        certainty: f32,
    ) -> (Vec<Candidate>, Opinions) {
        let mut per_topic = std::mem::take(&mut scores.per_topic);
        let t = &self.tuning;
        let n = self.topics.len();
        let real = n.min(per_topic.len()); // the topics proper; the out-of-scope one is n
        let ngram = self.ngrams.probabilities_of(grams, t.ngram_temperature);
        let named = self.operators.spot(normalized, tokens);
        // BM25's own first choice, before the n-gram opinion is mixed in.
        let mut alone = per_topic.clone();
        adjust_for_operators(&named, &self.topics, &self.families, t, &mut alone);
        let bm25_first = first(&alone[..real]);
        add_ngram(&mut per_topic[..real], &ngram, t.ngram_weight, scores.ideal);
        adjust_for_operators(&named, &self.topics, &self.families, t, &mut per_topic);
        let anchored = self.index.topics_with_any(&self.concepts(tokens));
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
        let opinions = Opinions {
            ngram,
            bm25_first,
            named,
            out_of_scope,
        };
        (ranked, opinions)
    }

    /// How far the scorers agree with the best candidate, and how close the question comes to
    /// the out-of-scope examples, into `signals`.
    fn note_agreement(
        &self,
        ranked: &[Candidate],
        opinions: &Opinions,
        scores: &Scores,
        certainty: f32,
        signals: &mut Signals,
    ) {
        let n = self.topics.len();
        let (ngram, named) = (&opinions.ngram, &opinions.named);
        signals.out_of_scope = ranked.first().map_or(0.0, |best| {
            (opinions.out_of_scope / scores.ideal * certainty) / best.score.max(1e-6)
        });
        let nearest = &scores.nearest;
        signals.neighbours_agree = ranked
            .first()
            .map_or(0.0, |best| share_of(nearest, best.topic));
        signals.neighbours_out_of_scope = share_of(nearest, n);
        let ngram_first = first(ngram);
        signals.bm25_agrees = ranked
            .first()
            .is_some_and(|best| opinions.bm25_first == Some(best.topic));
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
    }

    /// The question's domain concepts: synonym-group tokens that are not weak words.
    fn concepts<'a>(&self, tokens: &'a [String]) -> Vec<&'a str> {
        tokens
            .iter()
            .filter(|t| self.tokenizer.is_concept(t) && !self.tokenizer.is_weak(t))
            .map(String::as_str)
            .collect()
    }
}
