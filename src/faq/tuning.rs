//! The matcher's knobs in one place. The shipped values live in src/faq/confidence.toml
//! (`[tuning]`), searched by `recarga tune` on the labelled examples (cross-fitted); `Default`
//! holds the hand-set starting point the search begins from.

use serde::{Deserialize, Serialize};

/// How documents are scored and mixed.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Bm25Params {
    /// BM25 term-frequency saturation.
    pub k1: f32,
    /// BM25 length normalisation (0 = none, 1 = full).
    pub b: f32,
    /// Weight of the topic-document BM25 score added to the best-phrasing score.
    pub topic_weight: f32,
    /// Weight of the best phrasing's cosine similarity (idf-weighted vectors) mixed in: BM25
    /// ignores the words of a phrasing the question lacks, cosine does not.
    pub cosine_mix: f32,
}

/// Knobs of the matcher: how words count, how operators move topics, when to answer.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Tuning {
    /// BM25 parameters and how the document families are mixed.
    pub bm25: Bm25Params,
    /// Query weight of a single CJK character (words and bigrams weigh 1): characters alone are
    /// ambiguous, and each also appears in the bigrams around it.
    pub unigram_weight: f32,
    /// Query weight of a CJK bigram: many bigrams straddle two words and are rare by chance.
    pub bigram_weight: f32,
    /// Query weight of an operator name: operators are handled by boosts, and their names would
    /// otherwise pull every question that names one towards that operator's top-up topic.
    pub operator_term_weight: f32,
    /// Query weight of a weak word (question words, "need", "best", places …).
    pub weak_weight: f32,
    /// Query weight of a domain concept (the token of a synonym group).
    pub concept_weight: f32,
    /// How much an unknown word counts in the perfect score, relative to a word no topic uses
    /// (0 ignores unknown words; 1 lets each one pull the confidence down fully).
    pub oov_weight: f32,
    /// Like `oov_weight`, for an unknown CJK bigram (often a pair straddling two words).
    pub oov_bigram_weight: f32,
    /// Confidence factor per word whose typo was corrected (a guess is less certain).
    pub typo_penalty: f32,
    /// Score factor for topics of an operator the question names.
    pub operator_boost: f32,
    /// Score factor for topics of an operator when the question names only other operators.
    pub operator_penalty: f32,
    /// Score factor for operator-specific topics when the question names no operator: "how do I
    /// top up" is about the overview, not about one operator.
    pub operator_absent_penalty: f32,
    /// When a question names an operator, that operator's topic in a family (see
    /// `rank::families`) gets at least the family parent's score times this factor: above 1,
    /// "recharge Claro" prefers the Claro answer to the general overview.
    pub specialize_factor: f32,
    /// Share of topic coverage in the confidence: `(1 - mix) * relative score + mix * coverage`.
    pub coverage_mix: f32,
    /// Temperature of the softmax share of the best topic among the top candidates (a model
    /// feature: 1 = alone, 0.5 = tied with one other), in score units (lower: a small lead
    /// counts more).
    pub share_temperature: f32,
    /// Alternatives must score at least this fraction of the best topic.
    pub alternative_min_ratio: f32,
    /// Score factor per share of the question's nearest phrasings (see `phrasings::NEIGHBOURS`)
    /// that belong to a topic: `score * (1 + neighbour_boost * share)`. Many close labelled
    /// examples of one topic are evidence its single best phrasing does not show.
    #[serde(default)]
    pub neighbour_boost: f32,
    /// Weight of the character n-gram classifier's probability (see `ngram`) added to each
    /// topic's score, in units of the perfect score: `score + ngram_weight * p * ideal`.
    #[serde(default)]
    pub ngram_weight: f32,
    /// Temperature of that classifier's softmax over mean per-gram log-likelihoods (lower:
    /// surer).
    #[serde(default = "default_ngram_temperature")]
    pub ngram_temperature: f32,
    /// Additive smoothing of the classifier's gram counts.
    #[serde(default = "default_ngram_alpha")]
    pub ngram_alpha: f32,
}

fn default_ngram_temperature() -> f32 {
    0.3
}

fn default_ngram_alpha() -> f32 {
    0.2
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning {
            bm25: Bm25Params {
                k1: 2.0,
                b: 0.5,
                topic_weight: 0.25,
                cosine_mix: 0.25,
            },
            unigram_weight: 0.3,
            bigram_weight: 0.7,
            operator_term_weight: 0.6,
            weak_weight: 0.2,
            concept_weight: 1.3,
            oov_weight: 0.7,
            oov_bigram_weight: 0.25,
            typo_penalty: 0.9,
            operator_boost: 1.0,
            operator_penalty: 0.3,
            operator_absent_penalty: 0.8,
            specialize_factor: 1.05,
            coverage_mix: 0.7,
            share_temperature: 0.05,
            alternative_min_ratio: 0.2,
            neighbour_boost: 0.0,
            ngram_weight: 0.0,
            ngram_temperature: default_ngram_temperature(),
            ngram_alpha: default_ngram_alpha(),
        }
    }
}
