//! The Telegram side of recarga. `router` is the one place updates are routed from (the update
//! tree, commands, buttons, typed text); the handlers (`start`, `menu`, `faq/`, `plans/`,
//! `settings`, `lines`) read an update, call a domain module and reply in the user's language;
//! they share the leaves below them: `reply` (sending, echoing), `keyboards`, `callback_data`
//! (typed button data), `awaiting` (the typed answer the bot waits for, decoded once),
//! `context` (`App`, `Ctx`) and `out` (paced sending). Handlers never call the router, and
//! never each other in a circle.
mod awaiting;
mod callback_data;
mod commands;
mod context;
mod deliver;
mod faq;
mod keyboards;
mod lines;
mod menu;
mod out;
mod plans;
mod privacy;
mod reply;
mod router;
mod settings;
mod start;
mod stats;

pub use crate::clock::Clock;
pub use callback_data::{
    button, AddCb, Cb, CbError, FaqCb, Item, LineCb, MenuCb, PlanCb, Setting, Topic, MAX_DATA_BYTES,
};
pub use commands::{set_menus, Command, MENU};
pub use context::{App, Ctx};
pub use deliver::{markup, TelegramDeliver};
pub use out::Out;
pub use reply::{is_unreachable, no_preview, HandlerResult};
pub use router::{guarded, schema};
