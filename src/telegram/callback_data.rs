//! Button data, typed: `Cb` names every button the bot makes, `Display` writes its wire form
//! and `FromStr` reads it back. A button is user input anyone can forge, so parsing bounds
//! every field as typed input is bounded; what needs "now" or the database (an end still
//! ahead, a plan that is the user's) is checked where the button is used.
use std::fmt;
use std::str::FromStr;

use teloxide::types::InlineKeyboardButton;

use crate::lang::Lang;

mod add;
mod faq;
mod feedback;
mod field;
mod line;
mod menu;
mod plan;
mod privacy;
mod setting;
mod topic;
pub use add::{AddCb, DAY_PRESETS};
pub use faq::FaqCb;
pub use feedback::Reason;
pub use field::{CbError, MAX_DATA_BYTES};
pub use line::LineCb;
pub use menu::{Item, MenuCb};
pub use plan::PlanCb;
pub use privacy::ForgetCb;
pub use setting::{presets, Setting};
pub use topic::{Category, Topic};

/// A button with typed data.
pub fn button(label: impl Into<String>, data: Cb) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(label, data.to_string())
}

/// Every button the bot makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cb {
    /// `lang` opens the language picker; `lang:<code>` picks.
    Lang(Option<Lang>),
    /// The knowledge base.
    Faq(FaqCb),
    /// The guided `/add`.
    Add(AddCb),
    /// A preset for `/leads`, `/remindat` or `/tz`: `set:<leads|at|tz>:<value>`.
    Set(Setting, &'static str),
    /// Plans and reminders.
    Plan(PlanCb),
    /// "Keep my number": `/line`.
    Line(LineCb),
    /// The main menu and the settings page.
    Menu(MenuCb),
    /// The confirmation of `/forget`.
    Forget(ForgetCb),
}

impl fmt::Display for Cb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cb::Lang(None) => f.write_str("lang"),
            Cb::Lang(Some(lang)) => write!(f, "lang:{}", lang.code()),
            Cb::Faq(faq) => faq.fmt(f),
            Cb::Add(add) => add.fmt(f),
            Cb::Set(which, value) => write!(f, "set:{}:{value}", setting::setting_key(*which)),
            Cb::Plan(plan) => plan.fmt(f),
            Cb::Line(line) => line.fmt(f),
            Cb::Menu(menu) => menu.fmt(f),
            Cb::Forget(forget) => forget.fmt(f),
        }
    }
}

impl FromStr for Cb {
    type Err = CbError;

    fn from_str(data: &str) -> Result<Cb, CbError> {
        if data.len() > MAX_DATA_BYTES {
            return Err(CbError::TooLong);
        }
        // Settings values contain ':' themselves (`09:00`), so `set` splits only twice.
        if let Some(rest) = data.strip_prefix("set:") {
            return setting::parse_preset(rest).map(|(which, value)| Cb::Set(which, value));
        }
        let parts: Vec<&str> = data.split(':').collect();
        match parts.as_slice() {
            ["lang"] => Ok(Cb::Lang(None)),
            ["lang", code] => Ok(Cb::Lang(Some(field::lang(code)?))),
            ["faq" | "fb" | "fbr", ..] => faq::parse(&parts).map(Cb::Faq),
            ["add", ..] => add::parse(&parts).map(Cb::Add),
            ["plan" | "plans" | "rm", ..] => plan::parse(&parts).map(Cb::Plan),
            ["line", ..] => line::parse(&parts).map(Cb::Line),
            ["menu" | "st", ..] => menu::parse(&parts).map(Cb::Menu),
            ["forget", ..] => privacy::parse(&parts).map(Cb::Forget),
            _ => Err(CbError::Unknown),
        }
    }
}

#[cfg(test)]
mod tests;
