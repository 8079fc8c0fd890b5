//! The people who write to the bot: their row is written on first contact and refreshed on every
//! update; it carries the language they chose, their time zone and their reminder settings (a
//! change reschedules their plans and lines). Telegram-free: handlers call in with plain ids.
mod pending;
mod settings;
mod store;

pub use pending::{clear_input, expect_input, pending_input, Pending, PENDING_TTL_SECS};
pub use settings::change_settings;
pub use store::{note_zone_once, set_language, touch, User};
