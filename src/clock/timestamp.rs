//! An instant as the database stores it: whole Unix seconds (UTC) in a BIGINT column, bound and
//! read through `sqlx::Any` as the `i64` it wraps. Rows carry a `Timestamp`; it becomes a
//! `DateTime<Utc>` where it is used, checked against the range the bot handles (`instant`) or,
//! for a stored row that must still render, pulled into it (`clamped`).
use chrono::{DateTime, Utc};
use serde::Serialize;
use thiserror::Error;

/// The earliest instant the bot handles at all (2000-01-01 UTC, Unix seconds). Instants from
/// outside (button data, database rows) are checked against this range once, where they enter,
/// so the date arithmetic deeper down stays far from the ends of chrono's calendar.
pub const EARLIEST_SECS: i64 = 946_684_800;

/// The latest instant the bot handles at all (2100-01-01 UTC): beyond any plan end the bot
/// accepts for decades to come.
pub const LATEST_SECS: i64 = 4_102_444_800;

/// Whole Unix seconds (UTC), as stored; any `i64`, so a bad row still reads (and surfaces as
/// `OutOfRange` where it is turned into an instant).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, sqlx::Type)]
#[serde(transparent)]
#[sqlx(transparent)]
pub struct Timestamp(i64);

/// A stored instant outside `EARLIEST_SECS..=LATEST_SECS` (an old or hand-edited row).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
#[error("instant {0} (Unix seconds) is outside the range handled, {EARLIEST_SECS}..={LATEST_SECS}")]
pub struct OutOfRange(pub i64);

impl Timestamp {
    /// The earliest instant handled, as a timestamp.
    pub const EARLIEST: Timestamp = Timestamp(EARLIEST_SECS);
    /// The latest instant handled, as a timestamp.
    pub const LATEST: Timestamp = Timestamp(LATEST_SECS);

    /// The timestamp of `instant` (sub-second part dropped).
    pub fn of(instant: DateTime<Utc>) -> Timestamp {
        Timestamp(instant.timestamp())
    }

    /// The timestamp `secs` Unix seconds name, unchecked (as a column holds it).
    pub const fn from_secs(secs: i64) -> Timestamp {
        Timestamp(secs)
    }

    /// Unix seconds.
    pub const fn secs(self) -> i64 {
        self.0
    }

    /// Whether it lies in the range the bot handles.
    pub fn in_range(self) -> bool {
        (EARLIEST_SECS..=LATEST_SECS).contains(&self.0)
    }

    /// The instant, if it lies in the range the bot handles; else an error naming the value.
    pub fn instant(self) -> Result<DateTime<Utc>, OutOfRange> {
        if !self.in_range() {
            return Err(OutOfRange(self.0));
        }
        DateTime::from_timestamp(self.0, 0).ok_or(OutOfRange(self.0))
    }

    /// The instant pulled into the range the bot handles: a row written before the range was
    /// enforced (or by hand) still renders, as the nearest bound, instead of overflowing the
    /// date arithmetic that formats it.
    pub fn clamped(self) -> DateTime<Utc> {
        let secs = self.0.clamp(EARLIEST_SECS, LATEST_SECS);
        DateTime::from_timestamp(secs, 0).unwrap_or(DateTime::UNIX_EPOCH)
    }

    /// `secs` later (earlier when negative), stopping at the ends of `i64`.
    pub const fn saturating_add_secs(self, secs: i64) -> Timestamp {
        Timestamp(self.0.saturating_add(secs))
    }

    /// `secs` earlier, stopping at the ends of `i64`.
    pub const fn saturating_sub_secs(self, secs: i64) -> Timestamp {
        Timestamp(self.0.saturating_sub(secs))
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(instant: DateTime<Utc>) -> Timestamp {
        Timestamp::of(instant)
    }
}

#[cfg(test)]
mod tests;
