//! The FAQ: loading and checking the knowledge base (`locales/<lang>/faq.toml`), and matching a
//! user's question, in Chinese, Spanish, English or a mix, to one of its topics.
//!
//! The knowledge base is `locales/facts.toml` (facts and their sources) and one faq.toml per
//! language (topics); its format is docs/knowledge-base.md.
//!
//! Flow: [`KnowledgeBase::load_dir`] → [`Matcher::new`] → [`Matcher::ask`] → [`Outcome`].
//! Text goes through [`normalize`], then tokenisation (stems, CJK n-grams, synonyms), then BM25.
//! `LiveFaq` holds the current knowledge base for the bot and swaps it on `/reload`.
//!
//! Folders: `kb/` (the files, their checks and the facts answers rest on), `analysis/` (text to
//! tokens), `search/` (tokens to a score per topic), `decide/` (scores to an outcome), `matcher/`
//! (building the matcher and reading a question with all of them).

mod analysis;
mod decide;
pub mod evaluate;
#[cfg(test)]
mod fixture;
mod kb;
mod live;
mod matcher;
mod message;
pub mod render;
mod search;
mod store;
mod tuning;
pub mod unanswered;

pub use decide::confidence;

pub use analysis::normalize::normalize;
pub use analysis::tokenize::{Tokenizer, Units};
pub use decide::outcome::{Decision, Outcome, SmallTalk};
pub use kb::check::check;
pub use kb::examples::{Example, LeaveOut};
pub use kb::facts::{FACT_STATUSES, SOURCE_KINDS};
pub use kb::problem::{Problem, FACTS_FILE};
pub use kb::rules::{
    is_topic_id, BOT_CATEGORY, CATEGORY_IDS, MAX_ANSWER_CHARS, MAX_CAVEAT_CHARS, MAX_TITLE_CHARS,
    MAX_TOPIC_ID_BYTES, OPERATORS,
};
pub use kb::{Category, KbError, KnowledgeBase, SmallTalkPhrases, Topic, TopicText};
pub use live::{Faq, FaqSource, LiveFaq};
pub use matcher::{Matcher, RankedTopic};
pub use store::{
    answered_topic, forget_answered, forget_askers, log_answered, log_unanswered, reasons_since,
    record_comment, record_feedback, record_reason, thumbs_down_since, unanswered_since, Answered,
    Rated, Unanswered, UnansweredRow,
};
pub use tuning::Bm25Params;
pub use tuning::Tuning;
