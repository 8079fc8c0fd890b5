//! The plan commands: `/add`, `/plans`, `/del`, `/renew` (the settings are in `settings`). Each
//! parses its argument with the reminders module, calls one domain operation, and replies
//! with what was understood; a mistake gets a localized explanation and changes nothing.
use super::callbacks::Answer;
use super::context::{App, Ctx};
use super::fallback::echo;
use super::out::Out;
use super::plan_views::{plan_saved, plans_list};
use super::{add_flow, reply, HandlerResult};
use crate::i18n::{t, t_args};
use crate::reminders::{self, AddError, PlanError, WhenError};

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

/// The reply to a plan operation the domain refused; a database failure stays an error.
pub fn refusal(ctx: &Ctx, error: PlanError) -> anyhow::Result<String> {
    Ok(match error {
        PlanError::Db(error) => return Err(error.into()),
        PlanError::NotFound => t(ctx.lang, "plan-gone"),
        PlanError::When(when) => add_error(ctx, &AddError::When(when)),
        PlanError::TooMany => too_many(ctx),
    })
}

/// "You already have 50 plans": the reply to a 51st.
pub fn too_many(ctx: &Ctx) -> String {
    t_args(
        ctx.lang,
        "plans-too-many",
        &[("max", reminders::MAX_PLANS.into())],
    )
}

/// The localized reply to a refused `/add` (or a refused typed date).
pub fn add_error(ctx: &Ctx, error: &AddError) -> String {
    let lang = ctx.lang;
    let problem = match error {
        AddError::LabelTooLong => t_args(
            lang,
            "add-label-too-long",
            &[(
                "max",
                i64::try_from(reminders::MAX_LABEL)
                    .unwrap_or(i64::MAX)
                    .into(),
            )],
        ),
        AddError::When(when) => when_error(ctx, when),
    };
    format!("{problem}\n{}", t(lang, "add-examples"))
}

/// Why a typed end was refused, echoing what was typed; no example (the caller adds one that
/// fits where the user is: `/add` syntax, or the guided flow's buttons).
pub fn when_error(ctx: &Ctx, error: &WhenError) -> String {
    let lang = ctx.lang;
    match error {
        WhenError::Empty => t(lang, "when-empty"),
        WhenError::Unrecognized(word) => {
            t_args(lang, "when-unrecognized", &[("word", echo(word).into())])
        }
        WhenError::ImpossibleDate {
            typed,
            day,
            month,
            year,
        } => impossible_date(ctx, typed, *day, *month, *year),
        WhenError::BadTime(time) => t_args(lang, "when-bad-time", &[("time", echo(time).into())]),
        WhenError::InPast => t(lang, "when-in-past"),
        WhenError::TooFar => t(lang, "when-too-far"),
    }
}

/// "“31/02” is not a date: February has 28 days in 2027", echoing the date as typed.
fn impossible_date(ctx: &Ctx, typed: &str, day: u32, month: u32, year: i32) -> String {
    let lang = ctx.lang;
    let typed = echo(typed);
    let days = reminders::when::days_in_month(year, month);
    match days {
        None => t_args(
            lang,
            "when-impossible-month",
            &[("typed", typed.into()), ("month", i64::from(month).into())],
        ),
        Some(_) if !(1..=31).contains(&day) => t_args(
            lang,
            "when-impossible-dom",
            &[("typed", typed.into()), ("day", i64::from(day).into())],
        ),
        Some(days) => {
            let month_name = t_args(lang, "month-name", &[("month", i64::from(month).into())]);
            t_args(
                lang,
                "when-impossible-day",
                &[
                    ("typed", typed.into()),
                    ("month", month_name.into()),
                    ("days", i64::from(days).into()),
                    // A string, so no locale writes the year with a thousands separator.
                    ("year", year.to_string().into()),
                ],
            )
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
            let (text, keyboard) = super::plan_views::confirm_delete(ctx.lang, &plan);
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
        None => super::renew::ask(bot, app, ctx, None, number, false).await?,
        Some(text) => match reminders::parse_end(text, app.now(), &settings.zone) {
            Ok(end) => {
                let period = end.period_days.filter(|_| end.period_known);
                let end = (end.end, end.has_time, period);
                super::renew::save(bot, app, ctx, None, number, end).await?
            }
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
                    .extend(super::renew::undo_keyboard(ctx, number).inline_keyboard);
                reply::send(bot, ctx.chat, text, Some(keyboard)).await?;
                return Ok(true);
            }
            Err(PlanError::NotFound) => return Ok(false),
            Err(error) => refusal(ctx, error)?,
        };
    reply::send(bot, ctx.chat, text, None).await?;
    Ok(true)
}
