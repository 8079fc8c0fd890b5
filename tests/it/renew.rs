//! Issue 8, helper A: reminders that say what is true when they are sent, snooze choices that
//! fit the time left, and renewals that ask before saving and can be undone — each in zh, es
//! and en. Handler tests drive the real handler tree (clock fixed at 2026-11-25 15:00 UTC, 10:00
//! in Lima); reminder texts and buttons come from the real scheduler sending to a fake Bot API.
use chrono::{DateTime, Duration, TimeZone, Utc};
use recarga::reminders::{self, Change, UserZone};
use teloxide::types::{InlineKeyboardMarkup, ReplyMarkup};

use crate::support::*;

const LANGS: [&str; 3] = ["zh", "es", "en"];

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

/// What the fixed clock says.
fn now() -> DateTime<Utc> {
    utc(2026, 11, 25, 15, 0)
}

/// One value per language, in `LANGS` order.
fn pick<T: Copy>(lang: &str, [zh, es, en]: [T; 3]) -> T {
    match lang {
        "zh" => zh,
        "es" => es,
        _ => en,
    }
}

/// (ends_at, period_days, period_known) of a plan.
async fn plan_row(app: &TestApp, user: i64, number: i64) -> (i64, i64, i64) {
    sqlx::query_as(
        "select ends_at, period_days, period_known from plan where user_id = $1 and number = $2",
    )
    .bind(user)
    .bind(number)
    .fetch_one(&app.app.pool)
    .await
    .unwrap()
}

/// (lead, due_at) of the pending reminders of a plan, earliest first.
async fn pending(app: &TestApp, user: i64, number: i64) -> Vec<(String, i64)> {
    reminders::pending_of(&app.app.pool, user, number)
        .await
        .unwrap()
        .into_iter()
        .map(|(lead, due)| (lead, due.secs()))
        .collect()
}

/// The one message the last dispatch sent or edited: its text and its buttons' data.
fn output(bot: &teloxide_tests::MockBot<anyhow::Error, Key>) -> (String, Vec<String>) {
    let all: Vec<_> = outputs(bot)
        .into_iter()
        .map(|(text, keyboard)| {
            (
                text,
                keyboard.map(|k| callback_data(&k)).unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(all.len(), 1, "one reply expected: {all:?}");
    let (text, buttons) = all.into_iter().next().unwrap();
    assert!(!text.contains("Unknown localization"), "{text}");
    (text, buttons)
}

impl World {
    /// `user` (Telegram language `lang`, leads `leads` or the default) with a Claro plan
    /// ending at `end`, added at the fixed clock.
    async fn claro_plan(&self, user: i64, lang: &str, leads: Option<&str>, end: DateTime<Utc>) {
        self.add_claro_plan(user, lang, leads, (end, true), now())
            .await;
    }

    /// Runs one scheduler pass at `at`; the texts and button data of what it sent to `user`.
    async fn pass_to(&self, at: DateTime<Utc>, user: i64) -> Vec<(String, String)> {
        *self.app.now.lock().unwrap() = at;
        self.scheduler.pass(at).await.unwrap();
        self.api
            .calls("sendMessage")
            .into_iter()
            .filter(|call| call["chat_id"].as_i64() == Some(user))
            .map(|call| {
                let text = call["text"].as_str().unwrap_or_default().to_owned();
                (text, call["reply_markup"].to_string())
            })
            .collect()
    }
}

#[tokio::test]
async fn the_last_reminder_says_it_ends_now_at_the_end_and_that_it_ended_after_it() {
    let w = world().await;
    let end = now() + Duration::hours(5); // 15:00 in Lima
    for (i, lang) in LANGS.into_iter().enumerate() {
        let user = 100 + i as i64;
        w.claro_plan(user, lang, Some("end"), end).await;
        let sent = w.pass_to(end, user).await;
        let (text, buttons) = sent.last().expect("the end reminder was sent");
        let now_words = pick(lang, ["现在到期", "vence ahora mismo", "ends right now"]);
        let before = pick(
            lang,
            ["趁还没用完", "antes de que se acabe", "before it runs out"],
        );
        assert!(text.contains(now_words), "{lang}: {text}");
        assert!(!text.contains(before), "{lang}: {text}");
        assert!(
            !buttons.contains("rm:sz:"),
            "{lang}: no snooze at the end: {buttons}"
        );
    }
    // The same reminder sent three minutes late (the bot was down) says it ended.
    let w = world().await;
    for (i, lang) in LANGS.into_iter().enumerate() {
        let user = 110 + i as i64;
        w.claro_plan(user, lang, Some("end"), end).await;
        let sent = w.pass_to(end + Duration::minutes(3), user).await;
        let (text, _) = sent.last().expect("the late reminder was sent");
        let ago = pick(lang, ["3 分钟前", "hace 3 minutos", "3 minutes ago"]);
        let back = pick(
            lang,
            [
                "充值即可恢复",
                "Recarga para reactivarlo",
                "Top up to get it back",
            ],
        );
        let before = pick(
            lang,
            ["趁还没用完", "antes de que se acabe", "before it runs out"],
        );
        assert!(text.contains(ago) && text.contains(back), "{lang}: {text}");
        assert!(!text.contains(before), "{lang}: {text}");
    }
}

#[tokio::test]
async fn the_default_end_day_reminder_comes_at_nine_and_says_today_at_the_end_time() {
    let w = world().await;
    // Ends Sat 28 Nov 23:59 in Lima; the `0` lead is the end day at 09:00, not 23:59.
    let end = utc(2026, 11, 29, 4, 59);
    for (i, lang) in LANGS.into_iter().enumerate() {
        let user = 120 + i as i64;
        w.claro_plan(user, lang, None, end).await;
        let due: Vec<i64> = pending(&w.app, user, 1).await.iter().map(|r| r.1).collect();
        assert!(
            due.contains(&utc(2026, 11, 28, 14, 0).timestamp()),
            "{due:?}"
        );
        assert!(
            due.iter().all(|at| *at < end.timestamp()),
            "never at the end: {due:?}"
        );
        let sent = w.pass_to(utc(2026, 11, 28, 14, 0), user).await;
        let (text, _) = sent.last().expect("the end-day reminder was sent");
        let today = pick(lang, ["今天 23:59", "hoy a las 23:59", "today at 23:59"]);
        assert!(text.contains(today), "{lang}: {text}");
    }
}

#[tokio::test]
async fn snooze_choices_fit_the_time_left_in_every_language() {
    let w = world().await;
    for (i, lang) in LANGS.into_iter().enumerate() {
        let hour = pick(lang, ["1 小时后", "En 1 hora", "In 1 hour"]);
        let evening = pick(
            lang,
            ["今晚 20:00", "Esta noche, 20:00", "This evening, 20:00"],
        );
        let tomorrow = pick(lang, ["明天 09:00", "Mañana, 09:00", "Tomorrow, 09:00"]);

        // Ends in 2 minutes: every lead has passed, so a reminder goes out now, with no snooze.
        let user = 130 + i as i64 * 10;
        w.claro_plan(user, lang, None, now() + Duration::minutes(2))
            .await;
        let sent = w.pass_to(now(), user).await;
        let (text, buttons) = sent.last().expect("sent at once");
        assert!(!buttons.contains("rm:sz:"), "{lang}: {buttons}");
        let left = pick(lang, ["2 分钟后", "en 2 minutos", "in 2 minutes"]);
        assert!(text.contains(left), "{lang}: the text says when: {text}");

        // Ends in 3 hours (13:00 in Lima): only "in 1 hour"; this evening is after the end.
        let user = user + 1;
        w.claro_plan(user, lang, None, now() + Duration::hours(3))
            .await;
        let sent = w.pass_to(now(), user).await;
        let (_, buttons) = sent.last().expect("sent at once");
        assert!(buttons.contains("rm:sz:1:h"), "{lang}: {buttons}");
        assert!(buttons.contains(hour), "{lang}: {buttons}");
        assert!(
            !buttons.contains("rm:sz:1:e") && !buttons.contains("rm:sz:1:t"),
            "{buttons}"
        );

        // Ends in 3 days: the 1d reminder at 09:00 offers all three.
        let user = user + 1;
        w.claro_plan(user, lang, None, now() + Duration::days(3))
            .await;
        let sent = w.pass_to(utc(2026, 11, 27, 14, 0), user).await;
        let (_, buttons) = sent.last().expect("the 1d reminder");
        for part in [
            "rm:sz:1:h",
            "rm:sz:1:e",
            "rm:sz:1:t",
            hour,
            evening,
            tomorrow,
        ] {
            assert!(buttons.contains(part), "{lang}: {part} missing: {buttons}");
        }
        *w.app.now.lock().unwrap() = now();
    }
}

#[tokio::test]
async fn a_snooze_lands_at_its_true_moment_and_says_so() {
    let app = TestApp::new().await;
    for (i, lang) in LANGS.into_iter().enumerate() {
        let ana = user(140 + i as u64, lang);
        let mut bot = app.bot(text_from(&ana, "/add +3d claro"));
        bot.dispatch().await;
        bot.update(tap(&ana, "rm:sz:1:e"));
        bot.dispatch().await;
        let (text, _) = output(&bot);
        let today = pick(lang, ["今天 20:00", "hoy a las 20:00", "today at 20:00"]);
        assert!(text.contains(today), "{lang}: {text}");
        let snooze: Vec<_> = pending(&app, ana.id.0 as i64, 1)
            .await
            .into_iter()
            .filter(|r| r.0 == "snooze")
            .collect();
        let evening = utc(2026, 11, 26, 1, 0).timestamp(); // 20:00 in Lima
        assert_eq!(snooze, vec![("snooze".to_owned(), evening)], "{lang}");

        bot.update(tap(&ana, "rm:sz:1:h"));
        bot.dispatch().await;
        let (text, _) = output(&bot);
        let hour = pick(lang, ["今天 11:00", "hoy a las 11:00", "today at 11:00"]);
        assert!(text.contains(hour), "{lang}: {text}");
    }
}

#[tokio::test]
async fn a_snooze_that_would_land_after_the_end_says_when_it_ends_and_saves_nothing() {
    let app = TestApp::new().await;
    for (i, lang) in LANGS.into_iter().enumerate() {
        let ana = user(150 + i as u64, lang);
        let mut bot = app.bot(text_from(&ana, "/add 25/11 10:30 claro"));
        bot.dispatch().await;
        for data in ["rm:sz:1:h", "rm:sz:1:t", "rm:tm:1"] {
            bot.update(tap(&ana, data));
            bot.dispatch().await;
            let (text, _) = output(&bot);
            let ends = pick(lang, ["今天 10:30", "hoy a las 10:30", "today at 10:30"]);
            let top_up = pick(lang, ["现在就充值", "recarga ahora", "top up now"]);
            assert!(
                text.contains(ends) && text.contains(top_up),
                "{lang} {data}: {text}"
            );
            let snoozes = pending(&app, ana.id.0 as i64, 1)
                .await
                .into_iter()
                .filter(|r| r.0 == "snooze")
                .count();
            assert_eq!(snoozes, 0, "{lang} {data}: nothing saved");
        }
    }
}

type Bot = teloxide_tests::MockBot<anyhow::Error, Key>;

/// After "✅ Renewed" on a plan whose period is unknown: "until when?" with the same length as
/// before and the presets, nothing saved yet; the 7-day preset's data.
async fn renewal_choices(
    app: &TestApp,
    bot: &Bot,
    lang: &str,
    id: i64,
    before: (i64, i64, i64),
) -> String {
    let (text, buttons) = output(bot);
    let ask = pick(lang, ["续到什么时候", "¿hasta cuándo?", "until when?"]);
    assert!(text.contains(ask), "{lang}: {text}");
    let same = pick(
        lang,
        [
            "和上次一样（36 天）",
            "Igual que antes (36 días)",
            "Same as before (36 days)",
        ],
    );
    let keyboard = last_keyboard_text(bot);
    assert!(keyboard.contains(same), "{lang}: {keyboard}");
    let seven = buttons
        .iter()
        .find(|d| d.ends_with(":7"))
        .expect("a 7-day preset")
        .clone();
    assert!(
        buttons.iter().any(|d| d.ends_with(":15")) && buttons.iter().any(|d| d.ends_with(":30"))
    );
    assert_eq!(
        buttons.last().map(String::as_str),
        Some("plan:fix:1"),
        "another date"
    );
    assert_eq!(
        plan_row(app, id, 1).await,
        before,
        "nothing saved before choosing"
    );
    seven
}

/// After the 7-day preset: renewed until 7 Jan with [Undo], no reminder sent at once.
async fn check_renewed(app: &TestApp, bot: &Bot, lang: &str, id: i64) {
    let (text, buttons) = output(bot);
    // 31 Dec 23:59 + 7 days = Thu 7 Jan 23:59 in Lima.
    let until = pick(
        lang,
        [
            "已续期到 2027年1月7日",
            "renovado hasta el jue 7 ene 2027",
            "renewed until Thu 7 Jan 2027",
        ],
    );
    assert!(text.contains(until), "{lang}: {text}");
    assert_eq!(buttons, ["plan:undo:1"]);
    let renewed = plan_row(app, id, 1).await;
    assert_eq!(
        renewed,
        (utc(2027, 1, 8, 4, 59).timestamp(), 7, 1),
        "{lang}"
    );
    let due = pending(app, id, 1).await;
    assert!(
        due.iter().all(|(_, at)| *at > now().timestamp()),
        "{lang}: no reminder sent at once: {due:?}"
    );
}

/// Undo restores the plan and its reminders exactly; a second undo is too late and does nothing.
async fn check_undo(
    app: &TestApp,
    bot: &mut Bot,
    ana: &teloxide::types::User,
    lang: &str,
    id: i64,
    (before, reminders_before): ((i64, i64, i64), Vec<(String, i64)>),
) {
    bot.update(tap(ana, "plan:undo:1"));
    bot.dispatch().await;
    let (text, buttons) = output(bot);
    let undone = pick(lang, ["已撤销", "Deshecho", "Undone"]);
    assert!(text.contains(undone), "{lang}: {text}");
    assert!(buttons.is_empty());
    assert_eq!(
        plan_row(app, id, 1).await,
        before,
        "{lang}: restored exactly"
    );
    assert_eq!(pending(app, id, 1).await, reminders_before, "{lang}");

    bot.update(tap(ana, "plan:undo:1"));
    bot.dispatch().await;
    let late = pick(
        lang,
        ["无法撤销", "tarde para deshacer", "Too late to undo"],
    );
    assert!(
        toast(bot).is_some_and(|t| t.contains(late)),
        "{lang}: {:?}",
        toast(bot)
    );
    assert_eq!(
        plan_row(app, id, 1).await,
        before,
        "{lang}: a second undo does nothing"
    );
}

#[tokio::test]
async fn renewed_on_a_plan_added_as_a_date_asks_saves_the_preset_and_undo_restores_it() {
    let app = TestApp::new().await;
    for (i, lang) in LANGS.into_iter().enumerate() {
        let id = 160 + i as u64;
        let ana = user(id, lang);
        let id = id as i64;
        let mut bot = app.bot(text_from(&ana, "/add 31/12 claro"));
        bot.dispatch().await;
        let before = plan_row(&app, id, 1).await;
        let reminders_before = pending(&app, id, 1).await;
        assert_eq!(before.2, 0, "a date says nothing about the period");

        bot.update(tap(&ana, "rm:ok:1"));
        bot.dispatch().await;
        let seven = renewal_choices(&app, &bot, lang, id, before).await;

        bot.update(tap(&ana, &seven));
        bot.dispatch().await;
        check_renewed(&app, &bot, lang, id).await;

        check_undo(&app, &mut bot, &ana, lang, id, (before, reminders_before)).await;
    }
}

#[tokio::test]
async fn undo_after_ten_minutes_is_too_late_and_changes_nothing() {
    let app = TestApp::new().await;
    for (i, lang) in LANGS.into_iter().enumerate() {
        *app.now.lock().unwrap() = now();
        let id = 170 + i as u64;
        let ana = user(id, lang);
        let mut bot = app.bot(text_from(&ana, "/add +30d movistar"));
        bot.dispatch().await;
        bot.update(text_from(&ana, "/renew 1 2027-03-01"));
        bot.dispatch().await;
        let (_, buttons) = output(&bot);
        assert_eq!(buttons, ["plan:undo:1"], "{lang}");
        let renewed = plan_row(&app, id as i64, 1).await;
        assert_eq!(renewed.0, utc(2027, 3, 2, 4, 59).timestamp());
        *app.now.lock().unwrap() = now() + Duration::minutes(11);
        bot.update(tap(&ana, "plan:undo:1"));
        bot.dispatch().await;
        let late = pick(
            lang,
            ["无法撤销", "tarde para deshacer", "Too late to undo"],
        );
        assert!(
            toast(&bot).is_some_and(|t| t.contains(late)),
            "{lang}: {:?}",
            toast(&bot)
        );
        assert_eq!(plan_row(&app, id as i64, 1).await, renewed, "{lang}");
    }
}

#[tokio::test]
async fn renew_in_plans_confirms_the_new_date_before_saving() {
    let app = TestApp::new().await;
    for (i, lang) in LANGS.into_iter().enumerate() {
        let id = 180 + i as u64;
        let ana = user(id, lang);
        let id = id as i64;
        let mut bot = app.bot(text_from(&ana, "/add +30d movistar"));
        bot.dispatch().await;
        let before = plan_row(&app, id, 1).await;
        assert_eq!((before.1, before.2), (30, 1), "a preset period is known");

        bot.update(tap(&ana, "plan:renew:1"));
        bot.dispatch().await;
        let (text, buttons) = output(&bot);
        // 25 Dec 23:59 + 30 days = Sun 24 Jan 2027 in Lima.
        let until = pick(
            lang,
            [
                "续期到 2027年1月24日",
                "hasta el dom 24 ene 2027",
                "until Sun 24 Jan 2027",
            ],
        );
        assert!(text.contains(until), "{lang}: {text}");
        let new_end = utc(2027, 1, 25, 4, 59).timestamp();
        assert_eq!(
            buttons,
            [format!("plan:rn:1:@{new_end}:30"), "plan:rnc:1".to_owned()]
        );
        assert_eq!(
            plan_row(&app, id, 1).await,
            before,
            "{lang}: asked, not saved"
        );

        // "Another length…" shows the presets in place; the typed /renew asks the same way.
        bot.update(tap(&ana, "plan:rnc:1"));
        bot.dispatch().await;
        let (_, buttons) = output(&bot);
        assert!(
            buttons.iter().any(|d| d.ends_with(":15")),
            "{lang}: {buttons:?}"
        );
        bot.update(text_from(&ana, "/renew 1"));
        bot.dispatch().await;
        let (_, buttons) = output(&bot);
        assert_eq!(buttons[0], format!("plan:rn:1:@{new_end}:30"));

        // Saving twice (a double tap) renews once.
        for _ in 0..2 {
            bot.update(tap(&ana, &buttons[0]));
            bot.dispatch().await;
        }
        assert_eq!(plan_row(&app, id, 1).await, (new_end, 30, 1), "{lang}");
    }
}

/// The labels of the buttons of the one message the last dispatch sent or edited.
fn last_keyboard_text(bot: &teloxide_tests::MockBot<anyhow::Error, Key>) -> String {
    let responses = bot.get_responses();
    let markup = responses
        .sent_messages_text
        .last()
        .map(|m| m.bot_request.reply_markup.clone())
        .or_else(|| {
            responses
                .edited_messages_text
                .last()
                .map(|m| m.bot_request.reply_markup.clone())
        })
        .flatten();
    match markup {
        Some(ReplyMarkup::InlineKeyboard(keyboard)) => {
            let keyboard: InlineKeyboardMarkup = keyboard;
            keyboard
                .inline_keyboard
                .iter()
                .flatten()
                .map(|b| b.text.clone())
                .collect::<Vec<_>>()
                .join(" | ")
        }
        _ => String::new(),
    }
}

/// Found by the expat persona (scripts/harness/persona-expat.mjs): a reminder under lead `2m`,
/// then `/leads 3d,1d,0` (every one of them already past) sent the same "ends in 1 minute"
/// reminder again at once. A settings change adds only reminders still ahead.
#[tokio::test]
async fn a_settings_change_after_a_reminder_never_sends_it_again() {
    let w = world().await;
    let end = now() + Duration::minutes(4);
    for (i, lang) in LANGS.into_iter().enumerate() {
        let user = 190 + i as i64;
        w.claro_plan(user, lang, Some("2m"), end).await;
        let reminder_at = end - Duration::minutes(2);
        assert_eq!(
            w.pass_to(reminder_at, user).await.len(),
            1,
            "{lang}: the 2m reminder"
        );
        let pool = &w.app.app.pool;
        let change = Change::Leads(reminders::parse_leads("3d,1d,0").unwrap());
        recarga::preferences::change_settings(pool, user, change, &UserZone::LIMA, reminder_at)
            .await
            .unwrap();
        let later = reminder_at + Duration::seconds(30);
        assert_eq!(
            w.pass_to(later, user).await.len(),
            1,
            "{lang}: nothing more after the settings change"
        );
        assert!(pending(&w.app, user, 1).await.is_empty(), "{lang}");
    }
}
