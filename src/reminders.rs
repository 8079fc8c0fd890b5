//! Plans and reminders: end dates typed in three languages, kept in SQL with their reminders'
//! due instants in UTC, and the reminders' text and buttons in the user's language and zone
//! (`crate::scheduler` sends them through `deliver::Deliver`). Nothing here knows Telegram.
//! After a crash, `reclaim_at_start` takes back the reminders the dead process had claimed.
pub mod deliver;
mod ics;
mod input;
pub mod leads;
pub mod message;
mod model;
mod plans;
mod recovery;
mod renewal;
mod request;
pub mod schedule;
pub mod snooze;
pub mod store;
pub mod when;
pub mod zone;

pub use deliver::{Action, Button, Buttons, Deliver, Delivery, Outgoing};
pub use ics::calendar;
pub use input::{clean_label, decode_draft, encode_draft, parse_add, AddError, MAX_LABEL};
pub use leads::{format_leads, parse_leads, parse_time_of_day, Lead, LeadError};
pub use model::{Draft, Operator, Plan, Settings};
pub use plans::{
    add, apply_settings, can_add, delete, plan, plans, settings, snooze, Change, PlanError,
    Snoozed, MAX_PLANS,
};
pub use recovery::{reclaim_at_start, recover, StartRule};
pub use renewal::{
    renewed_end, renewed_end_by, same_as_before_days, set_end, undo, NewEnd, Undone, UNDO_SECS,
};
pub use request::{reminder_request, Request};
pub use snooze::SnoozeChoice;
pub use store::queue::{next_wake, pending_of, unblock_user};
pub use when::{parse_end, EndParse, WhenError};
pub use zone::{UserZone, ZoneError};
