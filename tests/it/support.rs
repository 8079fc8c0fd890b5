//! Helpers that let a test read like a user's story: a fresh app on a temporary database, a
//! mocked bot around the real handler tree, and short accessors for what the bot sent.
#![allow(dead_code)]

pub mod fake_api;

use std::sync::{Arc, Mutex, OnceLock};

use chrono::{DateTime, TimeZone, Utc};
use recarga::config::Config;
use recarga::faq::{FaqSource, LiveFaq};
use recarga::telegram::{schema, App};
use teloxide::dptree::deps;
use teloxide::types::{InlineKeyboardMarkup, ReplyMarkup, User};
use teloxide_tests::{IntoUpdate, MockBot, MockMessageText, MockUser};

/// The distribution key teloxide_tests uses by default.
pub type Key = teloxide_tests::mock_bot::DistributionKey;

/// A user of the tests, with Telegram's language code.
pub fn user(id: u64, language_code: &str) -> User {
    MockUser::new()
        .id(id)
        .first_name("Ana")
        .language_code(language_code.to_owned())
        .build()
}

/// A private text message from `user`.
pub fn text_from(user: &User, text: &str) -> MockMessageText {
    MockMessageText::new().text(text).from(user.clone()).chat(
        teloxide_tests::MockPrivateChat::new()
            .id(user.id.0 as i64)
            .build(),
    )
}

/// The shipped knowledge base, loaded once per test binary (it is read-only).
pub fn shipped_faq() -> Arc<LiveFaq> {
    static FAQ: OnceLock<Arc<LiveFaq>> = OnceLock::new();
    FAQ.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        Arc::new(LiveFaq::open(FaqSource::Dir(dir)).expect("the shipped knowledge base loads"))
    })
    .clone()
}

/// A new, empty PostgreSQL database next to the one `admin` names (a URL whose user may create
/// databases); its URL. Used when `RECARGA_TEST_POSTGRES` is set, so the same handler and
/// scheduler tests run on PostgreSQL: `scripts/postgres-tests.sh`.
async fn fresh_postgres(admin: &str) -> String {
    use sqlx::Connection;
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let name = format!("recarga_test_{}_{n}", std::process::id());
    let mut conn = sqlx::postgres::PgConnection::connect(admin)
        .await
        .expect("connect to PostgreSQL");
    sqlx::query(&format!("create database {name}"))
        .execute(&mut conn)
        .await
        .expect("create database");
    let mut url = url::Url::parse(admin).expect("RECARGA_TEST_POSTGRES is a URL");
    url.set_path(&name);
    url.to_string()
}

/// A tap by `user` on a button of a bot message in their private chat.
pub fn tap(user: &User, data: &str) -> teloxide_tests::MockCallbackQuery {
    let menu = MockMessageText::new()
        .text("menu")
        .chat(
            teloxide_tests::MockPrivateChat::new()
                .id(user.id.0 as i64)
                .build(),
        )
        .build();
    teloxide_tests::MockCallbackQuery::new()
        .data(data)
        .from(user.clone())
        .message(menu)
}

/// An app on a fresh temporary SQLite file, with a clock the test controls.
pub struct TestApp {
    pub app: App,
    pub now: Arc<Mutex<DateTime<Utc>>>,
    _dir: tempfile::TempDir,
}

impl TestApp {
    /// The real reminder scheduler over this app's database, clock and pacer, sending to the
    /// Bot API at `api_url` (a `fake_api::FakeApi`), with a 300 s lease and Lima as default zone.
    pub fn scheduler(&self, api_url: &str) -> recarga::scheduler::Scheduler {
        let bot = teloxide::Bot::new("123456789:AAEhBP0av28TNBuOzt_EoHWJG9g-SECRETSECRET")
            .set_api_url(api_url.parse().expect("a loopback URL"));
        recarga::scheduler::Scheduler {
            pool: self.app.pool.clone(),
            deliver: Arc::new(recarga::telegram::TelegramDeliver { bot }),
            pacer: self.app.pacer.clone(),
            health: self.app.health.clone(),
            default_zone: recarga::reminders::UserZone::LIMA,
            wake: self.app.wake.clone(),
            clock: self.app.clock.clone(),
            lease_secs: 300,
            retention_days: 90,
            lines: self.app.lines.clone(),
        }
    }

    pub async fn new() -> TestApp {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = match std::env::var("RECARGA_TEST_POSTGRES") {
            Ok(admin) => fresh_postgres(&admin).await,
            Err(_) => format!("sqlite://{}/test.db", dir.path().display()),
        };
        let config = Config::from_lookup(|name| match name {
            "DATABASE_URL" => Some(url.clone()),
            "RECARGA_ADMINS" => Some("999".into()),
            _ => None,
        })
        .expect("test config is valid");
        let pool = if config.database_url.starts_with("postgres") {
            // teloxide_tests runs every dispatch in a runtime of its own: a pooled PostgreSQL
            // connection would die with the runtime that opened it, so none is kept.
            sqlx::any::install_default_drivers();
            let pool = sqlx::any::AnyPoolOptions::new()
                .after_release(|_, _| Box::pin(async { Ok(false) }))
                .connect(&config.database_url)
                .await
                .expect("connect to PostgreSQL");
            recarga::storage::migrate(&pool).await.expect("migrate");
            pool
        } else {
            recarga::storage::open(&config.database_url)
                .await
                .expect("open db")
        };
        let now = Arc::new(Mutex::new(
            Utc.with_ymd_and_hms(2026, 11, 25, 15, 0, 0).unwrap(),
        ));
        let clock_now = now.clone();
        let mut app = App::new(pool, config, shipped_faq());
        app.clock = Arc::new(move || *clock_now.lock().unwrap());
        // The clock stands still in tests, and many send dozens of messages as one user: the
        // per-user limit is tested on its own (`limits`), with the bot's standard limiter.
        app.flood = Arc::new(recarga::pacing::Flood::new(
            u32::MAX,
            chrono::TimeDelta::minutes(1),
        ));
        TestApp {
            app,
            now,
            _dir: dir,
        }
    }

    /// A mocked bot that will dispatch `update` through the real handler tree.
    pub fn bot(&self, update: impl IntoUpdate) -> MockBot<anyhow::Error, Key> {
        let mut bot = MockBot::new(update, schema());
        bot.dependencies(deps![self.app.clone()]);
        bot
    }

    /// The language stored for a user, if any.
    pub async fn stored_language(&self, user: u64) -> Option<String> {
        sqlx::query_scalar::<_, Option<String>>(r#"select language from "user" where id = $1"#)
            .bind(user as i64)
            .fetch_optional(&self.app.pool)
            .await
            .expect("query")
            .flatten()
    }
}

/// The texts of every message the last dispatch sent.
pub fn sent_texts(bot: &MockBot<anyhow::Error, Key>) -> Vec<String> {
    bot.get_responses()
        .sent_messages_text
        .iter()
        .map(|m| m.bot_request.text.clone())
        .collect()
}

/// The texts of messages edited by the last dispatch.
pub fn edited_texts(bot: &MockBot<anyhow::Error, Key>) -> Vec<String> {
    bot.get_responses()
        .edited_messages_text
        .iter()
        .map(|m| m.bot_request.text.clone())
        .collect()
}

/// The text of the last message sent, panicking with a clear message when there was none.
pub fn last_text(bot: &MockBot<anyhow::Error, Key>) -> String {
    let texts = sent_texts(bot);
    let text = texts.last().cloned().expect("the bot sent no message");
    assert!(
        !text.contains("Unknown localization"),
        "a locale key is missing: {text}"
    );
    text
}

/// The inline keyboard of the last message sent.
pub fn last_keyboard(bot: &MockBot<anyhow::Error, Key>) -> InlineKeyboardMarkup {
    let responses = bot.get_responses();
    let last = responses
        .sent_messages_text
        .last()
        .expect("the bot sent no message");
    match &last.bot_request.reply_markup {
        Some(ReplyMarkup::InlineKeyboard(keyboard)) => keyboard.clone(),
        other => panic!("expected an inline keyboard, got {other:?}"),
    }
}

/// The callback data of every button of a keyboard, row by row.
pub fn callback_data(keyboard: &InlineKeyboardMarkup) -> Vec<String> {
    use teloxide::types::InlineKeyboardButtonKind;
    keyboard
        .inline_keyboard
        .iter()
        .flatten()
        .filter_map(|button| match &button.kind {
            InlineKeyboardButtonKind::CallbackData(data) => Some(data.clone()),
            _ => None,
        })
        .collect()
}

/// The toast of the last button press answered.
pub fn toast(bot: &MockBot<anyhow::Error, Key>) -> Option<String> {
    let answered = bot.get_responses().answered_callback_queries;
    answered.last().and_then(|a| a.text.clone())
}

/// Every text the last dispatch sent or edited, with its keyboard.
pub fn outputs(bot: &MockBot<anyhow::Error, Key>) -> Vec<(String, Option<InlineKeyboardMarkup>)> {
    let responses = bot.get_responses();
    let keyboard = |markup: &Option<ReplyMarkup>| match markup {
        Some(ReplyMarkup::InlineKeyboard(keyboard)) => Some(keyboard.clone()),
        _ => None,
    };
    let sent = responses.sent_messages_text.iter().map(|m| {
        (
            m.bot_request.text.clone(),
            keyboard(&m.bot_request.reply_markup),
        )
    });
    let edited = responses.edited_messages_text.iter().map(|m| {
        (
            m.bot_request.text.clone(),
            keyboard(&m.bot_request.reply_markup),
        )
    });
    sent.chain(edited).collect()
}

/// The real scheduler sending to a fake Bot API, over the test app's database and clock.
pub struct World {
    pub app: TestApp,
    pub api: fake_api::FakeApi,
    pub scheduler: recarga::scheduler::Scheduler,
}

/// A fresh app, a fake Bot API, and the scheduler between them.
pub async fn world() -> World {
    let app = TestApp::new().await;
    let api = fake_api::FakeApi::start().await;
    let scheduler = app.scheduler(&api.url);
    World {
        app,
        api,
        scheduler,
    }
}

impl World {
    /// `user` (Telegram language `lang`; leads `leads` when given, else the default) with a
    /// 30-day Claro plan ending at `end` (with its time of day when `has_time`), added at `at`.
    pub async fn add_claro_plan(
        &self,
        user: i64,
        lang: &str,
        leads: Option<&str>,
        (end, has_time): (DateTime<Utc>, bool),
        at: DateTime<Utc>,
    ) {
        use recarga::reminders::{self, Change, Draft, Operator, UserZone};
        let pool = &self.app.app.pool;
        recarga::users::touch(pool, user, Some(lang), at.into())
            .await
            .unwrap();
        if let Some(leads) = leads {
            let change = Change::Leads(reminders::parse_leads(leads).unwrap());
            recarga::preferences::change_settings(pool, user, change, &UserZone::LIMA, at)
                .await
                .unwrap();
        }
        let settings = self.app.app.settings(user).await.unwrap();
        let draft = Draft {
            operator: Operator::Claro,
            label: None,
            ends_at: end,
            has_time,
            period_days: 30,
            period_known: true,
        };
        reminders::add(pool, user, &draft, &settings, at)
            .await
            .unwrap();
    }
}
