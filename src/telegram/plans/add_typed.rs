//! Typed answers to the guided `/add` and to a plan's date change, and `/cancel`. While a date
//! is awaited, a date goes to the flow and anything else is a question: the FAQ answers it and
//! the flow stays, with a line saying what it still waits for. Free text asking for a reminder
//! ("30天后提醒我续费") becomes a pre-filled confirmation before the FAQ sees it.
use chrono::{DateTime, Utc};
use teloxide::types::InlineKeyboardMarkup;

use super::add_flow::{
    self, cancel_button, date_keyboard, label_keyboard, plan_words, Confirm, KIND_DATE, KIND_FLOW,
    KIND_LABEL, KIND_READY,
};
use super::commands::{not_found, plan_number, set_end};
use super::errors::when_error;
use crate::i18n::{t, t_args};
use crate::reminders::{self, NewEnd, Operator, Pending, Request, UserZone, WhenError};
use crate::telegram::callback_data::{button, AddCb, Cb};
use crate::telegram::context::{App, Ctx};
use crate::telegram::faq;
use crate::telegram::out::Out;
use crate::telegram::reply::{self, HandlerResult};

/// The kind `buttons` records while it waits for a plan's new end date (payload: its number).
pub const KIND_FIX: &str = "fix-date";

/// A text while the user is on a step of the guided `/add` or a plan's date change (`kind` and
/// `payload` of the pending input): `None` when this step awaits nothing typed (the text may
/// still be a reminder request), else whether it was handled here (false: it is a question).
pub async fn on_pending(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    kind: &str,
    payload: &str,
    text: &str,
) -> anyhow::Result<Option<bool>> {
    let awaited = match kind {
        KIND_DATE | KIND_FIX => true,
        // At the duration buttons a typed date is taken too; at the operator buttons and the
        // confirmation nothing typed is awaited.
        KIND_FLOW => !payload.is_empty(),
        KIND_LABEL => return on_label(bot, app, ctx, payload, text).await.map(Some),
        _ => false,
    };
    if !awaited {
        return Ok(None);
    }
    on_date(bot, app, ctx, kind, payload, text).await.map(Some)
}

/// Free text asking for a reminder ("30天后提醒我续费", read at `now`): a pre-filled
/// confirmation, or why its date cannot be. False when the text asks for no reminder.
pub async fn on_request(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    text: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let zone = app.settings(ctx.user.id).await?.zone;
    match reminders::reminder_request(text, now, &zone) {
        Some(Request::Plan(draft)) => {
            add_flow::confirm(bot, app, ctx, None, &draft, Confirm::Request).await?;
            Ok(true)
        }
        Some(Request::BadDate(error)) => {
            let text = format!(
                "{}\n{}",
                when_error(ctx, &error),
                t(ctx.lang, "flow-date-examples")
            );
            let keyboard = InlineKeyboardMarkup::new(vec![vec![button(
                t(ctx.lang, "btn-add-plan"),
                Cb::Add(AddCb::Start),
            )]]);
            reply::send(bot, ctx.chat, text, Some(keyboard)).await?;
            Ok(true)
        }
        None => Ok(false),
    }
}

/// A text while an end date is awaited (`kind` is an `/add` step or a plan's date change).
async fn on_date(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    kind: &str,
    payload: &str,
    text: &str,
) -> anyhow::Result<bool> {
    let zone = app.settings(ctx.user.id).await?.zone;
    let parsed = read_end(app, &zone, text);
    let waiting = Waiting::new(kind, payload);
    let end = match parsed {
        Ok(end) => end,
        Err(WhenError::Unrecognized(_)) => {
            faq::on_question(bot, app, ctx, text).await?;
            waiting.remind(bot, ctx).await?;
            return Ok(true);
        }
        Err(error) => {
            let text = format!(
                "{}\n{}",
                when_error(ctx, &error),
                t(ctx.lang, "flow-date-examples")
            );
            reply::send(bot, ctx.chat, text, Some(waiting.keyboard(ctx))).await?;
            return Ok(true);
        }
    };
    use_end(bot, app, ctx, waiting, end).await
}

/// A typed end: a date, or a reminder request naming one ("提醒我下个月15号" while a date is
/// awaited is that date, not a question).
fn read_end(app: &App, zone: &UserZone, text: &str) -> Result<NewEnd, WhenError> {
    let parsed = reminders::parse_end(text, app.now(), zone).map(NewEnd::from);
    match parsed {
        Err(WhenError::Unrecognized(word)) => {
            match reminders::reminder_request(text, app.now(), zone) {
                Some(Request::Plan(d)) => Ok(NewEnd {
                    ends_at: d.ends_at,
                    has_time: d.has_time,
                    period_days: Some(d.period_days).filter(|_| d.period_known),
                }),
                _ => Err(WhenError::Unrecognized(word)),
            }
        }
        other => other,
    }
}

/// A typed end accepted for what is `waiting`: a plan's new end, or the next step of `/add`.
/// False when nothing names a plan.
async fn use_end(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    waiting: Waiting,
    end: NewEnd,
) -> anyhow::Result<bool> {
    match waiting {
        Waiting::Fix(number) => {
            reminders::clear_input(&app.pool, ctx.user.id).await?;
            if !set_end(bot, app, ctx, number, Some(end)).await? {
                not_found(bot, ctx, number).await?;
            }
        }
        Waiting::Date(operator) | Waiting::Label(operator) => {
            let draft = reminders::Draft {
                operator,
                label: None,
                ends_at: end.ends_at,
                has_time: end.has_time,
                period_days: end.period_days.unwrap_or(1).max(1),
                period_known: end.period_days.is_some(),
            };
            add_flow::ask_label(bot, app, ctx, None, &draft).await?;
        }
        Waiting::Nothing => return Ok(false),
    }
    Ok(true)
}

/// A text while the label is awaited: the label, unless it reads as a question.
async fn on_label(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    payload: &str,
    text: &str,
) -> anyhow::Result<bool> {
    let Some(mut draft) = reminders::decode_draft(payload) else {
        reminders::clear_input(&app.pool, ctx.user.id).await?;
        return Ok(false);
    };
    let waiting = Waiting::Label(draft.operator);
    if text.contains(['?', '¿', '？']) {
        faq::on_question(bot, app, ctx, text).await?;
        waiting.remind(bot, ctx).await?;
        return Ok(true);
    }
    let Some(label) = reminders::clean_label(text) else {
        waiting.remind(bot, ctx).await?;
        return Ok(true);
    };
    if label.chars().count() > reminders::MAX_LABEL {
        let max = i64::try_from(reminders::MAX_LABEL).unwrap_or(i64::MAX);
        let text = t_args(ctx.lang, "add-label-too-long", &[("max", max.into())]);
        reply::send(bot, ctx.chat, text, Some(label_keyboard(ctx))).await?;
        return Ok(true);
    }
    draft.label = Some(label);
    add_flow::confirm(bot, app, ctx, None, &draft, Confirm::Flow).await?;
    Ok(true)
}

/// `/cancel`: ends whatever the bot waits for and says what that was.
pub async fn cancel(bot: &Out, app: &App, ctx: &Ctx) -> HandlerResult {
    let now = app.now().timestamp();
    let pending = reminders::pending_input(&app.pool, ctx.user.id, now).await?;
    reminders::clear_input(&app.pool, ctx.user.id).await?;
    let text = match pending {
        Some(Pending::Fresh { kind, payload, .. }) => match Waiting::new(&kind, &payload) {
            Waiting::Date(op) | Waiting::Label(op) => t_args(
                ctx.lang,
                "flow-cancelled",
                &[("plan", plan_words(ctx, op).into())],
            ),
            Waiting::Fix(_) | Waiting::Nothing => t(ctx.lang, "flow-cancelled-other"),
        },
        Some(Pending::Expired { .. }) | None => t(ctx.lang, "flow-nothing-to-cancel"),
    };
    reply::send(bot, ctx.chat, text, None).await
}

/// What a pending question waits for, read from its kind and payload.
enum Waiting {
    /// An end date for a new plan with this operator.
    Date(Operator),
    /// A label (or the confirmation) for a new plan with this operator.
    Label(Operator),
    /// A new end date for this plan number.
    Fix(i64),
    /// Nothing that names a plan (the operator is not chosen yet, or the row is unreadable).
    Nothing,
}

impl Waiting {
    fn new(kind: &str, payload: &str) -> Waiting {
        let operator = || Operator::ALL.into_iter().find(|op| op.code() == payload);
        let from_draft = || reminders::decode_draft(payload).map(|d| d.operator);
        let found = match kind {
            KIND_DATE | KIND_FLOW => operator().map(Waiting::Date),
            KIND_LABEL | KIND_READY => from_draft().map(Waiting::Label),
            KIND_FIX => plan_number(payload).map(Waiting::Fix),
            _ => None,
        };
        found.unwrap_or(Waiting::Nothing)
    }

    fn keyboard(&self, ctx: &Ctx) -> InlineKeyboardMarkup {
        match self {
            Waiting::Date(op) => date_keyboard(ctx, *op),
            Waiting::Label(_) => label_keyboard(ctx),
            Waiting::Fix(_) | Waiting::Nothing => {
                InlineKeyboardMarkup::new(vec![vec![cancel_button(ctx)]])
            }
        }
    }

    /// The one line saying what is still awaited, with the step's buttons.
    async fn remind(&self, bot: &Out, ctx: &Ctx) -> HandlerResult {
        let lang = ctx.lang;
        let text = match self {
            Waiting::Date(op) => t_args(
                lang,
                "flow-waiting-date",
                &[("plan", plan_words(ctx, *op).into())],
            ),
            Waiting::Label(op) => t_args(
                lang,
                "flow-waiting-label",
                &[("plan", plan_words(ctx, *op).into())],
            ),
            Waiting::Fix(n) => t_args(lang, "flow-waiting-fix", &[("number", (*n).into())]),
            Waiting::Nothing => return Ok(()),
        };
        reply::send(bot, ctx.chat, text, Some(self.keyboard(ctx))).await
    }
}
