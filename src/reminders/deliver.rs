//! What the scheduler asks of a messenger: deliver one reminder (HTML text and buttons described
//! by what they do, not by any messenger's callback format) and say how it went. The Telegram
//! implementation is `telegram::deliver`; tests use a fake.
use std::time::Duration;

use futures::future::BoxFuture;

use super::model::Operator;
use super::snooze::SnoozeChoice;

/// What a button under a reminder does when tapped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// "✅ Renewed" for plan `n`.
    Renewed(i64),
    /// Remind again about plan `n` at the chosen moment.
    Snooze(i64, SnoozeChoice),
    /// How to top up with this operator.
    Topup(Operator),
    /// "✅ I topped up" line `n`.
    LineToppedUp(i64),
    /// Delete line `n`.
    LineDelete(i64),
}

/// A labelled button.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Button {
    pub label: String,
    pub action: Action,
}

impl Button {
    pub fn new(label: String, action: Action) -> Button {
        Button { label, action }
    }
}

/// Rows of buttons, top to bottom.
pub type Buttons = Vec<Vec<Button>>;

/// One reminder ready to send: its text (Telegram-style HTML) and its buttons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outgoing {
    pub user: i64,
    pub text: String,
    pub buttons: Buttons,
}

/// How one delivery went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Delivery {
    Sent,
    /// The user blocked the bot or the chat is gone: no use trying again.
    Unreachable,
    /// The messenger asked to wait this long before sending anything more.
    RetryAfter(Duration),
    /// Anything else; `permanent` when the message itself was rejected (the same message would
    /// be rejected again), not when the network or the server failed.
    Failed {
        permanent: bool,
        error: String,
    },
}

/// Sends reminders to users.
pub trait Deliver: Send + Sync {
    fn deliver(&self, message: Outgoing) -> BoxFuture<'_, Delivery>;
}
