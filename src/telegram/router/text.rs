//! Private texts that are not commands, and commands we do not know. A text first answers what
//! the bot asked for, if anything (routed by what it awaits, see `telegram::awaiting`), or asks
//! for a reminder ("30天后提醒我续费"); anything else is a question for the FAQ. A question left
//! unanswered for ten minutes expires, and the next message first says so. Never silence and
//! never an error in a private chat.
use teloxide::prelude::*;

use crate::clock::Timestamp;
use crate::i18n::{t, t_args};
use crate::telegram::awaiting::{self, Asked, Awaiting};
use crate::telegram::context::{App, Ctx};
use crate::telegram::out::Out;
use crate::telegram::reply::{self, echo, HandlerResult};
use crate::telegram::{faq, lines, plans};
use crate::users;

/// `/something` we do not know.
pub async fn unknown_command(bot: Out, ctx: Ctx, msg: Message) -> HandlerResult {
    let word = msg
        .text()
        .and_then(|t| t.split_whitespace().next())
        .unwrap_or("/");
    let command = echo(word.split('@').next().unwrap_or(word));
    let text = t_args(ctx.lang, "unknown-command", &[("command", command.into())]);
    reply::send(&bot, ctx.chat, text, None).await
}

/// Anything else in a private chat: a typed answer the bot asked for or a reminder request
/// (see `on_text`), else a question for the FAQ; other kinds of message (stickers, photos, voice)
/// get a hint that only text is read.
pub async fn private_message(bot: Out, app: App, ctx: Ctx, msg: Message) -> HandlerResult {
    let Some(text) = msg.text() else {
        return reply::send(&bot, ctx.chat, t(ctx.lang, "unsupported-update"), None).await;
    };
    if on_text(&bot, &app, &ctx, text).await? {
        return Ok(());
    }
    faq::on_question(&bot, &app, &ctx, text).await
}

/// A private text, before the FAQ sees it. Returns true when it was handled here: an answer to
/// a pending question, or a reminder request.
async fn on_text(bot: &Out, app: &App, ctx: &Ctx, text: &str) -> anyhow::Result<bool> {
    let now = app.now();
    match awaiting::asked(&app.pool, ctx.user.id, now.into()).await? {
        // An unwritten comment on an answer lapses silently: it was optional.
        Some(Asked::Expired {
            awaiting: Awaiting::Comment { .. },
            ..
        }) => users::clear_input(&app.pool, ctx.user.id).await?,
        Some(Asked::Expired { asked_at, .. }) => expired(bot, app, ctx, asked_at).await?,
        Some(Asked::Fresh(step)) => {
            if let Some(handled) = on_pending(bot, app, ctx, step, text).await? {
                return Ok(handled);
            }
        }
        None => {}
    }
    plans::on_request(bot, app, ctx, text, now).await
}

/// A text while the bot waits for `step`: `None` when this step awaits nothing typed, else
/// whether the text was handled (false: a question).
async fn on_pending(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    step: Awaiting,
    text: &str,
) -> anyhow::Result<Option<bool>> {
    match step {
        Awaiting::Comment { topic, question } => {
            faq::on_comment(bot, app, ctx, topic, question, text)
                .await
                .map(Some)
        }
        Awaiting::LineDate(operator) => {
            lines::on_typed(bot, app, ctx, operator, text).await?;
            Ok(Some(true))
        }
        _ => plans::on_pending(bot, app, ctx, step, text).await,
    }
}

/// Ends a question left unanswered too long, saying when it was asked.
async fn expired(bot: &Out, app: &App, ctx: &Ctx, asked_at: Timestamp) -> HandlerResult {
    users::clear_input(&app.pool, ctx.user.id).await?;
    let zone = app.settings(ctx.user.id).await?.zone;
    let time = zone.to_local(asked_at.clamped()).format("%H:%M");
    let notice = t_args(
        ctx.lang,
        "flow-expired",
        &[("time", time.to_string().into())],
    );
    reply::send(bot, ctx.chat, notice, None).await
}
