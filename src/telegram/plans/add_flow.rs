//! The guided `/add`: operator → how long (1, 7, 15 or 30 days, or a typed date) → an optional
//! label → confirm. Every step has a Cancel button and `/cancel` ends it. The step the user is
//! on is remembered as an `Awaiting` (`telegram::awaiting`), which holds the draft plan once
//! there is one, so a typed label reaches Save without riding in 64 bytes of button data.
//! Typed answers are read in `add_typed`.
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::errors::{refusal, too_many};
use super::views::plan_saved;
use crate::clock::Timestamp;
use crate::i18n::{t, t_args};
use crate::reminders::when::{end_after, Period};
use crate::reminders::{self, message, Draft, Operator, PlanError};
use crate::telegram::awaiting::{self, Awaiting};
use crate::telegram::callback_data::{button, AddCb, Cb, DAY_PRESETS};
use crate::telegram::context::{App, Ctx};
use crate::telegram::out::Out;
use crate::telegram::reply::{self, echo, edit_or_send, Answer, HandlerResult};
use crate::users;

/// How a confirmation is worded and which buttons it has.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// The last step of the guided flow.
    Flow,
    /// A reminder asked for in free text: also offers to change the date.
    Request,
}

/// Step 1: which operator (or, at the plan cap, why not).
pub async fn start(bot: &Out, app: &App, ctx: &Ctx) -> HandlerResult {
    if !reminders::can_add(&app.pool, ctx.user.id).await? {
        return reply::send(bot, ctx.chat, too_many(ctx), None).await;
    }
    remember(app, ctx, &Awaiting::PlanFlow(None)).await?;
    let mut rows = Operator::ALL
        .chunks(3)
        .map(|chunk| {
            chunk
                .iter()
                .map(|op| button(op.display(ctx.lang), Cb::Add(AddCb::Operator(*op))))
                .collect()
        })
        .collect::<Vec<Vec<_>>>();
    rows.push(vec![cancel_button(ctx)]);
    let text = t(ctx.lang, "add-pick-operator");
    reply::send(bot, ctx.chat, text, Some(InlineKeyboardMarkup::new(rows))).await
}

/// A step of the flow; `message` is the message holding the buttons.
pub async fn on_step(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    step: AddCb,
) -> anyhow::Result<Answer> {
    match step {
        AddCb::Start => start(bot, app, ctx).await?,
        AddCb::Operator(op) => {
            remember(app, ctx, &Awaiting::PlanFlow(Some(op))).await?;
            pick_duration(bot, ctx, message, op).await?
        }
        AddCb::Days(op, days) => return preset_days(bot, app, ctx, message, op, days).await,
        AddCb::TypeDate(op) => {
            remember(app, ctx, &Awaiting::PlanDate(op)).await?;
            let text = t(ctx.lang, "add-type-date");
            edit_or_send(bot, ctx, message, text, Some(date_keyboard(ctx, op))).await?
        }
        AddCb::Skip => {
            let Some(Awaiting::PlanLabel(draft)) = waiting(app, ctx).await? else {
                return Ok(Answer::Expired);
            };
            confirm(bot, app, ctx, message, &draft, Confirm::Flow).await?
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
        AddCb::SaveLabelled => {
            let Some(Awaiting::PlanReady(draft)) = waiting(app, ctx).await? else {
                return Ok(Answer::Expired);
            };
            return save(bot, app, ctx, message, &draft).await;
        }
        AddCb::Cancel => {
            users::clear_input(&app.pool, ctx.user.id).await?;
            edit_or_send(bot, ctx, message, t(ctx.lang, "add-cancelled"), None).await?
        }
    }
    Ok(Answer::Done)
}

/// A duration button: the end that many days ahead, then the label step; an end out of range
/// is an expired button.
async fn preset_days(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    op: Operator,
    days: u32,
) -> anyhow::Result<Answer> {
    let settings = app.settings(ctx.user.id).await?;
    let Ok(end) = end_after(Period::Days(days), app.now(), &settings.zone) else {
        return Ok(Answer::Expired);
    };
    let draft = Draft {
        operator: op,
        label: None,
        ends_at: end.end,
        has_time: false,
        period_days: i64::from(days),
        period_known: true,
    };
    ask_label(bot, app, ctx, message, &draft).await?;
    Ok(Answer::Done)
}

/// Records the step the user is on.
async fn remember(app: &App, ctx: &Ctx, step: &Awaiting) -> anyhow::Result<()> {
    let now = Timestamp::of(app.now());
    awaiting::expect(&app.pool, ctx.user.id, step, now).await?;
    Ok(())
}

/// The step the user is on, if a fresh one is pending.
async fn waiting(app: &App, ctx: &Ctx) -> anyhow::Result<Option<Awaiting>> {
    let now = Timestamp::of(app.now());
    Ok(awaiting::fresh(&app.pool, ctx.user.id, now).await?)
}

/// "your Claro plan" / "your plan" (for Other), as the flow's lines name the plan.
pub fn plan_words(ctx: &Ctx, op: Operator) -> String {
    match op {
        Operator::Other => t(ctx.lang, "flow-plan-any"),
        _ => t_args(
            ctx.lang,
            "flow-plan-of",
            &[("operator", op.display(ctx.lang).into())],
        ),
    }
}

/// The "✖ Cancel" button every step carries.
pub fn cancel_button(ctx: &Ctx) -> InlineKeyboardButton {
    button(t(ctx.lang, "btn-cancel"), Cb::Add(AddCb::Cancel))
}

/// The buttons of the "how long" step: the presets, then a typed date, then Cancel.
fn duration_keyboard(ctx: &Ctx, op: Operator) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![
        presets(ctx, op),
        vec![button(
            t(ctx.lang, "btn-other-date"),
            Cb::Add(AddCb::TypeDate(op)),
        )],
        vec![cancel_button(ctx)],
    ])
}

/// The buttons while a typed date is awaited: the presets still work, and Cancel.
pub fn date_keyboard(ctx: &Ctx, op: Operator) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![presets(ctx, op), vec![cancel_button(ctx)]])
}

/// The buttons while a label is awaited.
pub fn label_keyboard(ctx: &Ctx) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![vec![
        button(t(ctx.lang, "btn-skip"), Cb::Add(AddCb::Skip)),
        cancel_button(ctx),
    ]])
}

fn presets(ctx: &Ctx, op: Operator) -> Vec<InlineKeyboardButton> {
    DAY_PRESETS
        .iter()
        .map(|d| {
            let label = t_args(ctx.lang, "btn-days", &[("count", i64::from(*d).into())]);
            button(label, Cb::Add(AddCb::Days(op, *d)))
        })
        .collect()
}

async fn pick_duration(
    bot: &Out,
    ctx: &Ctx,
    message: Option<MessageId>,
    op: Operator,
) -> HandlerResult {
    let text = t_args(
        ctx.lang,
        "add-pick-duration",
        &[("operator", op.display(ctx.lang).into())],
    );
    edit_or_send(bot, ctx, message, text, Some(duration_keyboard(ctx, op))).await
}

/// The label step: remembers the draft and asks for an optional label, with Skip and Cancel.
pub async fn ask_label(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    draft: &Draft,
) -> HandlerResult {
    remember(app, ctx, &Awaiting::PlanLabel(draft.clone())).await?;
    let settings = app.settings(ctx.user.id).await?;
    let lang = ctx.lang;
    let text = t_args(
        lang,
        "flow-ask-label",
        &[
            ("operator", draft.operator.display(lang).into()),
            (
                "when",
                message::when(lang, draft.ends_at, &settings.zone).into(),
            ),
        ],
    );
    edit_or_send(bot, ctx, message, text, Some(label_keyboard(ctx))).await
}

/// The confirmation: the plan as understood, with Save and Cancel (and "Change date" for a
/// free-text request). A labelled draft is kept server-side for Save to read back.
pub async fn confirm(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    draft: &Draft,
    style: Confirm,
) -> HandlerResult {
    remember(app, ctx, &Awaiting::PlanReady(draft.clone())).await?;
    let lang = ctx.lang;
    let settings = app.settings(ctx.user.id).await?;
    let mut args = vec![
        ("operator", draft.operator.display(lang).into()),
        (
            "when",
            message::when(lang, draft.ends_at, &settings.zone).into(),
        ),
        (
            "relative",
            message::relative(lang, draft.ends_at, app.now()).into(),
        ),
    ];
    let key = match (&draft.label, style) {
        (Some(label), _) => {
            args.push(("label", echo(label).into()));
            "flow-confirm-label"
        }
        (None, Confirm::Flow) => "add-confirm",
        (None, Confirm::Request) => {
            args.push(("plan", plan_words(ctx, draft.operator).into()));
            "flow-request-confirm"
        }
    };
    let save = match draft.label {
        Some(_) => AddCb::SaveLabelled,
        None => AddCb::Save {
            operator: draft.operator,
            ends_at: draft.ends_at,
            has_time: draft.has_time,
            // Period 0 on the button: unknown (a date was given, not a length).
            period_days: if draft.period_known {
                draft.period_days
            } else {
                0
            },
        },
    };
    let mut row = vec![button(t(lang, "btn-save"), Cb::Add(save))];
    if style == Confirm::Request {
        let change = Cb::Add(AddCb::TypeDate(draft.operator));
        row.push(button(t(lang, "btn-change-date"), change));
    }
    row.push(cancel_button(ctx));
    let keyboard = InlineKeyboardMarkup::new(vec![row]);
    edit_or_send(bot, ctx, message, t_args(lang, key, &args), Some(keyboard)).await
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
            users::clear_input(&app.pool, ctx.user.id).await?;
            app.wake.notify_one();
            let (text, keyboard) = plan_saved(app, ctx, &plan, &settings).await?;
            edit_or_send(bot, ctx, message, text, Some(keyboard)).await?;
            Ok(Answer::Done)
        }
        Err(PlanError::When(_) | PlanError::NotFound) => Ok(Answer::Expired),
        Err(error) => {
            let text = refusal(ctx, error)?;
            edit_or_send(bot, ctx, message, text, None).await?;
            Ok(Answer::Done)
        }
    }
}
