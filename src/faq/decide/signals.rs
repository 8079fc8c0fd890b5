//! What the matcher saw of a question itself, beside the ranked candidates: the measurements
//! the confidence model reads (see `rank::features`) and the question's label, if any.

use crate::lang::Lang;

/// What the matcher saw of the question itself, beside the candidates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Signals {
    /// Language of the question.
    pub lang: Lang,
    /// Tokens after synonyms.
    pub tokens: usize,
    /// Share of those tokens the index knows.
    pub known_share: f32,
    /// Words whose typo was corrected.
    pub typo_fixes: usize,
    /// Operators named in the question.
    pub named: usize,
    /// Whether the best topic's operator is among those named.
    pub operator_agrees: bool,
    /// Score of the out-of-scope examples relative to the best topic's.
    pub out_of_scope: f32,
    /// Share of the nearest phrasings (cosine) that belong to the best topic.
    pub neighbours_agree: f32,
    /// Share of the nearest phrasings that are out-of-scope examples.
    pub neighbours_out_of_scope: f32,
    /// The n-gram classifier's probability of the best topic; whether its own first choice is
    /// the best topic; its probability that the question is out of scope.
    pub ngram_best: f32,
    pub ngram_agrees: bool,
    pub ngram_out_of_scope: f32,
    /// The scope model's log-odds that the question is in scope (see `scope`).
    pub in_scope: f32,
    /// Whether BM25 alone (before the n-gram opinion is mixed in) ranks the best topic first.
    pub bm25_agrees: bool,
    /// The label of a question asked word for word as labelled (see `labelled`).
    pub label: Option<Option<usize>>,
}

impl Signals {
    /// What is known of a question before any topic is scored (the rest is zero).
    pub(crate) fn of(lang: Lang, tokens: usize, known_share: f32, typo_fixes: usize) -> Signals {
        Signals {
            lang,
            tokens,
            known_share,
            typo_fixes,
            named: 0,
            operator_agrees: false,
            out_of_scope: 0.0,
            neighbours_agree: 0.0,
            neighbours_out_of_scope: 0.0,
            ngram_best: 0.0,
            ngram_agrees: false,
            ngram_out_of_scope: 0.0,
            in_scope: 0.0,
            bm25_agrees: false,
            label: None,
        }
    }
}
