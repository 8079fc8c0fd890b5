//! Button data, typed: `Cb` names every button the bot makes, `Display` writes its wire form
//! and `FromStr` reads it back. A button is user input anyone can forge, so parsing bounds
//! every field as typed input is bounded; what needs "now" or the database (an end still
//! ahead, a plan that is the user's) is checked where the button is used.
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use teloxide::types::InlineKeyboardButton;

use super::settings::Setting;
use crate::lang::Lang;
use crate::reminders::when::{instant_in_range, MAX_PERIOD_DAYS};
use crate::reminders::Operator;

mod faq;
mod feedback;
mod line;
mod menu;
mod plan;
pub use faq::{Category, FaqCb, Topic};
pub use feedback::Reason;
pub use line::LineCb;
pub use menu::{Item, MenuCb};
pub use plan::PlanCb;

/// Telegram's limit on callback data, in bytes.
pub const MAX_DATA_BYTES: usize = 64;
/// The durations the guided `/add` offers as buttons, in days.
pub const DAY_PRESETS: [u32; 4] = [1, 7, 15, 30];
/// The highest `/plans` page a button may name (a user over the plan cap still pages through).
pub const MAX_PAGE: u32 = 999;

/// The `/leads`, `/remindat` and `/tz` choices offered as buttons; the only values a `set:`
/// button may carry, except that `set:tz:` also takes any IANA name exactly as spelled (near
/// misses of a typed zone are offered as buttons).
pub fn presets(which: Setting) -> &'static [&'static str] {
    match which {
        Setting::Leads => &["3d,1d,0", "7d,3d,1d", "1d,0", "2h,30m"],
        Setting::RemindAt => &["08:00", "09:00", "12:00", "20:00"],
        Setting::Zone => &[
            "America/Lima",
            "Asia/Shanghai",
            "Europe/Madrid",
            "America/New_York",
        ],
    }
}

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
}

/// A step of the guided `/add`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddCb {
    /// `add`: pick the operator.
    Start,
    /// `add:op:<operator>`: pick the duration.
    Operator(Operator),
    /// `add:d:<operator>:<days>`: one of `DAY_PRESETS`.
    Days(Operator, u32),
    /// `add:date:<operator>`: type the end date.
    TypeDate(Operator),
    /// `add:ok:<operator>:@<unix>:<has_time 0|1>:<period days>`: save. A period of 0: the end
    /// was typed as a date and the period is unknown.
    Save {
        operator: Operator,
        ends_at: DateTime<Utc>,
        has_time: bool,
        period_days: i64,
    },
    /// `add:no`.
    Cancel,
    /// `add:skip`: no label; the draft is read back from the pending label step.
    Skip,
    /// `add:okl`: save the labelled draft kept server-side (a label does not fit in 64 bytes).
    SaveLabelled,
}

/// Why button data was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CbError {
    /// Longer than Telegram allows: no button of ours.
    #[error("longer than {MAX_DATA_BYTES} bytes")]
    TooLong,
    /// No button of ours has this shape.
    #[error("unknown button")]
    Unknown,
    /// A field is out of its range; names the field.
    #[error("bad {0}")]
    Field(&'static str),
}

impl fmt::Display for Cb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cb::Lang(None) => f.write_str("lang"),
            Cb::Lang(Some(lang)) => write!(f, "lang:{}", lang.code()),
            Cb::Faq(faq) => faq.fmt(f),
            Cb::Add(add) => add.fmt(f),
            Cb::Set(which, value) => write!(f, "set:{}:{value}", setting_key(*which)),
            Cb::Plan(plan) => plan.fmt(f),
            Cb::Line(line) => line.fmt(f),
            Cb::Menu(menu) => menu.fmt(f),
        }
    }
}

impl fmt::Display for AddCb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AddCb::Start => f.write_str("add"),
            AddCb::Operator(op) => write!(f, "add:op:{}", op.code()),
            AddCb::Days(op, days) => write!(f, "add:d:{}:{days}", op.code()),
            AddCb::TypeDate(op) => write!(f, "add:date:{}", op.code()),
            AddCb::Save {
                operator,
                ends_at,
                has_time,
                period_days,
            } => write!(
                f,
                "add:ok:{}:@{}:{}:{period_days}",
                operator.code(),
                ends_at.timestamp(),
                u8::from(*has_time)
            ),
            AddCb::Cancel => f.write_str("add:no"),
            AddCb::Skip => f.write_str("add:skip"),
            AddCb::SaveLabelled => f.write_str("add:okl"),
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
            return parse_preset(rest);
        }
        let parts: Vec<&str> = data.split(':').collect();
        match parts.as_slice() {
            ["lang"] => Ok(Cb::Lang(None)),
            ["lang", code] => Ok(Cb::Lang(Some(lang(code)?))),
            ["faq", ..] => faq::parse(&parts).map(Cb::Faq),
            ["fb" | "fbr", ..] => feedback::parse(&parts).map(Cb::Faq),
            ["add", ..] => parse_add(&parts).map(Cb::Add),
            ["plan" | "plans" | "rm", ..] => plan::parse(&parts).map(Cb::Plan),
            ["line", ..] => line::parse(&parts).map(Cb::Line),
            ["menu" | "st", ..] => menu::parse(&parts).map(Cb::Menu),
            _ => Err(CbError::Unknown),
        }
    }
}

fn parse_add(parts: &[&str]) -> Result<AddCb, CbError> {
    match parts {
        ["add"] => Ok(AddCb::Start),
        ["add", "no"] => Ok(AddCb::Cancel),
        ["add", "skip"] => Ok(AddCb::Skip),
        ["add", "okl"] => Ok(AddCb::SaveLabelled),
        ["add", "op", op] => Ok(AddCb::Operator(operator(op)?)),
        ["add", "date", op] => Ok(AddCb::TypeDate(operator(op)?)),
        ["add", "d", op, days] => {
            let days = number(days)
                .and_then(|d| u32::try_from(d).ok())
                .filter(|d| DAY_PRESETS.contains(d))
                .ok_or(CbError::Field("days"))?;
            Ok(AddCb::Days(operator(op)?, days))
        }
        ["add", "ok", op, at, has_time, period] => {
            let ends_at = at
                .strip_prefix('@')
                .and_then(number)
                .and_then(instant_in_range)
                .ok_or(CbError::Field("end"))?;
            let period_days = number(period)
                .filter(|p| (0..=MAX_PERIOD_DAYS).contains(p))
                .ok_or(CbError::Field("period"))?;
            Ok(AddCb::Save {
                operator: operator(op)?,
                ends_at,
                has_time: flag(has_time, "has_time")?,
                period_days,
            })
        }
        _ => Err(CbError::Unknown),
    }
}

fn parse_preset(rest: &str) -> Result<Cb, CbError> {
    let (key, value) = rest.split_once(':').ok_or(CbError::Unknown)?;
    let which = match key {
        "leads" => Setting::Leads,
        "at" => Setting::RemindAt,
        "tz" => Setting::Zone,
        _ => return Err(CbError::Unknown),
    };
    let preset = presets(which).iter().find(|preset| **preset == value);
    // Parsed exactly (case and all), so what is accepted is what `Display` writes.
    let zone = || match which {
        Setting::Zone => value.parse::<chrono_tz::Tz>().ok().map(|tz| tz.name()),
        _ => None,
    };
    preset
        .copied()
        .or_else(zone)
        .map(|value| Cb::Set(which, value))
        .ok_or(CbError::Field("preset"))
}

fn setting_key(which: Setting) -> &'static str {
    match which {
        Setting::Leads => "leads",
        Setting::RemindAt => "at",
        Setting::Zone => "tz",
    }
}

/// A number in canonical form only (ASCII digits, no sign, no leading zero), so that every
/// accepted string is exactly what `Display` writes.
fn number(text: &str) -> Option<i64> {
    let canonical = !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    canonical.then(|| text.parse().ok()).flatten()
}

fn flag(text: &str, field: &'static str) -> Result<bool, CbError> {
    match text {
        "1" => Ok(true),
        "0" => Ok(false),
        _ => Err(CbError::Field(field)),
    }
}

fn lang(code: &str) -> Result<Lang, CbError> {
    Lang::ALL
        .into_iter()
        .find(|lang| lang.code() == code)
        .ok_or(CbError::Field("lang"))
}

fn operator(code: &str) -> Result<Operator, CbError> {
    Operator::ALL
        .into_iter()
        .find(|op| op.code() == code)
        .ok_or(CbError::Field("operator"))
}

#[cfg(test)]
mod tests;
