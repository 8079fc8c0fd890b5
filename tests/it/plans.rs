//! Plans through the real handler tree: /add in its typed forms and its guided flow, /plans and
//! its calendar file, /del, /renew, /leads, /remindat, /tz; bad input changes nothing; a user
//! reaches only their own plans. The clock is fixed at 2026-11-25 15:00 UTC (10:00 in Lima).
use chrono::{TimeZone, Utc};

use crate::support::*;

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> i64 {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
        .timestamp()
}

/// (number, operator, label, ends_at) of every plan of `user`.
async fn plans_of(app: &TestApp, user: i64) -> Vec<(i64, String, Option<String>, i64)> {
    sqlx::query_as(
        "select number, operator, label, ends_at from plan where user_id = $1 order by number",
    )
    .bind(user)
    .fetch_all(&app.app.pool)
    .await
    .unwrap()
}

/// (lead, due_at) of the pending reminders of one plan, earliest first.
async fn reminders_of(app: &TestApp, user: i64, plan: i64) -> Vec<(String, i64)> {
    sqlx::query_as(
        "select lead, due_at from reminder where user_id = $1 and plan_number = $2 and sent_at is null order by due_at",
    )
    .bind(user)
    .bind(plan)
    .fetch_all(&app.app.pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn add_echoes_the_date_with_weekday_zone_countdown_and_schedule() {
    let app = TestApp::new().await;
    let mut bot = app.bot(text_from(&user(1, "es"), "/add 31/12 claro chip"));
    bot.dispatch().await;
    let text = last_text(&bot);
    for part in [
        "#1 · Claro · chip",
        "jue",
        "31 dic 2026",
        "23:59",
        "(Lima, UTC−5)",
        "36 días",
    ] {
        assert!(text.contains(part), "{part:?} missing from {text}");
    }
    assert_eq!(
        plans_of(&app, 1).await,
        vec![(
            1,
            "claro".into(),
            Some("chip".into()),
            utc(2027, 1, 1, 4, 59)
        )]
    );
    // 3d, 1d and 0 (the end day) at 09:00 Lima (14:00 UTC).
    let expected = vec![
        ("3d".to_owned(), utc(2026, 12, 28, 14, 0)),
        ("1d".to_owned(), utc(2026, 12, 30, 14, 0)),
        ("0".to_owned(), utc(2026, 12, 31, 14, 0)),
    ];
    assert_eq!(reminders_of(&app, 1, 1).await, expected);
    let buttons = callback_data(&last_keyboard(&bot));
    assert_eq!(buttons, ["plan:fix:1", "plan:del:1"]);
}

#[tokio::test]
async fn every_documented_date_form_is_understood() {
    let app = TestApp::new().await;
    let ana = user(2, "en");
    let forms = [
        ("2026-12-31", utc(2027, 1, 1, 4, 59)),
        ("31/12/2026", utc(2027, 1, 1, 4, 59)),
        ("31/12", utc(2027, 1, 1, 4, 59)),
        ("31-12-2026 18:00", utc(2026, 12, 31, 23, 0)),
        ("+30d", utc(2026, 12, 26, 4, 59)),
        ("30d", utc(2026, 12, 26, 4, 59)),
        ("30天", utc(2026, 12, 26, 4, 59)),
        ("30 días", utc(2026, 12, 26, 4, 59)),
        ("30 days", utc(2026, 12, 26, 4, 59)),
        ("mañana", utc(2026, 11, 27, 4, 59)),
        ("明天", utc(2026, 11, 27, 4, 59)),
        ("tomorrow", utc(2026, 11, 27, 4, 59)),
        ("12月31日", utc(2027, 1, 1, 4, 59)),
        ("31 de diciembre", utc(2027, 1, 1, 4, 59)),
        ("Dec 31", utc(2027, 1, 1, 4, 59)),
        ("2026-12-31 18:00", utc(2026, 12, 31, 23, 0)),
    ];
    for (form, _) in &forms {
        let mut bot = app.bot(text_from(&ana, &format!("/add {form} entel")));
        bot.dispatch().await;
        assert!(
            last_text(&bot).contains("Entel"),
            "{form}: {}",
            last_text(&bot)
        );
    }
    let stored: Vec<i64> = plans_of(&app, 2).await.into_iter().map(|p| p.3).collect();
    let expected: Vec<i64> = forms.iter().map(|(_, end)| *end).collect();
    assert_eq!(stored, expected);
}

#[tokio::test]
async fn bad_dates_get_a_reason_and_an_example_and_change_nothing() {
    let app = TestApp::new().await;
    let ana = user(3, "en");
    let cases = [
        (
            "/add 31/02",
            "“31/02” is not a date: February has 28 days in 2027",
        ),
        ("/add 2025-01-01", "already passed"),
        ("/add banana", "couldn't read"),
        ("/add 31/12 25:00", "isn't a time"),
        ("/add 2040-01-01", "5 years"),
    ];
    for (command, reason) in cases {
        let mut bot = app.bot(text_from(&ana, command));
        bot.dispatch().await;
        let text = last_text(&bot);
        assert!(
            text.contains(reason) && text.contains("/add 31/12"),
            "{command}: {text}"
        );
    }
    assert!(plans_of(&app, 3).await.is_empty());
}

#[tokio::test]
async fn another_users_plan_number_is_not_found() {
    let app = TestApp::new().await;
    let (ana, ben) = (user(4, "en"), user(5, "en"));
    let mut bot = app.bot(text_from(&ana, "/add 31/12 bitel"));
    bot.dispatch().await;
    for command in ["/del 1", "/renew 1"] {
        bot.update(text_from(&ben, command));
        bot.dispatch().await;
        assert_eq!(
            last_text(&bot),
            "You have no plan #1. See your plans with /plans."
        );
    }
    bot.update(tap(&ben, "plan:delok:1"));
    bot.dispatch().await;
    assert_eq!(plans_of(&app, 4).await.len(), 1, "Ana's plan must survive");
}

#[tokio::test]
async fn delete_asks_first_then_removes_the_plan_and_its_reminders() {
    let app = TestApp::new().await;
    let ana = user(6, "en");
    let mut bot = app.bot(text_from(&ana, "/add 31/12 claro"));
    bot.dispatch().await;
    bot.update(text_from(&ana, "/del 1"));
    bot.dispatch().await;
    assert_eq!(
        callback_data(&last_keyboard(&bot)),
        ["plan:delok:1", "plan:keep"]
    );
    assert_eq!(
        plans_of(&app, 6).await.len(),
        1,
        "nothing deleted before confirming"
    );
    bot.update(tap(&ana, "plan:delok:1"));
    bot.dispatch().await;
    assert!(plans_of(&app, 6).await.is_empty());
    assert!(reminders_of(&app, 6, 1).await.is_empty());
}

#[tokio::test]
async fn renew_rolls_the_plan_forward_by_its_period_and_reschedules() {
    let app = TestApp::new().await;
    let ana = user(7, "en");
    let mut bot = app.bot(text_from(&ana, "/add +30d movistar"));
    bot.dispatch().await;
    bot.update(text_from(&ana, "/renew 1"));
    bot.dispatch().await;
    assert_eq!(
        plans_of(&app, 7).await[0].3,
        utc(2026, 12, 26, 4, 59),
        "asks first"
    );
    let save = callback_data(&last_keyboard(&bot))[0].clone();
    bot.update(tap(&ana, &save));
    bot.dispatch().await;
    // 25 Dec 23:59 Lima + 30 days = 24 Jan 23:59 Lima.
    assert_eq!(plans_of(&app, 7).await[0].3, utc(2027, 1, 25, 4, 59));
    let due: Vec<i64> = reminders_of(&app, 7, 1)
        .await
        .into_iter()
        .map(|r| r.1)
        .collect();
    assert_eq!(
        due,
        vec![
            utc(2027, 1, 21, 14, 0),
            utc(2027, 1, 23, 14, 0),
            utc(2027, 1, 24, 14, 0)
        ]
    );

    bot.update(text_from(&ana, "/renew 1 2027-03-01"));
    bot.dispatch().await;
    assert_eq!(plans_of(&app, 7).await[0].3, utc(2027, 3, 2, 4, 59));
}

#[tokio::test]
async fn leads_remindat_and_zone_changes_reschedule_pending_reminders() {
    let app = TestApp::new().await;
    let ana = user(8, "en");
    let mut bot = app.bot(text_from(&ana, "/add 2026-12-31 claro"));
    bot.dispatch().await;

    bot.update(text_from(&ana, "/leads 2h,30m"));
    bot.dispatch().await;
    assert!(
        last_text(&bot).contains("2 hours and 30 minutes before"),
        "{}",
        last_text(&bot)
    );
    let due: Vec<i64> = reminders_of(&app, 8, 1)
        .await
        .into_iter()
        .map(|r| r.1)
        .collect();
    assert_eq!(due, vec![utc(2027, 1, 1, 2, 59), utc(2027, 1, 1, 4, 29)]);

    bot.update(text_from(&ana, "/leads 1d"));
    bot.dispatch().await;
    bot.update(text_from(&ana, "/remindat 20:00"));
    bot.dispatch().await;
    assert_eq!(
        reminders_of(&app, 8, 1).await,
        vec![("1d".to_owned(), utc(2026, 12, 31, 1, 0))]
    );

    bot.update(text_from(&ana, "/tz Asia/Shanghai"));
    bot.dispatch().await;
    // The end instant stays; the day reminder moves to 20:00 Shanghai the day before the
    // end's Shanghai date (1 Jan 12:59 there).
    assert_eq!(
        reminders_of(&app, 8, 1).await,
        vec![("1d".to_owned(), utc(2026, 12, 31, 12, 0))]
    );
}

#[tokio::test]
async fn malformed_settings_are_explained_and_change_nothing() {
    let app = TestApp::new().await;
    let ana = user(9, "zh");
    let mut bot = app.bot(text_from(&ana, "/add 31/12 claro"));
    bot.dispatch().await;
    let before = reminders_of(&app, 9, 1).await;
    for command in [
        "/leads 3x",
        "/leads 999d",
        "/remindat 25:00",
        "/tz Mars/Olympus",
    ] {
        bot.update(text_from(&ana, command));
        bot.dispatch().await;
        let text = last_text(&bot);
        assert!(
            text.contains("<code>/"),
            "{command}: an example is given: {text}"
        );
    }
    assert_eq!(reminders_of(&app, 9, 1).await, before);
}

#[tokio::test]
async fn the_guided_flow_goes_operator_duration_confirm() {
    let app = TestApp::new().await;
    let ana = user(10, "en");
    let mut bot = app.bot(text_from(&ana, "/add"));
    bot.dispatch().await;
    assert!(callback_data(&last_keyboard(&bot)).contains(&"add:op:entel".to_owned()));
    bot.update(tap(&ana, "add:op:entel"));
    bot.dispatch().await;
    let menu = format!(
        "{:?}",
        bot.get_responses()
            .edited_messages_text
            .last()
            .unwrap()
            .bot_request
            .reply_markup
    );
    assert!(
        menu.contains("add:d:entel:7") && menu.contains("add:date:entel"),
        "{menu}"
    );
    bot.update(tap(&ana, "add:d:entel:7"));
    bot.dispatch().await;
    let confirm = edited_texts(&bot).pop().unwrap();
    assert!(
        confirm.contains("Entel") && confirm.contains("Wed 2 Dec 2026"),
        "{confirm}"
    );
    assert!(
        plans_of(&app, 10).await.is_empty(),
        "nothing saved before confirming"
    );
    let ok = format!("add:ok:entel:@{}:0:7", utc(2026, 12, 3, 4, 59));
    bot.update(tap(&ana, &ok));
    bot.dispatch().await;
    assert_eq!(
        plans_of(&app, 10).await,
        vec![(1, "entel".into(), None, utc(2026, 12, 3, 4, 59))]
    );
}

#[tokio::test]
async fn the_guided_flow_takes_a_typed_date_and_lets_questions_through() {
    let app = TestApp::new().await;
    let ana = user(11, "es");
    let mut bot = app.bot(tap(&ana, "add:date:bitel"));
    bot.dispatch().await;
    bot.update(text_from(&ana, "31/12 18:00"));
    bot.dispatch().await;
    assert!(callback_data(&last_keyboard(&bot)).contains(&"add:skip".to_owned()));
    bot.update(tap(&ana, "add:skip"));
    bot.dispatch().await;
    let confirm = edited_texts(&bot).pop().unwrap();
    assert!(
        confirm.contains("Bitel") && confirm.contains("18:00"),
        "{confirm}"
    );

    // Asked for a date again, the user asks a question instead: the FAQ answers it and the
    // flow stays open, its Cancel button under the reminder of what it waits for.
    bot.update(tap(&ana, "add:date:bitel"));
    bot.dispatch().await;
    bot.update(text_from(&ana, "como recargo bitel"));
    bot.dispatch().await;
    let sent = bot.get_responses().sent_messages_text;
    let first = format!("{:?}", sent.first().unwrap().bot_request.reply_markup);
    assert!(first.contains("faq:a:") || first.contains("fb:"), "{first}");
    assert!(callback_data(&last_keyboard(&bot)).contains(&"add:no".to_owned()));
}

#[tokio::test]
async fn plans_lists_everything_and_offers_a_calendar_file() {
    let app = TestApp::new().await;
    let ana = user(12, "en");
    let mut bot = app.bot(text_from(&ana, "/plans"));
    bot.dispatch().await;
    assert!(last_text(&bot).contains("no plans yet"));
    for command in ["/add 31/12 claro chip", "/add +7d entel"] {
        bot.update(text_from(&ana, command));
        bot.dispatch().await;
    }
    bot.update(text_from(&ana, "/plans"));
    bot.dispatch().await;
    let text = last_text(&bot);
    assert!(
        text.find("#2 · Entel").unwrap() < text.find("#1 · Claro · chip").unwrap(),
        "soonest first: {text}"
    );
    assert!(text.contains("next reminder"), "{text}");
    let buttons = callback_data(&last_keyboard(&bot));
    for data in ["plan:renew:1", "plan:del:2", "plans:ics", "add"] {
        assert!(
            buttons.contains(&data.to_owned()),
            "{data} missing from {buttons:?}"
        );
    }
    bot.update(tap(&ana, "plans:ics"));
    bot.dispatch().await;
    assert_eq!(bot.get_responses().sent_messages_document.len(), 1);
}

#[tokio::test]
async fn a_reminders_buttons_renew_and_snooze() {
    let app = TestApp::new().await;
    let ana = user(13, "en");
    let mut bot = app.bot(text_from(&ana, "/add +7d claro"));
    bot.dispatch().await;
    // An old "Remind me tomorrow" button: tomorrow at the remind-at time.
    bot.update(tap(&ana, "rm:tm:1"));
    bot.dispatch().await;
    assert!(
        last_text(&bot).contains("tomorrow at 09:00"),
        "{}",
        last_text(&bot)
    );
    let snooze: Vec<(String, i64)> = reminders_of(&app, 13, 1)
        .await
        .into_iter()
        .filter(|r| r.0 == "snooze")
        .collect();
    assert_eq!(
        snooze,
        vec![("snooze".to_owned(), utc(2026, 11, 26, 14, 0))]
    );

    bot.update(tap(&ana, "rm:ok:1"));
    bot.dispatch().await;
    let save = callback_data(&last_keyboard(&bot))[0].clone();
    bot.update(tap(&ana, &save));
    bot.dispatch().await;
    assert_eq!(
        plans_of(&app, 13).await[0].3,
        utc(2026, 12, 10, 4, 59),
        "7 more days from the old end"
    );
}

#[tokio::test]
async fn settings_without_an_argument_offer_buttons_that_apply_them() {
    let app = TestApp::new().await;
    let ana = user(14, "es");
    let mut bot = app.bot(text_from(&ana, "/add 2026-12-31 claro"));
    bot.dispatch().await;
    bot.update(text_from(&ana, "/leads"));
    bot.dispatch().await;
    assert!(
        last_text(&bot).contains("3 días antes"),
        "{}",
        last_text(&bot)
    );
    assert!(callback_data(&last_keyboard(&bot)).contains(&"set:leads:1d,0".to_owned()));
    bot.update(tap(&ana, "set:leads:1d,0"));
    bot.dispatch().await;
    let leads: Vec<String> = reminders_of(&app, 14, 1)
        .await
        .into_iter()
        .map(|r| r.0)
        .collect();
    assert_eq!(leads, ["1d", "0"]);

    bot.update(text_from(&ana, "/tz"));
    bot.dispatch().await;
    bot.update(tap(&ana, "set:tz:Asia/Shanghai"));
    bot.dispatch().await;
    // The tapped message becomes the settings page, the zone shown by its place and offset.
    let page = edited_texts(&bot).pop().unwrap_or_default();
    assert!(page.contains("Pekín (UTC+8)"), "{page}");
}
