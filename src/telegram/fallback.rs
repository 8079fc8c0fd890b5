//! Replies to what the bot does not understand: unknown commands, stickers, photos, voice notes.
//! Never silence and never an error in a private chat.
use teloxide::prelude::*;
use teloxide::types::User as TgUser;
use teloxide::utils::html;

use super::context::{App, Ctx};
use super::out::Out;
use super::{add_flow, faq, reply, HandlerResult};
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::reminders;

/// `/something` we do not know.
pub async fn unknown_command(bot: Out, ctx: Ctx, msg: Message) -> HandlerResult {
    let word = msg
        .text()
        .and_then(|t| t.split_whitespace().next())
        .unwrap_or("/");
    let command = html::escape(word.split('@').next().unwrap_or(word));
    let text = t_args(ctx.lang, "unknown-command", &[("command", command.into())]);
    reply::send(&bot, ctx.chat, text, None).await
}

/// Anything else in a private chat: a typed answer the bot asked for, else a question for the
/// FAQ; other kinds of message (stickers, photos, voice) get a hint that only text is read.
pub async fn private_message(bot: Out, app: App, ctx: Ctx, msg: Message) -> HandlerResult {
    let Some(text) = msg.text() else {
        return reply::send(&bot, ctx.chat, t(ctx.lang, "unsupported-update"), None).await;
    };
    let now = app.now().timestamp();
    if let Some((kind, payload)) = reminders::pending_input(&app.pool, ctx.user.id, now).await? {
        if add_flow::on_typed(&bot, &app, &ctx, &kind, &payload, text).await? {
            return Ok(());
        }
    }
    faq::on_question(&bot, &app, &ctx, text).await
}

/// Tells the user something failed on our side (the database, usually) and logs why.
pub async fn report_failure(
    bot: &Out,
    chat: ChatId,
    from: &TgUser,
    error: &(dyn std::fmt::Display + Sync),
) {
    tracing::error!(%error, user = from.id.0, "cannot load the user; answering with an apology");
    let lang = Lang::from_telegram(from.language_code.as_deref());
    let _ = reply::send(bot, chat, t(lang, "error-generic"), None).await;
}
