//! The reminder's words against fixed clocks, in the three languages: what it says is true at
//! the moment it is sent, however late that is.
use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};

use super::{relative, reminder};
use crate::lang::Lang;
use crate::reminders::leads::Lead;
use crate::reminders::model::{Operator, Plan, Settings};
use crate::reminders::zone::UserZone;

/// Sat 28 Nov 2026, 23:59 in Lima.
fn end() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 29, 4, 59, 0).unwrap()
}

fn plan() -> Plan {
    Plan {
        number: 3,
        operator: Operator::Claro,
        label: None,
        ends_at: end(),
        has_time: true,
        period_days: 30,
    }
}

fn settings(lang: Lang) -> Settings {
    Settings {
        leads: vec![Lead::Minutes(1)],
        remind_at: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        zone: UserZone::parse("America/Lima").unwrap(),
        lang,
    }
}

/// The words that name the 1-minute lead ("1 minute before", "1 minuto antes", "提前 1 分钟").
const LEAD_WORDS: [&str; 3] = ["minute before", "minuto antes", "提前"];

#[test]
fn a_reminder_sent_after_the_end_says_how_long_ago_it_ended_not_its_lead() {
    let due = end() - Duration::minutes(1); // the 1-minute lead
    let now = end() + Duration::minutes(3); // the bot was down meanwhile
    let cases = [
        (
            Lang::En,
            ["ended Sat 28 Nov 2026, 23:59", "3 minutes ago", "Sent late"],
        ),
        (
            Lang::Es,
            [
                "venció el sáb 28 nov 2026, 23:59",
                "hace 3 minutos",
                "retraso",
            ],
        ),
        (Lang::Zh, ["已于 2026年11月28日", "3 分钟前", "发晚了"]),
    ];
    for (lang, expected) in cases {
        let text = reminder(&plan(), &settings(lang), due.timestamp(), now);
        for part in expected {
            assert!(text.contains(part), "{lang:?}: no {part:?} in {text}");
        }
        for word in LEAD_WORDS {
            assert!(
                !text.contains(word),
                "{lang:?}: lead word {word:?} in {text}"
            );
        }
    }
}

#[test]
fn a_reminder_sent_seconds_before_the_end_counts_the_seconds_left() {
    let due = end() - Duration::minutes(1);
    let now = end() - Duration::seconds(40); // 20 s late: a restart, not downtime
    let cases = [
        (
            Lang::En,
            "ends Sat 28 Nov 2026, 23:59 (America/Lima) — in 40 seconds",
        ),
        (Lang::Es, "— en 40 segundos"),
        (Lang::Zh, "— 40 秒后"),
    ];
    for (lang, expected) in cases {
        let text = reminder(&plan(), &settings(lang), due.timestamp(), now);
        assert!(text.contains(expected), "{lang:?}: {text}");
        assert!(!text.contains('\n'), "{lang:?}: 20 s is not late: {text}");
        for word in LEAD_WORDS {
            assert!(
                !text.contains(word),
                "{lang:?}: lead word {word:?} in {text}"
            );
        }
    }
}

#[test]
fn relative_time_rounds_down_and_turns_to_the_past_after_the_end() {
    let at = |secs: i64| relative(Lang::En, end(), end() - Duration::seconds(secs));
    assert_eq!(at(3 * 86_400 + 5), "in 3 days");
    assert_eq!(at(5 * 3_600), "in 5 hours");
    assert_eq!(at(119), "in 1 minute", "never a minute that is not there");
    assert_eq!(at(1), "in 1 second");
    assert_eq!(at(0), "already ended");
    assert_eq!(at(-59), "59 seconds ago");
    assert_eq!(at(-3 * 60), "3 minutes ago");
    assert_eq!(at(-2 * 86_400), "2 days ago");
    let es = relative(Lang::Es, end(), end() + Duration::hours(3));
    assert_eq!(es, "hace 3 horas");
    let zh = relative(Lang::Zh, end(), end() + Duration::days(4));
    assert_eq!(zh, "4 天前");
}
