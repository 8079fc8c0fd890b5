//! The plan commands: `/add`, `/plans`, `/del`, `/renew` (the settings are in `settings`). Each
//! parses its argument with the reminders module, calls one domain operation, and replies
//! with what was understood; a mistake gets a localized explanation and changes nothing.
use super::errors::{add_error, refusal};
use super::views::{confirm_delete, plan_saved, plans_list};
use super::{add_flow, renewal};
use crate::i18n::{t, t_args};
use crate::reminders::{self, AddError, PlanError};
use crate::telegram::context::{App, Ctx};
use crate::telegram::out::Out;
use crate::telegram::reply::{self, Answer, HandlerResult};

/// `/add [<end> [operator] [label]]`: without arguments, the guided flow.
pub async fn add(bot: &Out, app: &App, ctx: &Ctx, args: &str) -> HandlerResult {
    if args.trim().is_empty() {
        return add_flow::start(bot, app, ctx).await;
    }
    let settings = app.settings(ctx.user.id).await?;
    let draft = match reminders::parse_add(args, app.now(), &settings.zone) {
        Ok(draft) => draft,
        Err(error) => return reply::send(bot, ctx.chat, add_error(ctx, &error), None).await,
    };
    match reminders::add(&app.pool, ctx.user.id, &draft, &settings, app.now()).await {
        Ok(plan) => {
            app.wake.notify_one();
            let (text, keyboard) = plan_saved(app, ctx, &plan, &settings).await?;
            reply::send(bot, ctx.chat, text, Some(keyboard)).await
        }
        Err(error) => {
            let text = refusal(ctx, error)?;
            reply::send(bot, ctx.chat, text, None).await
        }
    }
}

/// `/plans`: the first page of plans with their next reminders, and buttons.
pub async fn list(bot: &Out, app: &App, ctx: &Ctx) -> HandlerResult {
    let (text, keyboard) = plans_list(app, ctx, 1).await?;
    reply::send(bot, ctx.chat, text, Some(keyboard)).await
}

/// Parses a plan number argument ("3" or "#3").
pub fn plan_number(arg: &str) -> Option<i64> {
    arg.trim()
        .trim_start_matches('#')
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
}

/// `/del <id>`: asks for confirmation.
pub async fn delete(bot: &Out, app: &App, ctx: &Ctx, args: &str) -> HandlerResult {
    let Some(number) = plan_number(args) else {
        return reply::send(bot, ctx.chat, t(ctx.lang, "del-usage"), None).await;
    };
    match reminders::plan(&app.pool, ctx.user.id, number).await? {
        Some(plan) => {
            let (text, keyboard) = confirm_delete(ctx.lang, &plan);
            reply::send(bot, ctx.chat, text, Some(keyboard)).await
        }
        None => not_found(bot, ctx, number).await,
    }
}

/// Tells the user they have no plan with that number (whoever else might).
pub async fn not_found(bot: &Out, ctx: &Ctx, number: i64) -> HandlerResult {
    let text = t_args(ctx.lang, "plan-not-found", &[("number", number.into())]);
    reply::send(bot, ctx.chat, text, None).await
}

/// `/renew <id> [<end>]`: without an end, the same confirmation as the 🔄 button; with one,
/// saved at once and answered "Renewed until …" with Undo.
pub async fn renew(bot: &Out, app: &App, ctx: &Ctx, args: &str) -> HandlerResult {
    let mut parts = args.trim().splitn(2, char::is_whitespace);
    let Some(number) = parts.next().and_then(plan_number) else {
        return reply::send(bot, ctx.chat, t(ctx.lang, "renew-usage"), None).await;
    };
    let settings = app.settings(ctx.user.id).await?;
    let answer = match parts.next().map(str::trim).filter(|s| !s.is_empty()) {
        None => renewal::ask(bot, app, ctx, None, number, false).await?,
        Some(text) => match reminders::parse_end(text, app.now(), &settings.zone) {
            Ok(end) => renewal::save(bot, app, ctx, None, number, end.into()).await?,
            Err(error) => {
                let text = add_error(ctx, &AddError::When(error));
                return reply::send(bot, ctx.chat, text, None).await;
            }
        },
    };
    if answer == Answer::Expired {
        not_found(bot, ctx, number).await?;
    }
    Ok(())
}

/// Moves a plan's end (a typed correction; `None`: the same period again) and replies with the
/// new schedule and an Undo button, or with why the end was refused. False when the user has no
/// such plan: nothing was sent, the caller says so its own way.
pub async fn set_end(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    number: i64,
    end: Option<reminders::NewEnd>,
) -> anyhow::Result<bool> {
    let settings = app.settings(ctx.user.id).await?;
    let text =
        match reminders::set_end(&app.pool, ctx.user.id, number, end, &settings, app.now()).await {
            Ok(plan) => {
                app.wake.notify_one();
                let (text, mut keyboard) = plan_saved(app, ctx, &plan, &settings).await?;
                keyboard
                    .inline_keyboard
                    .extend(renewal::undo_keyboard(ctx, number).inline_keyboard);
                reply::send(bot, ctx.chat, text, Some(keyboard)).await?;
                return Ok(true);
            }
            Err(PlanError::NotFound) => return Ok(false),
            Err(error) => refusal(ctx, error)?,
        };
    reply::send(bot, ctx.chat, text, None).await?;
    Ok(true)
}

#[cfg(test)]
mod tests;
