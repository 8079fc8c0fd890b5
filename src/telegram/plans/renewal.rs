//! Renewing from a reminder's "✅ Renewed", from 🔄 in `/plans`, or with `/renew`: the bot shows
//! the new end before saving (or, when the plan's period is unknown, asks for it with presets),
//! then replies "Renewed until …" with an Undo button that works for `UNDO_SECS`.
use chrono::{DateTime, Utc};
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::errors::refusal;
use crate::i18n::{t, t_args};
use crate::reminders::when::check_end;
use crate::reminders::{self, message, NewEnd, Plan, PlanError, Settings, Undone};
use crate::telegram::callback_data::{button, Cb, PlanCb};
use crate::telegram::context::{App, Ctx};
use crate::telegram::out::Out;
use crate::telegram::reply::{self, edit_or_send, Answer};

/// The lengths offered when the period is unknown (or another one is wanted), in days.
pub const RENEW_PRESETS: [i64; 3] = [7, 15, 30];

/// "Renew #3 · Claro until <date>?": with [Save <date>] [Another length…] when the period is
/// known (and `all` is false), else the presets. Sent as a new message, or in place of `msg`
/// when `all` (the "Another length…" press edits its own message).
pub async fn ask(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    msg: Option<MessageId>,
    number: i64,
    all: bool,
) -> anyhow::Result<Answer> {
    let Some(plan) = reminders::plan(&app.pool, ctx.user.id, number).await? else {
        return Ok(Answer::Expired);
    };
    let settings = app.settings(ctx.user.id).await?;
    let (text, keyboard) = if plan.period_known && !all {
        confirm_known(app, ctx, &plan, &settings)
    } else {
        choose_length(app, ctx, &plan, &settings)
    };
    if all {
        edit_or_send(bot, ctx, msg, text, Some(keyboard)).await?;
    } else {
        reply::send(bot, ctx.chat, text, Some(keyboard)).await?;
    }
    Ok(Answer::Done)
}

fn confirm_known(
    app: &App,
    ctx: &Ctx,
    plan: &Plan,
    settings: &Settings,
) -> (String, InlineKeyboardMarkup) {
    let lang = ctx.lang;
    let now = app.now();
    let end = reminders::renewed_end(plan, &settings.zone, now);
    let Some(end) = end.filter(|end| check_end(*end, now, &settings.zone).is_ok()) else {
        return choose_length(app, ctx, plan, settings);
    };
    let text = t_args(
        lang,
        "renew-confirm",
        &[
            ("plan", message::plan_name(lang, plan).into()),
            ("when", message::when(lang, end, &settings.zone).into()),
            ("days", plan.period_days.into()),
        ],
    );
    let date = message::short_date(lang, end, &settings.zone);
    let save = t_args(lang, "btn-renew-save", &[("date", date.into())]);
    let keyboard = InlineKeyboardMarkup::new(vec![
        vec![button(save, renew_to(plan.number, end, plan.period_days))],
        vec![button(
            t(lang, "btn-renew-other"),
            Cb::Plan(PlanCb::RenewChoices(plan.number)),
        )],
    ]);
    (text, keyboard)
}

fn choose_length(
    app: &App,
    ctx: &Ctx,
    plan: &Plan,
    settings: &Settings,
) -> (String, InlineKeyboardMarkup) {
    let lang = ctx.lang;
    let now = app.now();
    let zone = &settings.zone;
    let text = t_args(
        lang,
        "renew-ask",
        &[
            ("plan", message::plan_name(lang, plan).into()),
            ("when", message::when(lang, plan.ends_at, zone).into()),
            (
                "relative",
                message::relative(lang, plan.ends_at, now).into(),
            ),
        ],
    );
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
    let same = reminders::same_as_before_days(plan, zone);
    let mut lengths: Vec<(i64, &str)> = same.map(|d| (d, "btn-renew-same")).into_iter().collect();
    for days in RENEW_PRESETS {
        if same != Some(days) {
            lengths.push((days, "btn-renew-days"));
        }
    }
    for (days, key) in lengths {
        // A length that would pass the 5-year limit is not offered (a far end typed by mistake
        // is fixed with "Another date").
        let end = reminders::renewed_end_by(plan, days, zone, now);
        let Some(end) = end.filter(|end| check_end(*end, now, zone).is_ok()) else {
            continue;
        };
        let date = message::short_date(lang, end, zone);
        let label = t_args(lang, key, &[("count", days.into()), ("date", date.into())]);
        rows.push(vec![button(label, renew_to(plan.number, end, days))]);
    }
    rows.push(vec![button(
        t(lang, "btn-other-date"),
        Cb::Plan(PlanCb::Fix(plan.number)),
    )]);
    (text, InlineKeyboardMarkup::new(rows))
}

fn renew_to(number: i64, ends_at: DateTime<Utc>, days: i64) -> Cb {
    Cb::Plan(PlanCb::RenewTo {
        number,
        ends_at,
        days,
    })
}

/// Saves a renewal and replies "Renewed until …" with the schedule and [Undo], in place of
/// `msg` when there is one. An end no longer acceptable (its moment passed while the button
/// waited) gets the reason; a plan that is not the user's is an expired button.
pub async fn save(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    msg: Option<MessageId>,
    number: i64,
    end: NewEnd,
) -> anyhow::Result<Answer> {
    let settings = app.settings(ctx.user.id).await?;
    let now = app.now();
    let saved = reminders::set_end(&app.pool, ctx.user.id, number, Some(end), &settings, now).await;
    match saved {
        Ok(plan) => {
            app.wake.notify_one();
            let text = with_schedule(app, ctx, "renew-done", &plan, &settings).await?;
            edit_or_send(bot, ctx, msg, text, Some(undo_keyboard(ctx, number))).await?;
            Ok(Answer::Done)
        }
        Err(PlanError::NotFound) => Ok(Answer::Expired),
        Err(error) => {
            let text = refusal(ctx, error)?;
            reply::send(bot, ctx.chat, text, None).await?;
            Ok(Answer::Done)
        }
    }
}

/// The [↩️ Undo] button under a changed end.
pub fn undo_keyboard(ctx: &Ctx, number: i64) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![vec![button(
        t(ctx.lang, "btn-undo"),
        Cb::Plan(PlanCb::Undo(number)),
    )]])
}

/// Puts the plan back as it was before its last change and says so in place of `msg`; after
/// `UNDO_SECS` (or another change) a "too late to undo" toast, nothing changed.
pub async fn undo(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    msg: Option<MessageId>,
    number: i64,
) -> anyhow::Result<Answer> {
    let settings = app.settings(ctx.user.id).await?;
    match reminders::undo(&app.pool, ctx.user.id, number, &settings, app.now()).await {
        Ok(Undone::Restored(plan)) => {
            app.wake.notify_one();
            let text = with_schedule(app, ctx, "undo-done", &plan, &settings).await?;
            edit_or_send(bot, ctx, msg, text, None).await?;
            Ok(Answer::Done)
        }
        Ok(Undone::TooLate) => Ok(Answer::Toast(t(ctx.lang, "undo-too-late"))),
        Err(PlanError::Db(error)) => Err(error.into()),
        Err(_) => Ok(Answer::Expired),
    }
}

/// `key` filled with the plan's name, end, countdown and pending reminders.
async fn with_schedule(
    app: &App,
    ctx: &Ctx,
    key: &str,
    plan: &Plan,
    settings: &Settings,
) -> anyhow::Result<String> {
    let lang = ctx.lang;
    let now = app.now();
    let pending = reminders::pending_of(&app.pool, ctx.user.id, plan.number).await?;
    let zone = &settings.zone;
    Ok(t_args(
        lang,
        key,
        &[
            ("plan", message::plan_name(lang, plan).into()),
            ("when", message::when(lang, plan.ends_at, zone).into()),
            (
                "relative",
                message::relative_in(lang, plan.ends_at, now, zone).into(),
            ),
            (
                "schedule",
                message::schedule_lines(lang, &pending, zone).into(),
            ),
            ("minutes", (reminders::UNDO_SECS / 60).into()),
        ],
    ))
}
