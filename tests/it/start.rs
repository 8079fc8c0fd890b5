//! /start, /help, /lang and the fallbacks, driven through the real handler tree.
use teloxide_tests::{MockCallbackQuery, MockGroupChat, MockMessageSticker, MockMessageText};

use crate::support::*;

#[tokio::test]
async fn start_greets_each_user_in_their_telegram_language() {
    let cases = [
        ("zh-hans", "你好"),
        ("zh-TW", "你好"),
        ("es-PE", "¡Hola"),
        ("en-US", "Hi Ana"),
        ("pt-br", "Hi Ana"),
    ];
    for (code, greeting) in cases {
        let app = TestApp::new().await;
        let ana = user(1, code);
        let mut bot = app.bot(text_from(&ana, "/start"));
        bot.dispatch().await;
        let text = last_text(&bot);
        assert!(text.contains(greeting), "{code}: {text}");
        assert!(text.contains("recarga"), "{code}: {text}");
        assert!(callback_data(&last_keyboard(&bot)).contains(&"lang".to_owned()));
    }
}

#[tokio::test]
async fn first_contact_writes_the_user_row() {
    let app = TestApp::new().await;
    let mut bot = app.bot(text_from(&user(7, "es"), "/start"));
    bot.dispatch().await;
    let row: (i64, Option<String>, i64) =
        sqlx::query_as(r#"select id, telegram_language, created_at from "user" where id = 7"#)
            .fetch_one(&app.app.pool)
            .await
            .unwrap();
    assert_eq!(row.1.as_deref(), Some("es"));
    assert_eq!(row.2, app.now.lock().unwrap().timestamp());
}

#[tokio::test]
async fn a_typed_lang_choice_persists_over_telegrams_language() {
    let app = TestApp::new().await;
    let ana = user(2, "en");
    let mut bot = app.bot(text_from(&ana, "/lang es"));
    bot.dispatch().await;
    assert!(last_text(&bot).contains("español"));
    assert_eq!(app.stored_language(2).await.as_deref(), Some("es"));

    bot.update(text_from(&ana, "/start"));
    bot.dispatch().await;
    assert!(last_text(&bot).contains("¡Hola"));
}

#[tokio::test]
async fn the_lang_picker_offers_three_buttons_that_switch_the_language() {
    let app = TestApp::new().await;
    let ana = user(3, "en");
    let mut bot = app.bot(text_from(&ana, "/lang"));
    bot.dispatch().await;
    assert_eq!(last_text(&bot), "Choose your language:");
    assert_eq!(
        callback_data(&last_keyboard(&bot)),
        ["lang:zh", "lang:es", "lang:en"]
    );

    bot.update(MockCallbackQuery::new().data("lang:zh").from(ana.clone()));
    bot.dispatch().await;
    assert!(last_text(&bot).contains("简体中文"));
    assert_eq!(app.stored_language(3).await.as_deref(), Some("zh"));
    assert_eq!(bot.get_responses().answered_callback_queries.len(), 1);
}

#[tokio::test]
async fn an_unknown_language_is_explained_and_changes_nothing() {
    let app = TestApp::new().await;
    let mut bot = app.bot(text_from(&user(4, "es"), "/lang klingon"));
    bot.dispatch().await;
    let text = last_text(&bot);
    assert!(
        text.contains("klingon") && text.contains("/lang zh"),
        "{text}"
    );
    assert_eq!(app.stored_language(4).await, None);
}

#[tokio::test]
async fn traditional_chinese_users_get_simplified_chinese() {
    let app = TestApp::new().await;
    let mut bot = app.bot(text_from(&user(5, "zh-hant"), "/help"));
    bot.dispatch().await;
    let text = last_text(&bot);
    assert!(text.contains("我能做什么"), "{text}");
    assert!(text.contains("/lang — 切换语言"), "{text}");
}

#[tokio::test]
async fn help_lists_every_menu_command_in_the_users_language() {
    let app = TestApp::new().await;
    let mut bot = app.bot(text_from(&user(6, "es"), "/help"));
    bot.dispatch().await;
    let text = last_text(&bot);
    for (name, _) in recarga::telegram::MENU {
        assert!(
            text.contains(&format!("/{name} — ")),
            "/{name} missing from {text}"
        );
    }
    assert!(text.contains("Cambiar el idioma"), "{text}");
}

#[tokio::test]
async fn an_unknown_command_gets_a_localized_hint() {
    let app = TestApp::new().await;
    let mut bot = app.bot(text_from(&user(8, "es"), "/pizza margarita"));
    bot.dispatch().await;
    assert_eq!(
        last_text(&bot),
        "No conozco el comando /pizza. Envía /help para ver lo que puedo hacer."
    );
}

#[tokio::test]
async fn a_sticker_gets_a_hint_not_silence() {
    let app = TestApp::new().await;
    let ana = user(9, "zh");
    let sticker = MockMessageSticker::new()
        .from(ana.clone())
        .chat(teloxide_tests::MockPrivateChat::new().id(9).build());
    let mut bot = app.bot(sticker);
    bot.dispatch().await;
    assert!(last_text(&bot).contains("我只能读文字消息"));
}

#[tokio::test]
async fn in_groups_only_commands_addressed_to_the_bot_are_answered() {
    let app = TestApp::new().await;
    let ana = user(10, "en");
    let group = MockGroupChat::new().build();
    let in_group = |text: &str| {
        MockMessageText::new()
            .text(text)
            .from(ana.clone())
            .chat(group.clone())
    };

    let mut bot = app.bot(in_group("hello everyone"));
    bot.dispatch().await;
    assert!(
        sent_texts(&bot).is_empty(),
        "plain group chatter must be ignored"
    );

    bot.update(in_group("/help@some_other_bot"));
    bot.dispatch().await;
    assert!(
        sent_texts(&bot).is_empty(),
        "another bot's command must be ignored"
    );

    bot.update(in_group("/help@test_bot"));
    bot.dispatch().await;
    assert!(last_text(&bot).contains("What I can do"));
}
