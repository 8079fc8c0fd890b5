//! The Telegram side of recarga: the update tree (`schema()`), the commands and their menu,
//! keyboards and replies. Handlers are thin: they read the update, call a domain module, and
//! send what it returns in the user's language.
mod add_flow;
mod add_typed;
mod callback_data;
mod callbacks;
mod commands;
mod context;
mod deliver;
mod fallback;
mod faq;
mod faq_answer;
mod faq_feedback;
mod lines;
mod out;
mod plan_buttons;
mod plan_views;
mod plans;
mod renew;
mod reply;
mod schema;
mod settings;
mod settings_page;
mod start;

pub use crate::clock::Clock;
pub use callback_data::{
    button, AddCb, Cb, CbError, FaqCb, Item, LineCb, MenuCb, PlanCb, Topic, MAX_DATA_BYTES,
};
pub use commands::{set_menus, Command, MENU};
pub use context::{App, Ctx};
pub use deliver::{markup, TelegramDeliver};
pub use out::Out;
pub use reply::{is_unreachable, no_preview};
pub use schema::{guarded, schema, HandlerResult};
pub use settings::Setting;
