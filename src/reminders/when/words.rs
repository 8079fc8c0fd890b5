//! Word tables for the date grammar (Spanish, English and Chinese), and Chinese numerals.
//! Kept apart from the grammar so adding a spelling never touches parsing code.

/// What a relative count counts: one table for the dates of `/add` (days to years) and the
/// reminder leads of `/leads` (minutes to weeks), so a spelling added once works in both.
#[derive(Clone, Copy)]
pub(crate) enum Unit {
    /// Days.
    Day,
    /// Weeks of seven days.
    Week,
    /// Calendar months.
    Month,
    /// Years of twelve calendar months.
    Year,
    /// Hours (reminder leads only: a plan is not hours long).
    Hour,
    /// Minutes (reminder leads only).
    Minute,
}

/// Lead-ins that carry no date: "el 31/12", "hasta el 31/12", "in 30 days", "到12月31日".
pub(crate) const FILLERS: &[(&str, ())] = &[
    ("el", ()),
    ("hasta", ()),
    ("hasta el", ()),
    ("until", ()),
    ("till", ()),
    ("on", ()),
    ("in", ()),
    ("en", ()),
    ("dentro de", ()),
    ("for", ()),
    ("por", ()),
    ("到", ()),
    ("截止", ()),
    ("截至", ()),
];

/// Lead-ins of a bare day of the month: "el 5", "the 5th", "hasta el 31".
pub(crate) const DAY_NUMBER_LEADS: &[(&str, ())] = &[
    ("el", ()),
    ("hasta el", ()),
    ("the", ()),
    ("on the", ()),
    ("until the", ()),
];

/// "Next month" after a day number: "the 15th of next month", "el 15 del próximo mes",
/// "15 del mes que viene". Folded, so accent-less spellings are the same entries.
pub(crate) const NEXT_MONTH: &[(&str, ())] = &[
    ("next month", ()),
    ("proximo mes", ()),
    ("mes proximo", ()),
    ("mes que viene", ()),
    ("siguiente mes", ()),
    ("mes siguiente", ()),
];

/// "Next month" before a day number: "下个月15号", "下月15日" (下個月 folds to 下个月).
pub(crate) const ZH_NEXT_MONTH: &[(&str, ())] = &[("下个月", ()), ("下月", ())];

/// Units of a relative length (`30 d`, `2 semanas`, `一个月`); `日` is not one (`30日` is the 30th).
pub(crate) const UNITS: &[(&str, Unit)] = &[
    ("d", Unit::Day),
    ("dia", Unit::Day),
    ("dias", Unit::Day),
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("天", Unit::Day),
    ("w", Unit::Week),
    ("wk", Unit::Week),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("sem", Unit::Week),
    ("semana", Unit::Week),
    ("semanas", Unit::Week),
    ("周", Unit::Week),
    ("个周", Unit::Week),
    ("星期", Unit::Week),
    ("个星期", Unit::Week),
    ("礼拜", Unit::Week),
    ("个礼拜", Unit::Week),
    ("mes", Unit::Month),
    ("meses", Unit::Month),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("个月", Unit::Month),
    // No Chinese 年 here: "2026年12月31日" must stay a date.
    ("ano", Unit::Year),
    ("anos", Unit::Year),
    ("year", Unit::Year),
    ("years", Unit::Year),
    ("h", Unit::Hour),
    ("hr", Unit::Hour),
    ("hrs", Unit::Hour),
    ("hora", Unit::Hour),
    ("horas", Unit::Hour),
    ("hour", Unit::Hour),
    ("hours", Unit::Hour),
    ("小时", Unit::Hour),
    ("个小时", Unit::Hour),
    ("钟头", Unit::Hour),
    ("个钟头", Unit::Hour),
    ("m", Unit::Minute),
    ("min", Unit::Minute),
    ("mins", Unit::Minute),
    ("minuto", Unit::Minute),
    ("minutos", Unit::Minute),
    ("minute", Unit::Minute),
    ("minutes", Unit::Minute),
    ("分钟", Unit::Minute),
    ("分", Unit::Minute),
];

/// 日 counts days in a lead (`3日前`) but is a day of the month in a date (`31日`), so only the
/// lead grammar reads it as a unit.
pub(crate) const LEAD_ONLY_UNITS: &[(&str, Unit)] = &[("日", Unit::Day)];

/// Counts written as words (`a month`, `dos semanas`).
pub(crate) const COUNT_WORDS: &[(&str, u32)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("un", 1),
    ("una", 1),
    ("uno", 1),
    ("two", 2),
    ("dos", 2),
    ("three", 3),
    ("tres", 3),
];

/// Words for today and the next two days, as a number of days from today.
pub(crate) const DAY_WORDS: &[(&str, u32)] = &[
    ("hoy", 0),
    ("today", 0),
    ("今天", 0),
    ("今日", 0),
    ("manana", 1),
    ("tomorrow", 1),
    ("tmrw", 1),
    ("tmr", 1),
    ("明天", 1),
    ("明日", 1),
    ("pasado manana", 2),
    ("day after tomorrow", 2),
    ("the day after tomorrow", 2),
    ("后天", 2),
];

/// Spanish (with Peru's `setiembre`) and English month names and abbreviations.
pub(crate) const MONTHS: &[(&str, u32)] = &[
    ("enero", 1),
    ("ene", 1),
    ("january", 1),
    ("jan", 1),
    ("febrero", 2),
    ("february", 2),
    ("feb", 2),
    ("marzo", 3),
    ("march", 3),
    ("mar", 3),
    ("abril", 4),
    ("april", 4),
    ("abr", 4),
    ("apr", 4),
    ("mayo", 5),
    ("may", 5),
    ("junio", 6),
    ("june", 6),
    ("jun", 6),
    ("julio", 7),
    ("july", 7),
    ("jul", 7),
    ("agosto", 8),
    ("august", 8),
    ("ago", 8),
    ("aug", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("set", 9),
    ("octubre", 10),
    ("october", 10),
    ("oct", 10),
    ("noviembre", 11),
    ("november", 11),
    ("nov", 11),
    ("diciembre", 12),
    ("december", 12),
    ("dic", 12),
    ("dec", 12),
];

/// The value of one Chinese digit character.
pub(crate) fn zh_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// The value of a run of Chinese numeral characters (`三十一`, `二〇二六`), saturating.
pub(crate) fn zh_value(run: &[char]) -> u64 {
    let has_units = run.iter().any(|&c| c == '十' || c == '百');
    if !has_units {
        // Digit by digit, as years are written: 二〇二六.
        return run.iter().fold(0u64, |acc, &c| {
            acc.saturating_mul(10)
                .saturating_add(zh_digit(c).unwrap_or(0))
        });
    }
    let (mut total, mut pending) = (0u64, None);
    for &c in run {
        match c {
            '十' => total = total.saturating_add(pending.take().unwrap_or(1) * 10),
            '百' => total = total.saturating_add(pending.take().unwrap_or(1) * 100),
            _ => pending = zh_digit(c),
        }
    }
    total.saturating_add(pending.unwrap_or(0))
}
