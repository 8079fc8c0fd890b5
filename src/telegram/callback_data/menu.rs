//! The buttons of the main menu (`menu…`) and of the `/settings` page (`st…`): their wire form
//! and its parsing, bounded like every other button.
use std::fmt;

use super::field::{lang, CbError};
use super::setting::Setting;
use crate::lang::Lang;

/// A button of the main menu or of the settings page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuCb {
    /// `menu`: the main menu, in place.
    Home,
    /// `menu:plans`: the first page of `/plans`, in place.
    Plans,
    /// `menu:settings`: the settings page, in place.
    Settings,
    /// `st:<lang|tz|leads|at>`: one setting's choices, in place.
    Open(Item),
    /// `st:lang:<code>`: pick a language and return to the settings page.
    Lang(Lang),
}

/// One line of the settings page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// The language.
    Lang,
    /// The time zone.
    Zone,
    /// When to remind, before a plan ends.
    Leads,
    /// The time of day of day reminders.
    RemindAt,
}

impl Item {
    /// Every item, in the page's order.
    pub const ALL: [Item; 4] = [Item::Lang, Item::Zone, Item::Leads, Item::RemindAt];

    fn key(self) -> &'static str {
        match self {
            Item::Lang => "lang",
            Item::Zone => "tz",
            Item::Leads => "leads",
            Item::RemindAt => "at",
        }
    }
}

impl fmt::Display for MenuCb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MenuCb::Home => f.write_str("menu"),
            MenuCb::Plans => f.write_str("menu:plans"),
            MenuCb::Settings => f.write_str("menu:settings"),
            MenuCb::Open(item) => write!(f, "st:{}", item.key()),
            MenuCb::Lang(lang) => write!(f, "st:lang:{}", lang.code()),
        }
    }
}

/// Reads `menu…` and `st…` data split at ':'.
pub(super) fn parse(parts: &[&str]) -> Result<MenuCb, CbError> {
    match parts {
        ["menu"] => Ok(MenuCb::Home),
        ["menu", "plans"] => Ok(MenuCb::Plans),
        ["menu", "settings"] => Ok(MenuCb::Settings),
        ["st", "lang", code] => Ok(MenuCb::Lang(lang(code)?)),
        ["st", key] => Item::ALL
            .into_iter()
            .find(|item| item.key() == *key)
            .map(MenuCb::Open)
            .ok_or(CbError::Field("item")),
        _ => Err(CbError::Unknown),
    }
}

impl From<Setting> for Item {
    fn from(which: Setting) -> Item {
        match which {
            Setting::Leads => Item::Leads,
            Setting::RemindAt => Item::RemindAt,
            Setting::Zone => Item::Zone,
        }
    }
}
