//! Search: from a question's tokens to a score per topic. The BM25 index over phrasings and
//! topic documents, the character n-gram classifier, the in-scope model, and how their opinions
//! are mixed. Knows topic numbers and tokens only; `decide` turns scores into a decision.

pub(crate) mod collection;
pub(crate) mod index;
pub(crate) mod mix;
pub(crate) mod ngram;
pub(crate) mod phrasings;
pub(crate) mod scope;
