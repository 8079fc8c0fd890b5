//! The router: the one place every update is routed from. Messages first decide whether they
//! are for us at all (every private message; in groups only commands addressed to this bot),
//! then get a `Ctx`, then go to the command, the fallback for unknown commands, or the
//! private-chat fallback. Callback queries get their own `Ctx` and a router on their data.
//! Every endpoint runs inside `guarded`: an error or a panic in one update is logged with its
//! id and answered with an apology, and the bot goes on serving everyone else. Commands are
//! routed in `command`, button presses in `callback`, other private texts in `text`; the
//! handlers never route back here.
use std::future::Future;
use std::panic::AssertUnwindSafe;

use futures::FutureExt;
use teloxide::dispatching::{DpHandlerDescription, UpdateFilterExt, UpdateHandler};
use teloxide::dptree;
use teloxide::prelude::*;
use teloxide::types::{Me, UpdateId, User as TgUser};

use super::commands::Command;
use super::context::{App, Ctx};
use super::out::Out;
use super::reply::{self, HandlerResult};
use crate::i18n::t;
use crate::lang::Lang;
use crate::pacing::Verdict;
use crate::storage::Health;

mod callback;
mod command;
mod text;

/// The whole update tree; its only dependency is an `App` (plus the `Bot` and `Me` that the
/// dispatcher provides).
pub fn schema() -> UpdateHandler<anyhow::Error> {
    dptree::entry()
        // Handlers send through `Out` (paced, retried), never through the bare `Bot`.
        .map(|bot: Bot, app: App| Out::new(bot, app.pacer.clone()))
        .branch(messages())
        .branch(
            Update::filter_callback_query()
                .filter_map_async(callback_ctx)
                .endpoint(
                    |out: Out, app: App, ctx: Ctx, query: CallbackQuery, update: Update| {
                        let health = app.health.clone();
                        let work = callback::on_callback(out.clone(), app, ctx.clone(), query);
                        guarded(out, health, ctx, update.id, work)
                    },
                ),
        )
}

/// Runs one handler so that neither its error nor its panic reaches the dispatcher: either is
/// logged with the update's id (never the user's text) and the user gets an apology.
pub async fn guarded(
    out: Out,
    health: Health,
    ctx: Ctx,
    update: UpdateId,
    work: impl Future<Output = HandlerResult>,
) -> HandlerResult {
    let failure = match AssertUnwindSafe(work).catch_unwind().await {
        Ok(Ok(())) => {
            health.succeeded();
            return Ok(());
        }
        // The database in trouble: one ERROR per episode (from `Health`), not one per update.
        Ok(Err(error)) if health.failed(&error) => {
            tracing::debug!(update = update.0, error = %format!("{error:#}"), "an update failed on the database");
            return apologise(&out, &ctx).await;
        }
        Ok(Err(error)) => format!("{error:#}"),
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            format!("panic: {what}")
        }
    };
    tracing::error!(update = update.0, user = ctx.user.id, %failure, "an update failed; the user got an apology");
    apologise(&out, &ctx).await
}

async fn apologise(out: &Out, ctx: &Ctx) -> HandlerResult {
    if let Err(error) = reply::send(out, ctx.chat, t(ctx.lang, "error-generic"), None).await {
        tracing::warn!(%error, "the apology could not be sent either");
    }
    Ok(())
}

fn messages() -> dptree::Handler<'static, HandlerResult, DpHandlerDescription> {
    Update::filter_message()
        .branch(
            dptree::filter(is_for_us)
                .filter_map_async(message_ctx)
                .filter_async(within_limit)
                .branch(dptree::filter(is_panic_trigger).endpoint(
                    |out: Out, app: App, ctx: Ctx, update: Update| {
                        guarded(out, app.health.clone(), ctx, update.id, async {
                            panic!("a test asked this handler to panic")
                        })
                    },
                ))
                .branch(
                    dptree::entry()
                        .filter_command::<Command>()
                        .filter(allowed)
                        .endpoint(
                            |out: Out, app: App, ctx: Ctx, me: Me, cmd: Command, update: Update| {
                                let health = app.health.clone();
                                let work =
                                    command::on_command(out.clone(), app, ctx.clone(), me, cmd);
                                guarded(out, health, ctx, update.id, work)
                            },
                        ),
                )
                .branch(dptree::filter(is_command).endpoint(
                    |out: Out, app: App, ctx: Ctx, msg: Message, update: Update| {
                        let work = text::unknown_command(out.clone(), ctx.clone(), msg);
                        guarded(out, app.health.clone(), ctx, update.id, work)
                    },
                ))
                .branch(dptree::endpoint(
                    |out: Out, app: App, ctx: Ctx, msg: Message, update: Update| {
                        let health = app.health.clone();
                        let work = text::private_message(out.clone(), app, ctx.clone(), msg);
                        guarded(out, health, ctx, update.id, work)
                    },
                )),
        )
        // Group chatter, other bots' commands, channel posts: not ours, and not worth a log line.
        .branch(dptree::endpoint(|| async { Ok(()) }))
}

/// The first word of a message if it is a command (`/name` or `/name@bot`).
fn command_word(msg: &Message) -> Option<&str> {
    msg.text()
        .and_then(|text| text.split_whitespace().next())
        .filter(|word| word.starts_with('/') && word.len() > 1)
}

/// Private messages are always for us; in groups, only commands bare or addressed to us.
fn is_for_us(msg: Message, me: Me) -> bool {
    if msg.from.is_none() {
        return false;
    }
    if msg.chat.is_private() {
        return true;
    }
    command_word(&msg).is_some_and(|word| match word.split_once('@') {
        Some((_, name)) => name.eq_ignore_ascii_case(me.username()),
        None => true,
    })
}

/// The per-user limit on questions and commands: over it, one polite reply, then silence until
/// the window passes (so one flooder cannot make Telegram throttle the bot for everyone).
async fn within_limit(bot: Out, app: App, ctx: Ctx) -> bool {
    match app.flood.check(ctx.user.id, app.now()) {
        Verdict::Allow => true,
        Verdict::Warn => {
            tracing::info!(
                user = ctx.user.id,
                "a user is over the message limit; told once"
            );
            let _ = reply::send(&bot, ctx.chat, t(ctx.lang, "flood-slow-down"), None).await;
            false
        }
        Verdict::Drop => false,
    }
}

/// Whether the sender may use `cmd`: an admin-only command from anyone else falls through to
/// the unknown-command branch, so it gets exactly the reply "/nosuchcommand" gets. An admin's
/// too, in a group: `/stats` shows what users asked, which a group must not see.
fn allowed(app: App, ctx: Ctx, cmd: Command) -> bool {
    let private = ctx.chat.0 == ctx.user.id;
    !cmd.admin_only() || (private && app.is_admin(ctx.user.id))
}

/// The test-only trigger of `App::panic_on`.
fn is_panic_trigger(app: App, msg: Message) -> bool {
    app.panic_on.is_some() && msg.text() == app.panic_on.as_deref()
}

fn is_command(msg: Message) -> bool {
    command_word(&msg).is_some()
}

async fn message_ctx(bot: Out, app: App, msg: Message) -> Option<Ctx> {
    let from = msg.from.as_ref()?;
    match Ctx::load(&app, from, msg.chat.id).await {
        Ok(ctx) => Some(ctx),
        Err(error) => {
            report_failure(&bot, &app.health, msg.chat.id, from, error).await;
            None
        }
    }
}

/// The `Ctx` of a button press: the chat of the message under which it was pressed, else the
/// presser's private chat. A presser whose id is no chat id (beyond `i64`) with no message to
/// answer under is logged and dropped, never sent to chat 0.
async fn callback_ctx(bot: Out, app: App, query: CallbackQuery) -> Option<Ctx> {
    let chat = match query.message.as_ref() {
        Some(message) => message.chat().id,
        None => match i64::try_from(query.from.id.0) {
            Ok(id) => ChatId(id),
            Err(_) => {
                tracing::warn!(
                    user = query.from.id.0,
                    "a button press from a user id beyond i64, with no message; dropped"
                );
                return None;
            }
        },
    };
    match Ctx::load(&app, &query.from, chat).await {
        Ok(ctx) => Some(ctx),
        Err(error) => {
            report_failure(&bot, &app.health, chat, &query.from, error).await;
            let _ = reply::answer(&bot, chat, query.id.clone(), None).await;
            None
        }
    }
}

/// Tells the user something failed on our side (the database, usually) and logs why: a
/// database trouble once per episode (through `Health`), anything else every time.
pub async fn report_failure(
    bot: &Out,
    health: &Health,
    chat: ChatId,
    from: &TgUser,
    error: anyhow::Error,
) {
    if health.failed(&error) {
        tracing::debug!(error = %format!("{error:#}"), user = from.id.0, "cannot load the user; apologised");
    } else {
        tracing::error!(error = %format!("{error:#}"), user = from.id.0, "cannot load the user; answering with an apology");
    }
    let lang = Lang::from_telegram(from.language_code.as_deref());
    let _ = reply::send(bot, chat, t(lang, "error-generic"), None).await;
}
