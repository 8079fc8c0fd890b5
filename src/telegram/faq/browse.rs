//! Browsing the knowledge base: `/faq` shows the categories, and its buttons open a category's
//! topics and a topic's answer in place, an answer as a new message, all its sources, or an
//! operator's top-up guide; 👍/👎 and their reasons go on to `feedback`.
use teloxide::types::{InlineKeyboardButton as Button, InlineKeyboardMarkup, MessageId};
use teloxide::utils::html;

use super::answer::{
    categories_keyboard, line_row, send_answer, sources_row, topic_buttons, Asked,
};
use super::feedback::{self, vote_row};
use crate::faq::{render, Faq};
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::telegram::callback_data::{button, Category, Cb, FaqCb, Topic};
use crate::telegram::context::{App, Ctx};
use crate::telegram::keyboards::menu_row;
use crate::telegram::out::Out;
use crate::telegram::reply::{self, edit_or_send, Answer, HandlerResult};

/// The category menu with « Menu under it: the FAQ's home screen.
fn home_keyboard(faq: &Faq, lang: Lang) -> InlineKeyboardMarkup {
    let mut keyboard = categories_keyboard(faq, lang);
    keyboard.inline_keyboard.push(menu_row(lang));
    keyboard
}

/// `/faq`: the category menu.
pub async fn browse(bot: &Out, app: &App, ctx: &Ctx) -> HandlerResult {
    let faq = app.faq.current();
    reply::send(
        bot,
        ctx.chat,
        t(ctx.lang, "faq-browse"),
        Some(home_keyboard(&faq, ctx.lang)),
    )
    .await
}

/// Acts on a knowledge-base button; browsing edits `message` in place. A topic or category the
/// live knowledge base lacks is an expired button.
pub async fn on_callback(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    cb: FaqCb,
) -> anyhow::Result<Answer> {
    let faq = app.faq.current();
    let lang = ctx.lang;
    match cb {
        FaqCb::Home => {
            let keyboard = home_keyboard(&faq, lang);
            edit_or_send(bot, ctx, message, t(lang, "faq-browse"), Some(keyboard)).await?;
        }
        FaqCb::Category(category) => {
            let screen = category_screen(&faq, lang, category);
            return in_place(bot, ctx, message, screen).await;
        }
        FaqCb::Topic(id) => return in_place(bot, ctx, message, topic_screen(&faq, lang, id)).await,
        FaqCb::Answer(id) => {
            if faq.kb.topic(id.id()).is_none() {
                return Ok(Answer::Expired);
            }
            send_answer(bot, ctx, &faq, id.id(), Asked::default()).await?;
        }
        FaqCb::Topup(operator) => {
            let Some(guide) = faq.kb.topup_guide(operator.code()) else {
                return Ok(Answer::Expired);
            };
            send_answer(bot, ctx, &faq, &guide.id, Asked::default()).await?;
        }
        FaqCb::Sources(id) => {
            let Some(topic) = faq.kb.topic(id.id()) else {
                return Ok(Answer::Expired);
            };
            let text = render::all_sources_html(topic, lang);
            reply::send(bot, ctx.chat, text, None).await?;
        }
        FaqCb::Feedback {
            helpful,
            topic,
            question,
        } => return feedback::on_vote(bot, app, ctx, helpful, topic, question).await,
        FaqCb::Reason {
            reason,
            topic,
            question,
        } => return feedback::on_reason(bot, app, ctx, message, reason, topic, question).await,
    }
    Ok(Answer::Done)
}

/// Shows `screen` in place of `message`; none (what it showed is gone) is an expired button.
async fn in_place(
    bot: &Out,
    ctx: &Ctx,
    message: Option<MessageId>,
    screen: Option<(String, InlineKeyboardMarkup)>,
) -> anyhow::Result<Answer> {
    let Some((text, keyboard)) = screen else {
        return Ok(Answer::Expired);
    };
    edit_or_send(bot, ctx, message, text, Some(keyboard)).await?;
    Ok(Answer::Done)
}

/// A category's topics as buttons, with « Back; `None` when the knowledge base lacks it.
fn category_screen(
    faq: &Faq,
    lang: Lang,
    category: Category,
) -> Option<(String, InlineKeyboardMarkup)> {
    let cat = faq.kb.categories().iter().find(|c| c.id == category.id())?;
    let ids = faq.kb.topics_in(category.id()).map(|t| t.id.as_str());
    let mut rows = topic_buttons(faq, lang, ids, FaqCb::Topic);
    rows.push(vec![button(t(lang, "btn-back"), Cb::Faq(FaqCb::Home))]);
    let text = t_args(
        lang,
        "faq-category",
        &[("category", html::escape(cat.label(lang)).into())],
    );
    Some((text, InlineKeyboardMarkup::new(rows)))
}

/// A topic's answer in place, with its line, sources and 👍/👎 rows and « Back to its category;
/// `None` when the knowledge base lacks it.
fn topic_screen(faq: &Faq, lang: Lang, id: Topic) -> Option<(String, InlineKeyboardMarkup)> {
    let topic = faq.kb.topic(id.id())?;
    let mut rows: Vec<Vec<Button>> = line_row(lang, topic).into_iter().collect();
    rows.extend(sources_row(lang, topic, id));
    rows.push(vote_row(lang, id, None));
    if let Some(category) = Category::new(&topic.category) {
        let back = Cb::Faq(FaqCb::Category(category));
        rows.push(vec![button(t(lang, "btn-back"), back)]);
    }
    let text = render::answer_html(topic, lang);
    Some((text, InlineKeyboardMarkup::new(rows)))
}
