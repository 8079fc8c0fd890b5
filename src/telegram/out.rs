//! The one way handlers talk to Telegram: `Out` wraps the `Bot` with the bot's `Pacer`, so every
//! reply takes a slot under Telegram's limits (the same pacer the reminders use), and a reply
//! Telegram refuses for a moment (429 `retry_after`, a 5xx, a network failure) is tried again, a
//! few times within a minute, instead of being lost after the action it confirms was done.
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use teloxide::prelude::*;
use teloxide::{ApiError, RequestError};

use crate::pacing::{Kind, Lane, Pacer};

/// Attempts at one reply, the first included.
const MAX_ATTEMPTS: u32 = 5;
/// A reply not accepted within this long is given up (and logged): later, it would confuse.
const REPLY_BUDGET: Duration = Duration::from_secs(60);
/// The first wait after a 5xx or a network failure; it doubles with each attempt.
const FIRST_BACKOFF: Duration = Duration::from_secs(1);

/// The bot and its pacer; what every handler gets instead of a bare `Bot`. Cheap to clone.
#[derive(Clone)]
pub struct Out {
    bot: Bot,
    pacer: Arc<Pacer>,
}

impl Out {
    /// Sends through `bot`, paced by `pacer`.
    pub fn new(bot: Bot, pacer: Arc<Pacer>) -> Out {
        Out { bot, pacer }
    }

    /// Makes one call that produces a message in `chat` (or edits one, per `kind`), paced and
    /// retried. `call` builds and sends the request afresh on every attempt.
    pub async fn deliver<T, F, Fut>(
        &self,
        chat: ChatId,
        kind: Kind,
        call: F,
    ) -> Result<T, RequestError>
    where
        F: Fn(Bot) -> Fut,
        Fut: Future<Output = Result<T, RequestError>>,
    {
        let started = tokio::time::Instant::now();
        let mut attempt = 0;
        loop {
            self.pacer.acquire(chat.0, Lane::Reply, kind).await;
            let error = match call(self.bot.clone()).await {
                Ok(done) => return Ok(done),
                Err(error) => error,
            };
            attempt += 1;
            let wait = match retry_wait(&error, attempt) {
                Some(wait) => wait,
                None => return Err(error),
            };
            if let RequestError::RetryAfter(_) = error {
                // Telegram paces the whole bot: reminders and other replies wait too.
                self.pacer.pause(wait);
            }
            if attempt >= MAX_ATTEMPTS || started.elapsed() + wait > REPLY_BUDGET {
                tracing::warn!(%error, attempts = attempt, "Telegram kept refusing a reply; given up");
                return Err(error);
            }
            tracing::debug!(%error, ?wait, attempt, "reply refused for now; trying again");
            tokio::time::sleep(wait).await;
        }
    }
}

/// How long to wait before trying a refused call again, or `None` when trying again cannot
/// help (the request itself is wrong, or the user blocked the bot).
pub fn retry_wait(error: &RequestError, attempt: u32) -> Option<Duration> {
    let backoff = FIRST_BACKOFF * 2u32.saturating_pow(attempt.saturating_sub(1).min(6));
    match error {
        RequestError::RetryAfter(seconds) => Some(seconds.duration()),
        RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => {
            Some(backoff)
        }
        RequestError::Api(ApiError::Unknown(description)) if is_server_error(description) => {
            Some(backoff)
        }
        _ => None,
    }
}

/// True for the descriptions Telegram (or the proxy in front of it) gives a 5xx.
fn is_server_error(description: &str) -> bool {
    let description = description.to_ascii_lowercase();
    [
        "bad gateway",
        "internal server error",
        "service unavailable",
        "gateway timeout",
        "gateway time-out",
    ]
    .iter()
    .any(|known| description.contains(known))
}

#[cfg(test)]
mod tests;
