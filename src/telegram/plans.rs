//! Plans and their reminders in Telegram: the commands (`/add`, `/plans`, `/del`, `/renew`,
//! `/cancel`), the guided `/add` and its typed answers, the buttons under plans and reminders,
//! renewing with Undo, and how plans are shown. Each handler parses with the reminders module,
//! calls one domain operation and replies; `errors` words every refusal the same way.
mod add_flow;
mod add_typed;
mod buttons;
mod commands;
mod errors;
mod renewal;
mod views;

pub use add_flow::on_step;
pub use add_typed::{cancel, on_pending, on_request};
pub use buttons::on_callback;
pub use commands::{add, delete, list, renew};
pub use views::plans_list;
