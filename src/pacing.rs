//! Telegram's sending limits, kept on our side: about 30 messages a second per bot, about one a
//! second per chat, and a pause for everyone after a 429. Every message the bot sends (replies
//! and reminders) takes a slot here first. Replies have a reserved share of each second, so a
//! burst of 10,000 reminders never makes a person who is typing wait behind it; reminders are
//! spaced evenly instead of released in bunches (bunches are what draw 429s near the bound).
//! Nothing here knows Telegram's types: a chat is its id, a slot is an instant.
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

mod flood;

pub use flood::{Flood, Verdict};

/// Who a message is for: someone waiting for an answer, or a reminder the scheduler sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lane {
    /// A reply to an update: may use the whole budget, and has a share reminders cannot take.
    Reply,
    /// A scheduled reminder: evenly spaced, at most `Limits::reminders` a second.
    Reminder,
}

/// What counts against a chat's one-message-a-second allowance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A new message in the chat (`sendMessage`, `sendDocument`).
    Message,
    /// An edit of a message, or an answer to a button: counts only toward the bot's overall rate.
    Edit,
}

/// The budget, per second.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Messages in any sliding second, all lanes together (Telegram: about 30).
    pub overall: u32,
    /// Of those, the most reminders may take; the rest is kept for replies.
    pub reminders: u32,
    /// The least time between two new messages in one chat (Telegram: about a second).
    pub per_chat: Duration,
}

impl Limits {
    /// Telegram's published limits with a margin: its window and ours never line up exactly
    /// (the load run drew 429s at 30/s, none at 20/s for reminders), so 28 overall, of which
    /// reminders take at most 20 and replies are always left 8.
    pub const TELEGRAM: Limits = Limits {
        overall: 28,
        reminders: 20,
        per_chat: Duration::from_secs(1),
    };
}

/// Hands out sending slots; one per bot, shared by every task that sends. Cheap to share in an
/// `Arc`; its lock is held only to do arithmetic, never across an await.
#[derive(Debug)]
pub struct Pacer {
    limits: Limits,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    /// The slots taken in the last second, oldest first.
    recent: VecDeque<(Instant, Lane)>,
    /// When the last reminder slot was taken, for even spacing.
    last_reminder: Option<Instant>,
    /// When each chat last got a new message.
    chats: HashMap<i64, Instant>,
    /// Until when Telegram asked everyone to wait (429 `retry_after`).
    paused_until: Option<Instant>,
}

/// Above this many remembered chats, entries older than the per-chat interval are dropped.
const CHATS_KEPT: usize = 4096;

impl Pacer {
    /// A pacer enforcing `limits`.
    pub fn new(limits: Limits) -> Pacer {
        Pacer {
            limits,
            state: Mutex::new(State::default()),
        }
    }

    /// Waits until a message of `kind` to `chat` may go out in `lane`, and takes the slot.
    pub async fn acquire(&self, chat: i64, lane: Lane, kind: Kind) {
        loop {
            match self.try_acquire(Instant::now(), chat, lane, kind) {
                Ok(()) => return,
                Err(until) => tokio::time::sleep_until(until).await,
            }
        }
    }

    /// Telegram answered 429: nobody sends until `wait` has passed.
    pub fn pause(&self, wait: Duration) {
        let until = Instant::now() + wait;
        let mut state = self.lock();
        if state.paused_until.is_none_or(|current| current < until) {
            state.paused_until = Some(until);
        }
    }

    /// Takes a slot at `now`, or says when to try again.
    fn try_acquire(&self, now: Instant, chat: i64, lane: Lane, kind: Kind) -> Result<(), Instant> {
        let mut state = self.lock();
        if let Some(until) = state.paused_until.filter(|until| *until > now) {
            return Err(until);
        }
        state.forget_before(now);
        let wait = state.next_free(&self.limits, chat, lane, kind);
        if let Some(until) = wait.filter(|until| *until > now) {
            return Err(until);
        }
        state.take(&self.limits, now, chat, lane, kind);
        Ok(())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // The state is plain counters: a panic elsewhere while holding the lock leaves nothing
        // half-written that matters, so a poisoned lock is used as it is.
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl State {
    /// Drops the sends older than the one-second window.
    fn forget_before(&mut self, now: Instant) {
        let second = Duration::from_secs(1);
        while self
            .recent
            .front()
            .is_some_and(|(at, _)| now.duration_since(*at) >= second)
        {
            self.recent.pop_front();
        }
    }

    /// The earliest instant the window has room for one more message of `only` (any lane
    /// when `None`) under `cap`.
    fn window_free(&self, cap: u32, only: Option<Lane>) -> Option<Instant> {
        let taken: Vec<Instant> = self
            .recent
            .iter()
            .filter(|(_, l)| only.is_none_or(|only| *l == only))
            .map(|(at, _)| *at)
            .collect();
        let cap = usize::try_from(cap).unwrap_or(usize::MAX).max(1);
        (taken.len() >= cap).then(|| taken[taken.len() - cap] + Duration::from_secs(1))
    }

    /// The earliest instant a send of this lane and kind to `chat` fits every limit.
    fn next_free(&self, limits: &Limits, chat: i64, lane: Lane, kind: Kind) -> Option<Instant> {
        let mut wait: Option<Instant> = self.window_free(limits.overall, None);
        if lane == Lane::Reminder {
            let spacing = Duration::from_secs(1) / limits.reminders.max(1);
            let spaced = self.last_reminder.map(|last| last + spacing);
            let share = self.window_free(limits.reminders, Some(Lane::Reminder));
            // Reminders never fill the replies' share, whoever used the window.
            let reserve = self.window_free(limits.reminders, None);
            wait = [wait, spaced, share, reserve].into_iter().flatten().max();
        }
        if kind == Kind::Message {
            if let Some(last) = self.chats.get(&chat) {
                let next = *last + limits.per_chat;
                wait = wait.max(Some(next));
            }
        }
        wait
    }

    /// Records a send at `now`.
    fn take(&mut self, limits: &Limits, now: Instant, chat: i64, lane: Lane, kind: Kind) {
        self.recent.push_back((now, lane));
        if lane == Lane::Reminder {
            self.last_reminder = Some(now);
        }
        if kind == Kind::Message {
            if self.chats.len() >= CHATS_KEPT {
                let per_chat = limits.per_chat;
                self.chats
                    .retain(|_, last| now.duration_since(*last) < per_chat);
            }
            self.chats.insert(chat, now);
        }
    }
}

#[cfg(test)]
mod tests;
