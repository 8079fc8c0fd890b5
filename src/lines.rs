//! "Keep my number": a prepaid line in Peru is restricted and then cut off (baja) after a period
//! without a top-up. A line is (user, operator, optional label, last top-up date); its dates
//! come from the sourced rules in `locales/line-rules.toml`, counted on Peru's calendar, and its
//! reminders go through the plans' reminder queue and scheduler (a line is a `plan` row of kind
//! 'line' with a negative number). Nothing here reads Telegram updates; `telegram::lines` does.
pub mod dates;
pub mod message;
pub mod rules;
pub mod store;
pub mod track;

pub use dates::{parse_topup, timeline, StageDate, Timeline, TopupError};
pub use rules::{Claim, LineRules, OperatorRules, RulesError, Stage, OPERATORS};
pub use track::{
    delete, lines, record, reschedule_all, topped_up, Line, LineError, Topup, MAX_LINES,
};
