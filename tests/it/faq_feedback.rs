//! Issue 9 through the real handler tree: "Not this? …" under an answer the matcher is not sure
//! of, the out-of-scope reply, 👎 → "What was missing?" → an optional line stored with the
//! question, and the editors' `recarga unanswered` report over what users asked.
use recarga::clock::Timestamp;
use recarga::faq::unanswered::{report, SIMILAR};
use recarga::faq::{Decision, Faq};
use teloxide::types::InlineKeyboardButtonKind;

use crate::support::*;

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar::<_, i64>(sql)
        .fetch_one(&app.app.pool)
        .await
        .unwrap()
}

fn labels(bot: &teloxide_tests::MockBot<anyhow::Error, Key>) -> Vec<(String, String)> {
    last_keyboard(bot)
        .inline_keyboard
        .into_iter()
        .flatten()
        .filter_map(|b| match b.kind {
            InlineKeyboardButtonKind::CallbackData(data) => Some((b.text, data)),
            _ => None,
        })
        .collect()
}

fn last_toast(bot: &teloxide_tests::MockBot<anyhow::Error, Key>) -> Option<String> {
    let answered = bot.get_responses().answered_callback_queries;
    answered.last().and_then(|a| a.text.clone())
}

/// How many 👎 reasons carry a written comment.
async fn stored_comments(app: &TestApp) -> i64 {
    count(
        app,
        "select count(*) from faq_feedback_reason where comment is not null",
    )
    .await
}

/// Two questions the matcher answers sure and two it answers unsure, found among labelled ones
/// (the examples are indexed, so they would all be sure; the held-out ones are not).
fn answered_both_ways(faq: &Faq) -> Vec<String> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/faq_heldout/en.toml");
    let pool = recarga::faq::evaluate::load_set(&path).unwrap();
    let answered_with = |sure: bool| {
        pool.iter()
            .map(|q| q.text.as_str())
            .filter(|q| {
                let o = faq.matcher.ask(q);
                o.decision == Decision::Answer && o.sure == sure && o.alternatives.len() >= 2
            })
            .take(2)
            .collect::<Vec<_>>()
    };
    let (sure, unsure) = (answered_with(true), answered_with(false));
    assert!(sure.len() == 2 && unsure.len() == 2, "{sure:?} {unsure:?}");
    sure.into_iter().chain(unsure).map(String::from).collect()
}

#[tokio::test]
async fn not_this_buttons_follow_an_answer_exactly_when_the_matcher_is_not_sure() {
    let app = TestApp::new().await;
    let faq = app.app.faq.current();
    let questions = answered_both_ways(&faq);
    let mut answered = 0;
    for (i, question) in questions.iter().map(String::as_str).enumerate() {
        let outcome = faq.matcher.ask(question);
        if outcome.decision != Decision::Answer {
            continue;
        }
        answered += 1;
        let someone = user(500 + i as u64, "en");
        let mut bot = app.bot(text_from(&someone, question));
        bot.dispatch().await;
        let buttons = labels(&bot);
        let not_this: Vec<&str> = buttons
            .iter()
            .filter(|(label, _)| label.starts_with("Not this? "))
            .map(|(_, data)| data.as_str())
            .collect();
        if outcome.sure {
            assert!(not_this.is_empty(), "{question}: {buttons:?}");
        } else {
            let expected: Vec<String> = outcome
                .alternatives
                .iter()
                .take(2)
                .map(|id| format!("faq:a:{id}"))
                .collect();
            assert_eq!(not_this, expected, "{question}: {buttons:?}");
        }
        // The answer's 👍/👎 carry the user's first question number.
        let topic = outcome.topic.as_deref().unwrap();
        assert!(
            buttons.iter().any(|(_, d)| *d == format!("fb:0:{topic}:1")),
            "{question}: {buttons:?}"
        );
    }
    assert_eq!(answered, 4);
}

#[tokio::test]
async fn an_out_of_scope_question_hears_what_the_bot_is_for_with_the_topic_menu() {
    let app = TestApp::new().await;
    let faq = app.app.faq.current();
    let cases = [
        (
            "en",
            "what's the weather in lima",
            "I only help with prepaid phone lines in Peru",
        ),
        (
            "es",
            "que clima hace hoy en lima",
            "Solo ayudo con líneas prepago",
        ),
    ];
    for (i, (code, question, expected)) in cases.into_iter().enumerate() {
        assert_eq!(
            faq.matcher.ask(question).decision,
            Decision::None,
            "{question}: the test needs an out-of-scope question"
        );
        let mut bot = app.bot(text_from(&user(520 + i as u64, code), question));
        bot.dispatch().await;
        let text = last_text(&bot);
        assert!(text.contains(expected), "{code}: {text}");
        let data = callback_data(&last_keyboard(&bot));
        assert!(data.len() >= 4, "{code}: the whole menu: {data:?}");
        assert!(
            data.iter().all(|d| d.starts_with("faq:c:")),
            "{code}: categories only, never one unrelated topic: {data:?}"
        );
    }
    assert_eq!(
        count(
            &app,
            "select count(*) from faq_unanswered where decision = 'none'"
        )
        .await,
        2
    );
}

#[tokio::test]
async fn thumbs_down_asks_what_was_missing_and_keeps_reason_and_comment_with_the_question() {
    let app = TestApp::new().await;
    let ana = user(530, "en");
    let mut bot = app.bot(text_from(&ana, "how do I top up claro?"));
    bot.dispatch().await;
    assert!(callback_data(&last_keyboard(&bot)).contains(&"fb:0:claro-topup:1".to_owned()));

    bot.update(tap(&ana, "fb:0:claro-topup:1"));
    bot.dispatch().await;
    assert_eq!(last_text(&bot), "What was missing?");
    let reasons = labels(&bot);
    assert_eq!(
        reasons.iter().map(|(_, d)| d.as_str()).collect::<Vec<_>>(),
        [
            "fbr:w:claro-topup:1",
            "fbr:o:claro-topup:1",
            "fbr:u:claro-topup:1"
        ]
    );
    assert!(reasons[0].0.contains("Wrong topic") && reasons[2].0.contains("Not clear"));

    bot.update(tap(&ana, "fbr:o:claro-topup:1"));
    bot.dispatch().await;
    let invited = edited_texts(&bot)
        .pop()
        .expect("the question becomes the invitation");
    assert!(invited.contains("one line"), "{invited}");

    bot.update(text_from(&ana, "the prices\nare from 2024"));
    bot.dispatch().await;
    let saved = last_text(&bot);
    assert!(saved.contains("will read it"), "{saved}");
    let row: (String, String, String) = sqlx::query_as(
        "select r.reason, r.comment, q.question from faq_feedback_reason r
         join faq_question q on q.user_id = r.user_id and q.number = r.question_number
         where r.user_id = 530",
    )
    .fetch_one(&app.app.pool)
    .await
    .unwrap();
    assert_eq!(
        row,
        (
            "outdated".to_owned(),
            "the prices are from 2024".to_owned(),
            "how do I top up claro?".to_owned()
        )
    );
    // The wait is over: the next text is a question again.
    bot.update(text_from(&ana, "how do I top up claro?"));
    bot.dispatch().await;
    assert!(callback_data(&last_keyboard(&bot)).contains(&"fb:0:claro-topup:2".to_owned()));
    assert_eq!(stored_comments(&app).await, 1);
}

#[tokio::test]
async fn feedback_on_a_menu_answer_is_stored_without_a_question() {
    let app = TestApp::new().await;
    let ana = user(540, "es");
    let mut bot = app.bot(tap(&ana, "faq:t:balance-check"));
    bot.dispatch().await;
    assert!(format!(
        "{:?}",
        bot.get_responses()
            .edited_messages_text
            .last()
            .unwrap()
            .bot_request
            .reply_markup
    )
    .contains("fb:0:balance-check\""));
    bot.update(tap(&ana, "fb:0:balance-check"));
    bot.dispatch().await;
    assert_eq!(last_text(&bot), "¿Qué te faltó?");
    bot.update(tap(&ana, "fbr:u:balance-check"));
    bot.dispatch().await;
    // A second reason replaces the first.
    bot.update(tap(&ana, "fbr:w:balance-check"));
    bot.dispatch().await;
    let sql = "select count(*) from faq_feedback_reason
               where user_id = 540 and question_number is null and reason = 'wrong-topic'";
    assert_eq!(count(&app, sql).await, 1);
    assert_eq!(
        count(&app, "select count(*) from faq_feedback_reason").await,
        1
    );
}

#[tokio::test]
async fn a_forged_or_stale_feedback_button_expires_and_stores_nothing() {
    let app = TestApp::new().await;
    let ana = user(550, "en");
    let mut bot = app.bot(text_from(&ana, "how do I top up claro?"));
    bot.dispatch().await;
    for data in [
        "fb:0:claro-topup:99",   // no such question
        "fbr:w:balance-check:1", // question 1 was answered with another topic
        "fbr:w:claro-topup:2",   // not asked yet
        "fbr:z:claro-topup:1",   // no such reason
    ] {
        bot.update(tap(&ana, data));
        bot.dispatch().await;
        assert_eq!(
            last_toast(&bot).as_deref(),
            Some("This button has expired."),
            "{data}"
        );
    }
    // Another user's question number is not theirs to rate.
    bot.update(tap(&user(551, "en"), "fbr:w:claro-topup:1"));
    bot.dispatch().await;
    assert_eq!(
        last_toast(&bot).as_deref(),
        Some("This button has expired.")
    );
    assert_eq!(
        count(&app, "select count(*) from faq_feedback_reason").await,
        0
    );
    assert_eq!(count(&app, "select count(*) from faq_feedback").await, 0);
}

#[tokio::test]
async fn cancel_another_command_or_ten_minutes_end_the_wait_for_a_comment() {
    let app = TestApp::new().await;
    let ana = user(560, "en");
    let mut bot = app.bot(tap(&ana, "fbr:w:balance-check"));
    bot.dispatch().await;
    // /cancel says so.
    bot.update(text_from(&ana, "/cancel"));
    bot.dispatch().await;
    assert_eq!(last_text(&bot), "Cancelled; nothing was changed.");
    // Any other command ends it silently; the next text is a question.
    bot.update(tap(&ana, "fbr:w:balance-check"));
    bot.dispatch().await;
    bot.update(text_from(&ana, "/help"));
    bot.dispatch().await;
    bot.update(text_from(&ana, "how do I top up claro?"));
    bot.dispatch().await;
    assert!(callback_data(&last_keyboard(&bot))
        .iter()
        .any(|d| d.starts_with("fb:1:claro-topup:")));
    // Ten minutes later the line is a question too, without an "expired" notice.
    bot.update(tap(&ana, "fbr:w:balance-check"));
    bot.dispatch().await;
    *app.now.lock().unwrap() += chrono::Duration::minutes(11);
    bot.update(text_from(&ana, "how do I top up claro?"));
    bot.dispatch().await;
    assert_eq!(sent_texts(&bot).len(), 1, "{:?}", sent_texts(&bot));
    assert!(callback_data(&last_keyboard(&bot))
        .iter()
        .any(|d| d.starts_with("fb:1:claro-topup:")));
    assert_eq!(stored_comments(&app).await, 0);
}

#[tokio::test]
async fn a_reason_given_during_add_does_not_take_over_the_step_add_waits_for() {
    let app = TestApp::new().await;
    let ana = user(570, "en");
    let mut bot = app.bot(tap(&ana, "add:date:claro"));
    bot.dispatch().await;
    bot.update(tap(&ana, "fbr:u:balance-check"));
    bot.dispatch().await;
    assert_eq!(edited_texts(&bot).pop().as_deref(), Some("Thanks, noted."));
    let kind: String = sqlx::query_scalar("select kind from pending_input where user_id = 570")
        .fetch_one(&app.app.pool)
        .await
        .unwrap();
    assert_eq!(kind, "add-date");
}

/// User 583's 👎 with a reason and a comment on an answered question, and three questions the
/// matcher could not answer, logged as the handler logs them.
async fn seed_the_report(app: &TestApp) {
    // One 👎 with a reason and a comment, on an answered question.
    let ana = user(583, "en");
    let mut bot = app.bot(text_from(&ana, "how do I top up claro?"));
    bot.dispatch().await;
    for data in ["fb:0:claro-topup:1", "fbr:w:claro-topup:1"] {
        bot.update(tap(&ana, data));
        bot.dispatch().await;
    }
    bot.update(text_from(&ana, "I asked about Claro postpaid"));
    bot.dispatch().await;
    // What the matcher could not answer, logged as the handler logs it (whatever today's
    // matcher makes of these questions).
    let unanswered = [
        (
            "cuanto cuesta el paquete de claro",
            Some("buy-data-package"),
        ),
        ("what's the weather in lima", None),
        (
            "cuanto cuesta un paquete de claro?",
            Some("buy-data-package"),
        ),
    ];
    for (question, guess) in unanswered {
        let decision = if guess.is_some() { "suggest" } else { "none" };
        let row = recarga::faq::Unanswered {
            user_id: 583,
            language: "es",
            question,
            decision,
            best_topic: guess,
            score: 0.3,
            at: recarga::clock::Timestamp::from_secs(1),
        };
        recarga::faq::log_unanswered(&app.app.pool, &row)
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn the_unanswered_report_groups_alike_questions_and_lists_reasons_by_topic() {
    let app = TestApp::new().await;
    let faq = app.app.faq.current();
    seed_the_report(&app).await;
    let stored = count(&app, "select count(*) from faq_unanswered").await;
    let report = report(&app.app.pool, &faq.matcher, Timestamp::from_secs(0))
        .await
        .unwrap();
    println!("{}", report.to_text());
    assert_eq!(report.unanswered as i64, stored);
    let biggest = &report.groups[0];
    assert_eq!(
        biggest.count, 2,
        "alike at Jaccard >= {SIMILAR}: {report:?}"
    );
    assert_eq!(biggest.topic.as_deref(), Some("buy-data-package"));
    assert!(biggest
        .examples
        .iter()
        .all(|e| e.contains("paquete de claro")));
    assert!(report.groups.iter().skip(1).all(|g| g.count == 1));
    let claro = &report.feedback[0];
    assert_eq!(
        (claro.topic.as_str(), claro.thumbs_down),
        ("claro-topup", 1)
    );
    assert_eq!(claro.reasons.get("wrong-topic"), Some(&1));
    assert_eq!(claro.comments[0].comment, "I asked about Claro postpaid");
    assert_eq!(
        claro.comments[0].question.as_deref(),
        Some("how do I top up claro?")
    );
}

#[test]
fn recarga_unanswered_runs_on_an_empty_database_and_refuses_a_bad_look_back() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/empty.db", dir.path().display());
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_recarga"))
            .env_clear()
            .env("DATABASE_URL", &url)
            .current_dir(dir.path())
            .args(args)
            .output()
            .unwrap()
    };
    let text = run(&["unanswered"]);
    assert!(text.status.success(), "{text:?}");
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(
        stdout.starts_with("Unanswered questions: 0 in 0 groups"),
        "{stdout}"
    );
    let json = run(&["unanswered", "--since", "7d", "--json"]);
    assert!(json.status.success(), "{json:?}");
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["unanswered"], 0);
    assert_eq!(value["groups"], serde_json::json!([]));
    for bad in ["30", "7w", "-1d", "0d", "99999d"] {
        let refused = run(&["unanswered", "--since", bad]);
        assert_eq!(refused.status.code(), Some(2), "{bad}: {refused:?}");
    }
}
