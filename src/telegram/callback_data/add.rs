//! The buttons of the guided `/add` (`add…`): their wire form and its parsing, bounded like
//! every other button.
use std::fmt;

use chrono::{DateTime, Utc};

use super::field::{flag, number, operator, CbError};
use crate::clock::Timestamp;
use crate::reminders::when::MAX_PERIOD_DAYS;
use crate::reminders::Operator;

/// The durations the guided `/add` offers as buttons, in days.
pub const DAY_PRESETS: [u32; 4] = [1, 7, 15, 30];

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

pub(super) fn parse(parts: &[&str]) -> Result<AddCb, CbError> {
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
                .and_then(|secs| Timestamp::from_secs(secs).instant().ok())
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
