//! Reminders sent through Telegram: the scheduler's `Deliver` over the Bot API (HTML, no link
//! preview, the buttons' actions as callback data) and Telegram's errors sorted into what the
//! scheduler does next.
use futures::future::BoxFuture;
use teloxide::payloads::SendMessageSetters;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, ParseMode};
use teloxide::{ApiError, RequestError};

use super::callback_data::{button, Cb, FaqCb, LineCb, PlanCb};
use super::reply::{is_unreachable, no_preview};
use crate::reminders::{Action, Buttons, Deliver, Delivery, Outgoing};

/// Sends reminders with the bot.
pub struct TelegramDeliver {
    pub bot: Bot,
}

impl Deliver for TelegramDeliver {
    fn deliver(&self, message: Outgoing) -> BoxFuture<'_, Delivery> {
        Box::pin(async move {
            let sent = self
                .bot
                .send_message(ChatId(message.user), message.text)
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview())
                .reply_markup(markup(&message.buttons))
                .await;
            match sent {
                Ok(_) => Delivery::Sent,
                Err(error) => classify(&error),
            }
        })
    }
}

/// 429 carries Telegram's wait; a blocked user or a gone chat is unreachable; Telegram's
/// unknown answers and network errors may pass; any other API error rejects the message.
fn classify(error: &RequestError) -> Delivery {
    let failed = |permanent| Delivery::Failed {
        permanent,
        error: error.to_string(),
    };
    match error {
        RequestError::RetryAfter(wait) => Delivery::RetryAfter(wait.duration()),
        RequestError::Api(api) if is_unreachable(api) => Delivery::Unreachable,
        RequestError::Api(ApiError::Unknown(_)) => failed(false),
        RequestError::Api(_) => failed(true),
        _ => failed(false),
    }
}

/// The inline keyboard for buttons described by their actions.
pub fn markup(buttons: &Buttons) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(buttons.iter().map(|row| {
        row.iter()
            .map(|b| button(b.label.clone(), callback(b.action)))
            .collect::<Vec<_>>()
    }))
}

/// The callback data a tap on `action` sends back.
fn callback(action: Action) -> Cb {
    match action {
        Action::Renewed(number) => Cb::Plan(PlanCb::Renewed(number)),
        Action::Snooze(number, choice) => Cb::Plan(PlanCb::Snooze(number, choice)),
        Action::Topup(operator) => Cb::Faq(FaqCb::Topup(operator)),
        Action::LineToppedUp(number) => Cb::Line(LineCb::ToppedUp(number)),
        Action::LineDelete(number) => Cb::Line(LineCb::Delete(number)),
    }
}

#[cfg(test)]
mod tests;
