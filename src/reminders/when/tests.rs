//! Shared helpers; the tests are split by the kind of input they cover.

mod chinese;
mod english;
mod errors;
mod numeric;
mod props;
mod spanish;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};

use super::super::zone::UserZone;
use super::{parse_end, EndParse, WhenError};

/// Wednesday 2026-11-25, 10:00 in Lima.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 15, 0, 0).unwrap()
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}

fn lima(input: &str) -> Result<EndParse, WhenError> {
    parse_end(input, now(), &UserZone::LIMA)
}

/// Asserts that every input ends at `expected` local time in Lima.
fn assert_ends(inputs: &[&str], expected: NaiveDateTime) {
    for input in inputs {
        let parsed = lima(input).unwrap_or_else(|e| panic!("{input:?}: {e:?}"));
        assert_eq!(parsed.local, expected, "{input:?}");
        assert_eq!(parsed.end, UserZone::LIMA.to_utc(expected), "{input:?}");
    }
}

fn rest_of(input: &str) -> String {
    lima(input)
        .unwrap_or_else(|e| panic!("{input:?}: {e:?}"))
        .rest
}
