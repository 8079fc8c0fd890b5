//! Sending to Telegram from a handler: every reply is HTML without link previews, and a user who
//! blocked the bot (403) is logged, not treated as a failure of the handler.
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, LinkPreviewOptions, MessageId, ParseMode};
use teloxide::{ApiError, RequestError};

use super::context::Ctx;
use super::HandlerResult;

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
    bot: &Bot,
    chat: ChatId,
    text: String,
    keyboard: Option<InlineKeyboardMarkup>,
) -> HandlerResult {
    let mut request = bot
        .send_message(chat, text)
        .parse_mode(ParseMode::Html)
        .link_preview_options(no_preview());
    if let Some(keyboard) = keyboard {
        request = request.reply_markup(keyboard);
    }
    tolerate(request.await.map(|_| ()))
}

/// Replaces the text and keyboard of a message the bot sent (menus that change in place).
pub async fn edit(
    bot: &Bot,
    chat: ChatId,
    message: MessageId,
    text: String,
    keyboard: Option<InlineKeyboardMarkup>,
) -> HandlerResult {
    let mut request = bot
        .edit_message_text(chat, message, text)
        .parse_mode(ParseMode::Html)
        .link_preview_options(no_preview());
    if let Some(keyboard) = keyboard {
        request = request.reply_markup(keyboard);
    }
    match request.await {
        // Tapping the same button twice edits to identical content; Telegram calls that an error.
        Err(RequestError::Api(ApiError::MessageNotModified)) => Ok(()),
        other => tolerate(other.map(|_| ())),
    }
}

/// Edits the message holding the buttons, or sends a new one when there is none.
pub async fn edit_or_send(
    bot: &Bot,
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
