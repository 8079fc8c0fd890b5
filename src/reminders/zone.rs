//! A user's time zone: parsing what they type (`lima`, `利马`, `America/Lima`, `UTC-5`, `+08:00`) and
//! converting between their wall-clock time and UTC. Local times that do not exist (a DST gap)
//! move forward to the first instant after the gap; repeated ones (a DST overlap) take the earlier
//! instant. Storing and choosing a user's zone is not done here.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

use self::names::place_name;
use crate::lang::Lang;
use thiserror::Error;

use crate::text::fold::fold_input as fold;

pub mod names;
mod places;

/// Offsets beyond ±14:00 exist nowhere on Earth (Kiribati is +14:00).
const MAX_OFFSET_SECS: i32 = 14 * 3600;

/// Where a user lives, as an IANA zone (follows DST) or a fixed UTC offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UserZone {
    /// An IANA zone such as `America/Lima`.
    Named(Tz),
    /// A fixed offset such as `-05:00`, for users who prefer to type one.
    Fixed(FixedOffset),
}

/// Why a zone could not be parsed; each variant maps to its own localized reply.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum ZoneError {
    /// Nothing was typed.
    #[error("no time zone given")]
    Empty,
    /// Neither an IANA name, an alias nor an offset; carries the text as typed (trimmed).
    #[error("unknown time zone: {0}")]
    UnknownZone(String),
    /// Shaped like an offset but beyond ±14:00 or with minutes over 59; carries the text.
    #[error("UTC offset out of range: {0}")]
    OffsetOutOfRange(String),
}

impl UserZone {
    /// The zone most recarga users live in.
    pub const LIMA: UserZone = UserZone::Named(Tz::America__Lima);

    /// Parses an IANA name (any case, spaces for underscores), a place in three languages
    /// (`lima`, `hora de Perú`, `北京时间`, `London`, `Kolkata`: see `names`) or an offset (`UTC-5`, `GMT-05:00`, `+08:00`, `-0500`, `-5`, within ±14:00).
    pub fn parse(input: &str) -> Result<UserZone, ZoneError> {
        let typed = input.trim();
        let folded = fold(typed);
        let key = folded.trim();
        if key.is_empty() {
            return Err(ZoneError::Empty);
        }
        if let Some(tz) = find_iana(key) {
            return Ok(UserZone::Named(tz));
        }
        if let Some(tz) = names::find_place(names::bare(key)) {
            return Ok(UserZone::Named(tz));
        }
        match parse_offset(key) {
            Some(Some(offset)) => Ok(UserZone::Fixed(offset)),
            Some(None) => Err(ZoneError::OffsetOutOfRange(typed.to_string())),
            None => Err(ZoneError::UnknownZone(typed.to_string())),
        }
    }

    /// The canonical name: the IANA name, or `+08:00` for an offset; `parse` reads it back.
    pub fn name(&self) -> String {
        match self {
            UserZone::Named(tz) => tz.name().to_string(),
            UserZone::Fixed(offset) => format_offset(offset.local_minus_utc()),
        }
    }

    /// The UTC offset in force at `instant`.
    pub fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
        match self {
            UserZone::Named(tz) => tz.offset_from_utc_datetime(&instant.naive_utc()).fix(),
            UserZone::Fixed(offset) => *offset,
        }
    }

    /// The wall-clock time at `instant` (beyond chrono's range, the UTC time).
    pub fn to_local(&self, instant: DateTime<Utc>) -> NaiveDateTime {
        let utc = instant.naive_utc();
        // checked: chrono's own conversion panics at the very ends of its calendar.
        utc.checked_add_offset(self.offset_at(instant))
            .unwrap_or(utc)
    }

    /// The user's calendar date at `now`.
    pub fn today(&self, now: DateTime<Utc>) -> NaiveDate {
        self.to_local(now).date()
    }

    /// The instant a wall-clock time names. In a DST gap (02:30 on a spring-forward night) it is
    /// the first instant after the gap (03:00 new time); in an overlap (01:30 on a fall-back
    /// night) the earlier of the two. Beyond chrono's range (year ±262,000) `local` is read as UTC.
    pub fn to_utc(&self, local: NaiveDateTime) -> DateTime<Utc> {
        let found = match self {
            UserZone::Named(tz) => {
                let mapped = tz.from_local_datetime(&local);
                match mapped.earliest() {
                    Some(at) => Some(at.with_timezone(&Utc)),
                    None => gap_end(*tz, local),
                }
            }
            UserZone::Fixed(offset) => offset
                .from_local_datetime(&local)
                .earliest()
                .map(|at| at.with_timezone(&Utc)),
        };
        found.unwrap_or_else(|| Utc.from_utc_datetime(&local))
    }
}

impl fmt::Display for UserZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

impl FromStr for UserZone {
    type Err = ZoneError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        UserZone::parse(s)
    }
}

fn find_iana(key: &str) -> Option<Tz> {
    // Users type "america/new york"; IANA spells it America/New_York.
    let wanted = key.replace(' ', "_");
    chrono_tz::TZ_VARIANTS
        .iter()
        .copied()
        .find(|tz| tz.name().eq_ignore_ascii_case(&wanted))
}

/// `None`: not offset-shaped. `Some(None)`: offset-shaped but out of range.
fn parse_offset(key: &str) -> Option<Option<FixedOffset>> {
    let body = key
        .strip_prefix("utc")
        .or_else(|| key.strip_prefix("gmt"))
        .unwrap_or(key)
        .trim_start();
    let (sign, digits) = match body.chars().next()? {
        '+' => (1, &body[1..]),
        '-' => (-1, &body[1..]),
        _ => return None,
    };
    let (hours, minutes) = split_hours_minutes(digits.trim_start())?;
    if minutes > 59 {
        return Some(None);
    }
    let secs = hours.checked_mul(3600)?.checked_add(minutes * 60)?;
    if secs > MAX_OFFSET_SECS {
        return Some(None);
    }
    Some(FixedOffset::east_opt(sign * secs))
}

/// `5`, `05`, `0500`, `530`, `05:00`, `5:30` as (hours, minutes).
fn split_hours_minutes(digits: &str) -> Option<(i32, i32)> {
    // Checked first so the byte-based splits below never cut a multi-byte character.
    if !digits.bytes().all(|b| b.is_ascii_digit() || b == b':') {
        return None;
    }
    let number = |s: &str| -> Option<i32> {
        let ok = !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| s.parse().ok()).flatten()
    };
    if let Some((h, m)) = digits.split_once(':') {
        return Some((number(h)?, number(m).filter(|_| m.len() == 2)?));
    }
    match digits.len() {
        1 | 2 => Some((number(digits)?, 0)),
        3 | 4 => {
            let (h, m) = digits.split_at(digits.len() - 2);
            Some((number(h)?, number(m)?))
        }
        _ => None,
    }
}

fn format_offset(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let minutes = secs.unsigned_abs() / 60;
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// The first instant after the DST gap that swallowed `local`.
fn gap_end(tz: Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    // None only for an instant chrono cannot hold, which ends the search (no answer, not 1970).
    let offset_at = |secs: i64| {
        let utc = DateTime::from_timestamp(secs, 0)?;
        Some(tz.offset_from_utc_datetime(&utc.naive_utc()).fix())
    };
    let read_with = |offset: FixedOffset| {
        local
            .checked_sub_offset(offset)
            .map(|utc| utc.and_utc().timestamp())
    };
    // A day earlier the pre-gap offset was in force. Read with it, `local` lands after the
    // transition; read with the post-gap offset, before it. Bisect whole seconds in between.
    let day_before = local.checked_sub_signed(Duration::days(1))?;
    let before = offset_at(day_before.and_utc().timestamp())?;
    let mut late = read_with(before)?;
    let after = offset_at(late)?;
    let mut early = read_with(after)?;
    if offset_at(early)? == after {
        // Not a gap after all (offsets without a transition between): keep the plain reading.
        return DateTime::from_timestamp(late, 0);
    }
    while late - early > 1 {
        let mid = early + (late - early) / 2;
        if offset_at(mid)? == after {
            late = mid;
        } else {
            early = mid;
        }
    }
    DateTime::from_timestamp(late, 0)
}

/// How a zone is shown to a user: "Lima (UTC−5)", "伦敦 (UTC+0)", "UTC+5:30" for an offset;
/// the offset is the one in force at `now`.
pub fn label(zone: &UserZone, lang: Lang, now: DateTime<Utc>) -> String {
    let offset = offset_text(zone.offset_at(now).local_minus_utc());
    match zone {
        UserZone::Named(Tz::UTC) => "UTC".to_owned(),
        UserZone::Named(tz) => format!("{} ({offset})", place_name(*tz, lang)),
        UserZone::Fixed(_) => offset,
    }
}

/// The offset of `zone` in force at `now`, as shown: "UTC−5".
pub fn offset_label(zone: &UserZone, now: DateTime<Utc>) -> String {
    offset_text(zone.offset_at(now).local_minus_utc())
}

/// "UTC−5", "UTC+0", "UTC+5:30" (a true minus sign, as typeset).
fn offset_text(secs: i32) -> String {
    let sign = if secs < 0 { '−' } else { '+' };
    let minutes = secs.unsigned_abs() / 60;
    match minutes % 60 {
        0 => format!("UTC{sign}{}", minutes / 60),
        m => format!("UTC{sign}{}:{m:02}", minutes / 60),
    }
}

/// Whether a user in `zone` reads a different clock from Peru's at `now`: then the end the
/// operator counts (Peru time) and the dates shown to the user differ.
pub fn differs_from_peru(zone: &UserZone, now: DateTime<Utc>) -> bool {
    zone.offset_at(now) != UserZone::LIMA.offset_at(now)
}

#[cfg(test)]
mod tests;
