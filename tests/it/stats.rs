//! `/stats` through the real handler tree: an admin (`RECARGA_ADMINS`, 999 in `TestApp`) gets
//! the figures; to anyone else `/stats` and `/reload` do not exist: they get exactly the reply
//! an unknown command gets, and nothing else.
use recarga::clock::Timestamp;

use crate::support::{last_text, sent_texts, text_from, user, TestApp};

const DAY: i64 = 86_400;

/// Questions logged at known times around the 7-day window.
async fn questions(app: &TestApp) {
    let now = Timestamp::of(app.app.now()).secs();
    let asked: [(i64, i64, i64); 3] = [
        (1, 1, now - 7 * DAY),
        (2, 0, now - DAY),
        (3, 1, now - 8 * DAY),
    ];
    for (number, sure, at) in asked {
        sqlx::query(
            "insert into faq_question
                 (user_id, number, language, question, topic, score, sure, created_at)
             values (31, $1, 'es', 'q', 'balance-check', 0.9, $2, $3)",
        )
        .bind(number)
        .bind(sure)
        .bind(at)
        .execute(&app.app.pool)
        .await
        .unwrap();
    }
    for (question, at) in [
        ("¿roaming <b>?", now - DAY),
        ("¿roaming <b>?", now - 8 * DAY),
    ] {
        sqlx::query(
            "insert into faq_unanswered (user_id, language, question, decision, score, created_at)
             values (31, 'es', $1, 'none', 0.1, $2)",
        )
        .bind(question.to_owned())
        .bind(at)
        .execute(&app.app.pool)
        .await
        .unwrap();
    }
}

#[tokio::test]
async fn an_admin_gets_the_figures() {
    let app = TestApp::new().await;
    let ana = user(31, "es");
    let mut bot = app.bot(text_from(&ana, "/add 31/12 claro chip"));
    bot.dispatch().await;
    questions(&app).await;

    bot.update(text_from(&user(999, "en"), "/stats"));
    bot.dispatch().await;
    assert_eq!(sent_texts(&bot).len(), 1);
    let text = last_text(&bot);
    for expected in [
        "<b>Users</b>: 2 · active in 7 days: 2 · in 30 days: 2 · blocked the bot: 0",
        "<b>Plans</b>: 1 · <b>lines</b>: 0",
        "Last 24 h: sent 0, late 0, failed 0",
        "<b>Questions, last 7 days</b>: 3",
        "Answered: 1 (33%)",
        "Suggested (“Not this?”): 1 (33%)",
        "Unanswered: 1 (33%)",
        "2 × ¿roaming &lt;b&gt;?",
        "👍 0 · 👎 0",
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text}");
    }
}

#[tokio::test]
async fn to_anyone_else_stats_and_reload_are_unknown_commands() {
    let app = TestApp::new().await;
    let bea = user(8, "en");
    let mut bot = app.bot(text_from(&bea, "/nosuchcommand"));
    bot.dispatch().await;
    let unknown = last_text(&bot);
    assert!(unknown.contains("/nosuchcommand"), "{unknown}");
    for command in ["/stats", "/reload"] {
        bot.update(text_from(&bea, command));
        bot.dispatch().await;
        let responses = bot.get_responses();
        assert_eq!(
            sent_texts(&bot),
            [unknown.replace("/nosuchcommand", command)],
            "{command}"
        );
        assert!(responses.edited_messages_text.is_empty(), "{command}");
        assert_eq!(responses.sent_messages.len(), 1, "{command}");
    }
}

#[tokio::test]
async fn in_a_group_even_an_admins_stats_is_an_unknown_command() {
    // The figures quote what users asked: never in a group, whoever asks.
    let app = TestApp::new().await;
    let admin = user(999, "en");
    let in_group = |text: &str| {
        teloxide_tests::MockMessageText::new()
            .text(text)
            .from(admin.clone())
            .chat(teloxide_tests::MockGroupChat::new().build())
    };
    let mut bot = app.bot(in_group("/nosuchcommand"));
    bot.dispatch().await;
    let unknown = last_text(&bot);
    assert!(unknown.contains("/nosuchcommand"), "{unknown}");
    bot.update(in_group("/stats"));
    bot.dispatch().await;
    assert_eq!(
        sent_texts(&bot),
        [unknown.replace("/nosuchcommand", "/stats")]
    );
    // The same admin in private gets them.
    bot.update(text_from(&admin, "/stats"));
    bot.dispatch().await;
    assert!(
        last_text(&bot).contains("<b>Users</b>"),
        "{}",
        last_text(&bot)
    );
}

/// `MENU` is what `/help` and `setMyCommands` are built from.
#[test]
fn admin_commands_are_in_no_menu() {
    for (name, _) in recarga::telegram::MENU {
        assert!(!["stats", "reload"].contains(name), "{name} is listed");
    }
}
