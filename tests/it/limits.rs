//! The per-user limit through the real handler tree: 20 questions or commands a minute are
//! answered, the 21st gets one polite reply, the rest silence until the minute has passed;
//! another user is answered all along.
use std::sync::Arc;

use chrono::TimeDelta;
use recarga::pacing::Flood;

use crate::support::{sent_texts, text_from, user, TestApp};

#[tokio::test]
async fn a_flooder_is_told_once_then_ignored_until_the_window_passes_and_others_are_served() {
    let mut app = TestApp::new().await;
    app.app.flood = Arc::new(Flood::standard());
    let (ana, bea) = (user(61, "en"), user(62, "en"));
    let mut bot = app.bot(text_from(&ana, "/help"));
    bot.dispatch().await;
    assert_eq!(sent_texts(&bot).len(), 1);
    for _ in 1..20 {
        bot.update(text_from(&ana, "/help"));
        bot.dispatch().await;
        assert_eq!(sent_texts(&bot).len(), 1, "the first 20 are answered");
    }
    bot.update(text_from(&ana, "/help"));
    bot.dispatch().await;
    let told = sent_texts(&bot);
    assert_eq!(told.len(), 1);
    assert!(told[0].contains("wait a minute"), "{told:?}");
    for text in ["/help", "how do I top up claro?", "/plans"] {
        bot.update(text_from(&ana, text));
        bot.dispatch().await;
        assert!(
            sent_texts(&bot).is_empty(),
            "silence after the warning: {text}"
        );
    }
    bot.update(text_from(&bea, "/help"));
    bot.dispatch().await;
    assert_eq!(sent_texts(&bot).len(), 1, "another user is answered");

    *app.now.lock().unwrap() += TimeDelta::seconds(61);
    bot.update(text_from(&ana, "/help"));
    bot.dispatch().await;
    let again = sent_texts(&bot);
    assert_eq!(again.len(), 1);
    assert!(
        !again[0].contains("wait a minute"),
        "answered again: {again:?}"
    );
}
