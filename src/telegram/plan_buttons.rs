//! The buttons under plans and reminders: change date, delete (with confirmation), renew, the
//! calendar file, and a reminder's "✅ Renewed" and "Remind me tomorrow".
use teloxide::types::{InputFile, MessageId};

use super::context::{App, Ctx};
use super::out::Out;
use super::plan_views::confirm_delete;
use super::reply::edit_or_send;
use super::{plans, HandlerResult};
use crate::i18n::{t, t_args};
use crate::reminders::{self, message};

/// Routes `plan:…`, `plans:…` and `rm:…` callback data.
pub async fn on_callback(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    msg: Option<MessageId>,
    data: &str,
) -> HandlerResult {
    let mut parts = data.split(':');
    let (scope, action) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    let number = parts.next().and_then(plans::plan_number);
    match (scope, action, number) {
        ("plans", "ics", _) => calendar(bot, app, ctx).await,
        ("plan", "keep", _) => edit_or_send(bot, ctx, msg, t(ctx.lang, "del-kept"), None).await,
        ("plan", "fix", Some(n)) => {
            if reminders::plan(&app.pool, ctx.user.id, n).await?.is_none() {
                return plans::not_found(bot, ctx, n).await;
            }
            reminders::expect_input(
                &app.pool,
                ctx.user.id,
                "fix-date",
                &n.to_string(),
                app.now().timestamp(),
            )
            .await?;
            let text = t_args(ctx.lang, "fix-type-date", &[("number", n.into())]);
            super::reply::send(bot, ctx.chat, text, None).await
        }
        ("plan", "del", Some(n)) => match reminders::plan(&app.pool, ctx.user.id, n).await? {
            Some(plan) => {
                let (text, keyboard) = confirm_delete(ctx.lang, &plan);
                super::reply::send(bot, ctx.chat, text, Some(keyboard)).await
            }
            None => plans::not_found(bot, ctx, n).await,
        },
        ("plan", "delok", Some(n)) => {
            if reminders::delete(&app.pool, ctx.user.id, n).await? {
                let text = t_args(ctx.lang, "del-done", &[("number", n.into())]);
                edit_or_send(bot, ctx, msg, text, None).await
            } else {
                plans::not_found(bot, ctx, n).await
            }
        }
        ("plan", "renew", Some(n)) | ("rm", "ok", Some(n)) => {
            plans::set_end(bot, app, ctx, n, None).await
        }
        ("rm", "tm", Some(n)) => {
            match reminders::snooze(&app.pool, ctx.user.id, n, app.now()).await? {
                Some(at) => {
                    app.wake.notify_one();
                    let settings = app.settings(ctx.user.id).await?;
                    let when = message::when(ctx.lang, at, &settings.zone);
                    super::reply::send(
                        bot,
                        ctx.chat,
                        t_args(ctx.lang, "snoozed", &[("when", when.into())]),
                        None,
                    )
                    .await
                }
                None => plans::not_found(bot, ctx, n).await,
            }
        }
        _ => {
            tracing::debug!(data, "plan callback with unknown data");
            Ok(())
        }
    }
}

/// Sends every plan's end as an .ics file a phone's calendar imports.
async fn calendar(bot: &Out, app: &App, ctx: &Ctx) -> HandlerResult {
    let plans = reminders::plans(&app.pool, ctx.user.id).await?;
    if plans.is_empty() {
        return super::reply::send(bot, ctx.chat, t(ctx.lang, "plans-empty"), None).await;
    }
    let ics = reminders::calendar(ctx.user.id, ctx.lang, &plans, app.now());
    let file = InputFile::memory(ics.into_bytes()).file_name("recarga.ics");
    super::reply::document(bot, ctx.chat, file, t(ctx.lang, "calendar-caption")).await
}
