//! The running bot: open the database, check the token with Telegram, set the localized menus,
//! then dispatch updates until `shutdown` resolves (SIGINT or SIGTERM in production). Like
//! mini-redis's `run(listener, shutdown)`, tests drive this same function.
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use teloxide::dispatching::Dispatcher;
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use teloxide::update_listeners::Polling;
use teloxide::{ApiError, RequestError};

use crate::config::{Config, ConfigError};
use crate::faq::{FaqSource, LiveFaq};
use crate::lines::LineRules;
use crate::reminders;
use crate::scheduler::Scheduler;
use crate::storage;
use crate::telegram::{self, App};

/// The longest wait between two attempts to reach Telegram at start-up.
const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// How much longer than the long poll the HTTP client waits for an answer. Telegram answers an
/// empty `getUpdates` when its `timeout` runs out; a client that gives up first turns every quiet
/// poll into a `TimedOut` error, and teloxide's back-off after it (doubling, up to a minute) made
/// the bot deaf after a quiet spell. Ten seconds covers a slow network's round trip.
const HTTP_MARGIN: Duration = Duration::from_secs(10);

/// The long poll `config` asks for, and the HTTP client timeout that must exceed it: both are
/// decided here, together, so that one cannot change without the other.
pub fn poll_timeouts(config: &Config) -> (Duration, Duration) {
    let poll = Duration::from_secs(config.poll_timeout_secs);
    (poll, poll + HTTP_MARGIN)
}

/// Builds the `Bot` for `config`: its token, an HTTP client whose timeout outlasts the long poll,
/// and, when set, the self-hosted Bot API URL.
pub fn bot(config: &Config) -> Result<Bot, ConfigError> {
    let (_, http_timeout) = poll_timeouts(config);
    let client = teloxide::net::default_reqwest_settings()
        .timeout(http_timeout)
        .build()
        .map_err(|error| ConfigError {
            var: "TELOXIDE_API_URL",
            problem: format!("cannot build the HTTP client: {error}"),
        })?;
    let bot = Bot::with_client(config.require_token()?, client);
    Ok(match &config.api_url {
        Some(url) => bot.set_api_url(url.clone()),
        None => bot,
    })
}

/// Runs the bot until `shutdown` resolves, then stops taking updates and lets the handlers in
/// flight finish.
pub async fn run(
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let bot = bot(&config)?;
    let (pool, health) = storage::open_with_health(&config.database_url).await?;
    let me = wait_for_telegram(&bot).await?;
    tracing::info!(username = me.username(), "connected to Telegram");
    if let Err(error) = telegram::set_menus(&bot).await {
        // The menu is a convenience; a bot without it still answers every command.
        tracing::warn!(%error, "could not set the command menus");
    }
    let (lines, faq) = knowledge(&config)?;
    let (poll_timeout, _) = poll_timeouts(&config);
    let (default_zone, lease_secs) = (config.default_tz, config.reminder_lease_secs);
    let retention_days = config.retention_days;
    let mut app = App::new(pool.clone(), config, Arc::new(faq));
    app.health = health;
    app.lines = lines.clone();
    let cancel = CancellationToken::new();
    let scheduler = Scheduler {
        pool,
        deliver: Arc::new(telegram::TelegramDeliver { bot: bot.clone() }),
        pacer: app.pacer.clone(),
        health: app.health.clone(),
        default_zone,
        wake: app.wake.clone(),
        clock: app.clock.clone(),
        lease_secs,
        lines,
        retention_days,
    };
    // One instance on SQLite: leases left by a crash are ours, take them back now (see README).
    reminders::reclaim_at_start(&scheduler.pool, (scheduler.clock)()).await?;
    let reminders = tokio::spawn(scheduler.run(cancel.clone()));
    dispatch(bot, app, poll_timeout, shutdown).await?;
    cancel.cancel();
    if let Err(error) = reminders.await {
        tracing::error!(%error, "the reminder scheduler ended abnormally");
    }
    tracing::info!("stopped");
    Ok(())
}

/// The line rules and the knowledge base from `RECARGA_FAQ_DIR` (or the embedded ones).
fn knowledge(config: &Config) -> Result<(Arc<LineRules>, LiveFaq), ConfigError> {
    let source = FaqSource::resolve(config.faq_dir.as_deref());
    let lines = Arc::new(LineRules::load(&source).map_err(|error| ConfigError {
        var: "RECARGA_FAQ_DIR",
        problem: format!("the line rules do not load (run `recarga check`):\n{error}"),
    })?);
    let faq = LiveFaq::open(source).map_err(|error| ConfigError {
        var: "RECARGA_FAQ_DIR",
        problem: format!("the knowledge base does not load (run `recarga check`):\n{error}"),
    })?;
    Ok((lines, faq))
}

/// Long-polls Telegram and handles updates until `shutdown`, then lets those in flight finish.
async fn dispatch(
    bot: Bot,
    app: App,
    poll_timeout: Duration,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let mut dispatcher = Dispatcher::builder(bot.clone(), telegram::schema())
        .dependencies(dptree::deps![app])
        .error_handler(LoggingErrorHandler::with_custom_text("a handler failed"))
        .build();
    let token = dispatcher.shutdown_token();
    tokio::spawn(async move {
        shutdown.await;
        tracing::info!("shutting down: finishing the updates in flight");
        // `shutdown` fails while the dispatcher is still starting; try again shortly.
        while token.shutdown().is_err() {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    let listener = Polling::builder(bot)
        .timeout(poll_timeout)
        .delete_webhook()
        .await
        .build();
    dispatcher
        .try_dispatch_with_listener(
            listener,
            LoggingErrorHandler::with_custom_text("getting updates failed"),
        )
        .await?;
    Ok(())
}

/// Calls `getMe` until Telegram answers: a rejected token is a configuration error; a network
/// failure is retried with exponential backoff (a cheap server's connection comes and goes).
async fn wait_for_telegram(bot: &Bot) -> anyhow::Result<teloxide::types::Me> {
    let mut delay = Duration::from_secs(1);
    loop {
        match bot.get_me().await {
            Ok(me) => return Ok(me),
            Err(RequestError::Api(ApiError::InvalidToken)) => {
                return Err(ConfigError {
                    var: "TELOXIDE_TOKEN",
                    problem: "was rejected by Telegram (401): copy it again from @BotFather, \
                              or revoke it there and use the new one"
                        .into(),
                }
                .into());
            }
            Err(error) => {
                tracing::warn!(%error, retry_in = ?delay, "cannot reach Telegram");
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(MAX_BACKOFF);
            }
        }
    }
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM (what `systemctl stop` and `docker stop` send);
/// teloxide's own Ctrl-C handler ignores SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
