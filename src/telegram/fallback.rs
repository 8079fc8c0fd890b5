//! Replies to what the bot does not understand: unknown commands, stickers, photos, voice notes.
//! Never silence and never an error in a private chat.
use teloxide::prelude::*;
use teloxide::types::User as TgUser;
use teloxide::utils::html;

use super::context::Ctx;
use super::{reply, HandlerResult};
use crate::i18n::{t, t_args};
use crate::lang::Lang;

/// `/something` we do not know.
pub async fn unknown_command(bot: Bot, ctx: Ctx, msg: Message) -> HandlerResult {
    let word = msg
        .text()
        .and_then(|t| t.split_whitespace().next())
        .unwrap_or("/");
    let command = html::escape(word.split('@').next().unwrap_or(word));
    let text = t_args(ctx.lang, "unknown-command", &[("command", command.into())]);
    reply::send(&bot, ctx.chat, text, None).await
}

/// Anything else in a private chat: free text goes to `/help` for now; other kinds of message
/// get a hint that only text is read.
pub async fn private_message(bot: Bot, ctx: Ctx, msg: Message) -> HandlerResult {
    if msg.text().is_some() {
        return super::start::help(&bot, &ctx, "").await;
    }
    reply::send(&bot, ctx.chat, t(ctx.lang, "unsupported-update"), None).await
}

/// Tells the user something failed on our side (the database, usually) and logs why.
pub async fn report_failure(
    bot: &Bot,
    chat: ChatId,
    from: &TgUser,
    error: &(dyn std::fmt::Display + Sync),
) {
    tracing::error!(%error, user = from.id.0, "cannot load the user; answering with an apology");
    let lang = Lang::from_telegram(from.language_code.as_deref());
    let _ = reply::send(bot, chat, t(lang, "error-generic"), None).await;
}
