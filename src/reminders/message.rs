//! How plans, end dates and reminders read in each language: a date with its weekday in the
//! user's zone, "in N days", the reminder schedule, and the reminder itself. Text comes from
//! `locales/`; this module only chooses keys and fills in arguments.
use chrono::{DateTime, Locale, Utc};

use super::deliver::{Action, Button, Buttons};
use super::input::clean_label;
use super::leads::Lead;
use super::model::{Plan, Settings};
use super::snooze::{self, SnoozeChoice};
use super::zone::UserZone;
use crate::clock::Timestamp;
use crate::i18n::{t, t_args, Arg};
use crate::lang::Lang;
use crate::text::escape_html;

/// A reminder later than this was "late": the bot was down or Telegram refused it for a while.
pub const LATE_AFTER_SECS: i64 = 120;

/// `instant` on the user's wall clock, with the weekday and the zone as people name it, with the
/// offset in force at that instant: "Thu 31 Dec 2026, 23:59 (Lima, UTC−5)".
pub fn when(lang: Lang, instant: DateTime<Utc>, zone: &UserZone) -> String {
    let local = zone.to_local(instant);
    let (pattern, locale) = match lang {
        Lang::Zh => ("%Y年%-m月%-d日 %A %H:%M", Locale::zh_CN),
        Lang::Es => ("%a %-d %b %Y, %H:%M", Locale::es_PE),
        Lang::En => ("%a %-d %b %Y, %H:%M", Locale::en_US),
    };
    let place = super::zone::label(zone, lang, instant);
    // "Lima (UTC−5)" reads "(Lima, UTC−5)" inside the brackets of a date.
    let place = match place.split_once(" (") {
        Some((name, offset)) => format!("{name}, {}", offset.trim_end_matches(')')),
        None => place,
    };
    format!(
        "{} ({place})",
        local.and_utc().format_localized(pattern, locale)
    )
}

/// Whole seconds from `now` to `end`, negative once it has passed: the one comparison every
/// sentence about an end is made from, so a message never says both "ends" and "ended".
pub fn seconds_left(end: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    (end - now).num_seconds()
}

/// Where `end` stands from `now`, as true at `now`: "in 3 days", "in 5 hours", "in 20 minutes",
/// "in 40 seconds", "ending right now"; once passed, "3 minutes ago", "2 days ago".
pub fn relative(lang: Lang, end: DateTime<Utc>, now: DateTime<Utc>) -> String {
    relative_secs(lang, seconds_left(end, now))
}

/// `relative`, but an end later on the user's current day and at least an hour away reads
/// "today at 23:59": a wall-clock time is what a person plans their top-up around, while the
/// last hour counts down in minutes, which says how little time is left.
pub fn relative_in(lang: Lang, end: DateTime<Utc>, now: DateTime<Utc>, zone: &UserZone) -> String {
    phrase(lang, seconds_left(end, now), end, now, zone)
}

/// Seconds at or above which an end later today is "today at HH:MM" rather than a countdown.
pub const TODAY_AT_FROM_SECS: i64 = 3_600;

fn phrase(
    lang: Lang,
    secs: i64,
    end: DateTime<Utc>,
    now: DateTime<Utc>,
    zone: &UserZone,
) -> String {
    let (end_local, now_local) = (zone.to_local(end), zone.to_local(now));
    if secs >= TODAY_AT_FROM_SECS && end_local.date() == now_local.date() {
        let time = end_local.format("%H:%M").to_string();
        return t_args(lang, "rel-today-at", &[("time", time.into())]);
    }
    relative_secs(lang, secs)
}

fn relative_secs(lang: Lang, secs: i64) -> String {
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

/// A moment near `now` as a person says it: "today at 21:15", "tomorrow at 09:00", else the
/// full date with weekday and zone.
pub fn day_and_time(lang: Lang, at: DateTime<Utc>, now: DateTime<Utc>, zone: &UserZone) -> String {
    let (local, today) = (zone.to_local(at), zone.today(now));
    let time = local.format("%H:%M").to_string();
    if local.date() == today {
        t_args(lang, "at-today", &[("time", time.into())])
    } else if today.succ_opt() == Some(local.date()) {
        t_args(lang, "at-tomorrow", &[("time", time.into())])
    } else {
        when(lang, at, zone)
    }
}

/// A date short enough for a button: "Thu 7 Jan", "jue 7 ene", "1月7日".
pub fn short_date(lang: Lang, instant: DateTime<Utc>, zone: &UserZone) -> String {
    let local = zone.to_local(instant);
    let (pattern, locale) = match lang {
        Lang::Zh => ("%-m月%-d日", Locale::zh_CN),
        Lang::Es => ("%a %-d %b", Locale::es_PE),
        Lang::En => ("%a %-d %b", Locale::en_US),
    };
    local
        .and_utc()
        .format_localized(pattern, locale)
        .to_string()
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
        name.push_str(&escape_html(&label));
    }
    name
}

/// A lead in words: "3 days before", "2 hours before", "on the day it ends", "when it ends",
/// "snoozed reminder". A stored `0` written before the end-day rule reads as the end day.
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

/// The schedule lines: "• Mon 28 Dec 2026, 09:00 (Lima, UTC−5) — 3 days before".
pub fn schedule_lines(lang: Lang, pending: &[(String, Timestamp)], zone: &UserZone) -> String {
    if pending.is_empty() {
        return t(lang, "plan-no-reminders");
    }
    pending
        .iter()
        .map(|(lead, due)| {
            let due = due.clamped();
            format!("• {} — {}", when(lang, due, zone), lead_words(lang, lead))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The reminder message itself, true at `now` (the moment it is sent, which after downtime or a
/// crash may be after its lead, or after the end): it says when the plan ends or ended and how
/// far that is from now, never which lead it was meant for ("1 day before" would be false late).
/// Which sentence ("ends … top up before it runs out", "ends right now", "ended … top up to get
/// it back") and the countdown in it come from one whole-second comparison.
pub fn reminder(plan: &Plan, settings: &Settings, due_at: Timestamp, now: DateTime<Utc>) -> String {
    let lang = settings.lang;
    let secs = seconds_left(plan.ends_at, now);
    let key = match secs.cmp(&0) {
        std::cmp::Ordering::Greater => "reminder-text",
        std::cmp::Ordering::Equal => "reminder-now",
        std::cmp::Ordering::Less => "reminder-ended",
    };
    let relative = phrase(lang, secs, plan.ends_at, now, &settings.zone);
    let mut text = t_args(
        lang,
        key,
        &[
            ("plan", plan_name(lang, plan).into()),
            ("when", when(lang, plan.ends_at, &settings.zone).into()),
            ("relative", relative.into()),
        ],
    );
    let late = Timestamp::of(now) > due_at.saturating_add_secs(LATE_AFTER_SECS);
    // A due instant outside the range the bot handles gets no "was due at" line rather than a
    // date in 1970 (or 2100).
    if let Some(due) = due_at.instant().ok().filter(|_| late) {
        text.push_str("\n\n");
        text.push_str(&t_args(
            lang,
            "reminder-late",
            &[("due", when(lang, due, &settings.zone).into())],
        ));
    }
    text
}

/// "✅ Renewed", the snooze choices that land before the end (none when it ends first: the
/// text already says when), and how to top up this operator.
pub fn buttons(plan: &Plan, settings: &Settings, now: DateTime<Utc>) -> Buttons {
    let lang = settings.lang;
    let topup = t_args(
        lang,
        "btn-how-to-topup",
        &[("operator", plan.operator.display(lang).into())],
    );
    let mut rows = vec![vec![Button::new(
        t(lang, "btn-renewed"),
        Action::Renewed(plan.number),
    )]];
    let choices = snooze::choices(plan.ends_at, settings.remind_at, &settings.zone, now);
    let snoozes: Vec<_> = choices
        .into_iter()
        .map(|(choice, at)| {
            let time = settings.zone.to_local(at).format("%H:%M").to_string();
            let key = match choice {
                SnoozeChoice::Hour => "btn-snooze-hour",
                SnoozeChoice::Evening => "btn-snooze-evening",
                SnoozeChoice::Tomorrow => "btn-snooze-tomorrow",
            };
            let label = t_args(lang, key, &[("time", time.into())]);
            Button::new(label, Action::Snooze(plan.number, choice))
        })
        .collect();
    if !snoozes.is_empty() {
        rows.push(snoozes);
    }
    rows.push(vec![Button::new(topup, Action::Topup(plan.operator))]);
    rows
}

#[cfg(test)]
mod tests;
