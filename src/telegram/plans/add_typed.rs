//! Typed answers to the guided `/add` and to a plan's date change, and `/cancel`. While a date
//! is awaited, a date goes to the flow and anything else is a question: the FAQ answers it and
//! the flow stays, with a line saying what it still waits for. Free text asking for a reminder
//! ("30天后提醒我续费") becomes a pre-filled confirmation before the FAQ sees it.
use chrono::{DateTime, Utc};
use teloxide::types::InlineKeyboardMarkup;

use super::add_flow::{self, cancel_button, date_keyboard, label_keyboard, plan_words, Confirm};
use super::commands::{not_found, set_end};
use super::errors::when_error;
use crate::clock::Timestamp;
use crate::i18n::{t, t_args, Arg};
use crate::reminders::{self, Draft, NewEnd, Operator, Request, UserZone, WhenError};
use crate::telegram::awaiting::{self, Asked, Awaiting};
use crate::telegram::callback_data::{button, AddCb, Cb};
use crate::telegram::context::{App, Ctx};
use crate::telegram::faq;
use crate::telegram::out::Out;
use crate::telegram::reply::{self, HandlerResult};
use crate::users;

/// A text while the user is on a step of the guided `/add` or a plan's date change: `None`
/// when this step awaits nothing typed (the text may still be a reminder request), else whether
/// it was handled here (false: it is a question).
pub async fn on_pending(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    step: Awaiting,
    text: &str,
) -> anyhow::Result<Option<bool>> {
    let waiting = match step {
        // At the duration buttons a typed date is taken too; at the operator buttons and the
        // confirmation nothing typed is awaited.
        Awaiting::PlanDate(op) | Awaiting::PlanFlow(Some(op)) => Waiting::Date(op),
        Awaiting::FixDate(number) => Waiting::Fix(number),
        Awaiting::PlanLabel(draft) => return on_label(bot, app, ctx, draft, text).await.map(Some),
        Awaiting::PlanFlow(None)
        | Awaiting::PlanReady(_)
        | Awaiting::LineDate(_)
        | Awaiting::Comment { .. } => return Ok(None),
    };
    on_date(bot, app, ctx, waiting, text).await.map(Some)
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

/// A text while an end date is awaited (for a new plan or a plan's date change).
async fn on_date(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    waiting: Waiting,
    text: &str,
) -> anyhow::Result<bool> {
    let zone = app.settings(ctx.user.id).await?.zone;
    let parsed = read_end(app, &zone, text);
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
async fn use_end(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    waiting: Waiting,
    end: NewEnd,
) -> anyhow::Result<bool> {
    match waiting {
        Waiting::Fix(number) => {
            users::clear_input(&app.pool, ctx.user.id).await?;
            if !set_end(bot, app, ctx, number, Some(end)).await? {
                not_found(bot, ctx, number).await?;
            }
        }
        Waiting::Date(operator) | Waiting::Label(operator) => {
            let draft = Draft {
                operator,
                label: None,
                ends_at: end.ends_at,
                has_time: end.has_time,
                period_days: end.period_days.unwrap_or(1).max(1),
                period_known: end.period_days.is_some(),
            };
            add_flow::ask_label(bot, app, ctx, None, &draft).await?;
        }
    }
    Ok(true)
}

/// A text while the label is awaited: the label, unless it reads as a question.
async fn on_label(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    mut draft: Draft,
    text: &str,
) -> anyhow::Result<bool> {
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
        let max = Arg::count(reminders::MAX_LABEL);
        let text = t_args(ctx.lang, "add-label-too-long", &[("max", max)]);
        reply::send(bot, ctx.chat, text, Some(label_keyboard(ctx))).await?;
        return Ok(true);
    }
    draft.label = Some(label);
    add_flow::confirm(bot, app, ctx, None, &draft, Confirm::Flow).await?;
    Ok(true)
}

/// `/cancel`: ends whatever the bot waits for and says what that was.
pub async fn cancel(bot: &Out, app: &App, ctx: &Ctx) -> HandlerResult {
    let now = Timestamp::of(app.now());
    let asked = awaiting::asked(&app.pool, ctx.user.id, now).await?;
    users::clear_input(&app.pool, ctx.user.id).await?;
    let text = match asked {
        Some(Asked::Fresh(step)) => match step.plan_operator() {
            Some(op) => t_args(
                ctx.lang,
                "flow-cancelled",
                &[("plan", plan_words(ctx, op).into())],
            ),
            None => t(ctx.lang, "flow-cancelled-other"),
        },
        Some(Asked::Expired { .. }) | None => t(ctx.lang, "flow-nothing-to-cancel"),
    };
    reply::send(bot, ctx.chat, text, None).await
}

/// What a typed answer is still awaited for, as the reminder line and its buttons say it.
enum Waiting {
    /// An end date for a new plan with this operator.
    Date(Operator),
    /// A label for a new plan with this operator.
    Label(Operator),
    /// A new end date for this plan number.
    Fix(i64),
}

impl Waiting {
    fn keyboard(&self, ctx: &Ctx) -> InlineKeyboardMarkup {
        match self {
            Waiting::Date(op) => date_keyboard(ctx, *op),
            Waiting::Label(_) => label_keyboard(ctx),
            Waiting::Fix(_) => InlineKeyboardMarkup::new(vec![vec![cancel_button(ctx)]]),
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
        };
        reply::send(bot, ctx.chat, text, Some(self.keyboard(ctx))).await
    }
}
