//! The guided `/add`: operator → how long (1, 7, 15 or 30 days, or a typed date) → confirm.
//! The state travels in the buttons' data (`AddCb`); only "type the date" waits for a message,
//! remembered in `pending_input`.
use teloxide::types::{InlineKeyboardMarkup, MessageId};

use super::callback_data::{button, AddCb, Cb, DAY_PRESETS};
use super::callbacks::Answer;
use super::context::{App, Ctx};
use super::out::Out;
use super::plan_views::plan_saved;
use super::reply::edit_or_send;
use super::{plans, reply, HandlerResult};
use crate::i18n::{t, t_args};
use crate::reminders::when::{end_after, Period};
use crate::reminders::{self, message, AddError, Draft, Operator, PlanError, WhenError};

/// Step 1: which operator (or, at the plan cap, why not).
pub async fn start(bot: &Out, app: &App, ctx: &Ctx) -> HandlerResult {
    if !reminders::can_add(&app.pool, ctx.user.id).await? {
        return reply::send(bot, ctx.chat, plans::too_many(ctx), None).await;
    }
    let rows = Operator::ALL
        .chunks(3)
        .map(|chunk| {
            chunk
                .iter()
                .map(|op| button(op.display(ctx.lang), Cb::Add(AddCb::Operator(*op))))
                .collect()
        })
        .collect::<Vec<Vec<_>>>();
    let text = t(ctx.lang, "add-pick-operator");
    reply::send(bot, ctx.chat, text, Some(InlineKeyboardMarkup::new(rows))).await
}

/// A step of the flow; `message` is the message holding the buttons.
pub async fn on_callback(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    step: AddCb,
) -> anyhow::Result<Answer> {
    match step {
        AddCb::Start => start(bot, app, ctx).await?,
        AddCb::Operator(op) => pick_duration(bot, ctx, message, op).await?,
        AddCb::Days(op, days) => {
            let settings = app.settings(ctx.user.id).await?;
            let end = match end_after(Period::Days(days), app.now(), &settings.zone) {
                Ok(end) => end,
                Err(_) => return Ok(Answer::Expired),
            };
            let draft = Draft {
                operator: op,
                label: None,
                ends_at: end.end,
                has_time: false,
                period_days: i64::from(days),
                period_known: true,
            };
            confirm(bot, app, ctx, message, &draft).await?
        }
        AddCb::TypeDate(op) => {
            reminders::expect_input(
                &app.pool,
                ctx.user.id,
                "add-date",
                op.code(),
                app.now().timestamp(),
            )
            .await?;
            edit_or_send(bot, ctx, message, t(ctx.lang, "add-type-date"), None).await?
        }
        AddCb::Save {
            operator,
            ends_at,
            has_time,
            period_days,
        } => {
            // A period of 0 on the button: the end was typed as a date, the period unknown.
            let draft = Draft {
                operator,
                label: None,
                ends_at,
                has_time,
                period_days: period_days.max(1),
                period_known: period_days > 0,
            };
            return save(bot, app, ctx, message, &draft).await;
        }
        AddCb::Cancel => {
            edit_or_send(bot, ctx, message, t(ctx.lang, "add-cancelled"), None).await?
        }
    }
    Ok(Answer::Done)
}

async fn pick_duration(
    bot: &Out,
    ctx: &Ctx,
    message: Option<MessageId>,
    op: Operator,
) -> HandlerResult {
    let lang = ctx.lang;
    let presets = DAY_PRESETS
        .iter()
        .map(|d| {
            let label = t_args(lang, "btn-days", &[("count", i64::from(*d).into())]);
            button(label, Cb::Add(AddCb::Days(op, *d)))
        })
        .collect::<Vec<_>>();
    let keyboard = InlineKeyboardMarkup::new(vec![
        presets,
        vec![button(
            t(lang, "btn-other-date"),
            Cb::Add(AddCb::TypeDate(op)),
        )],
    ]);
    let text = t_args(
        lang,
        "add-pick-duration",
        &[("operator", op.display(lang).into())],
    );
    edit_or_send(bot, ctx, message, text, Some(keyboard)).await
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
    let ok = Cb::Add(AddCb::Save {
        operator: draft.operator,
        ends_at: draft.ends_at,
        has_time: draft.has_time,
        period_days: if draft.period_known {
            draft.period_days
        } else {
            0
        },
    });
    let keyboard = InlineKeyboardMarkup::new(vec![vec![
        button(t(lang, "btn-save"), ok),
        button(t(lang, "btn-cancel"), Cb::Add(AddCb::Cancel)),
    ]]);
    edit_or_send(bot, ctx, message, text, Some(keyboard)).await
}

/// Saves the confirmed plan. An end that is no longer acceptable (the moment passed while the
/// button waited, or the data was forged) is an expired button; the plan cap gets its reply.
async fn save(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    draft: &Draft,
) -> anyhow::Result<Answer> {
    let settings = app.settings(ctx.user.id).await?;
    match reminders::add(&app.pool, ctx.user.id, draft, &settings, app.now()).await {
        Ok(plan) => {
            app.wake.notify_one();
            let (text, keyboard) = plan_saved(app, ctx, &plan, &settings).await?;
            edit_or_send(bot, ctx, message, text, Some(keyboard)).await?;
            Ok(Answer::Done)
        }
        Err(PlanError::When(_) | PlanError::NotFound) => Ok(Answer::Expired),
        Err(error) => {
            let text = plans::refusal(ctx, error)?;
            edit_or_send(bot, ctx, message, text, None).await?;
            Ok(Answer::Done)
        }
    }
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
            let Some(number) = plans::plan_number(payload) else {
                return Ok(false);
            };
            let end = Some((
                end.end,
                end.has_time,
                end.period_days.filter(|_| end.period_known),
            ));
            if !plans::set_end(bot, app, ctx, number, end).await? {
                plans::not_found(bot, ctx, number).await?;
            }
        }
        _ => {
            let operator = Operator::parse(payload).unwrap_or(Operator::Other);
            let draft = Draft {
                operator,
                label: None,
                ends_at: end.end,
                has_time: end.has_time,
                period_days: period,
                period_known: end.period_known,
            };
            confirm(bot, app, ctx, None, &draft).await?;
        }
    }
    Ok(true)
}
