//! The calendar file (.ics, RFC 5545) that `/plans` offers: one event per plan end, with an
//! alarm a day before, which a phone's calendar app imports.
use chrono::{DateTime, TimeDelta, Utc};

use super::message::plan_name;
use super::model::Plan;
use crate::i18n::{t_args, Arg};
use crate::lang::Lang;

/// The calendar of `plans` for `user`, with CRLF line ends as the format requires.
pub fn calendar(user: i64, lang: Lang, plans: &[Plan], now: DateTime<Utc>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//recarga//plans//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
    ];
    for plan in plans {
        // Plan names carry HTML escapes for Telegram; a calendar wants the plain text back.
        let name = plan_name(lang, plan)
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
        let summary = t_args(lang, "calendar-summary", &[("plan", Arg::Text(name))]);
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:recarga-{user}-{}@recarga", plan.number),
            format!("DTSTAMP:{}", stamp(now)),
            format!("DTSTART:{}", stamp(plan.ends_at)),
            format!("DTEND:{}", stamp(event_end(plan.ends_at))),
            format!("SUMMARY:{}", escape(&summary)),
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            format!("DESCRIPTION:{}", escape(&summary)),
            "TRIGGER:-P1D".to_owned(),
            "END:VALARM".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = lines
        .iter()
        .map(|l| fold(l))
        .collect::<Vec<_>>()
        .join("\r\n");
    out.push_str("\r\n");
    out
}

/// A quarter of an hour after the end (checked: at the end of chrono's calendar, the end itself).
fn event_end(end: DateTime<Utc>) -> DateTime<Utc> {
    end.checked_add_signed(TimeDelta::minutes(15))
        .unwrap_or(end)
}

fn stamp(instant: DateTime<Utc>) -> String {
    instant.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes TEXT values: backslash, semicolon, comma and newline.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// Folds lines longer than 75 octets, never splitting a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests;
