//! The FAQ in Telegram: a free-text question gets an answer (with related topics and 👍/👎), a
//! "did you mean…" with the closest topics, or an honest "not covered" with the browse menu;
//! `/faq` browses categories and topics in place; admins `/reload` the knowledge base.
use teloxide::types::{InlineKeyboardButton as Button, InlineKeyboardMarkup, MessageId};
use teloxide::utils::html;

use super::context::{App, Ctx};
use super::out::Out;
use super::reply::edit_or_send;
use super::{reply, HandlerResult};
use crate::faq::{self, render, Decision, Faq, SmallTalk};
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
            Some(topic) => send_answer(bot, ctx, &faq, &topic.id).await,
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
                return not_covered(bot, ctx, &faq).await;
            }
            let ids: Vec<&str> = outcome
                .topic
                .iter()
                .chain(&outcome.alternatives)
                .map(String::as_str)
                .collect();
            let mut rows = topic_buttons(&faq, lang, ids.into_iter().take(SUGGESTIONS), "faq:a");
            rows.push(vec![Button::callback(t(lang, "btn-browse"), "faq:home")]);
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

async fn not_covered(bot: &Out, ctx: &Ctx, faq: &Faq) -> HandlerResult {
    let keyboard = categories_keyboard(faq, ctx.lang);
    reply::send(bot, ctx.chat, t(ctx.lang, "faq-none"), Some(keyboard)).await
}

/// Sends a topic's answer as a new message, with related topics and feedback buttons.
pub async fn send_answer(bot: &Out, ctx: &Ctx, faq: &Faq, id: &str) -> HandlerResult {
    let Some(topic) = faq.kb.topic(id) else {
        return not_covered(bot, ctx, faq).await;
    };
    let lang = ctx.lang;
    let related = topic.text(lang).related.iter().map(String::as_str);
    let mut rows = topic_buttons(faq, lang, related.take(3), "faq:a");
    rows.push(feedback_row(lang, id));
    reply::send(
        bot,
        ctx.chat,
        render::answer_html(topic, lang),
        Some(InlineKeyboardMarkup::new(rows)),
    )
    .await
}

fn feedback_row(lang: Lang, id: &str) -> Vec<Button> {
    vec![
        Button::callback(t(lang, "btn-helpful"), format!("fb:1:{id}")),
        Button::callback(t(lang, "btn-not-helpful"), format!("fb:0:{id}")),
    ]
}

/// One button per topic id (unknown ids skipped), with the topic's title in `lang`.
fn topic_buttons<'a>(
    faq: &Faq,
    lang: Lang,
    ids: impl Iterator<Item = &'a str>,
    prefix: &str,
) -> Vec<Vec<Button>> {
    ids.filter_map(|id| faq.kb.topic(id))
        .map(|topic| {
            vec![Button::callback(
                topic.text(lang).title.clone(),
                format!("{prefix}:{}", topic.id),
            )]
        })
        .collect()
}

fn categories_keyboard(faq: &Faq, lang: Lang) -> InlineKeyboardMarkup {
    let buttons: Vec<Button> = faq
        .kb
        .categories()
        .iter()
        .map(|c| Button::callback(c.label(lang).to_owned(), format!("faq:c:{}", c.id)))
        .collect();
    InlineKeyboardMarkup::new(
        buttons
            .chunks(2)
            .map(<[Button]>::to_vec)
            .collect::<Vec<_>>(),
    )
}

/// `/faq`: the category menu.
pub async fn browse(bot: &Out, app: &App, ctx: &Ctx) -> HandlerResult {
    let faq = app.faq.current();
    reply::send(
        bot,
        ctx.chat,
        t(ctx.lang, "faq-browse"),
        Some(categories_keyboard(&faq, ctx.lang)),
    )
    .await
}

/// Routes `faq:…` and `fb:…` callback data; browsing edits `message` in place.
pub async fn on_callback(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    data: &str,
) -> anyhow::Result<Option<String>> {
    let faq = app.faq.current();
    let lang = ctx.lang;
    let mut parts = data.splitn(3, ':');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("faq"), Some("home"), _) => {
            edit_or_send(
                bot,
                ctx,
                message,
                t(lang, "faq-browse"),
                Some(categories_keyboard(&faq, lang)),
            )
            .await?;
        }
        (Some("faq"), Some("c"), Some(category)) => {
            let Some(cat) = faq.kb.categories().iter().find(|c| c.id == category) else {
                return Ok(None);
            };
            let ids = faq.kb.topics_in(category).map(|t| t.id.as_str());
            let mut rows = topic_buttons(&faq, lang, ids, "faq:t");
            rows.push(vec![Button::callback(t(lang, "btn-back"), "faq:home")]);
            let text = t_args(
                lang,
                "faq-category",
                &[("category", html::escape(cat.label(lang)).into())],
            );
            edit_or_send(
                bot,
                ctx,
                message,
                text,
                Some(InlineKeyboardMarkup::new(rows)),
            )
            .await?;
        }
        (Some("faq"), Some("t"), Some(id)) => {
            let Some(topic) = faq.kb.topic(id) else {
                return Ok(None);
            };
            let rows = vec![
                feedback_row(lang, id),
                vec![Button::callback(
                    t(lang, "btn-back"),
                    format!("faq:c:{}", topic.category),
                )],
            ];
            let text = render::answer_html(topic, lang);
            edit_or_send(
                bot,
                ctx,
                message,
                text,
                Some(InlineKeyboardMarkup::new(rows)),
            )
            .await?;
        }
        (Some("faq"), Some("a"), Some(id)) => send_answer(bot, ctx, &faq, id).await?,
        (Some("fb"), Some(vote @ ("0" | "1")), Some(id)) if faq.kb.topic(id).is_some() => {
            faq::record_feedback(
                &app.pool,
                ctx.user.id,
                id,
                vote == "1",
                app.now().timestamp(),
            )
            .await?;
            return Ok(Some(t(lang, "faq-helpful-thanks")));
        }
        _ => tracing::debug!(data, "faq callback with unknown data"),
    }
    Ok(None)
}

/// `/reload` (admins only): re-reads the knowledge base, keeping the old one if the new one is
/// broken and saying why.
pub async fn reload(bot: &Out, app: &App, ctx: &Ctx) -> HandlerResult {
    let lang = ctx.lang;
    if !app
        .config
        .is_admin(teloxide::types::UserId(ctx.user.id as u64))
    {
        return reply::send(bot, ctx.chat, t(lang, "not-admin"), None).await;
    }
    if *app.faq.source() == faq::FaqSource::Embedded {
        return reply::send(bot, ctx.chat, t(lang, "faq-reload-embedded"), None).await;
    }
    let text = match app.faq.reload() {
        Ok(count) => t_args(lang, "faq-reloaded", &[("count", (count as i64).into())]),
        Err(error) => {
            let mut problems = html::escape(&error.to_string());
            if problems.chars().count() > 3500 {
                problems = problems.chars().take(3500).collect::<String>() + "…";
            }
            format!("{}\n<pre>{problems}</pre>", t(lang, "faq-reload-failed"))
        }
    };
    reply::send(bot, ctx.chat, text, None).await
}
