//! An answer sent as a new message (to a typed question, or from a "did you mean" or related
//! topic button) and its buttons: "Not this? …" for the next two topics when the matcher was not
//! sure, related topics, line tracking, all sources, and 👍/👎 carrying the question's number.
use teloxide::types::{InlineKeyboardButton as Button, InlineKeyboardMarkup};

use super::feedback::vote_row;
use crate::faq::{self, render, Faq};
use crate::i18n::{t, t_args, Arg};
use crate::lang::Lang;
use crate::telegram::callback_data::{button, Category, Cb, FaqCb, LineCb, Topic};
use crate::telegram::context::Ctx;
use crate::telegram::out::Out;
use crate::telegram::reply::{self, HandlerResult};

/// How many "Not this? …" buttons an answer the matcher is not sure of carries.
const NOT_THIS: usize = 2;
/// The widest "Not this? …" label, in columns (a Chinese character takes two): about one line
/// of a phone-wide button.
const MAX_NOT_THIS_COLUMNS: usize = 36;

/// What a typed question adds to its answer: the question's number (for feedback) and, when
/// the matcher is not sure, the topics to offer as "Not this? …".
#[derive(Default)]
pub struct Asked<'a> {
    /// The user's question number (see `faq::log_answered`); none for a menu's answer.
    pub number: Option<i64>,
    /// The next best topic ids, best first.
    pub not_this: &'a [String],
}

/// Sends a topic's answer as a new message: "Not this? …" first when `asked` has any, then
/// related topics (those not already offered), the line and sources buttons, and 👍/👎.
pub async fn send_answer(
    bot: &Out,
    ctx: &Ctx,
    faq: &Faq,
    id: &str,
    asked: Asked<'_>,
) -> HandlerResult {
    let (Some(topic), Some(typed)) = (faq.kb.topic(id), Topic::new(id)) else {
        return not_covered(bot, ctx, faq).await;
    };
    let keyboard = answer_keyboard(faq, ctx.lang, topic, typed, &asked);
    let text = render::answer_html(topic, ctx.lang);
    reply::send(bot, ctx.chat, text, Some(keyboard)).await
}

/// The buttons under an answer to a typed question or a suggestion tap (see `send_answer`).
pub fn answer_keyboard(
    faq: &Faq,
    lang: Lang,
    topic: &faq::Topic,
    typed: Topic,
    asked: &Asked<'_>,
) -> InlineKeyboardMarkup {
    let id = typed.id();
    let not_this: Vec<&str> = asked
        .not_this
        .iter()
        .map(String::as_str)
        .filter(|other| *other != id && faq.kb.topic(other).is_some())
        .take(NOT_THIS)
        .collect();
    let mut rows = not_this_buttons(faq, lang, &not_this);
    let related = topic.text(lang).related.iter().map(String::as_str);
    let related = related.filter(|r| !not_this.contains(r)).take(3);
    rows.extend(topic_buttons(faq, lang, related, FaqCb::Answer));
    rows.extend(line_row(lang, topic));
    rows.extend(sources_row(lang, topic, typed));
    rows.push(vote_row(lang, typed, asked.number));
    InlineKeyboardMarkup::new(rows)
}

/// The reply to a question whose topic is gone: the category menu.
pub async fn not_covered(bot: &Out, ctx: &Ctx, faq: &Faq) -> HandlerResult {
    let keyboard = categories_keyboard(faq, ctx.lang);
    reply::send(bot, ctx.chat, t(ctx.lang, "faq-none"), Some(keyboard)).await
}

/// "📚 All 9 sources" under an answer that shows only some of them.
pub fn sources_row(lang: Lang, topic: &faq::Topic, typed: Topic) -> Option<Vec<Button>> {
    render::has_more_sources(topic, lang).then(|| {
        let count = Arg::count(topic.text(lang).sources.len());
        let label = t_args(lang, "btn-all-sources", &[("count", count)]);
        vec![button(label, Cb::Faq(FaqCb::Sources(typed)))]
    })
}

/// One button per topic id (unknown ids skipped), with the topic's title in `lang`.
pub fn topic_buttons<'a>(
    faq: &Faq,
    lang: Lang,
    ids: impl Iterator<Item = &'a str>,
    action: fn(Topic) -> FaqCb,
) -> Vec<Vec<Button>> {
    ids.filter_map(|id| Some((faq.kb.topic(id)?, Topic::new(id)?)))
        .map(|(topic, typed)| {
            vec![button(
                topic.text(lang).title.clone(),
                Cb::Faq(action(typed)),
            )]
        })
        .collect()
}

/// The categories, two to a row.
pub fn categories_keyboard(faq: &Faq, lang: Lang) -> InlineKeyboardMarkup {
    let buttons: Vec<Button> = faq
        .kb
        .categories()
        .iter()
        .filter_map(|c| {
            let data = Cb::Faq(FaqCb::Category(Category::new(&c.id)?));
            Some(button(c.label(lang).to_owned(), data))
        })
        .collect();
    InlineKeyboardMarkup::new(
        buttons
            .chunks(2)
            .map(<[Button]>::to_vec)
            .collect::<Vec<_>>(),
    )
}

/// The row under a knowledge-base answer that offers to track a line: for the topics whose
/// `offers` say "line-tracking" (those about losing a number).
pub fn line_row(lang: Lang, topic: &crate::faq::Topic) -> Option<Vec<Button>> {
    topic
        .offers
        .iter()
        .any(|o| o == "line-tracking")
        .then(|| vec![button(t(lang, "btn-line-faq"), Cb::Line(LineCb::Start))])
}

/// "Not this? <title>" per topic id, each opening that topic's answer as a new message; the
/// title is cut so that the label fits a phone's button.
fn not_this_buttons(faq: &Faq, lang: Lang, ids: &[&str]) -> Vec<Vec<Button>> {
    let prefix = t_args(lang, "btn-not-this", &[("title", "".into())]);
    let room = MAX_NOT_THIS_COLUMNS.saturating_sub(columns(&prefix));
    ids.iter()
        .filter_map(|id| Some((faq.kb.topic(id)?, Topic::new(id)?)))
        .map(|(topic, typed)| {
            let title = fit(&topic.text(lang).title, room);
            let label = t_args(lang, "btn-not-this", &[("title", title.into())]);
            vec![button(label, Cb::Faq(FaqCb::Answer(typed)))]
        })
        .collect()
}

/// `text` cut (with "…") to at most `room` columns.
fn fit(text: &str, room: usize) -> String {
    if columns(text) <= room {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 1; // the "…"
    for c in text.chars() {
        used += column(c);
        if used > room {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

fn columns(text: &str) -> usize {
    text.chars().map(column).sum()
}

/// How wide a character shows: two columns for CJK and full-width forms, else one.
fn column(c: char) -> usize {
    match u32::from(c) {
        0x1100..=0x115F
        | 0x2E80..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1FAFF => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests;
