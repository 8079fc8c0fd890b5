//! The handler tree. Messages first decide whether they are for us at all (every private
//! message; in groups only commands addressed to this bot), then get a `Ctx`, then go to the
//! command, the fallback for unknown commands, or the private-chat fallback. Callback queries
//! get their own `Ctx` and a router on their data.
use teloxide::dispatching::{DpHandlerDescription, UpdateFilterExt, UpdateHandler};
use teloxide::dptree;
use teloxide::prelude::*;
use teloxide::types::Me;

use super::commands::Command;
use super::context::{App, Ctx};
use super::{callbacks, fallback, start};

/// What every handler returns: user mistakes are replies, so an `Err` is a real failure.
pub type HandlerResult = anyhow::Result<()>;

/// The whole update tree; its only dependency is an `App` (plus the `Bot` and `Me` that the
/// dispatcher provides).
pub fn schema() -> UpdateHandler<anyhow::Error> {
    dptree::entry().branch(messages()).branch(
        Update::filter_callback_query()
            .filter_map_async(callback_ctx)
            .endpoint(callbacks::on_callback),
    )
}

fn messages() -> dptree::Handler<'static, HandlerResult, DpHandlerDescription> {
    Update::filter_message()
        .branch(
            dptree::filter(is_for_us)
                .filter_map_async(message_ctx)
                .branch(
                    dptree::entry()
                        .filter_command::<Command>()
                        .endpoint(start::on_command),
                )
                .branch(dptree::filter(is_command).endpoint(fallback::unknown_command))
                .branch(dptree::endpoint(fallback::private_message)),
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

fn is_command(msg: Message) -> bool {
    command_word(&msg).is_some()
}

async fn message_ctx(bot: Bot, app: App, msg: Message) -> Option<Ctx> {
    let from = msg.from.as_ref()?;
    match Ctx::load(&app, from, msg.chat.id).await {
        Ok(ctx) => Some(ctx),
        Err(error) => {
            fallback::report_failure(&bot, msg.chat.id, from, &error).await;
            None
        }
    }
}

async fn callback_ctx(bot: Bot, app: App, query: CallbackQuery) -> Option<Ctx> {
    let chat = query
        .message
        .as_ref()
        .map(|m| m.chat().id)
        .unwrap_or(ChatId(i64::try_from(query.from.id.0).unwrap_or_default()));
    match Ctx::load(&app, &query.from, chat).await {
        Ok(ctx) => Some(ctx),
        Err(error) => {
            fallback::report_failure(&bot, chat, &query.from, &error).await;
            let _ = bot.answer_callback_query(query.id.clone()).await;
            None
        }
    }
}
