//! What every handler receives: `App` (shared state, the one dptree dependency) and `Ctx` (who
//! wrote, in which chat, in which language), built once per update.
use std::sync::Arc;

use chrono::{DateTime, Utc};
use sqlx::AnyPool;
use teloxide::types::{ChatId, User as TgUser, UserId};

use tokio::sync::Notify;

use crate::clock::Clock;
use crate::config::Config;
use crate::faq::LiveFaq;
use crate::lang::Lang;
use crate::lines::LineRules;
use crate::pacing::{Flood, Limits, Pacer};
use crate::reminders::{self, Settings, UserZone};
use crate::storage::Health;
use crate::users::{self, User};

/// Shared state handed to every handler.
#[derive(Clone)]
pub struct App {
    /// The database.
    pub pool: AnyPool,
    /// The settings the bot started with.
    pub config: Arc<Config>,
    /// The current time.
    pub clock: Clock,
    /// The knowledge base the FAQ answers from.
    pub faq: Arc<LiveFaq>,
    /// Wakes the reminder scheduler after a plan or a setting changed.
    pub wake: Arc<Notify>,
    /// The bot's one pacer: replies and reminders share Telegram's limits through it.
    pub pacer: Arc<Pacer>,
    /// A message text that makes the handler tree panic, to prove one bad update never stops
    /// the bot. Only tests set it; it is `None` in every running bot.
    pub panic_on: Option<String>,
    /// Whether the database is in trouble: one ERROR per episode, one INFO when it recovers.
    pub health: Health,
    /// The sourced rules a line's dates come from (`locales/line-rules.toml`).
    pub lines: Arc<LineRules>,
    /// The per-user limit on questions and commands.
    pub flood: Arc<Flood>,
}

impl App {
    /// An `App` reading the system clock.
    pub fn new(pool: AnyPool, config: Config, faq: Arc<LiveFaq>) -> App {
        App {
            pool,
            config: Arc::new(config),
            clock: Arc::new(Utc::now),
            faq,
            wake: Arc::new(Notify::new()),
            pacer: Arc::new(Pacer::new(Limits::TELEGRAM)),
            panic_on: None,
            health: Health::new(),
            lines: Arc::new(LineRules::embedded()),
            flood: Arc::new(Flood::standard()),
        }
    }

    /// The current time, as this app sees it.
    pub fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    /// Whether the user with this id is one of the bot's operators (`RECARGA_ADMINS`).
    pub fn is_admin(&self, user: i64) -> bool {
        u64::try_from(user).is_ok_and(|id| self.config.is_admin(UserId(id)))
    }

    /// The zone of users who have not chosen one.
    pub fn default_zone(&self) -> UserZone {
        self.config.default_tz
    }

    /// A user's reminder settings.
    pub async fn settings(&self, user: i64) -> sqlx::Result<Settings> {
        reminders::settings(&self.pool, user, &self.config.default_tz).await
    }
}

/// Who wrote, where, and the language to answer in.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// The user's row, refreshed by this update.
    pub user: User,
    /// The chat to answer in.
    pub chat: ChatId,
    /// The language to answer in.
    pub lang: Lang,
    /// The user's first name, for greetings (not escaped).
    pub first_name: String,
}

impl Ctx {
    /// Records the contact (first contact creates the row), ends a block of the bot if there
    /// was one, and builds the context.
    /// An id that does not fit the database's `i64` (Telegram's ids use 52 bits) is an error,
    /// never another user's row.
    pub async fn load(app: &App, from: &TgUser, chat: ChatId) -> anyhow::Result<Ctx> {
        let id = i64::try_from(from.id.0)
            .map_err(|_| anyhow::anyhow!("Telegram user id {} does not fit in i64", from.id.0))?;
        let mut user = users::touch(
            &app.pool,
            id,
            from.language_code.as_deref(),
            app.now().into(),
        )
        .await?;
        // Writing again after blocking the bot: the block is over, and the reminders it
        // parked fall due again (those already due go out now, marked late).
        if user.blocked && reminders::unblock_user(&app.pool, id).await? {
            user.blocked = false;
            app.wake.notify_one();
        }
        Ok(Ctx {
            lang: user.lang(),
            user,
            chat,
            first_name: from.first_name.clone(),
        })
    }
}
