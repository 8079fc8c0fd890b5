//! The FAQ: loading and checking the knowledge base (`locales/<lang>/faq.toml`), and matching a
//! user's question, in Chinese, Spanish, English or a mix, to one of its topics.
//!
//! Flow: [`KnowledgeBase::load_dir`] → [`Matcher::new`] → [`Matcher::ask`] → [`Outcome`].
//! Text goes through [`normalize`], then tokenisation (stems, CJK n-grams, synonyms), then BM25.
//! `LiveFaq` holds the current knowledge base for the bot and swaps it on `/reload`.

mod check;
mod collection;
#[cfg(test)]
mod fixture;
mod html;
mod index;
mod kb;
mod live;
mod matcher;
mod normalize;
mod operators;
mod outcome;
mod phrasings;
mod rank;
mod raw;
pub mod render;
mod smalltalk;
mod stem;
mod store;
mod tokenize;
mod tuning;
mod typo;
pub mod unanswered;
mod words;

pub use check::{
    check, Problem, CATEGORY_IDS, MAX_ANSWER_CHARS, MAX_TITLE_CHARS, OPERATORS, TOPIC_IDS,
};
pub use index::Bm25Params;
pub use kb::{Category, KbError, KnowledgeBase, SmallTalkPhrases, Topic, TopicText};
pub use live::{Faq, FaqSource, LiveFaq};
pub use matcher::{Matcher, RankedTopic};
pub use normalize::normalize;
pub use outcome::{Decision, Outcome};
pub use smalltalk::SmallTalk;
pub use store::{
    answered_topic, log_answered, log_unanswered, record_comment, record_feedback, record_reason,
    Answered, Rated,
};
pub use tokenize::{Tokenizer, Units};
pub use tuning::Tuning;
