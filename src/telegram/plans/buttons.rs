//! The buttons under plans and reminders: change date, delete (with confirmation), renew (with
//! its confirmation and Undo, see `renewal`), the pages of `/plans`, the calendar file, and a
//! reminder's "✅ Renewed" and snooze choices. A plan number that is not the user's (stale or
//! forged) is an expired button.
use chrono::{DateTime, Utc};
use teloxide::types::{InputFile, MessageId};

use super::renewal;
use super::views::{confirm_delete, plans_list};
use crate::clock::Timestamp;
use crate::i18n::{t, t_args};
use crate::reminders::{self, message, PlanError, SnoozeChoice, Snoozed};
use crate::telegram::awaiting::{self, Awaiting};
use crate::telegram::callback_data::PlanCb;
use crate::telegram::context::{App, Ctx};
use crate::telegram::out::Out;
use crate::telegram::reply::{self, edit_or_send, Answer, HandlerResult};

/// Acts on a plan button; `msg` is the message holding it.
pub async fn on_callback(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    msg: Option<MessageId>,
    cb: PlanCb,
) -> anyhow::Result<Answer> {
    let user = ctx.user.id;
    match cb {
        PlanCb::Calendar => calendar(bot, app, ctx).await?,
        PlanCb::Page(page) => {
            let page = usize::try_from(page).unwrap_or(1);
            let (text, keyboard) = plans_list(app, ctx, page).await?;
            edit_or_send(bot, ctx, msg, text, Some(keyboard)).await?
        }
        PlanCb::Keep => edit_or_send(bot, ctx, msg, t(ctx.lang, "del-kept"), None).await?,
        PlanCb::Fix(n) => return ask_fix(bot, app, ctx, n).await,
        PlanCb::Delete(n) => return ask_delete(bot, app, ctx, n).await,
        PlanCb::DeleteConfirmed(n) => {
            if !reminders::delete(&app.pool, user, n).await? {
                return Ok(Answer::Expired);
            }
            let text = t_args(ctx.lang, "del-done", &[("number", n.into())]);
            edit_or_send(bot, ctx, msg, text, None).await?
        }
        PlanCb::Renew(n) | PlanCb::Renewed(n) => {
            return renewal::ask(bot, app, ctx, msg, n, false).await
        }
        PlanCb::RenewChoices(n) => return renewal::ask(bot, app, ctx, msg, n, true).await,
        PlanCb::RenewTo {
            number,
            ends_at,
            days,
        } => return renew_to(bot, app, ctx, msg, number, ends_at, days).await,
        PlanCb::Undo(n) => return renewal::undo(bot, app, ctx, msg, n).await,
        PlanCb::Tomorrow(n) => return snooze(bot, app, ctx, n, SnoozeChoice::Tomorrow).await,
        PlanCb::Snooze(n, choice) => return snooze(bot, app, ctx, n, choice).await,
    }
    Ok(Answer::Done)
}

/// "Change date" under plan `n`: waits for the new end, typed.
async fn ask_fix(bot: &Out, app: &App, ctx: &Ctx, n: i64) -> anyhow::Result<Answer> {
    let user = ctx.user.id;
    if reminders::plan(&app.pool, user, n).await?.is_none() {
        return Ok(Answer::Expired);
    }
    let now = Timestamp::of(app.now());
    awaiting::expect(&app.pool, user, &Awaiting::FixDate(n), now).await?;
    let text = t_args(ctx.lang, "fix-type-date", &[("number", n.into())]);
    reply::send(bot, ctx.chat, text, None).await?;
    Ok(Answer::Done)
}

/// "Delete" under plan `n`: asks first.
async fn ask_delete(bot: &Out, app: &App, ctx: &Ctx, n: i64) -> anyhow::Result<Answer> {
    let Some(plan) = reminders::plan(&app.pool, ctx.user.id, n).await? else {
        return Ok(Answer::Expired);
    };
    let (text, keyboard) = confirm_delete(ctx.lang, &plan);
    reply::send(bot, ctx.chat, text, Some(keyboard)).await?;
    Ok(Answer::Done)
}

/// A renewal length picked: saved with the plan's own has-time.
async fn renew_to(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    msg: Option<MessageId>,
    number: i64,
    ends_at: DateTime<Utc>,
    days: i64,
) -> anyhow::Result<Answer> {
    let Some(plan) = reminders::plan(&app.pool, ctx.user.id, number).await? else {
        return Ok(Answer::Expired);
    };
    let end = reminders::NewEnd {
        ends_at,
        has_time: plan.has_time,
        period_days: Some(days),
    };
    renewal::save(bot, app, ctx, msg, number, end).await
}

/// Saves a snooze and says when it will come ("today at 21:15"), or, when the choice would now
/// land at or after the end, says when the plan ends and saves nothing.
async fn snooze(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    number: i64,
    choice: SnoozeChoice,
) -> anyhow::Result<Answer> {
    let settings = app.settings(ctx.user.id).await?;
    let now = app.now();
    let snoozed = reminders::snooze(&app.pool, ctx.user.id, number, choice, &settings, now).await;
    let text = match snoozed {
        Ok(Snoozed::At(at)) => {
            app.wake.notify_one();
            let when = message::day_and_time(ctx.lang, at, now, &settings.zone);
            t_args(ctx.lang, "snoozed", &[("when", when.into())])
        }
        Ok(Snoozed::EndsFirst(end)) => {
            let when = message::day_and_time(ctx.lang, end, now, &settings.zone);
            let key = if end > now {
                "snooze-ends-first"
            } else {
                "snooze-ended"
            };
            t_args(ctx.lang, key, &[("when", when.into())])
        }
        Err(PlanError::Db(error)) => return Err(error.into()),
        Err(_) => return Ok(Answer::Expired),
    };
    reply::send(bot, ctx.chat, text, None).await?;
    Ok(Answer::Done)
}

/// Sends every plan's end as an .ics file a phone's calendar imports.
async fn calendar(bot: &Out, app: &App, ctx: &Ctx) -> HandlerResult {
    let plans = reminders::plans(&app.pool, ctx.user.id).await?;
    if plans.is_empty() {
        return reply::send(bot, ctx.chat, t(ctx.lang, "plans-empty"), None).await;
    }
    let ics = reminders::calendar(ctx.user.id, ctx.lang, &plans, app.now());
    let file = InputFile::memory(ics.into_bytes()).file_name("recarga.ics");
    reply::document(bot, ctx.chat, file, t(ctx.lang, "calendar-caption")).await
}
