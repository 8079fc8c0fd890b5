//! "Keep my number" through the real handler tree and the real scheduler, in zh, es and en:
//! `/line` typed and as buttons, the sources and their disagreement, "✅ I topped up", the
//! reminders before each stage sent once, lines kept apart from plans, and the FAQ button.
//! The clock is fixed at 2026-11-25 15:00 UTC (10:00 in Lima).
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use recarga::i18n::{t, t_args, Arg};
use recarga::lang::Lang;
use recarga::lines::{self, message};
use recarga::reminders::{self, Change, Draft, Lead, Operator, UserZone};

use crate::support::fake_api::FakeApi;
use crate::support::*;

const LANGS: [(Lang, &str); 3] = [(Lang::Zh, "zh"), (Lang::Es, "es"), (Lang::En, "en")];

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// (number, operator, last_topup as a date, ends_at) of every line of `user`.
async fn lines_of(app: &TestApp, user: i64) -> Vec<(i64, String, NaiveDate, i64)> {
    let rows: Vec<(i64, String, i64, i64)> = sqlx::query_as(
        "select number, operator, last_topup, ends_at from plan
         where user_id = $1 and kind = 'line' order by number desc",
    )
    .bind(user)
    .fetch_all(&app.app.pool)
    .await
    .unwrap();
    rows.into_iter()
        .map(|(n, op, topup, end)| (n, op, lines::dates::from_stored(topup).unwrap(), end))
        .collect()
}

/// (lead, due_at) of the pending reminders of one row, earliest first.
async fn reminders_of(app: &TestApp, user: i64, number: i64) -> Vec<(String, i64)> {
    sqlx::query_as(
        "select lead, due_at from reminder
         where user_id = $1 and plan_number = $2 and sent_at is null order by due_at, lead",
    )
    .bind(user)
    .bind(number)
    .fetch_all(&app.app.pool)
    .await
    .unwrap()
}

/// 23:59 in Lima on `date`, as stored.
fn lima_end_of(date: NaiveDate) -> i64 {
    UserZone::LIMA
        .to_utc(date.and_hms_opt(23, 59, 0).unwrap())
        .timestamp()
}

#[tokio::test]
async fn line_bitel_with_a_date_shows_both_sources_and_counts_from_the_earliest() {
    for (i, (lang, code)) in LANGS.into_iter().enumerate() {
        let app = TestApp::new().await;
        let user = user(10 + i as u64, code);
        let mut bot = app.bot(text_from(&user, "/line bitel 2026-10-01"));
        bot.dispatch().await;
        let text = last_text(&bot);
        let restricted = message::date(lang, day(2026, 12, 30)); // + 90 days
        let cut_off = message::date(lang, day(2027, 5, 29)); // + 240 days, not 255
        let last_safe = message::date(lang, day(2027, 5, 28));
        for part in [
            &restricted,
            &cut_off,
            &last_safe,
            "240",
            "255",
            "larepublica.pe",
            "bitel.com.pe",
        ] {
            assert!(text.contains(part), "{code}: {part:?} missing from {text}");
        }
        assert!(
            !text.contains(&message::date(lang, day(2027, 6, 13))),
            "{code}: the 255-day date is not the one used: {text}"
        );
        assert!(text.contains(&t(lang, "line-saved")), "{code}: {text}");
        let data = callback_data(&last_keyboard(&bot));
        assert!(data.contains(&"line:top:1".to_string()), "{data:?}");
        assert!(data.contains(&"line:del:1".to_string()), "{data:?}");
        let uid = user.id.0 as i64;
        assert_eq!(
            lines_of(&app, uid).await,
            vec![(
                -1,
                "bitel".into(),
                day(2026, 10, 1),
                lima_end_of(day(2027, 5, 28))
            )]
        );
    }
}

#[tokio::test]
async fn an_operator_no_source_gives_a_restriction_for_says_ask_the_operator() {
    for (i, (lang, code)) in LANGS.into_iter().enumerate() {
        let app = TestApp::new().await;
        let user = user(20 + i as u64, code);
        let mut bot = app.bot(text_from(&user, "/line movistar today"));
        bot.dispatch().await;
        let text = last_text(&bot);
        let unknown = t_args(
            lang,
            "line-restriction-unknown",
            &[("operator", "Movistar".into())],
        );
        assert!(text.contains(&unknown), "{code}: {text}");
        // Movistar: 210 days after 25 Nov 2026 (Lima's today) is 23 Jun 2027.
        assert!(
            text.contains(&message::date(lang, day(2027, 6, 23))),
            "{code}: {text}"
        );
    }
}

#[tokio::test]
async fn the_button_flow_asks_the_operator_then_the_last_top_up_and_saves() {
    for (i, (lang, code)) in LANGS.into_iter().enumerate() {
        let app = TestApp::new().await;
        let user = user(30 + i as u64, code);
        let uid = user.id.0 as i64;
        let mut bot = app.bot(text_from(&user, "/line"));
        bot.dispatch().await;
        assert_eq!(last_text(&bot), t(lang, "line-pick-operator"), "{code}");
        let data = callback_data(&last_keyboard(&bot));
        assert_eq!(
            data,
            [
                "line:op:claro",
                "line:op:movistar",
                "line:op:entel",
                "line:op:bitel"
            ]
        );

        bot.update(tap(&user, "line:op:entel"));
        bot.dispatch().await;
        let asked = t_args(lang, "line-ask-topup", &[("operator", "Entel".into())]);
        assert_eq!(edited_texts(&bot), vec![asked], "{code}");

        bot.update(tap(&user, "line:ago:entel:1"));
        bot.dispatch().await;
        let saved = edited_texts(&bot).join("\n");
        // Entel: 60 days after yesterday (24 Nov 2026) is 23 Jan 2027.
        assert!(
            saved.contains(&message::date(lang, day(2027, 1, 23))),
            "{code}: {saved}"
        );
        assert_eq!(lines_of(&app, uid).await[0].2, day(2026, 11, 24));

        // "Type a date": the next message is read as the last top-up, not as a question.
        bot.update(tap(&user, "line:type:bitel"));
        bot.dispatch().await;
        bot.update(text_from(&user, "1/10"));
        bot.dispatch().await;
        let text = last_text(&bot);
        assert!(
            text.contains(&message::date(lang, day(2027, 5, 29))),
            "{code}: {text}"
        );
        let saved = lines_of(&app, uid).await;
        assert_eq!(saved.len(), 2, "{code}");
        assert_eq!((saved[1].0, saved[1].2), (-2, day(2026, 10, 1)));
    }
}

#[tokio::test]
async fn i_topped_up_moves_every_date_and_the_reminders() {
    for (i, (lang, code)) in LANGS.into_iter().enumerate() {
        let app = TestApp::new().await;
        let user = user(40 + i as u64, code);
        let uid = user.id.0 as i64;
        let mut bot = app.bot(text_from(&user, "/line claro 2026-10-01"));
        bot.dispatch().await;
        let before = reminders_of(&app, uid, -1).await;

        bot.update(tap(&user, "line:top:1"));
        bot.dispatch().await;
        let text = last_text(&bot);
        assert!(text.contains(&t(lang, "line-moved")), "{code}: {text}");
        // Claro: restricted 60 days after 25 Nov 2026, cut off after 270.
        for date in [day(2027, 1, 24), day(2027, 8, 22)] {
            assert!(
                text.contains(&message::date(lang, date)),
                "{code}: {date} in {text}"
            );
        }
        let after = lines_of(&app, uid).await;
        assert_eq!(
            after,
            vec![(
                -1,
                "claro".into(),
                day(2026, 11, 25),
                lima_end_of(day(2027, 8, 21))
            )]
        );
        let moved = reminders_of(&app, uid, -1).await;
        assert_ne!(before, moved);
        assert!(moved.iter().any(|(lead, _)| lead == "r:3d"), "{moved:?}");
        assert!(moved.iter().any(|(lead, _)| lead == "3d"), "{moved:?}");

        // Typing the same line again with "today" moves it too, without a second line.
        bot.update(text_from(&user, "/line claro today"));
        bot.dispatch().await;
        assert_eq!(lines_of(&app, uid).await.len(), 1, "{code}");
    }
}

#[tokio::test]
async fn a_future_or_stale_last_top_up_gets_a_clear_reply_and_saves_nothing() {
    for (i, (lang, code)) in LANGS.into_iter().enumerate() {
        let app = TestApp::new().await;
        let user = user(50 + i as u64, code);
        let uid = user.id.0 as i64;
        let mut bot = app.bot(text_from(&user, "/line claro 2026-12-24"));
        bot.dispatch().await;
        let future = t_args(lang, "line-future", &[("typed", "2026-12-24".into())]);
        assert_eq!(last_text(&bot), future, "{code}");
        // Entel cuts off after 60 days: a top-up in January has every date behind it.
        bot.update(text_from(&user, "/line entel 2026-01-05"));
        bot.dispatch().await;
        let passed = t_args(
            lang,
            "line-all-passed",
            &[("date", message::date(lang, day(2026, 1, 5)).into())],
        );
        assert_eq!(last_text(&bot), passed, "{code}");
        bot.update(text_from(&user, "/line vodafone today"));
        bot.dispatch().await;
        let unknown = t_args(
            lang,
            "line-unknown-operator",
            &[("typed", "vodafone".into())],
        );
        assert_eq!(last_text(&bot), unknown, "{code}");
        assert!(lines_of(&app, uid).await.is_empty());
    }
}

#[tokio::test]
async fn line_alone_lists_the_lines_with_topped_up_and_delete_buttons() {
    for (i, (lang, code)) in LANGS.into_iter().enumerate() {
        let app = TestApp::new().await;
        let user = user(60 + i as u64, code);
        let mut bot = app.bot(text_from(&user, "/line bitel 2026-10-01"));
        bot.dispatch().await;
        bot.update(text_from(&user, "/line entel today"));
        bot.dispatch().await;
        bot.update(text_from(&user, "/line"));
        bot.dispatch().await;
        let text = last_text(&bot);
        assert!(
            text.starts_with(&t(lang, "line-list-title")),
            "{code}: {text}"
        );
        assert!(
            text.contains("Bitel") && text.contains("Entel"),
            "{code}: {text}"
        );
        let data = callback_data(&last_keyboard(&bot));
        assert_eq!(
            data,
            [
                "line:top:1",
                "line:del:1",
                "line:top:2",
                "line:del:2",
                "line"
            ]
        );
        bot.update(tap(&user, "line:del:1"));
        bot.dispatch().await;
        let deleted = t_args(lang, "line-deleted", &[("number", Arg::Num(1))]);
        assert_eq!(edited_texts(&bot), vec![deleted], "{code}");
        assert_eq!(lines_of(&app, user.id.0 as i64).await.len(), 1);
    }
}

#[tokio::test]
async fn lines_stay_out_of_plans_and_the_plan_cap() {
    for (i, (lang, code)) in LANGS.into_iter().enumerate() {
        let app = TestApp::new().await;
        let user = user(70 + i as u64, code);
        let uid = user.id.0 as i64;
        let mut bot = app.bot(text_from(&user, "/line claro today"));
        bot.dispatch().await;
        bot.update(text_from(&user, "/plans"));
        bot.dispatch().await;
        assert_eq!(last_text(&bot), t(lang, "plans-empty"), "{code}");
        // A line and MAX_PLANS - 1 plans: one more plan still fits.
        let settings = app.app.settings(uid).await.unwrap();
        let now = app.app.now();
        let draft = Draft {
            operator: Operator::Claro,
            label: None,
            ends_at: Utc.with_ymd_and_hms(2026, 12, 31, 4, 59, 0).unwrap(),
            has_time: false,
            period_days: 30,
            period_known: true,
        };
        for _ in 1..reminders::MAX_PLANS {
            reminders::add(&app.app.pool, uid, &draft, &settings, now)
                .await
                .unwrap();
        }
        assert!(
            reminders::can_add(&app.app.pool, uid).await.unwrap(),
            "{code}"
        );
        let plan = reminders::add(&app.app.pool, uid, &draft, &settings, now)
            .await
            .unwrap();
        assert_eq!(
            plan.number,
            reminders::MAX_PLANS,
            "plan numbers skip no line"
        );
        bot.update(text_from(&user, "/del -1"));
        bot.dispatch().await;
        assert_eq!(
            lines_of(&app, uid).await.len(),
            1,
            "{code}: /del never reaches a line"
        );
    }
}

#[tokio::test]
async fn the_faq_answers_about_losing_a_number_offer_to_track_the_line() {
    for (i, (lang, code)) in LANGS.into_iter().enumerate() {
        let app = TestApp::new().await;
        let user = user(80 + i as u64, code);
        let mut bot = app.bot(tap(&user, "faq:a:line-deactivation"));
        bot.dispatch().await;
        let keyboard = last_keyboard(&bot);
        let labels: Vec<&str> = keyboard
            .inline_keyboard
            .iter()
            .flatten()
            .map(|b| b.text.as_str())
            .collect();
        assert!(
            labels.contains(&t(lang, "btn-line-faq").as_str()),
            "{code}: {labels:?}"
        );
        assert!(callback_data(&keyboard).contains(&"line".to_string()));
        bot.update(tap(&user, "faq:t:keep-number-abroad"));
        bot.dispatch().await;
        assert!(
            bot.get_responses()
                .edited_messages_text
                .last()
                .map(|m| format!("{:?}", m.bot_request.reply_markup))
                .unwrap_or_default()
                .contains("\"line\""),
            "{code}: keep-number-abroad offers the button too"
        );
        bot.update(tap(&user, "faq:a:claro-topup"));
        bot.dispatch().await;
        assert!(!callback_data(&last_keyboard(&bot)).contains(&"line".to_string()));
        bot.update(tap(&user, "line"));
        bot.dispatch().await;
        // A new message: the answer the user was reading stays where it was.
        assert!(
            edited_texts(&bot).is_empty(),
            "{code}: the answer was edited away"
        );
        assert_eq!(last_text(&bot), t(lang, "line-pick-operator"), "{code}");
    }
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

/// User `uid` (Telegram language `code`) with one lead (3 days) and a Bitel line topped up on
/// 20 Nov 2026.
async fn bitel_line_with_one_lead(app: &TestApp, uid: i64, code: &str) {
    let now = app.app.now();
    recarga::users::touch(&app.app.pool, uid, Some(code), now.into())
        .await
        .unwrap();
    // One lead, so each stage has exactly one reminder to watch.
    let change = Change::Leads(vec![Lead::Days(3)]);
    let settings =
        recarga::preferences::change_settings(&app.app.pool, uid, change, &UserZone::LIMA, now)
            .await
            .unwrap();
    let rules = app.app.lines.clone();
    let topup = lines::Topup {
        operator: Operator::Bitel,
        label: None,
        date: day(2026, 11, 20),
    };
    lines::record(&app.app.pool, uid, topup, &rules, &settings, now)
        .await
        .unwrap();
}

/// The two line reminders sent: the first names both dates, the days and what to do, with its
/// buttons; the later one names the restriction's date.
fn check_line_reminders(lang: Lang, code: &str, sent: &[serde_json::Value]) {
    let first = sent[0]["text"].as_str().unwrap();
    for part in [
        message::date(lang, day(2027, 2, 18)),
        message::date(lang, day(2027, 7, 18)),
        "240".into(),
        "255".into(),
        t(lang, "line-reminder-action"),
    ] {
        assert!(
            first.contains(&part),
            "{code}: {part:?} missing from {first}"
        );
    }
    let later = sent[1]["text"].as_str().unwrap();
    let restricted_since = message::date(lang, day(2027, 2, 18));
    assert!(later.contains(&restricted_since), "{code}: {later}");
    let buttons = sent[0]["reply_markup"].to_string();
    for data in ["line:top:1", "faq:tu:bitel"] {
        assert!(buttons.contains(data), "{code}: {data} missing: {buttons}");
    }
}

#[tokio::test]
async fn the_scheduler_warns_before_the_restriction_and_before_the_cut_off_once_each() {
    for (i, (lang, code)) in LANGS.into_iter().enumerate() {
        let app = TestApp::new().await;
        let api = FakeApi::start().await;
        let scheduler = app.scheduler(&api.url);
        let uid = 90 + i as i64;
        bitel_line_with_one_lead(&app, uid, code).await;
        // Restricted from 18 Feb 2027 (90 days): the 3-day reminder is at 09:00 Lima on 14 Feb.
        let pending = reminders_of(&app, uid, -1).await;
        let due = |lead: &str| {
            pending
                .iter()
                .find(|(l, _)| l == lead)
                .map(|(_, d)| *d)
                .unwrap()
        };
        assert_eq!(
            due("r:3d"),
            at(2027, 2, 14, 14, 0).timestamp(),
            "{pending:?}"
        );
        // Cut off from 18 Jul 2027 (240 days): its 3-day reminder is on 14 Jul.
        assert_eq!(due("3d"), at(2027, 7, 14, 14, 0).timestamp(), "{pending:?}");

        let pass = |when: DateTime<Utc>| {
            *app.now.lock().unwrap() = when;
            scheduler.pass(when)
        };
        assert_eq!(
            pass(at(2027, 2, 14, 13, 59)).await.unwrap().sent,
            0,
            "not before"
        );
        assert_eq!(pass(at(2027, 2, 14, 14, 0)).await.unwrap().sent, 1);
        assert_eq!(
            pass(at(2027, 2, 14, 14, 5)).await.unwrap().sent,
            0,
            "never twice"
        );
        assert_eq!(
            pass(at(2027, 7, 14, 14, 0)).await.unwrap().sent,
            1,
            "{code}: cut-off 3d"
        );
        let sent = api.calls("sendMessage");
        assert_eq!(sent.len(), 2, "{code}");
        check_line_reminders(lang, code, &sent);
    }
}

#[tokio::test]
async fn changing_the_leads_reschedules_a_lines_reminders() {
    let app = TestApp::new().await;
    let user = user(100, "en");
    let mut bot = app.bot(text_from(&user, "/line claro today"));
    bot.dispatch().await;
    bot.update(text_from(&user, "/leads 7d"));
    bot.dispatch().await;
    let leads: Vec<String> = reminders_of(&app, 100, -1)
        .await
        .into_iter()
        .map(|(l, _)| l)
        .collect();
    assert_eq!(leads, ["r:7d", "7d"]);
}

#[tokio::test]
async fn a_line_with_hand_edited_dates_out_of_range_still_lists_and_deletes_but_gets_no_reminders()
{
    let app = TestApp::new().await;
    let user = user(101, "en");
    let mut bot = app.bot(text_from(&user, "/line bitel 2026-10-01"));
    bot.dispatch().await;
    bot.update(text_from(&user, "/line claro today"));
    bot.dispatch().await;
    sqlx::query(
        "update plan set restrict_at = -5, ends_at = 8210266876799
         where user_id = 101 and number = -1",
    )
    .execute(&app.app.pool)
    .await
    .unwrap();
    // A settings change reschedules every line: the edited one's dates are refused, not
    // clamped to 2000 or 2100; the other keeps its reminders.
    bot.update(text_from(&user, "/leads 7d"));
    bot.dispatch().await;
    assert_eq!(reminders_of(&app, 101, -1).await, []);
    let leads: Vec<String> = reminders_of(&app, 101, -2)
        .await
        .into_iter()
        .map(|(l, _)| l)
        .collect();
    assert_eq!(leads, ["r:7d", "7d"]);

    bot.update(text_from(&user, "/line"));
    bot.dispatch().await;
    let text = last_text(&bot);
    assert!(text.contains("Bitel") && text.contains("Claro"), "{text}");
    bot.update(tap(&user, "line:del:1"));
    bot.dispatch().await;
    let deleted = t_args(Lang::En, "line-deleted", &[("number", Arg::Num(1))]);
    assert_eq!(edited_texts(&bot), vec![deleted]);
    assert_eq!(lines_of(&app, 101).await.len(), 1);
}
