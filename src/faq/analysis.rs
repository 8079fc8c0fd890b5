//! Text analysis, the same for the knowledge base and for users' questions: normalisation (one
//! spelling per word), tokenisation (stems, CJK n-grams, synonyms, stop words), stemming, typo
//! tolerance and the word lists they use. Knows nothing of topics.

pub(crate) mod normalize;
pub(crate) mod stem;
pub(crate) mod tokenize;
pub(crate) mod typo;
pub(crate) mod words;
