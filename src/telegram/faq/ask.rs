//! A question typed in a private chat: an answer (with related topics and 👍/👎; with "Not
//! this? …" buttons for the next two topics when the matcher is not sure), a "did you mean…"
//! with the closest topics, small talk answered in kind, or, out of scope, what the bot is for
//! with the browse menu. Every question is logged for the editors.
use teloxide::types::InlineKeyboardMarkup;

use super::answer::{categories_keyboard, not_covered, send_answer, topic_buttons, Asked};
use crate::faq::{self, Answered, Decision, Faq, Outcome, SmallTalk};
use crate::i18n::t;
use crate::lang::Lang;
use crate::telegram::callback_data::{button, Cb, FaqCb};
use crate::telegram::context::{App, Ctx};
use crate::telegram::out::Out;
use crate::telegram::reply::{self, HandlerResult};

/// How many "did you mean" buttons to offer.
const SUGGESTIONS: usize = 3;

/// A question typed in a private chat.
pub async fn on_question(bot: &Out, app: &App, ctx: &Ctx, question: &str) -> HandlerResult {
    let faq = app.faq.current();
    let outcome = faq.matcher.ask(question);
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
            reply::send(bot, ctx.chat, t(ctx.lang, key), None).await
        }
        Decision::Suggest | Decision::None => {
            log_unanswered(app, ctx, question, &outcome).await?;
            if outcome.decision == Decision::None {
                return out_of_scope(bot, ctx, &faq).await;
            }
            suggest(bot, ctx, &faq, &outcome).await
        }
    }
}

/// Logs a question that got no answer, for the editors.
async fn log_unanswered(
    app: &App,
    ctx: &Ctx,
    question: &str,
    outcome: &Outcome,
) -> anyhow::Result<()> {
    let decision = if outcome.decision == Decision::Suggest {
        "suggest"
    } else {
        "none"
    };
    let row = faq::Unanswered {
        user_id: ctx.user.id,
        language: Lang::detect(question).code(),
        question,
        decision,
        best_topic: outcome.topic.as_deref(),
        score: f64::from(outcome.score),
        at: app.now().into(),
    };
    faq::log_unanswered(&app.pool, &row).await?;
    Ok(())
}

/// "Did you mean…": the closest topics as buttons, and the browse menu.
async fn suggest(bot: &Out, ctx: &Ctx, faq: &Faq, outcome: &Outcome) -> HandlerResult {
    let lang = ctx.lang;
    let ids: Vec<&str> = outcome
        .topic
        .iter()
        .chain(&outcome.alternatives)
        .map(String::as_str)
        .collect();
    let mut rows = topic_buttons(faq, lang, ids.into_iter().take(SUGGESTIONS), FaqCb::Answer);
    rows.push(vec![button(t(lang, "btn-browse"), Cb::Faq(FaqCb::Home))]);
    reply::send(
        bot,
        ctx.chat,
        t(lang, "faq-suggest"),
        Some(InlineKeyboardMarkup::new(rows)),
    )
    .await
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
    let now = app.now().into();
    Ok(faq::log_answered(&app.pool, ctx.user.id, &answered, now).await?)
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
