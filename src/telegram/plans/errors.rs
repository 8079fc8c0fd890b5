//! Why a plan, or the end typed for one, was refused, in the user's language: the replies every
//! plan handler shares.
use crate::i18n::{t, t_args, Arg};
use crate::reminders::{self, AddError, PlanError, WhenError};
use crate::telegram::context::Ctx;
use crate::telegram::reply::echo;

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
            &[("max", Arg::count(reminders::MAX_LABEL))],
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
