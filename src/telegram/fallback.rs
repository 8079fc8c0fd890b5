//! Replies to what the bot does not understand: unknown commands, stickers, photos, voice notes.
//! Never silence and never an error in a private chat.
use teloxide::prelude::*;
use teloxide::types::User as TgUser;
use teloxide::utils::html;

use super::context::{App, Ctx};
use super::out::Out;
use super::{add_typed, faq, reply, HandlerResult};
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::storage::Health;

/// How many characters of what a user typed a reply repeats.
pub const ECHO_CHARS: usize = 40;

/// What the user typed, as a reply repeats it: at most `ECHO_CHARS` characters (cut with "…"),
/// then HTML-escaped, so that no input can make the reply too long to send.
pub fn echo(typed: &str) -> String {
    html::escape(&reply::shorten(typed, ECHO_CHARS))
}

/// `text` HTML-escaped, cut (with "…") so that the escaped form is at most `max` characters.
pub fn escape_within(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    for c in text.chars() {
        let escaped = html::escape(c.encode_utf8(&mut [0; 4]));
        let width = escaped.chars().count();
        if count + width + 1 > max {
            out.push('…');
            return out;
        }
        out.push_str(&escaped);
        count += width;
    }
    out
}

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
/// (see `add_typed`), else a question for the FAQ; other kinds of message (stickers, photos, voice) get a hint that only text is read.
pub async fn private_message(bot: Out, app: App, ctx: Ctx, msg: Message) -> HandlerResult {
    let Some(text) = msg.text() else {
        return reply::send(&bot, ctx.chat, t(ctx.lang, "unsupported-update"), None).await;
    };
    if add_typed::on_text(&bot, &app, &ctx, text).await? {
        return Ok(());
    }
    faq::on_question(&bot, &app, &ctx, text).await
}

/// Tells the user something failed on our side (the database, usually) and logs why: a
/// database trouble once per episode (through `Health`), anything else every time.
pub async fn report_failure(
    bot: &Out,
    health: &Health,
    chat: ChatId,
    from: &TgUser,
    error: anyhow::Error,
) {
    if health.failed(&error) {
        tracing::debug!(error = %format!("{error:#}"), user = from.id.0, "cannot load the user; apologised");
    } else {
        tracing::error!(error = %format!("{error:#}"), user = from.id.0, "cannot load the user; answering with an apology");
    }
    let lang = Lang::from_telegram(from.language_code.as_deref());
    let _ = reply::send(bot, chat, t(lang, "error-generic"), None).await;
}

#[cfg(test)]
mod tests;
