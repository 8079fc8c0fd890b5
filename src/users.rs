//! The people who write to the bot: their row is written on first contact and refreshed on every
//! update; it carries the language they chose and their time zone. Telegram-free: handlers and
//! the scheduler call in here with plain ids.
mod settings;
mod store;

pub use settings::change_settings;
pub use store::{note_zone_once, set_language, touch, User};
