//! The date half of `/add` input: numeric (`31/12`, `2026-12-31`), Spanish and English month
//! names, Chinese (`12月31日`, `31号`), day words (`mañana`, `明天`) and lengths (`+30d`, `1 mes`).
//! It only recognises shapes; whether a date exists or is past is decided in `when.rs`.

use chrono::{Days, Months, NaiveDate};

use super::text::{attempt, Cursor};
use super::words::{
    Unit, COUNT_WORDS, DAY_NUMBER_LEADS, DAY_WORDS, FILLERS, MONTHS, NEXT_MONTH, UNITS,
    ZH_NEXT_MONTH,
};

/// A plan length before it is anchored to a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// Whole days (weeks are stored as 7 days each).
    Days(u32),
    /// Calendar months, clamped at month end (Jan 31 + 1 month = Feb 28 or 29).
    Months(u32),
}

impl Period {
    /// The date this length after `from`; `None` beyond chrono's calendar.
    pub fn after(self, from: NaiveDate) -> Option<NaiveDate> {
        match self {
            Period::Days(n) => from.checked_add_days(Days::new(u64::from(n))),
            Period::Months(n) => from.checked_add_months(Months::new(n)),
        }
    }
}

/// A recognised date, not yet anchored to today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateSpec {
    /// A calendar date; `year: None` means the next such date that is not past.
    Calendar {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    /// `31号`, `31日`, `el 31`, `the 31st` without a month: the next day with that number.
    DayOfMonth(u32),
    /// `下个月15号`, `el 15 del próximo mes`, `the 15th of next month`: that day of next month.
    NextMonthDay(u32),
    /// A length from today: `hoy`, `mañana`, `+30d`, `2 semanas`, `1 mes`.
    Relative(Period),
}

/// Reads a date at the cursor, moving past it only on success.
pub(crate) fn parse_date(cur: &mut Cursor<'_>) -> Option<DateSpec> {
    let with_filler = attempt(cur, |c| {
        if c.eat_longest(FILLERS).is_some() {
            c.skip_ws();
        }
        let forms: [fn(&mut Cursor<'_>) -> Option<DateSpec>; 6] = [
            next_month_day,
            relative,
            day_word,
            chinese,
            numeric,
            textual,
        ];
        forms
            .iter()
            .find_map(|form| attempt(c, |t| form(t).filter(|_| t.at_boundary())))
    });
    // "el 5" / "the 5th" only after every fuller form failed: "el 5 de mayo" is a whole date.
    with_filler.or_else(|| attempt(cur, |c| day_number(c).filter(|_| c.at_boundary())))
}

/// Reads a plan length (`+30d`, `2 semanas`, `一个月`) at the cursor.
pub(crate) fn parse_period(cur: &mut Cursor<'_>) -> Option<Period> {
    attempt(cur, |c| match relative(c).filter(|_| c.at_boundary())? {
        DateSpec::Relative(period) => Some(period),
        _ => None,
    })
}

fn relative(c: &mut Cursor<'_>) -> Option<DateSpec> {
    c.eat_char('+');
    c.skip_ws();
    let count = c
        .number()
        .map(|n| u32::try_from(n).unwrap_or(u32::MAX))
        .or_else(|| c.eat_longest(COUNT_WORDS))?;
    c.skip_ws();
    let unit = c.eat_longest(UNITS)?;
    // "30天后" / "30天以后": "in 30 days".
    c.eat_longest(&[("后", ()), ("以后", ()), ("之后", ())]);
    Some(DateSpec::Relative(match unit {
        Unit::Day => Period::Days(count),
        Unit::Week => Period::Days(count.saturating_mul(7)),
        Unit::Month => Period::Months(count),
        Unit::Year => Period::Months(count.saturating_mul(12)),
        Unit::Hour | Unit::Minute => return None,
    }))
}

/// A day of next month, either way round: "下个月15号" or "[the] 15th [of] next month".
fn next_month_day(c: &mut Cursor<'_>) -> Option<DateSpec> {
    let zh = attempt(c, |t| {
        t.eat_longest(ZH_NEXT_MONTH)?;
        t.skip_ws();
        let day = small(t)?;
        t.skip_ws();
        let _ = t.eat_char('日') || t.eat_char('号');
        Some(day)
    });
    if let Some(day) = zh {
        return Some(DateSpec::NextMonthDay(day));
    }
    if c.eat_longest(DAY_NUMBER_LEADS).is_some() {
        c.skip_ws();
    }
    let day = day_of(c)?;
    c.eat_longest(NEXT_MONTH)?;
    Some(DateSpec::NextMonthDay(day))
}

fn day_number(c: &mut Cursor<'_>) -> Option<DateSpec> {
    c.eat_longest(DAY_NUMBER_LEADS)?;
    c.skip_ws();
    let day = c.short_number(2)?;
    ordinal(c);
    Some(DateSpec::DayOfMonth(day))
}

fn day_word(c: &mut Cursor<'_>) -> Option<DateSpec> {
    let days = c.eat_longest(DAY_WORDS)?;
    Some(DateSpec::Relative(Period::Days(days)))
}

fn chinese(c: &mut Cursor<'_>) -> Option<DateSpec> {
    let year = attempt(c, |t| {
        let year = zh_year(t)?;
        t.skip_ws();
        t.eat_char('年').then_some(year)
    });
    c.skip_ws();
    let month = attempt(c, |t| {
        let month = small(t)?;
        t.skip_ws();
        t.eat_char('月').then_some(month)
    });
    c.skip_ws();
    let day = small(c)?;
    c.skip_ws();
    let suffix = c.eat_char('日') || c.eat_char('号');
    match month {
        // "12月31" without 日 is common enough in chat.
        Some(month) => Some(DateSpec::Calendar { year, month, day }),
        None if year.is_none() && suffix => Some(DateSpec::DayOfMonth(day)),
        None => None,
    }
}

fn zh_year(c: &mut Cursor<'_>) -> Option<i32> {
    let year = i32::try_from(c.number()?).ok()?;
    // "26年" is how people write 2026 in chat.
    match year {
        0..=99 => Some(2000 + year),
        1000..=9999 => Some(year),
        _ => None,
    }
}

/// A day or month number: up to two ASCII digits or a Chinese numeral below 100.
fn small(c: &mut Cursor<'_>) -> Option<u32> {
    c.short_number(2).or_else(|| {
        let n = c.zh_number()?;
        u32::try_from(n).ok().filter(|&n| n < 100)
    })
}

fn numeric(c: &mut Cursor<'_>) -> Option<DateSpec> {
    let (first, first_len) = c.digits()?;
    let sep = c.peek().filter(|s| matches!(s, '-' | '/' | '.'))?;
    c.eat_char(sep);
    let second = c.short_number(2)?;
    let third = attempt(c, |t| if t.eat_char(sep) { t.digits() } else { None });
    let first = u32::try_from(first).ok()?;
    let year = |y: u64, len: usize| -> Option<i32> {
        let y = i32::try_from(y).ok()?;
        match len {
            2 => Some(2000 + y),
            4 => Some(y),
            _ => None,
        }
    };
    match (first_len, third) {
        (4, Some((day, 1..=2))) => Some(DateSpec::Calendar {
            year: year(u64::from(first), 4),
            month: second,
            day: u32::try_from(day).ok()?,
        }),
        (1..=2, Some((y, len))) => Some(day_first(first, second, Some(year(y, len)?))),
        (1..=2, None) => Some(day_first(first, second, None)),
        _ => None,
    }
}

/// Peru writes the day first; `12/31` can only be month first (how Chinese and US users write
/// it), so it is read that way rather than rejected.
fn day_first(first: u32, second: u32, year: Option<i32>) -> DateSpec {
    let (day, month) = if second > 12 && (1..=12).contains(&first) {
        (second, first)
    } else {
        (first, second)
    };
    DateSpec::Calendar { year, month, day }
}

fn textual(c: &mut Cursor<'_>) -> Option<DateSpec> {
    attempt(c, day_then_month).or_else(|| attempt(c, month_then_day))
}

/// A day number with what may follow it before a month: "15", "15th of", "15 de".
fn day_of(c: &mut Cursor<'_>) -> Option<u32> {
    let day = c.short_number(2)?;
    ordinal(c);
    c.skip_ws();
    if c.eat_longest(&[("de", ()), ("del", ()), ("of", ())])
        .is_some()
    {
        c.skip_ws();
    }
    Some(day)
}

fn day_then_month(c: &mut Cursor<'_>) -> Option<DateSpec> {
    let day = day_of(c)?;
    let month = month_name(c)?;
    let year = year_tail(c);
    Some(DateSpec::Calendar { year, month, day })
}

fn month_then_day(c: &mut Cursor<'_>) -> Option<DateSpec> {
    let month = month_name(c)?;
    c.skip_ws();
    let day = c.short_number(2)?;
    ordinal(c);
    let year = year_tail(c);
    Some(DateSpec::Calendar { year, month, day })
}

fn month_name(c: &mut Cursor<'_>) -> Option<u32> {
    let month = c.eat_longest(MONTHS)?;
    c.eat_char('.');
    Some(month)
}

fn ordinal(c: &mut Cursor<'_>) {
    c.eat_longest(&[
        ("st", ()),
        ("nd", ()),
        ("rd", ()),
        ("th", ()),
        ("º", ()),
        ("°", ()),
    ]);
}

/// An optional four-digit year after a written month: ", 2026", " de 2026", " 2026".
fn year_tail(c: &mut Cursor<'_>) -> Option<i32> {
    attempt(c, |t| {
        t.skip_ws();
        if t.eat_char(',') {
            t.skip_ws();
        }
        if t.eat_longest(&[("de", ()), ("del", ())]).is_some() {
            t.skip_ws();
        }
        let (year, len) = t.digits()?;
        if len != 4 || t.peek() == Some(':') {
            return None;
        }
        i32::try_from(year).ok()
    })
}
