//! A per-user limit on what people send (questions and commands): one flooder must not make
//! Telegram throttle the bot for everyone else. Within a fixed window a user gets `limit`
//! messages handled; the next one gets a short polite reply, once; after that, silence until the
//! window ends. Kept in memory, per instance (a restart forgets it, which is harmless).
use std::collections::HashMap;
use std::sync::Mutex;

use chrono::{DateTime, TimeDelta, Utc};

/// What to do with a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Handle it.
    Allow,
    /// Over the limit for the first time in this window: say so, handle nothing.
    Warn,
    /// Over the limit, already told: ignore it.
    Drop,
}

/// One user's current window.
#[derive(Clone, Copy, Debug)]
struct Window {
    started: DateTime<Utc>,
    count: u32,
}

/// The limiter; shared by every handler.
#[derive(Debug)]
pub struct Flood {
    limit: u32,
    window: TimeDelta,
    users: Mutex<HashMap<i64, Window>>,
}

/// How many users are remembered before windows that ended are swept.
const SWEEP_AT: usize = 10_000;

impl Flood {
    /// The bot's limit: 20 messages a minute per user, far above a person's pace.
    pub fn standard() -> Flood {
        Flood::new(20, TimeDelta::minutes(1))
    }

    /// `limit` messages per `window` for each user.
    pub fn new(limit: u32, window: TimeDelta) -> Flood {
        Flood {
            limit,
            window,
            users: Mutex::new(HashMap::new()),
        }
    }

    /// Counts a message from `user` at `now` and says what to do with it.
    pub fn check(&self, user: i64, now: DateTime<Utc>) -> Verdict {
        let mut users = self
            .users
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if users.len() >= SWEEP_AT {
            let window = self.window;
            users.retain(|_, w| now - w.started < window);
        }
        let entry = users.entry(user).or_insert(Window {
            started: now,
            count: 0,
        });
        if now - entry.started >= self.window || now < entry.started {
            *entry = Window {
                started: now,
                count: 0,
            };
        }
        entry.count = entry.count.saturating_add(1);
        match entry.count.cmp(&self.limit.saturating_add(1)) {
            std::cmp::Ordering::Less => Verdict::Allow,
            std::cmp::Ordering::Equal => Verdict::Warn,
            std::cmp::Ordering::Greater => Verdict::Drop,
        }
    }

    /// How many users are remembered (for tests and the soak's memory check).
    pub fn tracked(&self) -> usize {
        self.users.lock().map_or(0, |users| users.len())
    }
}

#[cfg(test)]
mod tests;
