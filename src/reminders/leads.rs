//! Reminder leads: how long before a plan ends to remind (`3d,1d,0`, `2h,30m`, `3 días, 1 día`,
//! `3天,1天`), kept in one canonical order, and the `/remindat` time of day that day leads use.
//! `0` is the end day at that time; only `end` (`fin`, `al final`, `到期`, `0h`) is the end
//! instant itself. When each lead actually fires is decided in `schedule.rs`.

use std::cmp::Reverse;
use std::fmt;

use chrono::NaiveTime;
use thiserror::Error;

use super::when::text::{attempt, Cursor, Folded};
use super::when::time::parse_time;
use super::when::words::{Unit, LEAD_ONLY_UNITS, UNITS};

/// How long before a plan's end a reminder fires.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lead {
    /// At the `/remindat` time, this many local calendar days before the end date (`0`, `0d`,
    /// `当天`: on the end date itself, never later than the end).
    Days(u32),
    /// Exactly this many minutes before the end instant (`2h` is `Minutes(120)`).
    Minutes(u32),
    /// At the end instant, asked for explicitly (`end`, `fin`, `al final`, `到期`, `0h`, `0m`).
    AtEnd,
}

/// Leads for users who never set their own: three days, one day, and on the end day.
pub const DEFAULT_LEADS: [Lead; 3] = [Lead::Days(3), Lead::Days(1), Lead::Days(0)];

/// At most this many leads per user, after duplicates are merged.
pub const MAX_LEADS: usize = 6;

/// No lead may reach further back than this many days.
pub const MAX_LEAD_DAYS: u32 = 60;

const MAX_LEAD_MINUTES: u64 = MAX_LEAD_DAYS as u64 * 24 * 60;

/// Why leads or a time of day could not be parsed; each variant maps to a localized reply.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum LeadError {
    /// Nothing was typed.
    #[error("no reminder times given")]
    Empty,
    /// Not a lead (`3x`, `-1d`); carries the offending item as typed.
    #[error("not a reminder time: {0}")]
    BadLead(String),
    /// A lead further back than `MAX_LEAD_DAYS`; carries the item as typed.
    #[error("more than {MAX_LEAD_DAYS} days before the end: {0}")]
    TooLong(String),
    /// More than `MAX_LEADS` different leads; carries how many were given.
    #[error("{0} reminder times, at most {MAX_LEADS} allowed")]
    TooMany(usize),
    /// Not a time of day (`25:00`); carries it as typed.
    #[error("not a time of day: {0}")]
    BadTime(String),
}

const AT_END_WORDS: &[(&str, Lead)] = &[
    ("end", Lead::AtEnd),
    ("fin", Lead::AtEnd),
    ("al final", Lead::AtEnd),
    ("al vencer", Lead::AtEnd),
    ("到期", Lead::AtEnd),
    ("到期时", Lead::AtEnd),
    ("当天", Lead::Days(0)),
];

const COUNT_WORDS: &[(&str, u64)] = &[("a", 1), ("an", 1), ("un", 1), ("una", 1), ("one", 1)];

const BEFORE_WORDS: &[(&str, ())] = &[
    ("前", ()),
    ("之前", ()),
    ("以前", ()),
    ("antes", ()),
    ("before", ()),
];

const SEPARATOR_WORDS: &[(&str, ())] = &[("y", ()), ("and", ()), ("和", ())];

/// Parses a list of leads separated by commas, semicolons or spaces, merges duplicates and
/// sorts them farthest first. A bare number is days (`3` = `3d`, `0` = `0d`, the end day).
pub fn parse_leads(input: &str) -> Result<Vec<Lead>, LeadError> {
    let folded = Folded::new(input);
    let mut cur = folded.cursor();
    let mut leads = Vec::new();
    loop {
        skip_separators(&mut cur);
        if cur.at_end() {
            break;
        }
        let start = cur.pos;
        let typed = |cur: &Cursor<'_>| folded.original_between(start, token_end(*cur)).to_string();
        match attempt(&mut cur, one_lead) {
            Some(Some(lead)) => leads.push(lead),
            Some(None) => return Err(LeadError::TooLong(typed(&cur))),
            None => return Err(LeadError::BadLead(typed(&cur))),
        }
    }
    if leads.is_empty() {
        return Err(LeadError::Empty);
    }
    leads.sort_by_key(|lead| sort_key(*lead));
    leads.dedup();
    if leads.len() > MAX_LEADS {
        return Err(LeadError::TooMany(leads.len()));
    }
    Ok(leads)
}

/// The canonical text of `leads` (`3d,1d,0`, `2h,end`), which `parse_leads` reads back
/// unchanged.
pub fn format_leads(leads: &[Lead]) -> String {
    let items: Vec<String> = leads.iter().map(Lead::to_string).collect();
    items.join(",")
}

/// Parses a `/remindat` time: `09:00`, `9:00`, `9am`, `21h`, `9`, `9点`, `下午9点`.
pub fn parse_time_of_day(input: &str) -> Result<NaiveTime, LeadError> {
    let folded = Folded::new(input);
    let mut cur = folded.cursor();
    cur.skip_ws();
    if cur.at_end() {
        return Err(LeadError::Empty);
    }
    let found = parse_time(&mut cur, true);
    cur.skip_ws();
    match found {
        Some(Ok(time)) if cur.at_end() => Ok(time),
        Some(Err((from, to))) => Err(LeadError::BadTime(
            folded.original_between(from, to).to_string(),
        )),
        _ => Err(LeadError::BadTime(input.trim().chars().take(40).collect())),
    }
}

impl fmt::Display for Lead {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            // A stored `0` meant the end instant before the end-day rule; it now reads as the
            // end day, which is what the default `3d,1d,0` was always taken to say.
            Lead::Days(0) => f.write_str("0"),
            Lead::Days(n) => write!(f, "{n}d"),
            Lead::Minutes(m) if m % 60 == 0 => write!(f, "{}h", m / 60),
            Lead::Minutes(m) => write!(f, "{m}m"),
            Lead::AtEnd => f.write_str("end"),
        }
    }
}

/// Farthest first; on equal length a day lead before a minute lead before `AtEnd`, since a day
/// lead usually fires earlier (09:00 the day before a 23:59 end is 39 hours ahead, not 24).
fn sort_key(lead: Lead) -> (Reverse<u64>, u8) {
    match lead {
        Lead::Days(n) => (Reverse(u64::from(n) * 24 * 60), 0),
        Lead::Minutes(m) => (Reverse(u64::from(m)), 1),
        Lead::AtEnd => (Reverse(0), 2),
    }
}

/// One lead. `Some(None)`: well formed but too long.
fn one_lead(c: &mut Cursor<'_>) -> Option<Option<Lead>> {
    if let Some(lead) = c.eat_longest(AT_END_WORDS) {
        return c.at_boundary().then_some(Some(lead));
    }
    c.eat_char('+');
    let count = c.number().or_else(|| c.eat_longest(COUNT_WORDS))?;
    let unit = attempt(c, |t| {
        t.skip_ws();
        t.eat_longest(UNITS)
            .or_else(|| t.eat_longest(LEAD_ONLY_UNITS))
    });
    if let Some(Unit::Month | Unit::Year) = unit {
        return None; // a lead is at most 60 days
    }
    // "3天前", "2 horas antes", "1 day before" mean the same as without the word.
    attempt(c, |t| {
        t.skip_ws();
        t.eat_longest(BEFORE_WORDS)
    });
    c.at_boundary().then(|| to_lead(count, unit))
}

/// The lead for `count` of `unit` (days when no unit is given); `None` beyond 60 days.
fn to_lead(count: u64, unit: Option<Unit>) -> Option<Lead> {
    let minutes = match unit {
        None | Some(Unit::Day) => count.saturating_mul(24 * 60),
        Some(Unit::Week) => count.saturating_mul(7 * 24 * 60),
        Some(Unit::Hour) => count.saturating_mul(60),
        Some(Unit::Minute) => count,
        Some(Unit::Month | Unit::Year) => return None,
    };
    if minutes > MAX_LEAD_MINUTES {
        return None;
    }
    // At most 60 days of minutes, so every value fits in a u32.
    let fit = |value: u64| u32::try_from(value).unwrap_or(u32::MAX);
    Some(match unit {
        None | Some(Unit::Day | Unit::Week) => Lead::Days(fit(minutes / 1440)),
        _ if minutes == 0 => Lead::AtEnd,
        _ => Lead::Minutes(fit(minutes)),
    })
}

fn skip_separators(c: &mut Cursor<'_>) {
    loop {
        let before = c.pos;
        while c.peek().is_some_and(is_separator) {
            c.pos += 1;
        }
        // A word that only starts like "y" or "and" ("y9", "andes") is the next item: step back
        // to it, not to the commas before it, or the error would quote an empty item.
        let word = c.pos;
        if c.eat_longest(SEPARATOR_WORDS).is_some() && !c.at_boundary() {
            c.pos = word;
            return;
        }
        if c.pos == before {
            return;
        }
    }
}

fn is_separator(ch: char) -> bool {
    matches!(ch, ' ' | ',' | ';' | '/' | '|')
}

/// Where the item starting at `from` ends, for quoting it in an error.
fn token_end(mut c: Cursor<'_>) -> usize {
    while c.peek().is_some_and(|ch| !is_separator(ch)) {
        c.pos += 1;
    }
    c.pos
}

#[cfg(test)]
mod tests;
