//! The FAQ: loading and checking the knowledge base (`locales/<lang>/faq.toml`), and matching a
//! user's question, in Chinese, Spanish, English or a mix, to one of its topics.
//!
//! The knowledge base is `locales/facts.toml` (facts and their sources) and one faq.toml per
//! language (topics); its format is docs/knowledge-base.md.
//!
//! Flow: [`KnowledgeBase::load_dir`] → [`Matcher::new`] → [`Matcher::ask`] → [`Outcome`].
//! Text goes through [`normalize`], then tokenisation (stems, CJK n-grams, synonyms), then BM25.
//! `LiveFaq` holds the current knowledge base for the bot and swaps it on `/reload`.

mod check;
mod collection;
pub mod confidence;
pub mod evaluate;
mod evidence;
mod examples;
mod facts;
#[cfg(test)]
mod fixture;
mod grounding;
mod html;
mod index;
mod kb;
mod labelled;
mod live;
mod logistic;
mod matcher;
mod message;
mod mix;
mod ngram;
mod normalize;
mod operators;
mod outcome;
mod phrasings;
mod problem;
mod rank;
mod raw;
pub mod render;
mod rules;
mod scope;
mod signals;
mod smalltalk;
mod stem;
mod store;
mod tokenize;
mod tuning;
mod typo;
pub mod unanswered;
mod words;

pub use check::check;
pub use examples::{Example, LeaveOut};
pub use facts::{FACT_STATUSES, SOURCE_KINDS};
pub use kb::{Category, KbError, KnowledgeBase, SmallTalkPhrases, Topic, TopicText};
pub use live::{Faq, FaqSource, LiveFaq};
pub use matcher::{Matcher, RankedTopic};
pub use normalize::normalize;
pub use outcome::{Decision, Outcome, SmallTalk};
pub use problem::{Problem, FACTS_FILE};
pub use rules::{
    is_topic_id, BOT_CATEGORY, CATEGORY_IDS, MAX_ANSWER_CHARS, MAX_CAVEAT_CHARS, MAX_TITLE_CHARS,
    MAX_TOPIC_ID_BYTES, OPERATORS,
};
pub use store::{
    answered_topic, log_answered, log_unanswered, record_comment, record_feedback, record_reason,
    Answered, Rated,
};
pub use tokenize::{Tokenizer, Units};
pub use tuning::Bm25Params;
pub use tuning::Tuning;
