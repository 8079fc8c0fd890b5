//! When a prepaid plan ends, from what a user types after `/add` or `/renew` ("31/12 claro",
//! "mañana 18:00", "+30d", "12月31日"), anchored to `now` in the user's zone. The shapes live in
//! `date` and `time`; this file turns them into an instant and checks it is sensible.
//! Saving plans and choosing the zone are not done here.

mod date;
pub(crate) mod text;
pub(crate) mod time;
pub(crate) mod words;

use chrono::{DateTime, Datelike, Months, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use thiserror::Error;

use self::date::DateSpec;
pub use self::date::Period;
use self::text::Folded;
use super::zone::UserZone;

/// How far ahead an end may be; a typo such as `31/12/2062` is caught instead of saved.
pub const MAX_YEARS_AHEAD: u32 = 5;

/// The longest plan period, in days: five years of leap years, the most a typed end gives.
pub const MAX_PERIOD_DAYS: i64 = 5 * 366;

/// The range of instants the bot handles lives with the stored `Timestamp` (see `clock`).
pub use crate::clock::{EARLIEST_SECS, LATEST_SECS};

/// The local time a plan ends when only a date is given.
// A match, not `expect`, because `Option::expect` is not const on the project's Rust 1.82.
pub const END_OF_DAY: NaiveTime = match NaiveTime::from_hms_opt(23, 59, 0) {
    Some(time) => time,
    None => NaiveTime::MIN,
};

/// A parsed plan end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndParse {
    /// The instant the plan ends.
    pub end: DateTime<Utc>,
    /// The same instant on the user's wall clock (a time in a DST gap shows as moved forward).
    pub local: NaiveDateTime,
    /// Whether the user gave a time; without one the plan ends at 23:59 local.
    pub has_time: bool,
    /// Calendar days from today (local) to the end date, for "renew with the same period";
    /// `None` when the plan ends today, where there is no length worth repeating.
    pub period_days: Option<i64>,
    /// Whether that period is one the user gave (a length: `+30d`, `30 días`, a preset), not
    /// just the distance to a typed date: only a given period is repeated by "Renewed".
    pub period_known: bool,
    /// What followed the date and time, trimmed, as typed: a label such as `claro chip`.
    pub rest: String,
}

/// Why an end could not be parsed; each variant maps to its own localized reply.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum WhenError {
    /// Nothing was typed.
    #[error("no date given")]
    Empty,
    /// No date or time at the start; carries the first word as typed (at most 40 characters).
    #[error("not a date: {0}")]
    Unrecognized(String),
    /// A date no calendar has, such as 31/02 or 30/02/2027, or "the 31st of next month" when
    /// next month has 30 days (refused, never moved to another day).
    #[error("{typed} ({day}/{month}/{year}) does not exist")]
    ImpossibleDate {
        /// The date as the user typed it (at most 40 characters), for the reply to echo.
        typed: String,
        /// Day of month as typed.
        day: u32,
        /// Month as typed (1-12 when it exists).
        month: u32,
        /// The year given, or the one the date would fall in.
        year: i32,
    },
    /// A time no clock shows (`25:00`, `18:75`, `13pm`); carries it as typed.
    #[error("not a time of day: {0}")]
    BadTime(String),
    /// The end is at or before now.
    #[error("that moment has already passed")]
    InPast,
    /// The end is more than five years ahead.
    #[error("more than {MAX_YEARS_AHEAD} years ahead")]
    TooFar,
}

/// Parses the date (and optional time) at the start of `input`; the words after it come back in
/// `rest`. A date alone ends at 23:59 local; a time alone means today; a year-less date is the
/// next one not before today; lengths (`+30d`, `1 mes`) count from today's local date.
pub fn parse_end(input: &str, now: DateTime<Utc>, zone: &UserZone) -> Result<EndParse, WhenError> {
    let folded = Folded::new(input);
    let mut cur = folded.cursor();
    cur.skip_ws();
    if cur.at_end() {
        return Err(WhenError::Empty);
    }
    let date_start = cur.pos;
    let spec = date::parse_date(&mut cur);
    let date_end = cur.pos;
    let time = match time::parse_time(&mut cur, false) {
        Some(Ok(time)) => Some(time),
        Some(Err((from, to))) => {
            let typed = folded.original_between(from, to);
            return Err(WhenError::BadTime(typed.to_string()));
        }
        None => None,
    };
    let spec = match (spec, time) {
        (Some(spec), _) => spec,
        (None, Some(_)) => DateSpec::Relative(Period::Days(0)),
        (None, None) => return Err(WhenError::Unrecognized(first_word(input))),
    };
    let today = zone.today(now);
    let typed_length = matches!(spec, DateSpec::Relative(_));
    let date = resolve(spec, today).map_err(|error| match error {
        WhenError::ImpossibleDate {
            day, month, year, ..
        } => WhenError::ImpossibleDate {
            typed: folded
                .original_between(date_start, date_end)
                .chars()
                .take(40)
                .collect(),
            day,
            month,
            year,
        },
        other => other,
    })?;
    let end = zone.to_utc(date.and_time(time.unwrap_or(END_OF_DAY)));
    check_range(date, end, today, now)?;
    let days = (date - today).num_days();
    Ok(EndParse {
        end,
        local: zone.to_local(end),
        has_time: time.is_some(),
        period_days: (days > 0).then_some(days),
        period_known: days > 0 && typed_length,
        rest: folded.rest_from(cur.pos).to_string(),
    })
}

/// Parses a plan length alone (`30d`, `+2 semanas`, `1 mes`, `三十天`), for `/renew 30d`.
pub fn parse_period(input: &str) -> Result<Period, WhenError> {
    let folded = Folded::new(input);
    let mut cur = folded.cursor();
    cur.skip_ws();
    if cur.at_end() {
        return Err(WhenError::Empty);
    }
    let period = date::parse_period(&mut cur);
    cur.skip_ws();
    match period {
        Some(period) if cur.at_end() => Ok(period),
        Some(_) => Err(WhenError::Unrecognized(first_word(
            folded.rest_from(cur.pos),
        ))),
        None => Err(WhenError::Unrecognized(first_word(input))),
    }
}

/// The end of a plan that runs `period` from today: 23:59 local on the last day, as for `+30d`.
pub fn end_after(
    period: Period,
    now: DateTime<Utc>,
    zone: &UserZone,
) -> Result<EndParse, WhenError> {
    let today = zone.today(now);
    let date = resolve(DateSpec::Relative(period), today)?;
    let end = zone.to_utc(date.and_time(END_OF_DAY));
    check_range(date, end, today, now)?;
    let days = (date - today).num_days();
    Ok(EndParse {
        end,
        local: zone.to_local(end),
        has_time: false,
        period_days: (days > 0).then_some(days),
        period_known: days > 0,
        rest: String::new(),
    })
}

/// The one check every plan end passes before it is stored, whatever it came from (typed text,
/// a button, a renewal): after `now`, and at most `MAX_YEARS_AHEAD` years after today in `zone`.
pub fn check_end(end: DateTime<Utc>, now: DateTime<Utc>, zone: &UserZone) -> Result<(), WhenError> {
    let date = zone.to_local(end).date();
    check_range(date, end, zone.today(now), now)
}

fn check_range(
    date: NaiveDate,
    end: DateTime<Utc>,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<(), WhenError> {
    if end <= now {
        return Err(WhenError::InPast);
    }
    let limit = today.checked_add_months(Months::new(12 * MAX_YEARS_AHEAD));
    if limit.is_none_or(|limit| date > limit) {
        return Err(WhenError::TooFar);
    }
    Ok(())
}

fn resolve(spec: DateSpec, today: NaiveDate) -> Result<NaiveDate, WhenError> {
    match spec {
        DateSpec::Calendar { year, month, day } => {
            // A year-less date is this year's unless its day has already gone by.
            let year = year.unwrap_or_else(|| {
                let gone = (month, day) < (today.month(), today.day());
                today.year() + i32::from(gone)
            });
            NaiveDate::from_ymd_opt(year, month, day).ok_or(WhenError::ImpossibleDate {
                typed: String::new(),
                day,
                month,
                year,
            })
        }
        DateSpec::DayOfMonth(day) => next_day_numbered(day, today),
        DateSpec::NextMonthDay(day) => {
            let next = today
                .with_day(1)
                .and_then(|first| first.checked_add_months(Months::new(1)))
                .ok_or(WhenError::TooFar)?;
            next.with_day(day).ok_or(WhenError::ImpossibleDate {
                typed: String::new(),
                day,
                month: next.month(),
                year: next.year(),
            })
        }
        DateSpec::Relative(period) => period.after(today).ok_or(WhenError::TooFar),
    }
}

/// The next date, today included, whose day of month is `day` (`31号` skips 30-day months).
fn next_day_numbered(day: u32, today: NaiveDate) -> Result<NaiveDate, WhenError> {
    let impossible = WhenError::ImpossibleDate {
        typed: String::new(),
        day,
        month: today.month(),
        year: today.year(),
    };
    if !(1..=31).contains(&day) {
        return Err(impossible);
    }
    let first = today.with_day(1).ok_or(impossible.clone())?;
    (0..3)
        .filter_map(|k| first.checked_add_months(Months::new(k))?.with_day(day))
        .find(|date| *date >= today)
        .ok_or(impossible)
}

/// How many days `month` has in `year`; `None` for a month no calendar has.
pub fn days_in_month(year: i32, month: u32) -> Option<u32> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = first.checked_add_months(Months::new(1))?;
    u32::try_from((next - first).num_days()).ok()
}

fn first_word(text: &str) -> String {
    let word = text.split_whitespace().next().unwrap_or("");
    word.chars().take(40).collect()
}

#[cfg(test)]
mod tests;
