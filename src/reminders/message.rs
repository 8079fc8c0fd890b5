//! How plans, end dates and reminders read in each language: a date with its weekday in the
//! user's zone, "in N days", the reminder schedule, and the reminder itself. Text comes from
//! `locales/`; this module only chooses keys and fills in arguments.
use chrono::{DateTime, Locale, Utc};
use teloxide::utils::html;

use super::input::clean_label;
use super::leads::Lead;
use super::model::{Plan, Settings};
use super::when::stored_instant;
use super::zone::UserZone;
use crate::i18n::{t, t_args, Arg};
use crate::lang::Lang;

/// A reminder later than this was "late": the bot was down or Telegram refused it for a while.
pub const LATE_AFTER_SECS: i64 = 120;

/// `instant` on the user's wall clock, with the weekday and the zone: "Thu 31 Dec 2026, 23:59
/// (America/Lima)".
pub fn when(lang: Lang, instant: DateTime<Utc>, zone: &UserZone) -> String {
    let local = zone.to_local(instant);
    let (pattern, locale) = match lang {
        Lang::Zh => ("%Y年%-m月%-d日 %A %H:%M", Locale::zh_CN),
        Lang::Es => ("%a %-d %b %Y, %H:%M", Locale::es_PE),
        Lang::En => ("%a %-d %b %Y, %H:%M", Locale::en_US),
    };
    format!(
        "{} ({})",
        local.and_utc().format_localized(pattern, locale),
        zone.name()
    )
}

/// Where `end` stands from `now`, as true at `now`: "in 3 days", "in 5 hours", "in 20 minutes",
/// "in 40 seconds"; once passed, "3 minutes ago", "2 days ago".
pub fn relative(lang: Lang, end: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let secs = (end - now).num_seconds();
    if secs == 0 {
        return t(lang, "rel-ended");
    }
    let (unit, count) = span(secs.unsigned_abs());
    let key = match (secs > 0, unit) {
        (true, Unit::Days) => "rel-days",
        (true, Unit::Hours) => "rel-hours",
        (true, Unit::Minutes) => "rel-minutes",
        (true, Unit::Seconds) => "rel-seconds",
        (false, Unit::Days) => "rel-days-ago",
        (false, Unit::Hours) => "rel-hours-ago",
        (false, Unit::Minutes) => "rel-minutes-ago",
        (false, Unit::Seconds) => "rel-seconds-ago",
    };
    t_args(lang, key, &[("count", Arg::Num(count))])
}

#[derive(Clone, Copy)]
enum Unit {
    Days,
    Hours,
    Minutes,
    Seconds,
}

/// The coarsest unit that still says something useful about `secs`, and the whole count of it
/// (rounded down: "in 1 minute" while 119 seconds remain, never a minute that is not there).
fn span(secs: u64) -> (Unit, i64) {
    let (unit, count) = if secs >= 2 * 86_400 {
        (Unit::Days, secs / 86_400)
    } else if secs >= 2 * 3_600 {
        (Unit::Hours, secs / 3_600)
    } else if secs >= 60 {
        (Unit::Minutes, secs / 60)
    } else {
        (Unit::Seconds, secs)
    };
    (unit, i64::try_from(count).unwrap_or(i64::MAX))
}

/// "#3 · Claro · chip": how a plan is named in every message.
pub fn plan_name(lang: Lang, plan: &Plan) -> String {
    let mut name = format!("#{} · {}", plan.number, plan.operator.display(lang));
    // Cleaned again: rows stored before labels were cleaned may hold bidi overrides.
    if let Some(label) = plan.label.as_deref().and_then(clean_label) {
        name.push_str(" · ");
        name.push_str(&html::escape(&label));
    }
    name
}

/// A lead in words: "3 days before", "2 hours before", "at the end", "tomorrow (snoozed)".
pub fn lead_words(lang: Lang, lead: &str) -> String {
    match lead.parse::<LeadKey>() {
        Ok(LeadKey::Snooze) => t(lang, "lead-snooze"),
        Ok(LeadKey::Lead(Lead::AtEnd)) | Err(()) => t(lang, "lead-at-end"),
        Ok(LeadKey::Lead(Lead::Days(n))) => {
            t_args(lang, "lead-days", &[("count", Arg::Num(n.into()))])
        }
        Ok(LeadKey::Lead(Lead::Minutes(m))) if m % 60 == 0 => {
            t_args(lang, "lead-hours", &[("count", Arg::Num((m / 60).into()))])
        }
        Ok(LeadKey::Lead(Lead::Minutes(m))) => {
            t_args(lang, "lead-minutes", &[("count", Arg::Num(m.into()))])
        }
    }
}

/// What the `lead` column holds: a lead in its canonical form, or the snooze marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeadKey {
    Lead(Lead),
    Snooze,
}

impl std::str::FromStr for LeadKey {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        if text == "snooze" {
            return Ok(LeadKey::Snooze);
        }
        match super::leads::parse_leads(text).map_err(|_| ())?.as_slice() {
            [lead] => Ok(LeadKey::Lead(*lead)),
            _ => Err(()),
        }
    }
}

/// The schedule lines: "• Mon 28 Dec 2026, 09:00 (America/Lima) — 3 days before".
pub fn schedule_lines(lang: Lang, pending: &[(String, i64)], zone: &UserZone) -> String {
    if pending.is_empty() {
        return t(lang, "plan-no-reminders");
    }
    pending
        .iter()
        .map(|(lead, due)| {
            let due = stored_instant(*due);
            format!("• {} — {}", when(lang, due, zone), lead_words(lang, lead))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The reminder message itself, true at `now` (the moment it is sent, which after downtime or a
/// crash may be after its lead, or after the end): it says when the plan ends or ended and how
/// far that is from now, never which lead it was meant for ("1 day before" would be false late).
pub fn reminder(plan: &Plan, settings: &Settings, due_at: i64, now: DateTime<Utc>) -> String {
    let lang = settings.lang;
    let key = if plan.ends_at > now {
        "reminder-text"
    } else {
        "reminder-ended"
    };
    let mut text = t_args(
        lang,
        key,
        &[
            ("plan", plan_name(lang, plan).into()),
            ("when", when(lang, plan.ends_at, &settings.zone).into()),
            ("relative", relative(lang, plan.ends_at, now).into()),
        ],
    );
    if now.timestamp().saturating_sub(due_at) > LATE_AFTER_SECS {
        let due = DateTime::from_timestamp(due_at, 0).unwrap_or_default();
        text.push_str("\n\n");
        text.push_str(&t_args(
            lang,
            "reminder-late",
            &[("due", when(lang, due, &settings.zone).into())],
        ));
    }
    text
}

#[cfg(test)]
mod tests;
