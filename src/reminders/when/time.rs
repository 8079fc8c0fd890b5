//! The time-of-day grammar: `18:00`, `18h`, `18h30`, `6pm`, `6:30 p. m.`, `a las 6 de la tarde`,
//! `at 18:00`, `18点`, `下午6点半`. Used after a date by `/add` and alone by `/remindat`.
//! A time-shaped value that no clock shows (`25:00`, `13pm`) is reported, not skipped.

use chrono::NaiveTime;

use super::text::{attempt, Cursor};

/// A parsed time, or the folded span of something time-shaped that is not a valid time.
pub(crate) type Clock = Result<NaiveTime, (usize, usize)>;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Half {
    Am,
    Pm,
    Noon,
}

const PREFIXES: &[(&str, ())] = &[
    ("a las", ()),
    ("a la", ()),
    ("alas", ()),
    ("hasta las", ()),
    ("at", ()),
    ("@", ()),
];

// Strict: the hour must be 1-12. The word forms are lenient ("下午18点" still means 18:00).
const STRICT_HALVES: &[(&str, Half)] = &[
    ("am", Half::Am),
    ("a.m.", Half::Am),
    ("a.m", Half::Am),
    ("a. m.", Half::Am),
    ("pm", Half::Pm),
    ("p.m.", Half::Pm),
    ("p.m", Half::Pm),
    ("p. m.", Half::Pm),
];

const WORD_HALVES: &[(&str, Half)] = &[
    ("de la manana", Half::Am),
    ("de la madrugada", Half::Am),
    ("de la tarde", Half::Pm),
    ("de la noche", Half::Pm),
    ("in the morning", Half::Am),
    ("in the afternoon", Half::Pm),
    ("in the evening", Half::Pm),
];

const ZH_HALVES: &[(&str, Half)] = &[
    ("上午", Half::Am),
    ("早上", Half::Am),
    ("早晨", Half::Am),
    ("凌晨", Half::Am),
    ("中午", Half::Noon),
    ("下午", Half::Pm),
    ("晚上", Half::Pm),
    ("傍晚", Half::Pm),
    ("夜里", Half::Pm),
];

const HOUR_MARKS: &[(&str, ())] = &[
    ("h", ()),
    ("hs", ()),
    ("hr", ()),
    ("hrs", ()),
    ("horas", ()),
];

/// Reads a time at the cursor (after optional spaces). A bare hour ("6") counts only after
/// "a las"/"at", after a Chinese 下午-style word, or when `bare_hour` is set (`/remindat 9`).
pub(crate) fn parse_time(cur: &mut Cursor<'_>, bare_hour: bool) -> Option<Clock> {
    let with_prefix = attempt(cur, |c| {
        c.skip_ws();
        c.eat_longest(PREFIXES)?;
        c.skip_ws();
        clock(c, true)
    });
    with_prefix.or_else(|| {
        attempt(cur, |c| {
            c.skip_ws();
            clock(c, bare_hour)
        })
    })
}

fn clock(c: &mut Cursor<'_>, bare_hour: bool) -> Option<Clock> {
    let start = c.pos;
    let zh_half = c.eat_longest(ZH_HALVES);
    c.skip_ws();
    let hour = c.short_number(2).or_else(|| {
        let n = c.zh_number()?;
        u32::try_from(n).ok().filter(|&n| n < 100)
    })?;
    let (minute, marked) = minutes(c)?;
    let strict = attempt(c, |t| {
        t.skip_ws();
        t.eat_longest(STRICT_HALVES)
    });
    let word = attempt(c, |t| {
        t.skip_ws();
        t.eat_longest(WORD_HALVES)
    });
    let shaped = marked || strict.is_some() || word.is_some() || zh_half.is_some();
    if (!shaped && !bare_hour) || !c.at_boundary() {
        return None;
    }
    let span = (start, c.pos);
    let half = strict.or(word).or(zh_half);
    Some(to_time(hour, minute, half, strict.is_some()).ok_or(span))
}

/// Minutes after the hour, and whether a mark (`:`, `h`, `点`) made the hour a time for sure.
/// Minutes beyond 59 are returned as they are, for the caller to reject.
fn minutes(c: &mut Cursor<'_>) -> Option<(u32, bool)> {
    if c.eat_char('点') || c.eat_char('时') {
        c.eat_char('钟');
        if c.eat_char('半') {
            return Some((30, true));
        }
        let minute = attempt(c, |t| {
            let m = t.short_number(2).or_else(|| {
                let n = t.zh_number()?;
                u32::try_from(n).ok().filter(|&n| n < 100)
            })?;
            t.eat_char('分');
            Some(m)
        });
        return Some((minute.unwrap_or(0), true));
    }
    if let Some(minute) = attempt(c, colon_minutes) {
        return Some((minute, true));
    }
    if attempt(c, |t| {
        t.skip_ws();
        t.eat_longest(HOUR_MARKS)
    })
    .is_some()
    {
        // "18h30"
        let minute = attempt(c, |t| t.digits().filter(|&(_, len)| len == 2));
        let minute = minute.map_or(0, |(m, _)| u32::try_from(m).unwrap_or(u32::MAX));
        return Some((minute, true));
    }
    Some((0, false))
}

/// `:30` or `.30`, optionally with seconds (`:30:00`), which are dropped.
fn colon_minutes(c: &mut Cursor<'_>) -> Option<u32> {
    let dot = c.eat_char('.');
    if !dot && !c.eat_char(':') {
        return None;
    }
    let (minute, len) = c.digits()?;
    // A dot is only a time separator in the strict "18.30" shape; "9.5" is not a time.
    if dot && len != 2 {
        return None;
    }
    // "18:5" is time-shaped but malformed: report it with an impossible minute.
    let minute = if len == 2 {
        u32::try_from(minute).unwrap_or(u32::MAX)
    } else {
        u32::MAX
    };
    attempt(c, |t| {
        t.eat_char(':');
        t.digits().filter(|&(s, len)| len == 2 && s < 60)
    });
    Some(minute)
}

fn to_time(hour: u32, minute: u32, half: Option<Half>, strict: bool) -> Option<NaiveTime> {
    let hour = match half {
        None => hour,
        Some(Half::Am) => match hour {
            1..=11 => hour,
            12 => 0,
            0 if !strict => 0,
            _ => return None,
        },
        Some(Half::Pm) => match hour {
            1..=11 => hour + 12,
            12 => 12,
            13..=23 if !strict => hour,
            _ => return None,
        },
        Some(Half::Noon) => match hour {
            1..=5 => hour + 12,
            _ => hour,
        },
    };
    NaiveTime::from_hms_opt(hour, minute, 0)
}
