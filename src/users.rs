//! The people who write to the bot: their row is written on first contact and refreshed on every
//! update; it carries the language they chose, their time zone, their reminder settings, whether
//! they blocked the bot, and the counters that number their plans, lines and questions. This
//! folder owns every column of `user`, and the question the bot is waiting for them to answer
//! (`pending`); it depends on no other domain (`crate::preferences` applies a settings change to
//! plans and lines). Telegram-free: handlers call in with plain ids.
mod pending;
mod store;

pub use pending::{clear_input, expect_input, pending_input, Pending, PENDING_TTL_SECS};
pub use store::{
    clear_blocked, next_number, note_zone_once, set_blocked, set_language, set_setting, settings,
    touch, Counter, Setting, SettingsRow, User,
};
