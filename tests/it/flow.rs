//! The guided `/add` that cannot dead-end (issue 8), in zh, es and en: `/cancel`, a question
//! mid-flow, the ten-minute expiry, the label step, "the 15th of next month", errors that echo
//! the user's own text, and free-text reminder requests. The clock starts at 2026-11-25 15:00
//! UTC (10:00 in Lima, the default zone).
use chrono::{Duration, TimeZone, Utc};

use crate::support::*;

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> i64 {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
        .timestamp()
}

/// (operator, label, ends_at) of every plan of `user`.
async fn plans_of(app: &TestApp, user: i64) -> Vec<(String, Option<String>, i64)> {
    sqlx::query_as("select operator, label, ends_at from plan where user_id = $1 order by number")
        .bind(user)
        .fetch_all(&app.app.pool)
        .await
        .unwrap()
}

/// The three test users, one per language, with what each says.
const LANGS: [(u64, &str); 3] = [(1, "zh"), (2, "es"), (3, "en")];

fn keys(bot: &teloxide_tests::MockBot<anyhow::Error, Key>) -> Vec<String> {
    callback_data(&last_keyboard(bot))
}

/// The keyboard of the last edited message, as callback data.
fn edited_keys(bot: &teloxide_tests::MockBot<anyhow::Error, Key>) -> Vec<String> {
    let edited = bot.get_responses().edited_messages_text;
    match &edited.last().expect("an edit").bot_request.reply_markup {
        Some(teloxide::types::ReplyMarkup::InlineKeyboard(keyboard)) => callback_data(keyboard),
        Some(other) => panic!("expected an inline keyboard, got {other:?}"),
        None => Vec::new(),
    }
}

#[tokio::test]
async fn cancel_ends_the_flow_says_what_it_cancelled_and_is_in_the_menu() {
    let app = TestApp::new().await;
    for ((id, lang), (cancelled, nothing)) in LANGS.into_iter().zip([
        ("已取消Claro 套餐的 /add", "没有可取消的操作"),
        (
            "Cancelé tu /add de un plan Claro",
            "No hay nada que cancelar",
        ),
        ("Cancelled your /add for a Claro plan", "Nothing to cancel"),
    ]) {
        let ana = user(id, lang);
        let mut bot = app.bot(text_from(&ana, "/add"));
        bot.dispatch().await;
        assert!(
            keys(&bot).contains(&"add:no".to_owned()),
            "{lang}: Cancel on step 1"
        );
        bot.update(tap(&ana, "add:op:claro"));
        bot.dispatch().await;
        assert!(
            edited_keys(&bot).contains(&"add:no".to_owned()),
            "{lang}: Cancel on step 2"
        );
        bot.update(tap(&ana, "add:date:claro"));
        bot.dispatch().await;
        assert!(
            edited_keys(&bot).contains(&"add:no".to_owned()),
            "{lang}: Cancel on step 3"
        );
        bot.update(text_from(&ana, "/cancel"));
        bot.dispatch().await;
        let text = last_text(&bot);
        assert!(text.contains(cancelled), "{lang}: {text}");

        // The flow is over: a date typed now is not taken as its answer.
        bot.update(text_from(&ana, "31/12"));
        bot.dispatch().await;
        assert!(!format!("{:?}", bot.get_responses().sent_messages_text).contains("add:skip"));
        bot.update(text_from(&ana, "/cancel"));
        bot.dispatch().await;
        let text = last_text(&bot);
        assert!(text.contains(nothing), "{lang}: {text}");

        bot.update(text_from(&ana, "/help"));
        bot.dispatch().await;
        assert!(
            last_text(&bot).contains("/cancel"),
            "{lang}: /cancel is in /help"
        );
    }
    assert!(recarga::telegram::MENU
        .iter()
        .any(|(name, _)| *name == "cancel"));
}

#[tokio::test]
async fn a_question_mid_flow_is_answered_the_flow_waits_and_a_date_then_completes_it() {
    let app = TestApp::new().await;
    for ((id, lang), (question, waiting)) in LANGS.into_iter().zip([
        ("怎么给claro充值", "还在等你的Claro 套餐的到期日期"),
        (
            "como recargo claro",
            "Sigo esperando la fecha de vencimiento de tu plan Claro",
        ),
        (
            "how do I top up claro",
            "Still waiting for the end date of your Claro plan",
        ),
    ]) {
        let ana = user(id, lang);
        let mut bot = app.bot(tap(&ana, "add:date:claro"));
        bot.dispatch().await;
        bot.update(text_from(&ana, question));
        bot.dispatch().await;
        let sent = sent_texts(&bot);
        assert_eq!(
            sent.len(),
            2,
            "{lang}: an answer, then the waiting line: {sent:?}"
        );
        assert!(!sent[0].contains(waiting), "{lang}: the FAQ answered first");
        let text = last_text(&bot);
        assert!(
            text.contains(waiting) && text.contains("/cancel"),
            "{lang}: {text}"
        );
        let step = keys(&bot);
        for data in ["add:d:claro:1", "add:d:claro:30", "add:no"] {
            assert!(step.contains(&data.to_owned()), "{lang}: {step:?}");
        }

        bot.update(text_from(&ana, "15/12"));
        bot.dispatch().await;
        assert!(
            keys(&bot).contains(&"add:skip".to_owned()),
            "{lang}: on to the label"
        );
        bot.update(tap(&ana, "add:skip"));
        bot.dispatch().await;
        bot.update(tap(
            &ana,
            &format!("add:ok:claro:@{}:0:20", utc(2026, 12, 16, 4, 59)),
        ));
        bot.dispatch().await;
        let expected = vec![("claro".to_owned(), None, utc(2026, 12, 16, 4, 59))];
        assert_eq!(plans_of(&app, id as i64).await, expected, "{lang}");
    }
}

#[tokio::test]
async fn a_pending_date_expires_after_ten_minutes_and_says_so_once() {
    let app = TestApp::new().await;
    for ((id, lang), expired) in LANGS.into_iter().zip([
        "你 10:00 开始的 /add 已超时",
        "Tu /add de las 10:00 venció",
        "Your /add from 10:00 expired",
    ]) {
        *app.now.lock().unwrap() = Utc.with_ymd_and_hms(2026, 11, 25, 15, 0, 0).unwrap();
        let ana = user(id, lang);
        // Nine minutes on, the flow still takes the date.
        let mut bot = app.bot(tap(&ana, "add:date:entel"));
        bot.dispatch().await;
        *app.now.lock().unwrap() += Duration::minutes(9);
        bot.update(text_from(&ana, "31/12"));
        bot.dispatch().await;
        assert!(keys(&bot).contains(&"add:skip".to_owned()), "{lang}");

        // Eleven minutes on, it has expired: said once, then the text is handled normally.
        *app.now.lock().unwrap() = Utc.with_ymd_and_hms(2026, 11, 25, 15, 0, 0).unwrap();
        bot.update(tap(&ana, "add:date:entel"));
        bot.dispatch().await;
        *app.now.lock().unwrap() += Duration::minutes(11);
        bot.update(text_from(&ana, "31/12"));
        bot.dispatch().await;
        let sent = sent_texts(&bot);
        assert!(sent[0].contains(expired), "{lang}: {sent:?}");
        assert!(!format!("{:?}", bot.get_responses().sent_messages_text).contains("add:skip"));
        bot.update(text_from(&ana, "31/12"));
        bot.dispatch().await;
        assert!(
            !sent_texts(&bot).iter().any(|t| t.contains(expired)),
            "{lang}: only once"
        );
    }
}

#[tokio::test]
async fn the_label_step_saves_a_typed_label_or_skips_it() {
    let app = TestApp::new().await;
    for ((id, lang), ask) in
        LANGS
            .into_iter()
            .zip(["给它起个标签", "Ponle una etiqueta", "Give it a label"])
    {
        let ana = user(id, lang);
        let mut bot = app.bot(tap(&ana, "add:d:movistar:30"));
        bot.dispatch().await;
        let text = edited_texts(&bot).pop().unwrap();
        assert!(text.contains(ask), "{lang}: {text}");
        assert_eq!(edited_keys(&bot), ["add:skip", "add:no"], "{lang}");

        bot.update(text_from(&ana, " chip \u{202E}mamá "));
        bot.dispatch().await;
        let confirm = last_text(&bot);
        assert!(confirm.contains("chip mamá"), "{lang}: {confirm}");
        assert_eq!(keys(&bot), ["add:okl", "add:no"], "{lang}");
        bot.update(tap(&ana, "add:okl"));
        bot.dispatch().await;

        bot.update(tap(&ana, "add:d:bitel:7"));
        bot.dispatch().await;
        bot.update(tap(&ana, "add:skip"));
        bot.dispatch().await;
        let data = edited_keys(&bot);
        assert!(data[0].starts_with("add:ok:bitel:@"), "{lang}: {data:?}");
        bot.update(tap(&ana, &data[0]));
        bot.dispatch().await;
        let stored = plans_of(&app, id as i64).await;
        let expected = vec![
            (
                "movistar".to_owned(),
                Some("chip mamá".to_owned()),
                utc(2026, 12, 26, 4, 59),
            ),
            ("bitel".to_owned(), None, utc(2026, 12, 3, 4, 59)),
        ];
        assert_eq!(stored, expected, "{lang}");
        // Save read the draft back and the step is over: a second tap changes nothing.
        bot.update(tap(&ana, "add:okl"));
        bot.dispatch().await;
        assert_eq!(plans_of(&app, id as i64).await.len(), 2, "{lang}");
    }
}

#[tokio::test]
async fn the_fifteenth_of_next_month_goes_through_the_flow_in_every_spelling() {
    let app = TestApp::new().await;
    let forms = [
        (
            1,
            "zh",
            ["下个月15号", "下月15日", "下個月15號"],
            "2026年12月15日",
        ),
        (
            2,
            "es",
            [
                "el 15 del próximo mes",
                "el 15 del proximo mes",
                "15 del mes que viene",
            ],
            "15 dic 2026",
        ),
        (
            3,
            "en",
            ["the 15th of next month", "15th next month", "on the 15th"],
            "15 Dec 2026",
        ),
    ];
    for (id, lang, typed, shown) in forms {
        let ana = user(id, lang);
        for form in typed {
            let mut bot = app.bot(tap(&ana, "add:date:entel"));
            bot.dispatch().await;
            bot.update(text_from(&ana, form));
            bot.dispatch().await;
            let text = last_text(&bot);
            assert!(text.contains(shown), "{lang} {form:?}: {text}");
            assert!(
                keys(&bot).contains(&"add:skip".to_owned()),
                "{lang} {form:?}"
            );
        }
    }
}

#[tokio::test]
async fn a_date_that_does_not_exist_is_echoed_as_typed_with_an_example() {
    let app = TestApp::new().await;
    for ((id, lang), (echo, why, example)) in LANGS.into_iter().zip([
        ("“31/02”不是有效日期", "2027年2月只有 28 天", "下个月15号"),
        (
            "«31/02» no es una fecha",
            "febrero tiene 28 días en 2027",
            "el 15 del próximo mes",
        ),
        (
            "“31/02” is not a date",
            "February has 28 days in 2027",
            "the 15th of next month",
        ),
    ]) {
        let ana = user(id, lang);
        let mut bot = app.bot(text_from(&ana, "/add 31/02 claro"));
        bot.dispatch().await;
        let text = last_text(&bot);
        assert!(text.contains(echo) && text.contains(why), "{lang}: {text}");
        assert!(
            text.contains("/add 31/12"),
            "{lang}: a working /add example: {text}"
        );
        assert!(
            !text.contains("31/02/2027"),
            "{lang}: no date the user did not type"
        );

        // In the guided flow: the step's buttons, not /add syntax.
        bot.update(tap(&ana, "add:date:claro"));
        bot.dispatch().await;
        bot.update(text_from(&ana, "31/02"));
        bot.dispatch().await;
        let text = last_text(&bot);
        assert!(
            text.contains(echo) && text.contains(example),
            "{lang}: {text}"
        );
        assert!(!text.contains("/add "), "{lang}: {text}");
        let step = keys(&bot);
        for data in [
            "add:d:claro:1",
            "add:d:claro:7",
            "add:d:claro:15",
            "add:d:claro:30",
            "add:no",
        ] {
            assert!(step.contains(&data.to_owned()), "{lang}: {step:?}");
        }
        assert!(plans_of(&app, id as i64).await.is_empty());
    }
}

#[tokio::test]
async fn a_free_text_reminder_request_is_confirmed_and_saved() {
    let app = TestApp::new().await;
    let cases = [
        (
            1,
            "zh",
            "30天后提醒我续费",
            "要保存提醒吗",
            "other",
            utc(2026, 12, 26, 4, 59),
        ),
        (
            2,
            "es",
            "recuérdame el 15 que vence mi chip",
            "¿Guardo un recordatorio?",
            "other",
            utc(2026, 12, 16, 4, 59),
        ),
        (
            3,
            "en",
            "remind me on the 31st to top up claro",
            "Save a reminder: your Claro plan ends",
            "claro",
            utc(2027, 1, 1, 4, 59),
        ),
    ];
    for (id, lang, typed, asked, operator, end) in cases {
        let ana = user(id, lang);
        let mut bot = app.bot(text_from(&ana, typed));
        bot.dispatch().await;
        assert_eq!(sent_texts(&bot).len(), 1, "{lang}: no FAQ answer as well");
        let text = last_text(&bot);
        assert!(text.contains(asked), "{lang}: {text}");
        let data = keys(&bot);
        let save = format!("add:ok:{operator}:@{end}:0:");
        assert!(data[0].starts_with(&save), "{lang}: {data:?}");
        assert_eq!(
            data[1..],
            [format!("add:date:{operator}"), "add:no".to_owned()]
        );
        bot.update(tap(&ana, &data[0]));
        bot.dispatch().await;
        assert_eq!(
            plans_of(&app, id as i64).await,
            vec![(operator.to_owned(), None, end)]
        );
    }
}

#[tokio::test]
async fn questions_that_merely_mention_dates_still_reach_the_faq() {
    let app = TestApp::new().await;
    let questions = [
        (1, "zh", "Claro的套餐30天有效吗？"),
        (2, "es", "¿cuántos días dura un paquete Claro de 30 días?"),
        (3, "en", "how many days does a Claro package last?"),
    ];
    for (id, lang, question) in questions {
        let ana = user(id, lang);
        let mut bot = app.bot(text_from(&ana, question));
        bot.dispatch().await;
        let all = format!("{:?}", bot.get_responses().sent_messages_text);
        assert!(!all.contains("add:ok"), "{lang}: {question}");
        assert!(
            all.contains("faq:") || all.contains("fb:"),
            "{lang}: the FAQ answered"
        );
        assert!(plans_of(&app, id as i64).await.is_empty());
    }
}

/// The FAQ's labelled examples (locales/examples/*.toml) that the reminder-request reader
/// takes before the FAQ: only real requests with a date may be among them.
#[test]
fn no_faq_question_is_taken_for_a_reminder_request_unless_it_asks_for_one_with_a_date() {
    #[derive(serde::Deserialize)]
    struct Set {
        q: Vec<Q>,
    }
    #[derive(serde::Deserialize)]
    struct Q {
        text: String,
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/examples");
    let mut set = Set { q: Vec::new() };
    for lang in ["zh", "es", "en"] {
        let path = dir.join(format!("{lang}.toml"));
        let file: Set = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        set.q.extend(file.q);
    }
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 15, 0, 0).unwrap();
    let zone = recarga::reminders::UserZone::LIMA;
    let taken: Vec<&str> = set
        .q
        .iter()
        .filter(|q| recarga::reminders::reminder_request(&q.text, now, &zone).is_some())
        .map(|q| q.text.as_str())
        .collect();
    assert!(set.q.len() > 2000, "every set was read");
    // The Spanish one gives its end ("30 días, comprado hoy"); "a day before it expires" is a
    // lead, not an end, and must not be read as "tomorrow".
    assert_eq!(
        taken,
        [
            "Mi paquete es de 30 dias y lo compre hoy. Quisiera que me manden un recordatorio unos dias antes de que termine. Como configuro eso aqui en el bot?",
            // "Every 50 days" is a plan of 50 days: the bot proposes one ending in 50 days (and
            // asks before saving), which renewing then repeats.
            "bot, recuerdame recargar cada 50 dias pa que no me corten el entel",
            "remind me to recharge in 30 days"
        ]
    );
}

/// Writes a `pending_input` row for `user` by hand, as an old version or an editor might have.
async fn store_pending(app: &TestApp, user: i64, kind: &str, payload: &str) {
    let now = app.now.lock().unwrap().timestamp();
    sqlx::query(
        "insert into pending_input (user_id, kind, payload, created_at) values ($1, $2, $3, $4)",
    )
    .bind(user)
    .bind(kind)
    .bind(payload)
    .bind(now)
    .execute(&app.app.pool)
    .await
    .unwrap();
}

/// A `pending_input` row the bot cannot read (an unknown kind, or a payload out of range: an old
/// version's, or edited by hand) is logged and cleared, and the user's text is answered as if
/// nothing were pending: no apology, no "expired", no step of a flow.
#[tokio::test]
async fn a_pending_row_that_does_not_decode_is_cleared_and_the_text_answered_as_usual() {
    let app = TestApp::new().await;
    let ana = user(41, "en");
    let question = "how do I top up claro?";
    let mut bot = app.bot(text_from(&ana, question));
    bot.dispatch().await;
    let usual = sent_texts(&bot);
    assert_eq!(usual.len(), 1, "{usual:?}");
    for (kind, payload) in [
        ("no-such-kind", "claro"),
        ("add-date", "vodafone"),
        ("add-flow", "Claro"),
        ("add-label", "claro|@-5|0|7|"),
        ("add-ready", "garbage"),
        ("fix-date", "0"),
        ("line-date", "other"),
        ("faq-comment", "Not A Topic:1"),
        ("faq-comment", "claro-topup:zero"),
    ] {
        store_pending(&app, 41, kind, payload).await;
        bot.update(text_from(&ana, question));
        bot.dispatch().await;
        assert_eq!(sent_texts(&bot), usual, "{kind} {payload:?}");
        assert!(callback_data(&last_keyboard(&bot))
            .iter()
            .any(|d| d.starts_with("fb:1:claro-topup:")));
        let left: i64 = sqlx::query_scalar("select count(*) from pending_input where user_id = 41")
            .fetch_one(&app.app.pool)
            .await
            .unwrap();
        assert_eq!(left, 0, "{kind} {payload:?}: the row is cleared");
    }
    // And /cancel over such a row has nothing to cancel.
    store_pending(&app, 41, "add-date", "vodafone").await;
    bot.update(text_from(&ana, "/cancel"));
    bot.dispatch().await;
    assert!(last_text(&bot).contains("Nothing to cancel"));
}
