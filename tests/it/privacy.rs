//! `/export` and `/forget` through the real handler tree: the file holds the user's data and
//! nobody else's; "Keep" deletes nothing; "Delete everything" leaves no row naming the user, and
//! their next message starts afresh.
use recarga::privacy::TABLES;

use crate::support::{
    callback_data, last_keyboard, last_text, outputs, tap, text_from, user, TestApp,
};

/// The text the last dispatch showed, sent or edited in place.
fn shown(bot: &teloxide_tests::MockBot<anyhow::Error, crate::support::Key>) -> String {
    outputs(bot)
        .last()
        .expect("the bot showed nothing")
        .0
        .clone()
}

/// How many rows of every table name `id`.
async fn rows_naming(app: &TestApp, id: i64) -> Vec<(&'static str, i64)> {
    let mut out = Vec::new();
    for (table, column) in TABLES {
        let sql = format!(r#"select count(*) from "{table}" where {column} = $1"#);
        let n: i64 = sqlx::query_scalar(&sql)
            .bind(id)
            .fetch_one(&app.app.pool)
            .await
            .unwrap();
        out.push((*table, n));
    }
    out
}

#[tokio::test]
async fn export_sends_one_json_file_with_the_users_plans_and_questions_only() {
    let app = TestApp::new().await;
    let (ana, bea) = (user(31, "es"), user(32, "en"));
    let mut bot = app.bot(text_from(&ana, "/add 31/12 claro chip de mamá"));
    bot.dispatch().await;
    for (who, text) in [
        (&ana, "¿cómo recargo bitel?"),
        (&bea, "/add +7d entel bea-secret"),
    ] {
        bot.update(text_from(who, text));
        bot.dispatch().await;
    }
    bot.update(text_from(&ana, "/export"));
    bot.dispatch().await;
    let documents = bot.get_responses().sent_messages_document;
    assert_eq!(documents.len(), 1);
    let sent = &documents[0].bot_request;
    assert!(sent.file_name.ends_with(".json"), "{}", sent.file_name);
    let doc: serde_json::Value = serde_json::from_str(&sent.file_data).unwrap();
    assert_eq!(doc["user_id"], 31);
    let plans = doc["tables"]["plan"].as_array().unwrap();
    assert_eq!(plans.len(), 1);
    assert_eq!(plans[0]["label"], "chip de mamá");
    assert!(!doc["tables"]["reminder"].as_array().unwrap().is_empty());
    assert_eq!(doc["tables"]["user"][0]["id"], 31);
    assert!(
        sent.file_data.contains("recargo bitel"),
        "the logged question is there"
    );
    assert!(
        !sent.file_data.contains("bea-secret"),
        "nothing of another user"
    );
    assert!(sent.caption.as_deref().unwrap_or("").contains("recarga"));
}

#[tokio::test]
async fn forget_names_what_goes_and_keep_changes_nothing() {
    let app = TestApp::new().await;
    let (ana, bea) = (user(33, "en"), user(34, "en"));
    let mut bot = app.bot(text_from(&ana, "/add 31/12 claro"));
    bot.dispatch().await;
    for (who, text) in [(&ana, "/add +7d entel"), (&bea, "/add +7d bitel")] {
        bot.update(text_from(who, text));
        bot.dispatch().await;
    }
    bot.update(text_from(&ana, "/forget"));
    bot.dispatch().await;
    let question = last_text(&bot);
    assert!(
        question.contains("2 plans") && question.contains("0 lines"),
        "{question}"
    );
    assert_eq!(
        callback_data(&last_keyboard(&bot)),
        vec!["forget:yes".to_owned(), "forget:no".to_owned()]
    );
    let before = rows_naming(&app, 33).await;
    bot.update(tap(&ana, "forget:no"));
    bot.dispatch().await;
    assert!(
        shown(&bot).contains("Nothing was deleted"),
        "{}",
        shown(&bot)
    );
    assert_eq!(rows_naming(&app, 33).await, before);
}

#[tokio::test]
async fn a_confirmed_forget_leaves_no_row_naming_the_user_and_the_next_message_starts_afresh() {
    let app = TestApp::new().await;
    let (ana, bea) = (user(33, "en"), user(34, "en"));
    let mut bot = app.bot(text_from(&ana, "/add 31/12 claro"));
    bot.dispatch().await;
    for (who, text) in [(&ana, "/line claro today"), (&bea, "/add +7d bitel")] {
        bot.update(text_from(who, text));
        bot.dispatch().await;
    }
    let ana_before = rows_naming(&app, 33).await;
    let count =
        |rows: &[(&str, i64)], table: &str| rows.iter().find(|(t, _)| *t == table).unwrap().1;
    assert_eq!(
        count(&ana_before, "plan"),
        2,
        "a plan and a line: {ana_before:?}"
    );
    assert!(count(&ana_before, "reminder") >= 2, "{ana_before:?}");
    let bea_before = rows_naming(&app, 34).await;
    bot.update(tap(&ana, "forget:yes"));
    bot.dispatch().await;
    assert!(
        shown(&bot).contains("everything about you is deleted"),
        "{}",
        shown(&bot)
    );
    for (table, n) in rows_naming(&app, 33).await {
        assert_eq!(n, 0, "{table} still holds the forgotten user");
    }
    assert_eq!(
        rows_naming(&app, 34).await,
        bea_before,
        "another user keeps everything"
    );

    // The next message starts afresh: a new user row, no plans.
    bot.update(text_from(&ana, "/plans"));
    bot.dispatch().await;
    assert!(
        last_text(&bot).contains("no plans yet"),
        "{}",
        last_text(&bot)
    );
    let user_rows = rows_naming(&app, 33).await;
    assert_eq!(user_rows.iter().find(|(t, _)| *t == "user").unwrap().1, 1);
    assert_eq!(user_rows.iter().find(|(t, _)| *t == "plan").unwrap().1, 0);
}
