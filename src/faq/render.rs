//! An answer as the user reads it, for one topic of the knowledge base: its answer message (see
//! `message`), whether sources were left out, and the full list of sources one button away
//! (`all_sources_html`).
pub use super::message::{local_date, to_plain, visible_text, TELEGRAM_MAX_CHARS};
use super::message::{message_html, ranked_sources, source_link, visible_chars, SHOWN_SOURCES};
use super::{KnowledgeBase, Topic};
use crate::i18n::t_args;
use crate::lang::Lang;
use crate::text::escape_html;

/// The answer message for `topic` in `lang`.
pub fn answer_html(topic: &Topic, lang: Lang) -> String {
    let text = topic.text(lang);
    message_html(
        &text.answer,
        &text.caveat,
        &text.sources,
        &text.checked,
        lang,
    )
}

/// Whether `topic`'s answer in `lang` leaves sources out (then it gets a "more sources" button).
pub fn has_more_sources(topic: &Topic, lang: Lang) -> bool {
    topic.text(lang).sources.len() > SHOWN_SOURCES
}

/// Every source of `topic`'s answer in `lang`, one link a line, the most authoritative first.
pub fn all_sources_html(topic: &Topic, lang: Lang) -> String {
    let text = topic.text(lang);
    let mut out = t_args(
        lang,
        "faq-all-sources",
        &[("title", escape_html(&text.title).into())],
    );
    for url in ranked_sources(&text.sources) {
        out.push_str("\n• ");
        out.push_str(&source_link(url));
    }
    out
}

/// The longest rendered answer of the knowledge base, in characters as the reader sees them
/// (reported by `recarga check`; each is also held to `MAX_ANSWER_CHARS` when loading).
pub fn longest_answer(kb: &KnowledgeBase) -> (String, Lang, usize) {
    let mut longest = (String::new(), Lang::En, 0);
    for topic in kb.topics() {
        for lang in Lang::ALL {
            let len = visible_chars(&answer_html(topic, lang));
            if len > longest.2 {
                longest = (topic.id.clone(), lang, len);
            }
        }
    }
    longest
}

#[cfg(test)]
mod tests;
