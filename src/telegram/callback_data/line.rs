//! The buttons of `/line` and under a line (`line…`): their wire form and its parsing, bounded
//! like every other button.
use std::fmt;

use super::field::{number, CbError};
use crate::reminders::Operator;

/// A step of `/line` or a button under a line. Operators are the four the line rules cover;
/// line numbers are positive (as shown); whether the line is the user's is checked at use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineCb {
    /// `line`: pick the operator, in a new message (under an answer or the list of lines,
    /// which stay readable).
    Start,
    /// `line:menu`: pick the operator, in place of the main menu.
    FromMenu,
    /// `line:op:<operator>`: ask for the last top-up.
    Operator(Operator),
    /// `line:ago:<operator>:<0|1>`: topped up today (0) or yesterday (1).
    DaysAgo(Operator, u32),
    /// `line:type:<operator>`: type the date of the last top-up.
    TypeDate(Operator),
    /// `line:top:<n>`: "✅ I topped up" on line n.
    ToppedUp(i64),
    /// `line:del:<n>`: stop tracking line n.
    Delete(i64),
}

impl fmt::Display for LineCb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LineCb::Start => f.write_str("line"),
            LineCb::FromMenu => f.write_str("line:menu"),
            LineCb::Operator(op) => write!(f, "line:op:{}", op.code()),
            LineCb::DaysAgo(op, days) => write!(f, "line:ago:{}:{days}", op.code()),
            LineCb::TypeDate(op) => write!(f, "line:type:{}", op.code()),
            LineCb::ToppedUp(n) => write!(f, "line:top:{n}"),
            LineCb::Delete(n) => write!(f, "line:del:{n}"),
        }
    }
}

pub(super) fn parse(parts: &[&str]) -> Result<LineCb, CbError> {
    let op = |code: &str| {
        crate::lines::OPERATORS
            .into_iter()
            .find(|op| op.code() == code)
            .ok_or(CbError::Field("operator"))
    };
    let line = |n: &str| number(n).filter(|n| *n > 0).ok_or(CbError::Field("line"));
    match parts {
        ["line"] => Ok(LineCb::Start),
        ["line", "menu"] => Ok(LineCb::FromMenu),
        ["line", "op", code] => Ok(LineCb::Operator(op(code)?)),
        ["line", "type", code] => Ok(LineCb::TypeDate(op(code)?)),
        ["line", "ago", code, days] => {
            let days = match *days {
                "0" => 0,
                "1" => 1,
                _ => return Err(CbError::Field("days")),
            };
            Ok(LineCb::DaysAgo(op(code)?, days))
        }
        ["line", "top", n] => Ok(LineCb::ToppedUp(line(n)?)),
        ["line", "del", n] => Ok(LineCb::Delete(line(n)?)),
        _ => Err(CbError::Unknown),
    }
}
