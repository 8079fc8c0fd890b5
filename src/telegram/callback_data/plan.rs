//! The buttons under plans, the plan list and reminders (`plan…`, `plans…`, `rm…`): their wire
//! form and its parsing, bounded like every other button.
use std::fmt;

use chrono::{DateTime, Utc};

use super::field::{number, CbError};
use crate::clock::Timestamp;
use crate::reminders::when::MAX_PERIOD_DAYS;
use crate::reminders::SnoozeChoice;

/// The highest `/plans` page a button may name (a user over the plan cap still pages through).
pub const MAX_PAGE: u32 = 999;

/// A button under a plan, the plan list, or a reminder. Plan numbers are positive; whether the
/// plan is the user's is checked at use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanCb {
    /// `plan:fix:<n>`: type a new end date.
    Fix(i64),
    /// `plan:del:<n>`: ask before deleting.
    Delete(i64),
    /// `plan:delok:<n>`: delete.
    DeleteConfirmed(i64),
    /// `plan:keep`: do not delete.
    Keep,
    /// `plan:renew:<n>`: the same period again.
    Renew(i64),
    /// `plans:p:<page>`: a page of `/plans`, in place (1-based).
    Page(u32),
    /// `plans:ics`: the calendar file.
    Calendar,
    /// `rm:ok:<n>`: a reminder's "✅ Renewed".
    Renewed(i64),
    /// `rm:tm:<n>`: the "Remind me tomorrow" of reminders sent before the snooze choices;
    /// still read (those buttons stay in chats) and treated as `Snooze(n, Tomorrow)`.
    Tomorrow(i64),
    /// `rm:sz:<n>:<h|e|t>`: a reminder's snooze choice (in 1 hour, this evening, tomorrow).
    Snooze(i64, SnoozeChoice),
    /// `plan:rn:<n>:@<unix>:<days>`: renew to this end, with this period in days.
    RenewTo {
        number: i64,
        ends_at: DateTime<Utc>,
        days: i64,
    },
    /// `plan:rnc:<n>`: the renewal presets (7, 15, 30 days, another date).
    RenewChoices(i64),
    /// `plan:undo:<n>`: put the plan back as it was before its last change.
    Undo(i64),
}

impl fmt::Display for PlanCb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanCb::Fix(n) => write!(f, "plan:fix:{n}"),
            PlanCb::Delete(n) => write!(f, "plan:del:{n}"),
            PlanCb::DeleteConfirmed(n) => write!(f, "plan:delok:{n}"),
            PlanCb::Keep => f.write_str("plan:keep"),
            PlanCb::Renew(n) => write!(f, "plan:renew:{n}"),
            PlanCb::Page(page) => write!(f, "plans:p:{page}"),
            PlanCb::Calendar => f.write_str("plans:ics"),
            PlanCb::Renewed(n) => write!(f, "rm:ok:{n}"),
            PlanCb::Tomorrow(n) => write!(f, "rm:tm:{n}"),
            PlanCb::Snooze(n, choice) => write!(f, "rm:sz:{n}:{}", choice.code()),
            PlanCb::RenewTo {
                number,
                ends_at,
                days,
            } => write!(f, "plan:rn:{number}:@{}:{days}", ends_at.timestamp()),
            PlanCb::RenewChoices(n) => write!(f, "plan:rnc:{n}"),
            PlanCb::Undo(n) => write!(f, "plan:undo:{n}"),
        }
    }
}

pub(super) fn parse(parts: &[&str]) -> Result<PlanCb, CbError> {
    let plan = |n: &str| number(n).filter(|n| *n > 0).ok_or(CbError::Field("plan"));
    match parts {
        ["plan", "keep"] => Ok(PlanCb::Keep),
        ["plan", "fix", n] => Ok(PlanCb::Fix(plan(n)?)),
        ["plan", "del", n] => Ok(PlanCb::Delete(plan(n)?)),
        ["plan", "delok", n] => Ok(PlanCb::DeleteConfirmed(plan(n)?)),
        ["plan", "renew", n] => Ok(PlanCb::Renew(plan(n)?)),
        ["plans", "ics"] => Ok(PlanCb::Calendar),
        ["plans", "p", page] => number(page)
            .and_then(|p| u32::try_from(p).ok())
            .filter(|p| (1..=MAX_PAGE).contains(p))
            .map(PlanCb::Page)
            .ok_or(CbError::Field("page")),
        ["rm", "ok", n] => Ok(PlanCb::Renewed(plan(n)?)),
        ["rm", "tm", n] => Ok(PlanCb::Tomorrow(plan(n)?)),
        ["rm", "sz", n, choice] => Ok(PlanCb::Snooze(
            plan(n)?,
            SnoozeChoice::from_code(choice).ok_or(CbError::Field("snooze"))?,
        )),
        ["plan", "rn", n, at, days] => Ok(PlanCb::RenewTo {
            number: plan(n)?,
            ends_at: at
                .strip_prefix('@')
                .and_then(number)
                .and_then(|secs| Timestamp::from_secs(secs).instant().ok())
                .ok_or(CbError::Field("end"))?,
            days: number(days)
                .filter(|d| (1..=MAX_PERIOD_DAYS).contains(d))
                .ok_or(CbError::Field("days"))?,
        }),
        ["plan", "rnc", n] => Ok(PlanCb::RenewChoices(plan(n)?)),
        ["plan", "undo", n] => Ok(PlanCb::Undo(plan(n)?)),
        _ => Err(CbError::Unknown),
    }
}
