//! The Telegram side of recarga: the update tree (`schema()`), the commands and their menu,
//! keyboards and replies. Handlers are thin: they read the update, call a domain module, and
//! send what it returns in the user's language.
mod commands;
mod context;
mod fallback;
mod reply;
mod schema;
mod start;

pub use commands::{set_menus, Command, MENU};
pub use context::{App, Clock, Ctx};
pub use schema::{schema, HandlerResult};
