//! The reminder's words against fixed clocks, in the three languages: what it says is true at
//! the moment it is sent, however late that is.
use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};

use super::{relative, reminder};
use crate::clock::Timestamp;
use crate::lang::Lang;
use crate::reminders::leads::Lead;
use crate::reminders::model::{Draft, Operator, Plan, Settings};
use crate::reminders::zone::UserZone;

/// Sat 28 Nov 2026, 23:59 in Lima.
fn end() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 29, 4, 59, 0).unwrap()
}

fn plan() -> Plan {
    Plan {
        number: 3,
        terms: Draft {
            operator: Operator::Claro,
            label: None,
            ends_at: end(),
            has_time: true,
            period_days: 30,
            period_known: true,
        },
        created_at: end() - Duration::days(30),
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
        let text = reminder(&plan(), &settings(lang), Timestamp::of(due), now);
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
            "ends Sat 28 Nov 2026, 23:59 (Lima, UTC−5) — in 40 seconds",
        ),
        (Lang::Es, "— en 40 segundos"),
        (Lang::Zh, "— 40 秒后"),
    ];
    for (lang, expected) in cases {
        let text = reminder(&plan(), &settings(lang), Timestamp::of(due), now);
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
    assert_eq!(at(0), "ending right now");
    assert_eq!(at(-59), "59 seconds ago");
    assert_eq!(at(-3 * 60), "3 minutes ago");
    assert_eq!(at(-2 * 86_400), "2 days ago");
    let es = relative(Lang::Es, end(), end() + Duration::hours(3));
    assert_eq!(es, "hace 3 horas");
    let zh = relative(Lang::Zh, end(), end() + Duration::days(4));
    assert_eq!(zh, "4 天前");
}

/// What the reminder must say (`yes`) and must not (`no`) at `now`, per language.
struct Expect {
    lang: Lang,
    yes: &'static [&'static str],
    no: &'static [&'static str],
}

fn check(now: DateTime<Utc>, cases: &[Expect]) {
    for case in cases {
        let text = reminder(&plan(), &settings(case.lang), Timestamp::of(now), now);
        for part in case.yes {
            assert!(
                text.contains(part),
                "{:?}: no {part:?} in {text}",
                case.lang
            );
        }
        for part in case.no {
            assert!(!text.contains(part), "{:?}: {part:?} in {text}", case.lang);
        }
    }
}

/// The "before it runs out" sentences, false once the plan has ended.
const BEFORE: [&str; 3] = ["before it runs out", "antes de que se acabe", "趁还没用完"];
/// The "it ended" sentences, false while the plan still runs.
const AFTER: [&str; 3] = ["get it back", "reactivarlo", "充值即可恢复"];

#[test]
fn one_second_before_the_end_the_reminder_still_says_it_ends_and_to_top_up_before() {
    check(
        end() - Duration::seconds(1),
        &[
            Expect {
                lang: Lang::En,
                yes: &["ends Sat 28 Nov", "in 1 second", BEFORE[0]],
                no: &AFTER,
            },
            Expect {
                lang: Lang::Es,
                yes: &["vence el", "en 1 segundo", BEFORE[1]],
                no: &AFTER,
            },
            Expect {
                lang: Lang::Zh,
                yes: &["将于", "1 秒后", BEFORE[2]],
                no: &AFTER,
            },
        ],
    );
}

#[test]
fn at_the_end_second_the_reminder_says_it_ends_now_not_that_it_ended() {
    check(
        end(),
        &[
            Expect {
                lang: Lang::En,
                yes: &["ends right now", "Top up now"],
                no: &[BEFORE[0], AFTER[0], "ended"],
            },
            Expect {
                lang: Lang::Es,
                yes: &["vence ahora mismo", "Recarga ya"],
                no: &[BEFORE[1], AFTER[1], "venció"],
            },
            Expect {
                lang: Lang::Zh,
                yes: &["现在到期", "马上充值"],
                no: &[BEFORE[2], AFTER[2], "已于"],
            },
        ],
    );
}

#[test]
fn one_second_after_the_end_the_reminder_says_it_ended_and_never_to_top_up_before() {
    check(
        end() + Duration::seconds(1),
        &[
            Expect {
                lang: Lang::En,
                yes: &["ended Sat 28 Nov", "1 second ago", AFTER[0]],
                no: &BEFORE,
            },
            Expect {
                lang: Lang::Es,
                yes: &["venció el", "hace 1 segundo", AFTER[1]],
                no: &BEFORE,
            },
            Expect {
                lang: Lang::Zh,
                yes: &["已于", "1 秒前", AFTER[2]],
                no: &BEFORE,
            },
        ],
    );
}

#[test]
fn an_end_later_the_same_local_day_reads_today_at_its_time() {
    // 09:00 in Lima on the end day (14:00 UTC): the end-day reminder.
    check(
        Utc.with_ymd_and_hms(2026, 11, 28, 14, 0, 0).unwrap(),
        &[
            Expect {
                lang: Lang::En,
                yes: &["— today at 23:59", BEFORE[0]],
                no: &["hours"],
            },
            Expect {
                lang: Lang::Es,
                yes: &["— hoy a las 23:59", BEFORE[1]],
                no: &["horas"],
            },
            Expect {
                lang: Lang::Zh,
                yes: &["— 今天 23:59", BEFORE[2]],
                no: &["小时后"],
            },
        ],
    );
}

#[test]
fn within_the_last_hour_the_reminder_counts_down_in_minutes() {
    check(
        end() - Duration::minutes(45),
        &[
            Expect {
                lang: Lang::En,
                yes: &["— in 45 minutes"],
                no: &["today at"],
            },
            Expect {
                lang: Lang::Es,
                yes: &["— en 45 minutos"],
                no: &["hoy a las"],
            },
            Expect {
                lang: Lang::Zh,
                yes: &["— 45 分钟后"],
                no: &["今天"],
            },
        ],
    );
}

#[test]
fn an_end_on_another_local_day_counts_hours_or_days_not_today() {
    // 09:00 in Lima the day before the end: 38 hours ahead.
    check(
        Utc.with_ymd_and_hms(2026, 11, 27, 14, 0, 0).unwrap(),
        &[
            Expect {
                lang: Lang::En,
                yes: &["— in 38 hours"],
                no: &["today at"],
            },
            Expect {
                lang: Lang::Es,
                yes: &["— en 38 horas"],
                no: &["hoy a las"],
            },
            Expect {
                lang: Lang::Zh,
                yes: &["— 38 小时后"],
                no: &["今天"],
            },
        ],
    );
    // Late evening before an end just after midnight: other local day, so still a countdown.
    let zone = UserZone::parse("America/Lima").unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 29, 4, 0, 0).unwrap(); // 23:00 on the 28th
    let next_day = now + Duration::hours(2);
    assert_eq!(
        super::relative_in(Lang::En, next_day, now, &zone),
        "in 2 hours"
    );
}
