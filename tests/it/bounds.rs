//! Issue 7, points 2 and 4: forged or stale buttons, absurd stored dates, and input long enough
//! to push a reply past Telegram's limits. Every button is checked against the 64-byte limit and
//! the typed protocol; every reply against the 4,096-character one. Clock: 2026-11-25 15:00 UTC.
use recarga::reminders::{self, Draft, Operator, PlanError, MAX_PLANS};
use recarga::telegram::{Cb, MAX_DATA_BYTES};
use teloxide::types::InlineKeyboardMarkup;

use crate::support::*;

const EXPIRED: &str = "This button has expired.";
const MAX_TEXT: usize = 4096;

/// (number, label, ends_at, period_days) of every plan of `user`.
async fn stored(app: &TestApp, user: i64) -> Vec<(i64, Option<String>, i64, i64)> {
    sqlx::query_as(
        "select number, label, ends_at, period_days from plan where user_id = $1 order by number",
    )
    .bind(user)
    .fetch_all(&app.app.pool)
    .await
    .unwrap()
}

/// Reminder rows and settings of `user`, to show a forged tap changed nothing.
async fn state(
    app: &TestApp,
    user: i64,
) -> (Vec<(i64, String, i64)>, (String, i64, Option<String>)) {
    let reminders = sqlx::query_as(
        "select plan_number, lead, due_at from reminder where user_id = $1 order by plan_number, lead",
    )
    .bind(user)
    .fetch_all(&app.app.pool)
    .await
    .unwrap();
    let settings =
        sqlx::query_as(r#"select leads, remind_at, time_zone from "user" where id = $1"#)
            .bind(user)
            .fetch_one(&app.app.pool)
            .await
            .unwrap();
    (reminders, settings)
}

type MockBot = teloxide_tests::MockBot<anyhow::Error, Key>;

/// Asserts every button of `keyboard` fits Telegram's limit and is one of ours, written
/// canonically; returns their data.
fn check_buttons(keyboard: &InlineKeyboardMarkup) -> Vec<String> {
    let data = callback_data(keyboard);
    for item in &data {
        assert!(
            item.len() <= MAX_DATA_BYTES,
            "{item} is {} bytes",
            item.len()
        );
        let parsed: Cb = item.parse().unwrap_or_else(|e| panic!("{item}: {e}"));
        assert_eq!(&parsed.to_string(), item);
    }
    let buttons: usize = keyboard.inline_keyboard.iter().map(Vec::len).sum();
    assert!(buttons <= 100, "{buttons} buttons");
    data
}

async fn insert_plan(app: &TestApp, user: i64, number: i64, ends_at: i64, period_days: i64) {
    sqlx::query(
        "insert into plan (user_id, number, operator, label, ends_at, has_time, period_days, created_at)
         values ($1, $2, 'claro', 'roto', $3, 0, $4, 0)",
    )
    .bind(user)
    .bind(number)
    .bind(ends_at)
    .bind(period_days)
    .execute(&app.app.pool)
    .await
    .unwrap();
    sqlx::query(r#"update "user" set plan_seq = $2 where id = $1"#)
        .bind(user)
        .bind(number)
        .execute(&app.app.pool)
        .await
        .unwrap();
}

#[tokio::test]
async fn the_forged_save_button_from_the_issue_is_refused_and_the_calendar_still_works() {
    let app = TestApp::new().await;
    let ana = user(40, "en");
    let mut bot = app.bot(tap(&ana, "add:ok:claro:@8210266876799:0:1"));
    bot.dispatch().await;
    assert_eq!(toast(&bot).as_deref(), Some(EXPIRED));
    assert!(outputs(&bot).is_empty(), "nothing but the toast");
    assert!(stored(&app, 40).await.is_empty(), "no plan saved");

    bot.update(tap(&ana, "plans:ics"));
    bot.dispatch().await;
    assert!(last_text(&bot).contains("no plans yet"));
    bot.update(text_from(&ana, "/add 31/12 claro"));
    bot.dispatch().await;
    bot.update(tap(&ana, "plans:ics"));
    bot.dispatch().await;
    assert_eq!(bot.get_responses().sent_messages_document.len(), 1);
    bot.update(text_from(&ana, "/plans"));
    bot.dispatch().await;
    assert!(
        last_text(&bot).contains("#1 · Claro"),
        "{}",
        last_text(&bot)
    );
}

#[tokio::test]
async fn forged_and_stale_buttons_get_the_expired_toast_and_change_nothing() {
    let app = TestApp::new().await;
    let (ana, ben) = (user(41, "en"), user(42, "en"));
    let mut bot = app.bot(text_from(&ana, "/add 31/12 claro"));
    bot.dispatch().await;
    bot.update(text_from(&ben, "/add 30/12 entel"));
    bot.dispatch().await;
    let before = (stored(&app, 41).await, state(&app, 41).await);
    let forged = [
        "add:ok:claro:@8210266876799:0:1".to_owned(),
        "add:ok:claro:@-8210266876799:0:1".to_owned(),
        "add:ok:claro:@1798761600:0:99999999999999999999".to_owned(),
        "add:ok:claro:@1798761600:0".to_owned(),
        "add:ok:claro:@1000000000:0:1".to_owned(),
        "add:ok:claro:@1956528000:0:1".to_owned(),
        "add:d:claro:36500".to_owned(),
        "plan:delok:2".to_owned(),
        "plan:renew:2".to_owned(),
        "rm:ok:2".to_owned(),
        "rm:tm:2".to_owned(),
        "plan:fix:2".to_owned(),
        "plan:del:-1".to_owned(),
        "plan:delok:99999999999999999999".to_owned(),
        "plan:delok".to_owned(),
        "rm:tm:1:extra".to_owned(),
        "faq:a:no-such-topic".to_owned(),
        "fb:1:no-such-topic".to_owned(),
        "faq:t:no-such-topic".to_owned(),
        "faq:src:no-such-topic".to_owned(),
        "faq:a:No_Such_Topic".to_owned(),
        "set:tz:Mars/Olympus".to_owned(),
        "set:leads:1d,2d,3d,4d,5d,6d".to_owned(),
        "set:at:25:00".to_owned(),
        "lang:xx".to_owned(),
        format!("plan:delok:1{}", "0".repeat(70)),
        "x".repeat(65),
        String::new(),
    ];
    // Ana's own plan is #1; Ben's is his #1 too, so Ana's "2" is nobody's plan of hers.
    for data in &forged {
        bot.update(tap(&ana, data));
        bot.dispatch().await;
        assert_eq!(toast(&bot).as_deref(), Some(EXPIRED), "{data:?}");
        assert!(outputs(&bot).is_empty(), "{data:?}: {:?}", outputs(&bot));
    }
    assert_eq!((stored(&app, 41).await, state(&app, 41).await), before);
    assert_eq!(stored(&app, 42).await.len(), 1, "Ben's plan is untouched");
}

#[tokio::test]
async fn stored_plans_with_absurd_ends_render_in_plans_and_the_calendar_and_can_be_fixed() {
    let app = TestApp::new().await;
    let ana = user(43, "en");
    let mut bot = app.bot(text_from(&ana, "/start"));
    bot.dispatch().await;
    insert_plan(&app, 43, 1, 8_210_266_876_799, 1).await;
    insert_plan(&app, 43, 2, i64::MAX / 2, i64::MAX).await;
    insert_plan(&app, 43, 3, -1, -5).await;

    bot.update(text_from(&ana, "/plans"));
    bot.dispatch().await;
    let text = last_text(&bot);
    for number in ["#1 ·", "#2 ·", "#3 ·"] {
        assert!(text.contains(number), "{number} missing: {text}");
    }
    assert!(!text.contains("1970"), "no silent epoch: {text}");

    bot.update(tap(&ana, "plans:ics"));
    bot.dispatch().await;
    assert_eq!(bot.get_responses().sent_messages_document.len(), 1);

    // Renewing the far one by any length would pass the 5-year limit: only "Another date".
    bot.update(tap(&ana, "plan:renew:1"));
    bot.dispatch().await;
    assert_eq!(callback_data(&last_keyboard(&bot)), ["plan:fix:1"]);
    assert_eq!(stored(&app, 43).await[0].2, 8_210_266_876_799);
    // The one in the past renews from today; a typed date fixes the far one.
    bot.update(text_from(&ana, "/renew 3"));
    bot.dispatch().await;
    assert!(
        last_text(&bot).contains("#3 · Claro · roto"),
        "{}",
        last_text(&bot)
    );
    bot.update(text_from(&ana, "/renew 1 31/12"));
    bot.dispatch().await;
    assert!(
        last_text(&bot).contains("31 Dec 2026"),
        "{}",
        last_text(&bot)
    );
    bot.update(tap(&ana, "rm:tm:2"));
    bot.dispatch().await;
    assert!(
        last_text(&bot).contains("tomorrow at 09:00"),
        "{}",
        last_text(&bot)
    );
}

/// Taps ▶ from page 1 to page 7, checking each page; the pages seen and the last buttons.
async fn page_forward(
    bot: &mut MockBot,
    ana: &teloxide::types::User,
    mut buttons: Vec<String>,
) -> (Vec<String>, Vec<String>) {
    let mut seen = Vec::new();
    for page in 2..=7 {
        // The row is ◀ ▶: the second page button goes forward.
        let next = buttons
            .iter()
            .filter(|d| d.starts_with("plans:p:"))
            .nth(1)
            .cloned()
            .expect("a ▶ button");
        bot.update(tap(ana, &next));
        bot.dispatch().await;
        let (text, keyboard) = outputs(bot).pop().expect("the page is edited in place");
        assert!(text.contains(&format!("{page}/7")), "{text}");
        assert!(text.chars().count() < MAX_TEXT);
        buttons = check_buttons(&keyboard.expect("a keyboard"));
        seen.push(text);
    }
    (seen, buttons)
}

#[tokio::test]
async fn sixty_adds_keep_fifty_plans_and_plans_pages_through_them_within_telegrams_limits() {
    let app = TestApp::new().await;
    let ana = user(44, "es");
    let mut bot = app.bot(text_from(&ana, "/start"));
    bot.dispatch().await;
    // The longest label there is, of characters that grow when escaped.
    let label = "&".repeat(reminders::MAX_LABEL);
    for day in 0..60 {
        bot.update(text_from(
            &ana,
            &format!("/add +{}d movistar {label}", day + 1),
        ));
        bot.dispatch().await;
        if day >= 50 {
            assert!(last_text(&bot).contains("50 planes"), "{}", last_text(&bot));
        }
    }
    assert_eq!(stored(&app, 44).await.len(), 50);
    bot.update(text_from(&ana, "/add"));
    bot.dispatch().await;
    assert!(
        last_text(&bot).contains("50 planes"),
        "the guided flow refuses too"
    );
    bot.update(tap(&ana, "add:ok:claro:@1798761600:0:1"));
    bot.dispatch().await;
    assert_eq!(
        stored(&app, 44).await.len(),
        50,
        "and so does its save button"
    );

    bot.update(text_from(&ana, "/plans"));
    bot.dispatch().await;
    let text = last_text(&bot);
    assert!(
        text.chars().count() < MAX_TEXT,
        "{} chars",
        text.chars().count()
    );
    assert!(text.contains("1/7"), "{text}");
    let buttons = check_buttons(&last_keyboard(&bot));
    let (seen, buttons) = page_forward(&mut bot, &ana, buttons).await;
    let last = seen.last().unwrap();
    assert!(last.contains("#49 ·") && last.contains("#50 ·"), "{last}");
    assert!(
        buttons.contains(&"plans:p:1".to_owned()),
        "▶ wraps to the first page"
    );
}

#[tokio::test]
async fn two_concurrent_adds_at_forty_nine_plans_store_only_one() {
    let app = TestApp::new().await;
    let ana = user(45, "en");
    let mut bot = app.bot(text_from(&ana, "/start"));
    bot.dispatch().await;
    let pool = &app.app.pool;
    let now = app.app.now();
    let settings = app.app.settings(45).await.unwrap();
    let draft = Draft {
        operator: Operator::Bitel,
        label: None,
        ends_at: now + chrono::Duration::days(3),
        has_time: false,
        period_days: 3,
        period_known: true,
    };
    for _ in 1..MAX_PLANS {
        reminders::add(pool, 45, &draft, &settings, now)
            .await
            .unwrap();
    }
    let (a, b) = tokio::join!(
        reminders::add(pool, 45, &draft, &settings, now),
        reminders::add(pool, 45, &draft, &settings, now)
    );
    let refused = [&a, &b]
        .iter()
        .filter(|r| matches!(r, Err(PlanError::TooMany)))
        .count();
    assert_eq!((a.is_ok() as usize + b.is_ok() as usize, refused), (1, 1));
    assert_eq!(stored(&app, 45).await.len(), 50);
}

#[tokio::test]
async fn every_button_the_bot_shows_fits_in_64_bytes_and_reads_back() {
    let app = TestApp::new().await;
    let ana = user(46, "zh");
    let mut bot = app.bot(text_from(&ana, "/start"));
    bot.dispatch().await;
    let mut keyboards = 0;
    let script: &[&str] = &[
        "/start",
        "/faq",
        "tap:faq:c:topup",
        "tap:faq:t:claro-topup",
        "tap:faq:a:balance-check",
        "como recargo claro",
        "/lang",
        "/add",
        "tap:add:op:movistar",
        "tap:add:d:movistar:30",
        "tap:add:date:bitel",
        "31/12 18:00",
        "/add 31/12 claro chip",
        "/plans",
        "/del 1",
        "/leads",
        "/remindat",
        "/tz",
        "tap:plan:renew:1",
        "tap:plans:p:1",
    ];
    for step in script {
        match step.strip_prefix("tap:") {
            Some(data) => bot.update(tap(&ana, data)),
            None => bot.update(text_from(&ana, step)),
        }
        bot.dispatch().await;
        assert_ne!(toast(&bot).as_deref(), Some("此按钮已失效。"), "{step}");
        for (_, keyboard) in outputs(&bot) {
            if let Some(keyboard) = keyboard {
                check_buttons(&keyboard);
                keyboards += 1;
            }
        }
    }
    assert!(keyboards >= 15, "only {keyboards} keyboards seen");
}

#[tokio::test]
async fn a_four_thousand_character_argument_to_any_command_gets_a_reply_that_fits() {
    let app = TestApp::new().await;
    let ana = user(999, "es");
    let mut bot = app.bot(text_from(&ana, "/add 31/12 claro"));
    bot.dispatch().await;
    let fillers = [
        "x".repeat(4000),
        "<&>".repeat(1334),
        "ñ".repeat(4000),
        format!("1 {}", "9".repeat(4000)),
        format!("31/12 {}", "1".repeat(4000)),
        format!("1d,{}", "3d".repeat(2000)),
    ];
    let commands = [
        "start",
        "help",
        "lang",
        "faq",
        "reload",
        "add",
        "plans",
        "del",
        "renew",
        "leads",
        "remindat",
        "tz",
        "nosuchcommand",
    ];
    for command in commands {
        for filler in &fillers {
            bot.update(text_from(&ana, &format!("/{command} {filler}")));
            bot.dispatch().await;
            let texts = sent_texts(&bot);
            assert!(!texts.is_empty(), "/{command}: no reply");
            for text in texts {
                let chars = text.chars().count();
                assert!(
                    chars <= MAX_TEXT,
                    "/{command} {}…: {chars} chars",
                    &filler[..10]
                );
            }
        }
    }
    let long_command = format!("/{}", "x".repeat(4000));
    bot.update(text_from(&ana, &long_command));
    bot.dispatch().await;
    assert!(last_text(&bot).chars().count() <= MAX_TEXT);
}

#[tokio::test]
async fn a_label_with_bidi_overrides_and_controls_is_stored_clean() {
    let app = TestApp::new().await;
    let ana = user(47, "en");
    let mut bot = app.bot(text_from(&ana, "/add +30d claro \u{202E}mamá\u{2066}\u{7}"));
    bot.dispatch().await;
    bot.update(text_from(&ana, "/add +30d entel \u{202E}\u{200F}\u{2069}"));
    bot.dispatch().await;
    let labels: Vec<Option<String>> = stored(&app, 47).await.into_iter().map(|p| p.1).collect();
    assert_eq!(labels, [Some("mamá".to_owned()), None]);
    assert!(
        last_text(&bot).contains("#2 · Entel</b>"),
        "{}",
        last_text(&bot)
    );
}
