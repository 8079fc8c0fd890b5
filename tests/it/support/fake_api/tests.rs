//! The fake itself, checked through teloxide's own client: it must behave like Telegram where
//! the bot depends on it, or the process tests prove nothing.
use std::time::{Duration, Instant};

use teloxide::payloads::{GetUpdatesSetters, SendMessageSetters};
use teloxide::prelude::*;
use teloxide::types::{
    CallbackQueryId, InlineKeyboardButton, InlineKeyboardMarkup, ParseMode, UpdateKind,
};
use teloxide::{ApiError, RequestError};

use super::FakeApi;

const TOKEN: &str = "123456789:AAEhBP0av28TNBuOzt_EoHWJG9g-SECRETSECRET";

async fn fake() -> (FakeApi, Bot) {
    let api = FakeApi::start().await;
    let bot = Bot::new(TOKEN).set_api_url(api.url.parse().expect("loopback url"));
    (api, bot)
}

fn api_error(result: Result<Message, RequestError>) -> ApiError {
    match result {
        Err(RequestError::Api(error)) => error,
        other => panic!("expected Telegram to refuse, got {other:?}"),
    }
}

#[tokio::test]
async fn a_held_poll_returns_as_soon_as_an_update_is_pushed() {
    let (api, bot) = fake().await;
    let poll = tokio::spawn(async move { bot.get_updates().timeout(10).await });
    tokio::time::sleep(Duration::from_millis(300)).await;
    let pushed = Instant::now();
    api.push_text(7, "es", "hola");
    let updates = tokio::time::timeout(Duration::from_secs(5), poll)
        .await
        .expect("the held poll answered well before its 10 s timeout")
        .unwrap()
        .unwrap();
    assert_eq!(updates.len(), 1);
    assert!(pushed.elapsed() < Duration::from_secs(5));
    assert_eq!(api.polls()[0].timeout, Some(10));
}

#[tokio::test]
async fn an_empty_poll_is_held_for_its_timeout_and_answered_empty() {
    let (api, bot) = fake().await;
    let updates = bot.get_updates().timeout(1).await.unwrap();
    assert!(updates.is_empty());
    let polls = api.polls();
    assert_eq!(polls.len(), 1);
    assert!(polls[0].held >= Duration::from_secs(1), "{polls:?}");
    let at_once = bot.get_updates().await.unwrap();
    assert!(at_once.is_empty());
    assert!(
        api.polls()[1].held < Duration::from_secs(1),
        "no timeout: answered at once"
    );
}

#[tokio::test]
async fn an_unconfirmed_update_is_handed_out_again_until_the_offset_passes_it() {
    let (api, bot) = fake().await;
    let first = api.push_text(7, "es", "/start");
    api.push_text(8, "en", "hello");
    let again = bot.get_updates().limit(1).await.unwrap();
    assert_eq!(again.len(), 1, "limit honoured");
    let repeat = bot.get_updates().await.unwrap();
    assert_eq!(repeat.len(), 2, "nothing confirmed yet: both handed out");
    assert_eq!(i64::from(repeat[0].id.0), first);
    let rest = bot
        .get_updates()
        .offset(i32::try_from(first + 1).unwrap())
        .await
        .unwrap();
    assert_eq!(rest.len(), 1, "the first one is confirmed and forgotten");
    assert_eq!(api.unconfirmed(), 1);
}

#[tokio::test]
async fn a_newer_poll_ends_a_held_one_with_telegrams_conflict() {
    let (api, bot) = fake().await;
    let older = bot.clone();
    let held = tokio::spawn(async move { older.get_updates().timeout(10).await });
    tokio::time::sleep(Duration::from_millis(300)).await;
    let _ = bot.get_updates().await;
    let older = tokio::time::timeout(Duration::from_secs(5), held)
        .await
        .expect("the older poll was ended at once")
        .unwrap();
    assert!(
        matches!(
            older,
            Err(RequestError::Api(ApiError::TerminatedByOtherGetUpdates))
        ),
        "{older:?}"
    );
    assert!(api.polls().iter().any(|p| p.status == 409));
}

#[tokio::test]
async fn a_text_of_4097_characters_is_refused_and_4096_is_sent() {
    let (api, bot) = fake().await;
    let too_long = bot.send_message(ChatId(7), "a".repeat(4097)).await;
    assert_eq!(api_error(too_long), ApiError::MessageIsTooLong);
    let html = format!("<b>{}</b>&lt;", "ñ".repeat(4095));
    let sent = bot
        .send_message(ChatId(7), html)
        .parse_mode(ParseMode::Html)
        .await;
    assert!(sent.is_ok(), "tags and entities do not count: {sent:?}");
    assert_eq!(api.delivered_count(), 1);
    let empty = bot.send_message(ChatId(7), " ").await;
    assert_eq!(api_error(empty), ApiError::MessageTextIsEmpty);
}

#[tokio::test]
async fn unbalanced_html_is_refused_as_telegram_does() {
    let (_api, bot) = fake().await;
    let result = bot
        .send_message(ChatId(7), "a <tz> b")
        .parse_mode(ParseMode::Html)
        .await;
    match result {
        Err(RequestError::Api(ApiError::CantParseEntities(text))) => {
            assert!(text.contains("can't parse entities"), "{text}");
        }
        other => panic!("expected a 400, got {other:?}"),
    }
}

#[tokio::test]
async fn button_data_over_64_bytes_is_refused() {
    let (_api, bot) = fake().await;
    let keyboard =
        InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("x", "ñ".repeat(33))]]);
    let result = bot
        .send_message(ChatId(7), "pick")
        .reply_markup(keyboard)
        .await;
    assert_eq!(api_error(result), ApiError::ButtonDataInvalid);
}

#[tokio::test]
async fn a_pressed_button_carries_its_message_and_is_answered_once() {
    let (api, bot) = fake().await;
    let keyboard = InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("▶", "page:2")]]);
    let sent = bot
        .send_message(ChatId(7), "page 1")
        .reply_markup(keyboard)
        .await
        .unwrap();
    let buttons = api.buttons(7);
    assert_eq!(buttons[0].data, "page:2");
    let query = CallbackQueryId(api.push_callback(7, "page:2", i64::from(sent.id.0)));
    let updates = bot.get_updates().await.unwrap();
    let UpdateKind::CallbackQuery(pressed) = &updates[0].kind else {
        panic!("not a callback query: {updates:?}");
    };
    assert_eq!(pressed.data.as_deref(), Some("page:2"));
    assert_eq!(
        pressed.regular_message().and_then(|m| m.text()),
        Some("page 1")
    );
    let toast = bot
        .answer_callback_query(query.clone())
        .text("x".repeat(201))
        .await;
    assert!(toast.is_err(), "a toast over 200 characters is refused");
    bot.answer_callback_query(query.clone()).await.unwrap();
    assert!(bot.answer_callback_query(query).await.is_err(), "only once");
}

#[tokio::test]
async fn an_edit_to_the_same_content_is_not_modified_and_drops_no_keyboard() {
    let (api, bot) = fake().await;
    let keyboard = InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("▶", "p:2")]]);
    let sent = bot
        .send_message(ChatId(7), "page 1")
        .reply_markup(keyboard.clone())
        .await
        .unwrap();
    let same = bot
        .edit_message_text(ChatId(7), sent.id, "page 1")
        .reply_markup(keyboard)
        .await;
    assert_eq!(api_error(same), ApiError::MessageNotModified);
    let unknown = bot
        .edit_message_text(ChatId(7), teloxide::types::MessageId(999), "x")
        .await;
    assert_eq!(api_error(unknown), ApiError::MessageToEditNotFound);
    bot.edit_message_text(ChatId(7), sent.id, "page 2")
        .await
        .unwrap();
    assert!(
        api.buttons(7).is_empty(),
        "an edit without a keyboard drops it"
    );
}

#[tokio::test]
async fn the_limits_refuse_a_second_edit_to_one_chat_within_a_second() {
    let (api, bot) = fake().await;
    api.enforce_limits();
    let sent = bot.send_message(ChatId(7), "one").await.unwrap();
    let edit = bot.edit_message_text(ChatId(7), sent.id, "two").await;
    assert!(matches!(edit, Err(RequestError::RetryAfter(_))), "{edit:?}");
    assert_eq!(api.throttled(), 1);
}

#[tokio::test]
async fn an_outage_fails_every_method_until_it_ends_and_the_outbox_records_what_got_through() {
    let (api, bot) = fake().await;
    api.inject(super::Fault {
        method: "*".into(),
        chat: None,
        times: usize::MAX,
        status: 502,
        body: serde_json::json!({"ok": false, "error_code": 502, "description": "Bad Gateway"}),
    });
    assert!(bot.get_updates().await.is_err(), "getUpdates fails too");
    assert!(bot.send_message(ChatId(7), "lost").await.is_err());
    assert!(
        api.outbox_from(0).is_empty(),
        "a refused send is not delivered"
    );
    api.end_faults("*", None);
    let id = api.push_text(7, "es", "hola");
    assert_eq!(api.handed_at(id), None, "not handed out yet");
    bot.get_updates().await.unwrap();
    assert!(api.handed_at(id).is_some());
    bot.send_message(ChatId(7), "through").await.unwrap();
    let outbox = api.outbox_from(0);
    assert_eq!(outbox.len(), 1);
    assert_eq!((outbox[0].chat, outbox[0].text.as_str()), (7, "through"));
    assert!(api.outbox_from(1).is_empty());
}
