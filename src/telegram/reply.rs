//! Sending to Telegram from a handler: every reply is HTML without link previews, goes through
//! `Out` (paced, retried when Telegram refuses for a moment), never exceeds Telegram's length
//! limit, and a user who blocked the bot (403) is logged, not treated as a failure. Also what
//! every handler returns, and the few text helpers every reply uses (echoing what was typed).
use teloxide::prelude::*;
use teloxide::types::{
    CallbackQueryId, InlineKeyboardMarkup, InputFile, LinkPreviewOptions, MessageId, ParseMode,
};
use teloxide::utils::html;
use teloxide::{ApiError, RequestError};

use super::context::Ctx;
use super::out::Out;
use crate::pacing::Kind;

/// What every handler returns: user mistakes are replies, so an `Err` is a real failure.
pub type HandlerResult = anyhow::Result<()>;

/// How a button press is answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Silently: the handler replied or edited.
    Done,
    /// With a short toast.
    Toast(String),
    /// With "this button has expired": stale or forged data; nothing was changed.
    Expired,
}

/// Telegram's limit on a message's text, in characters.
pub const MAX_TEXT: usize = 4096;
/// Telegram's limit on a button answer's toast, in characters.
const MAX_TOAST: usize = 200;
/// How many characters of what a user typed a reply repeats.
pub const ECHO_CHARS: usize = 40;

/// Link previews off: answers cite several sources, and a preview card would bury the text.
pub fn no_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

/// Sends `text` (Telegram HTML) to `chat`, with an optional inline keyboard.
pub async fn send(
    bot: &Out,
    chat: ChatId,
    text: String,
    keyboard: Option<InlineKeyboardMarkup>,
) -> HandlerResult {
    let text = fit(text);
    let sent = bot
        .deliver(chat, Kind::Message, |bot| {
            let mut request = bot
                .send_message(chat, text.clone())
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview());
            if let Some(keyboard) = &keyboard {
                request = request.reply_markup(keyboard.clone());
            }
            async move { request.await.map(|_| ()) }
        })
        .await;
    tolerate(sent)
}

/// Replaces the text and keyboard of a message the bot sent (menus that change in place).
pub async fn edit(
    bot: &Out,
    chat: ChatId,
    message: MessageId,
    text: String,
    keyboard: Option<InlineKeyboardMarkup>,
) -> HandlerResult {
    let text = fit(text);
    let edited = bot
        .deliver(chat, Kind::Edit, |bot| {
            let mut request = bot
                .edit_message_text(chat, message, text.clone())
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview());
            if let Some(keyboard) = &keyboard {
                request = request.reply_markup(keyboard.clone());
            }
            async move { request.await.map(|_| ()) }
        })
        .await;
    match edited {
        // Tapping the same button twice edits to identical content; Telegram calls that an error.
        Err(RequestError::Api(ApiError::MessageNotModified)) => Ok(()),
        other => tolerate(other),
    }
}

/// Edits the message holding the buttons, or sends a new one when there is none.
pub async fn edit_or_send(
    bot: &Out,
    ctx: &Ctx,
    message: Option<MessageId>,
    text: String,
    keyboard: Option<InlineKeyboardMarkup>,
) -> HandlerResult {
    match message {
        Some(id) => edit(bot, ctx.chat, id, text, keyboard).await,
        None => send(bot, ctx.chat, text, keyboard).await,
    }
}

/// Answers a button press, with a short toast when there is one, so the button stops spinning.
pub async fn answer(
    bot: &Out,
    chat: ChatId,
    query: CallbackQueryId,
    toast: Option<String>,
) -> HandlerResult {
    let toast = toast.map(|toast| shorten(&toast, MAX_TOAST - 1));
    let answered = bot
        .deliver(chat, Kind::Edit, |bot| {
            let mut request = bot.answer_callback_query(query.clone());
            if let Some(toast) = &toast {
                request = request.text(toast.clone());
            }
            async move { request.await.map(|_| ()) }
        })
        .await;
    match answered {
        // A press answered late (after a restart, say) can no longer be answered: harmless.
        Err(RequestError::Api(ApiError::InvalidQueryId)) => Ok(()),
        other => tolerate(other),
    }
}

/// Sends a file with a caption (the calendar).
pub async fn document(bot: &Out, chat: ChatId, file: InputFile, caption: String) -> HandlerResult {
    let sent = bot
        .deliver(chat, Kind::Message, |bot| {
            let request = bot
                .send_document(chat, file.clone())
                .caption(caption.clone());
            async move { request.await.map(|_| ()) }
        })
        .await;
    tolerate(sent)
}

/// The last guard against Telegram's length limit: every message is built to fit, but a text
/// that does not (a bug, or a knowledge base edited carelessly) is cut at a line end with "…"
/// rather than refused, which would leave the user with no answer at all.
fn fit(text: String) -> String {
    if text.chars().count() <= MAX_TEXT {
        return text;
    }
    tracing::warn!(
        chars = text.chars().count(),
        "a reply was too long for Telegram; cut"
    );
    let head: String = text.chars().take(MAX_TEXT - 200).collect();
    // Cutting at a line end keeps HTML tags whole: ours never span lines.
    let cut = head.rfind('\n').unwrap_or(head.len());
    let mut out = head[..cut].to_owned();
    out.push_str("\n…");
    out
}

/// `text` with at most `keep` characters (not bytes) kept, and "…" after them when cut.
pub fn shorten(text: &str, keep: usize) -> String {
    let mut chars = text.chars();
    let mut out: String = chars.by_ref().take(keep).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

/// What the user typed, as a reply repeats it: at most `ECHO_CHARS` characters (cut with "…"),
/// then HTML-escaped, so that no input can make the reply too long to send.
pub fn echo(typed: &str) -> String {
    html::escape(&shorten(typed, ECHO_CHARS))
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

/// Turns the errors that say "this user cannot be reached" into a log line.
fn tolerate(result: Result<(), RequestError>) -> HandlerResult {
    match result {
        Err(RequestError::Api(error)) if is_unreachable(&error) => {
            tracing::info!(%error, "user unreachable; reply dropped");
            Ok(())
        }
        other => Ok(other?),
    }
}

/// True for the API errors that mean the user blocked the bot or no longer exists.
pub fn is_unreachable(error: &ApiError) -> bool {
    matches!(
        error,
        ApiError::BotBlocked
            | ApiError::UserDeactivated
            | ApiError::ChatNotFound
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::CantInitiateConversation
    )
}

#[cfg(test)]
mod tests;
