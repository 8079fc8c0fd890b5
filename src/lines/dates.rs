//! A line's dates: the day each stage may begin, counted in calendar days from the last top-up
//! on Peru's calendar (the operators count in Peru time, and Lima has no DST, so a day is a
//! day), and the last top-up date as users type it. Pure functions; `today` is a parameter.
use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};

use super::rules::{OperatorRules, Stage, MAX_DAYS};
use crate::reminders::when::END_OF_DAY;
use crate::reminders::UserZone;

/// When one stage may begin for a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StageDate {
    pub stage: Stage,
    /// The days after the last top-up the date rests on: the earliest claim.
    pub days: u32,
    /// The first day the stage may apply.
    pub from: NaiveDate,
    /// The later numbers other sources give, when they disagree (empty when they agree).
    pub others: Vec<u32>,
}

impl StageDate {
    /// The last day the line is still safe from this stage.
    pub fn last_safe(&self) -> NaiveDate {
        self.from.pred_opt().unwrap_or(self.from)
    }

    /// The last safe moment: 23:59 of the last safe day in Lima. Reminders count back from it.
    pub fn deadline(&self) -> DateTime<Utc> {
        UserZone::LIMA.to_utc(self.last_safe().and_time(END_OF_DAY))
    }
}

/// Both stages of a line; `None` where no source states the stage (or beyond the calendar).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    pub restriction: Option<StageDate>,
    pub cutoff: Option<StageDate>,
}

impl Timeline {
    /// The date of `stage`, if known.
    pub fn get(&self, stage: Stage) -> Option<&StageDate> {
        match stage {
            Stage::Restriction => self.restriction.as_ref(),
            Stage::Cutoff => self.cutoff.as_ref(),
        }
    }

    /// Whether every known stage has begun by `today` (nothing left to warn about).
    pub fn all_passed(&self, today: NaiveDate) -> bool {
        Stage::ALL
            .iter()
            .filter_map(|s| self.get(*s))
            .all(|d| d.from <= today)
    }
}

/// The dates `rules` give for a line last topped up on `last_topup`, taking the earliest claim
/// of each stage.
pub fn timeline(rules: &OperatorRules, last_topup: NaiveDate) -> Timeline {
    let stage = |stage: Stage| {
        let claims = rules.claims(stage);
        let first = claims.first()?;
        Some(StageDate {
            stage,
            days: first.days,
            from: last_topup.checked_add_days(Days::new(u64::from(first.days)))?,
            others: claims[1..].iter().map(|c| c.days).collect(),
        })
    };
    Timeline {
        restriction: stage(Stage::Restriction),
        cutoff: stage(Stage::Cutoff),
    }
}

/// Why a typed last top-up was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TopupError {
    /// Not a date in any form we read.
    #[error("not a date")]
    Unrecognized,
    /// A day that has not come yet.
    #[error("in the future")]
    Future,
    /// Longer ago than any rule counts.
    #[error("too long ago")]
    TooOld,
}

/// The last top-up date in `text`, read on `today`'s calendar (Peru): "today", "hoy", "今天",
/// "yesterday", "ayer", "昨天", "2/3" (day/month, the latest such day not after today),
/// "2/3/2026", "2026-03-02", "3月2日".
pub fn parse_topup(text: &str, today: NaiveDate) -> Result<NaiveDate, TopupError> {
    let date =
        read_date(text.trim().trim_end_matches('.'), today).ok_or(TopupError::Unrecognized)?;
    if date > today {
        return Err(TopupError::Future);
    }
    let oldest = today
        .checked_sub_days(Days::new(u64::from(MAX_DAYS)))
        .unwrap_or(NaiveDate::MIN);
    if date < oldest {
        return Err(TopupError::TooOld);
    }
    Ok(date)
}

fn read_date(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let lower = text.to_lowercase();
    match lower.as_str() {
        "today" | "hoy" | "今天" | "今日" => return Some(today),
        "yesterday" | "ayer" | "昨天" | "昨日" => return today.pred_opt(),
        _ => {}
    }
    if let Ok(date) = NaiveDate::parse_from_str(&lower, "%Y-%m-%d") {
        return Some(date);
    }
    let chinese = lower.trim_end_matches(['日', '号', '號']);
    let (year, rest) = match chinese.split_once('年') {
        Some((y, rest)) => (Some(y), rest),
        None => (None, chinese),
    };
    if let Some((m, d)) = rest.split_once('月') {
        return day_month(number(d)?, number(m)?, year.map(number), today);
    }
    let parts: Vec<&str> = lower.split('/').collect();
    match parts.as_slice() {
        [d, m] => day_month(number(d)?, number(m)?, None, today),
        [d, m, y] => day_month(number(d)?, number(m)?, Some(number(y)), today),
        _ => None,
    }
}

/// A day and month; without a year, the latest such date not after `today`.
fn day_month(
    day: u32,
    month: u32,
    year: Option<Option<u32>>,
    today: NaiveDate,
) -> Option<NaiveDate> {
    match year {
        Some(year) => {
            let year = year?;
            let year = if year < 100 { 2000 + year } else { year };
            NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
        }
        None => {
            let this = NaiveDate::from_ymd_opt(today.year(), month, day);
            match this {
                Some(date) if date <= today => Some(date),
                // 29/2 typed in a year without it: the latest 29 Feb, up to four years back.
                _ => (1..=4)
                    .find_map(|back| NaiveDate::from_ymd_opt(today.year() - back, month, day)),
            }
        }
    }
}

fn number(text: &str) -> Option<u32> {
    let text = text.trim();
    (!text.is_empty() && text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// A date as stored: days since 1970-01-01.
pub fn to_stored(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) - i64::from(EPOCH_CE)
}

/// A stored date back; `None` outside the years the bot handles (a corrupt row).
pub fn from_stored(days: i64) -> Option<NaiveDate> {
    let ce = i32::try_from(days.checked_add(i64::from(EPOCH_CE))?).ok()?;
    NaiveDate::from_num_days_from_ce_opt(ce).filter(|d| (2000..2100).contains(&d.year()))
}

/// `num_days_from_ce` of 1970-01-01.
const EPOCH_CE: i32 = 719_163;

#[cfg(test)]
mod tests;
