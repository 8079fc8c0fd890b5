//! Replies are never dropped silently: the real binary against the loopback fake Bot API, which
//! answers some replies with 429 `retry_after` or 502 first; every reply still arrives, once, and
//! not in a hot loop. And one update that panics never stops the bot: the user gets an apology
//! and the next update is served.
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::fake_api::{self, FakeApi, Fault};
use crate::support::{last_text, sent_texts, text_from, user, TestApp};

const TOKEN: &str = "123456789:AAEhBP0av28TNBuOzt_EoHWJG9g-SECRETSECRET";

/// The real bot on a fresh database, talking to `api`; killed when dropped.
struct Running(std::process::Child, #[allow(dead_code)] tempfile::TempDir);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(api: &FakeApi) -> Running {
    let dir = tempfile::tempdir().unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_recarga"))
        .env_clear()
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", &api.url)
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/bot.db", dir.path().display()),
        )
        .env("RECARGA_POLL_TIMEOUT_SECS", "1")
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    Running(child, dir)
}

/// The replies delivered to `chat` so far.
fn delivered_to(api: &FakeApi, chat: i64) -> Vec<String> {
    api.delivered()
        .iter()
        .filter(|m| m["chat_id"].as_i64() == Some(chat))
        .map(|m| m["text"].as_str().unwrap_or_default().to_owned())
        .collect()
}

async fn wait_for_replies(api: &FakeApi, chats: &[i64], timeout: Duration) {
    let deadline = tokio::time::Instant::now() + timeout;
    while tokio::time::Instant::now() < deadline {
        if chats
            .iter()
            .all(|chat| !delivered_to(api, *chat).is_empty())
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn replies_refused_with_429_or_502_are_retried_until_delivered_once_each() {
    let api = FakeApi::start().await;
    let _bot = start(&api);
    api.wait_for("getUpdates", 1, Duration::from_secs(30)).await;
    // Ten people write at once; Telegram answers the first replies with 429s (wait 1 s), one
    // chat's reply twice with a 502.
    api.inject(Fault {
        method: "sendmessage".into(),
        chat: None,
        times: 6,
        status: 429,
        body: fake_api::too_many_requests(1),
    });
    api.inject(Fault {
        method: "sendmessage".into(),
        chat: Some(105),
        times: 2,
        status: 502,
        body: serde_json::json!({"ok": false, "error_code": 502, "description": "Bad Gateway"}),
    });
    let chats: Vec<i64> = (100..110).collect();
    for chat in &chats {
        api.push_text(*chat, "es", "/help");
    }
    wait_for_replies(&api, &chats, Duration::from_secs(60)).await;
    for chat in &chats {
        let replies = delivered_to(&api, *chat);
        assert_eq!(replies.len(), 1, "chat {chat}: {replies:?}");
        assert!(replies[0].contains("/plans"), "chat {chat}: {replies:?}");
    }
    // Bounded, never a hot loop: 10 replies, 8 refusals, so 18 attempts at most.
    let attempts = api.calls("sendMessage").len();
    assert!(attempts <= 18, "{attempts} attempts");
}

#[tokio::test]
async fn a_reply_telegram_keeps_refusing_is_given_up_and_the_bot_goes_on() {
    let api = FakeApi::start().await;
    let _bot = start(&api);
    api.wait_for("getUpdates", 1, Duration::from_secs(30)).await;
    api.inject(Fault {
        method: "sendmessage".into(),
        chat: Some(200),
        times: 1000,
        status: 400,
        body: serde_json::json!({"ok": false, "error_code": 400,
                                 "description": "Bad Request: something the bot got wrong"}),
    });
    api.push_text(200, "en", "/help");
    api.push_text(201, "en", "/help");
    wait_for_replies(&api, &[201], Duration::from_secs(30)).await;
    assert_eq!(delivered_to(&api, 201).len(), 1, "the other user is served");
    tokio::time::sleep(Duration::from_secs(2)).await;
    let to_200 = api
        .calls("sendMessage")
        .iter()
        .filter(|m| m["chat_id"].as_i64() == Some(200))
        .count();
    // The reply and the apology, each tried once: a wrong request is not retried.
    assert!(
        to_200 <= 2,
        "{to_200} attempts for a request Telegram rejects"
    );
}

#[tokio::test]
async fn a_handler_that_panics_is_answered_with_an_apology_and_the_bot_serves_the_next_update() {
    let mut test = TestApp::new().await;
    test.app.panic_on = Some("boom".into());
    let ana = user(4100, "es");
    let mut bot = test.bot(text_from(&ana, "boom"));
    bot.dispatch().await;
    let apology = last_text(&bot);
    assert!(apology.contains("algo falló"), "{apology}");

    bot.update(text_from(&ana, "/help"));
    bot.dispatch().await;
    assert!(sent_texts(&bot).iter().any(|t| t.contains("/plans")));
}
