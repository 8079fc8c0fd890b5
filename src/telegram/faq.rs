//! The FAQ in Telegram: a free-text question gets an answer (with related topics and 👍/👎; with
//! "Not this? …" buttons for the next two topics when the matcher is not sure), a "did you
//! mean…" with the closest topics, or, out of scope, what the bot is for with the browse menu;
//! `/faq` browses categories and topics in place; admins `/reload` the knowledge base.
use teloxide::types::{InlineKeyboardButton as Button, InlineKeyboardMarkup, MessageId};
use teloxide::utils::html;

use super::callback_data::{button, Category, Cb, FaqCb, Topic};
use super::callbacks::Answer;
use super::context::{App, Ctx};
use super::fallback::escape_within;
use super::faq_answer::{send_answer, Asked};
use super::faq_feedback::{self, vote_row};
use super::out::Out;
use super::reply::edit_or_send;
use super::settings_page::menu_row;
use super::{reply, HandlerResult};
use crate::faq::{self, render, Answered, Decision, Faq, Outcome, SmallTalk};
use crate::i18n::{t, t_args};
use crate::lang::Lang;

/// How many "did you mean" buttons to offer.
const SUGGESTIONS: usize = 3;
/// A question typed in a private chat.
pub async fn on_question(bot: &Out, app: &App, ctx: &Ctx, question: &str) -> HandlerResult {
    let faq = app.faq.current();
    let outcome = faq.matcher.ask(question);
    let lang = ctx.lang;
    match outcome.decision {
        Decision::Answer => match outcome.topic.as_deref().and_then(|id| faq.kb.topic(id)) {
            Some(topic) => {
                let number = log_answer(app, ctx, question, &outcome, &topic.id).await?;
                let not_this: &[String] = if outcome.sure {
                    &[]
                } else {
                    &outcome.alternatives
                };
                let asked = Asked {
                    number: Some(number),
                    not_this,
                };
                send_answer(bot, ctx, &faq, &topic.id, asked).await
            }
            None => not_covered(bot, ctx, &faq).await,
        },
        Decision::SmallTalk(kind) => {
            let key = match kind {
                SmallTalk::Greeting => "smalltalk-greeting",
                SmallTalk::Thanks => "smalltalk-thanks",
                SmallTalk::Other => "smalltalk-other",
            };
            reply::send(bot, ctx.chat, t(lang, key), None).await
        }
        Decision::Suggest | Decision::None => {
            let decision = if outcome.decision == Decision::Suggest {
                "suggest"
            } else {
                "none"
            };
            faq::log_unanswered(
                &app.pool,
                ctx.user.id,
                Lang::detect(question).code(),
                question,
                decision,
                outcome.topic.as_deref(),
                f64::from(outcome.score),
                app.now().timestamp(),
            )
            .await?;
            if outcome.decision == Decision::None {
                return out_of_scope(bot, ctx, &faq).await;
            }
            let ids: Vec<&str> = outcome
                .topic
                .iter()
                .chain(&outcome.alternatives)
                .map(String::as_str)
                .collect();
            let mut rows =
                topic_buttons(&faq, lang, ids.into_iter().take(SUGGESTIONS), FaqCb::Answer);
            rows.push(vec![button(t(lang, "btn-browse"), Cb::Faq(FaqCb::Home))]);
            reply::send(
                bot,
                ctx.chat,
                t(lang, "faq-suggest"),
                Some(InlineKeyboardMarkup::new(rows)),
            )
            .await
        }
    }
}

/// Logs an answered question; its number goes into the answer's 👍/👎 buttons.
async fn log_answer(
    app: &App,
    ctx: &Ctx,
    question: &str,
    outcome: &Outcome,
    topic: &str,
) -> anyhow::Result<i64> {
    let answered = Answered {
        language: Lang::detect(question).code(),
        question,
        topic,
        score: f64::from(outcome.score),
        sure: outcome.sure,
    };
    let now = app.now().timestamp();
    Ok(faq::log_answered(&app.pool, ctx.user.id, &answered, now).await?)
}

pub(super) async fn not_covered(bot: &Out, ctx: &Ctx, faq: &Faq) -> HandlerResult {
    let keyboard = categories_keyboard(faq, ctx.lang);
    reply::send(bot, ctx.chat, t(ctx.lang, "faq-none"), Some(keyboard)).await
}

/// A question outside what the bot is for: say what it is for, with the category menu (never
/// a single unrelated suggestion).
async fn out_of_scope(bot: &Out, ctx: &Ctx, faq: &Faq) -> HandlerResult {
    let keyboard = categories_keyboard(faq, ctx.lang);
    reply::send(
        bot,
        ctx.chat,
        t(ctx.lang, "faq-out-of-scope"),
        Some(keyboard),
    )
    .await
}

/// "📚 All 9 sources" under an answer that shows only some of them.
pub(super) fn sources_row(lang: Lang, topic: &faq::Topic, typed: Topic) -> Option<Vec<Button>> {
    render::has_more_sources(topic, lang).then(|| {
        let count = i64::try_from(topic.text(lang).sources.len()).unwrap_or(i64::MAX);
        let label = t_args(lang, "btn-all-sources", &[("count", count.into())]);
        vec![button(label, Cb::Faq(FaqCb::Sources(typed)))]
    })
}

/// One button per topic id (unknown ids skipped), with the topic's title in `lang`.
pub(super) fn topic_buttons<'a>(
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

fn categories_keyboard(faq: &Faq, lang: Lang) -> InlineKeyboardMarkup {
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
            let Some(cat) = faq.kb.categories().iter().find(|c| c.id == category.id()) else {
                return Ok(Answer::Expired);
            };
            let ids = faq.kb.topics_in(category.id()).map(|t| t.id.as_str());
            let mut rows = topic_buttons(&faq, lang, ids, FaqCb::Topic);
            rows.push(vec![button(t(lang, "btn-back"), Cb::Faq(FaqCb::Home))]);
            let text = t_args(
                lang,
                "faq-category",
                &[("category", html::escape(cat.label(lang)).into())],
            );
            let keyboard = Some(InlineKeyboardMarkup::new(rows));
            edit_or_send(bot, ctx, message, text, keyboard).await?;
        }
        FaqCb::Topic(id) => {
            let Some(topic) = faq.kb.topic(id.id()) else {
                return Ok(Answer::Expired);
            };
            let mut rows: Vec<Vec<Button>> =
                super::lines::faq_row(lang, topic).into_iter().collect();
            rows.extend(sources_row(lang, topic, id));
            rows.push(vote_row(lang, id, None));
            if let Some(category) = Category::new(&topic.category) {
                let back = Cb::Faq(FaqCb::Category(category));
                rows.push(vec![button(t(lang, "btn-back"), back)]);
            }
            let text = render::answer_html(topic, lang);
            let keyboard = Some(InlineKeyboardMarkup::new(rows));
            edit_or_send(bot, ctx, message, text, keyboard).await?;
        }
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
        } => return faq_feedback::on_vote(bot, app, ctx, helpful, topic, question).await,
        FaqCb::Reason {
            reason,
            topic,
            question,
        } => return faq_feedback::on_reason(bot, app, ctx, message, reason, topic, question).await,
    }
    Ok(Answer::Done)
}

/// `/reload` (admins only): re-reads the knowledge base, keeping the old one if the new one is
/// broken and saying why.
pub async fn reload(bot: &Out, app: &App, ctx: &Ctx) -> HandlerResult {
    let lang = ctx.lang;
    if !app.config.is_admin(teloxide::types::UserId(
        u64::try_from(ctx.user.id).unwrap_or_default(),
    )) {
        return reply::send(bot, ctx.chat, t(lang, "not-admin"), None).await;
    }
    if *app.faq.source() == faq::FaqSource::Embedded {
        return reply::send(bot, ctx.chat, t(lang, "faq-reload-embedded"), None).await;
    }
    let text = match app.faq.reload() {
        Ok(count) => {
            let count = i64::try_from(count).unwrap_or(i64::MAX);
            t_args(lang, "faq-reloaded", &[("count", count.into())])
        }
        Err(error) => {
            // Cut after escaping would split an entity; escaping after cutting could grow
            // past Telegram's limit. So the escaped text itself is what is measured.
            let problems = escape_within(&error.to_string(), 3500);
            format!("{}\n<pre>{problems}</pre>", t(lang, "faq-reload-failed"))
        }
    };
    reply::send(bot, ctx.chat, text, None).await
}
