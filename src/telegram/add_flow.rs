//! The guided `/add`: operator → how long (1, 7, 15 or 30 days, or a typed date) → confirm.
//! The state travels in the buttons' callback data; only "type the date" waits for a message,
//! remembered in `pending_input`.
use chrono::DateTime;
use teloxide::types::{InlineKeyboardButton as Button, InlineKeyboardMarkup, MessageId};

use super::context::{App, Ctx};
use super::out::Out;
use super::plan_views::plan_saved;
use super::reply::edit_or_send;
use super::{plans, reply, HandlerResult};
use crate::i18n::{t, t_args};
use crate::reminders::{self, message, AddError, Draft, Operator, WhenError};

/// The durations offered as buttons, in days.
const PRESETS: [u32; 4] = [1, 7, 15, 30];

/// Step 1: which operator.
pub async fn start(bot: &Out, ctx: &Ctx) -> HandlerResult {
    let rows = Operator::ALL
        .chunks(3)
        .map(|chunk| {
            chunk
                .iter()
                .map(|op| Button::callback(op.display(ctx.lang), format!("add:op:{}", op.code())))
                .collect()
        })
        .collect::<Vec<Vec<Button>>>();
    let text = t(ctx.lang, "add-pick-operator");
    reply::send(bot, ctx.chat, text, Some(InlineKeyboardMarkup::new(rows))).await
}

/// Routes `add:…` callback data; `message` is the message holding the buttons.
pub async fn on_callback(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    data: &str,
) -> HandlerResult {
    let parts: Vec<&str> = data.split(':').collect();
    let op = parts.get(2).and_then(|code| Operator::parse(code));
    match (parts.get(1).copied(), op) {
        (Some("op"), Some(op)) => pick_duration(bot, ctx, message, op).await,
        (Some("d"), Some(op)) => {
            let days = parts
                .get(3)
                .and_then(|d| d.parse::<u32>().ok())
                .unwrap_or(30);
            let draft = relative_draft(app, ctx, op, days).await?;
            confirm(bot, app, ctx, message, &draft).await
        }
        (Some("date"), Some(op)) => {
            reminders::expect_input(
                &app.pool,
                ctx.user.id,
                "add-date",
                op.code(),
                app.now().timestamp(),
            )
            .await?;
            edit_or_send(bot, ctx, message, t(ctx.lang, "add-type-date"), None).await
        }
        (Some("ok"), Some(op)) => {
            let draft = match parts.get(3).and_then(|s| s.strip_prefix('@')) {
                Some(_) => absolute_draft(op, &parts),
                None => {
                    let days = parts
                        .get(3)
                        .and_then(|d| d.parse::<u32>().ok())
                        .unwrap_or(30);
                    Some(relative_draft(app, ctx, op, days).await?)
                }
            };
            match draft.filter(|d| d.ends_at > app.now()) {
                Some(draft) => save(bot, app, ctx, message, &draft).await,
                None => edit_or_send(bot, ctx, message, t(ctx.lang, "when-in-past"), None).await,
            }
        }
        _ => edit_or_send(bot, ctx, message, t(ctx.lang, "add-cancelled"), None).await,
    }
}

async fn pick_duration(
    bot: &Out,
    ctx: &Ctx,
    message: Option<MessageId>,
    op: Operator,
) -> HandlerResult {
    let lang = ctx.lang;
    let presets = PRESETS
        .iter()
        .map(|d| {
            let label = t_args(lang, "btn-days", &[("count", i64::from(*d).into())]);
            Button::callback(label, format!("add:d:{}:{d}", op.code()))
        })
        .collect::<Vec<_>>();
    let keyboard = InlineKeyboardMarkup::new(vec![
        presets,
        vec![Button::callback(
            t(lang, "btn-other-date"),
            format!("add:date:{}", op.code()),
        )],
    ]);
    let text = t_args(
        lang,
        "add-pick-duration",
        &[("operator", op.display(lang).into())],
    );
    edit_or_send(bot, ctx, message, text, Some(keyboard)).await
}

async fn relative_draft(app: &App, ctx: &Ctx, op: Operator, days: u32) -> anyhow::Result<Draft> {
    let settings = app.settings(ctx.user.id).await?;
    let end = reminders::parse_end(&format!("+{days}d"), app.now(), &settings.zone)?;
    Ok(Draft {
        operator: op,
        label: None,
        ends_at: end.end,
        has_time: false,
        period_days: i64::from(days),
    })
}

/// `add:ok:<op>:@<unix>:<has_time>:<period>` — a typed date carried to the confirm button.
fn absolute_draft(op: Operator, parts: &[&str]) -> Option<Draft> {
    let at = parts.get(3)?.strip_prefix('@')?.parse::<i64>().ok()?;
    Some(Draft {
        operator: op,
        label: None,
        ends_at: DateTime::from_timestamp(at, 0)?,
        has_time: parts.get(4) == Some(&"1"),
        period_days: parts.get(5).and_then(|p| p.parse().ok()).unwrap_or(1),
    })
}

async fn confirm(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    draft: &Draft,
) -> HandlerResult {
    let lang = ctx.lang;
    let settings = app.settings(ctx.user.id).await?;
    let text = t_args(
        lang,
        "add-confirm",
        &[
            ("operator", draft.operator.display(lang).into()),
            (
                "when",
                message::when(lang, draft.ends_at, &settings.zone).into(),
            ),
            (
                "relative",
                message::relative(lang, draft.ends_at, app.now()).into(),
            ),
        ],
    );
    let ok = format!(
        "add:ok:{}:@{}:{}:{}",
        draft.operator.code(),
        draft.ends_at.timestamp(),
        u8::from(draft.has_time),
        draft.period_days
    );
    let keyboard = InlineKeyboardMarkup::new(vec![vec![
        Button::callback(t(lang, "btn-save"), ok),
        Button::callback(t(lang, "btn-cancel"), "add:no"),
    ]]);
    edit_or_send(bot, ctx, message, text, Some(keyboard)).await
}

async fn save(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    draft: &Draft,
) -> HandlerResult {
    let settings = app.settings(ctx.user.id).await?;
    let plan = reminders::add(&app.pool, ctx.user.id, draft, &settings, app.now()).await?;
    app.wake.notify_one();
    let (text, keyboard) = plan_saved(app, ctx, &plan, &settings).await?;
    edit_or_send(bot, ctx, message, text, Some(keyboard)).await
}

/// A private text while the bot waits for a typed date. Returns false when the text is not a
/// date at all (the pending question is dropped and the text goes on to the FAQ).
pub async fn on_typed(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    kind: &str,
    payload: &str,
    text: &str,
) -> anyhow::Result<bool> {
    let settings = app.settings(ctx.user.id).await?;
    let parsed = reminders::parse_end(text, app.now(), &settings.zone);
    if let Err(WhenError::Unrecognized(_)) = parsed {
        reminders::clear_input(&app.pool, ctx.user.id).await?;
        return Ok(false);
    }
    let end = match parsed {
        Ok(end) => end,
        Err(error) => {
            reply::send(
                bot,
                ctx.chat,
                plans::add_error(ctx, &AddError::When(error)),
                None,
            )
            .await?;
            return Ok(true);
        }
    };
    reminders::clear_input(&app.pool, ctx.user.id).await?;
    let period = end.period_days.unwrap_or(1).max(1);
    match kind {
        "fix-date" => {
            let number = payload.parse::<i64>().unwrap_or_default();
            plans::set_end(bot, app, ctx, number, Some((end.end, end.has_time, period))).await?;
        }
        _ => {
            let operator = Operator::parse(payload).unwrap_or(Operator::Other);
            let draft = Draft {
                operator,
                label: None,
                ends_at: end.end,
                has_time: end.has_time,
                period_days: period,
            };
            confirm(bot, app, ctx, None, &draft).await?;
        }
    }
    Ok(true)
}
