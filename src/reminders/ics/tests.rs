use super::*;
use crate::reminders::model::{Draft, Operator};
use chrono::TimeZone;

#[test]
fn each_plan_becomes_an_event_with_utc_times_and_folded_lines() {
    let plan = Plan {
        number: 3,
        terms: Draft {
            operator: Operator::Claro,
            label: Some("chip, de mamá; ".repeat(6)),
            ends_at: Utc.with_ymd_and_hms(2027, 1, 1, 4, 59, 0).unwrap(),
            has_time: false,
            period_days: 30,
            period_known: true,
        },
        created_at: Utc.with_ymd_and_hms(2026, 11, 1, 15, 0, 0).unwrap(),
    };
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 15, 0, 0).unwrap();
    let ics = calendar(42, Lang::En, &[plan], now);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.contains("DTSTART:20270101T045900Z\r\n"));
    assert!(ics.contains("UID:recarga-42-3@recarga"));
    assert!(ics.contains("\\,") && ics.contains("\\;"));
    assert!(ics.split("\r\n").all(|l| l.len() <= 75), "{ics}");
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
}
