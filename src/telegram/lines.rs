//! `/line` ("keep my number"): `/line <operator> <last top-up> [label]` records a line's last
//! top-up; `/line` alone starts the button flow (operator → today / yesterday / type a date) or,
//! once lines exist, lists them with "✅ I topped up" and "🗑 Delete". The dates, their sources
//! and the reminders come from `crate::lines`; this file reads updates and replies.
use chrono::{DateTime, Days, NaiveDate, Utc};
use teloxide::types::{InlineKeyboardMarkup, MessageId};

use super::awaiting::{self, Awaiting};
use super::callback_data::{button, Cb, LineCb};
use super::context::{App, Ctx};
use super::faq;
use super::out::Out;
use super::reply::{echo, edit_or_send, send, Answer, HandlerResult};
use crate::clock::Timestamp;
use crate::i18n::{t, t_args, Arg};
use crate::lang::Lang;
use crate::lines::{self, message, Line, LineError, Topup, TopupError, MAX_LINES, OPERATORS};
use crate::reminders::{Operator, UserZone};
use crate::users;

/// `/line [<operator> [<date> [label]]]`.
pub async fn command(bot: &Out, app: &App, ctx: &Ctx, args: &str) -> HandlerResult {
    let mut words = args.split_whitespace();
    let Some(first) = words.next() else {
        let tracked = lines::lines(&app.pool, ctx.user.id).await?;
        if tracked.is_empty() {
            return pick_operator(bot, ctx, None).await;
        }
        return list(bot, app, ctx, &tracked).await;
    };
    let Some(operator) = line_operator(first) else {
        let text = t_args(
            ctx.lang,
            "line-unknown-operator",
            &[("typed", echo(first).into())],
        );
        return send(bot, ctx.chat, text, Some(operators_keyboard(ctx.lang))).await;
    };
    let Some(typed) = words.next() else {
        return ask_topup(bot, ctx, None, operator).await;
    };
    let label = words.collect::<Vec<_>>().join(" ");
    let label = (!label.is_empty()).then_some(label);
    let today = topup_today(app, ctx).await?;
    match lines::parse_topup(typed, today) {
        Ok(date) => save(bot, app, ctx, None, operator, label.as_deref(), date).await,
        Err(error) => send(bot, ctx.chat, date_error(ctx.lang, error, typed), None).await,
    }
}

/// A button of the flow or under a line.
pub async fn on_callback(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    cb: LineCb,
) -> anyhow::Result<Answer> {
    match cb {
        LineCb::Start => pick_operator(bot, ctx, None).await?,
        LineCb::FromMenu => pick_operator(bot, ctx, message).await?,
        LineCb::Operator(op) => ask_topup(bot, ctx, message, op).await?,
        LineCb::DaysAgo(op, days) => {
            let today = topup_today(app, ctx).await?;
            let Some(date) = today.checked_sub_days(Days::new(u64::from(days))) else {
                return Ok(Answer::Expired);
            };
            save(bot, app, ctx, message, op, None, date).await?;
        }
        LineCb::TypeDate(op) => {
            let now = Timestamp::of(app.now());
            awaiting::expect(&app.pool, ctx.user.id, &Awaiting::LineDate(op), now).await?;
            let text = t_args(
                ctx.lang,
                "line-type-date",
                &[("operator", op.display(ctx.lang).into())],
            );
            edit_or_send(bot, ctx, message, text, None).await?;
        }
        LineCb::ToppedUp(number) => return topped_up(bot, app, ctx, number).await,
        LineCb::Delete(number) => {
            if !lines::delete(&app.pool, ctx.user.id, number).await? {
                return Ok(Answer::Expired);
            }
            let text = t_args(ctx.lang, "line-deleted", &[("number", Arg::Num(number))]);
            edit_or_send(bot, ctx, message, text, None).await?;
        }
    }
    Ok(Answer::Done)
}

/// "✅ I topped up" on line `number`: the line moves on from today.
async fn topped_up(bot: &Out, app: &App, ctx: &Ctx, number: i64) -> anyhow::Result<Answer> {
    let (settings, now) = (app.settings(ctx.user.id).await?, app.now());
    let today = topup_today(app, ctx).await?;
    let done = lines::topped_up(
        &app.pool,
        ctx.user.id,
        number,
        today,
        &app.lines,
        &settings,
        now,
    )
    .await;
    match done {
        Ok(line) => {
            app.wake.notify_one();
            saved(bot, app, ctx, None, &line, true).await?;
        }
        Err(LineError::NotFound) => return Ok(Answer::Expired),
        Err(error) => refused(bot, ctx, error, today).await?,
    }
    Ok(Answer::Done)
}

/// A private text while the bot waits for a typed last top-up of a line with `operator`.
pub async fn on_typed(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    operator: Operator,
    text: &str,
) -> HandlerResult {
    let today = topup_today(app, ctx).await?;
    match lines::parse_topup(text, today) {
        Ok(date) => {
            users::clear_input(&app.pool, ctx.user.id).await?;
            save(bot, app, ctx, None, operator, None, date).await
        }
        Err(error) if error != TopupError::Unrecognized => {
            send(bot, ctx.chat, date_error(ctx.lang, error, text), None).await
        }
        // A question while the date is awaited: answered, and the question stays open, with
        // one line saying what is still awaited (as in the guided `/add`).
        Err(_) => {
            faq::on_question(bot, app, ctx, text).await?;
            let lang = ctx.lang;
            let text = t_args(
                lang,
                "line-waiting",
                &[("operator", operator.display(lang).into())],
            );
            send(bot, ctx.chat, text, Some(topup_keyboard(lang, operator))).await
        }
    }
}

/// The day "today" means for a last top-up: the user's date, but never after Peru's (the
/// operator counts in Peru time, and an earlier date only brings the reminders forward).
async fn topup_today(app: &App, ctx: &Ctx) -> sqlx::Result<NaiveDate> {
    let zone = app.settings(ctx.user.id).await?.zone;
    Ok(today_for(&zone, app.now()))
}

fn today_for(zone: &UserZone, now: DateTime<Utc>) -> NaiveDate {
    zone.today(now).min(UserZone::LIMA.today(now))
}

fn line_operator(word: &str) -> Option<Operator> {
    Operator::parse(word).filter(|op| OPERATORS.contains(op))
}

async fn pick_operator(bot: &Out, ctx: &Ctx, message: Option<MessageId>) -> HandlerResult {
    let text = t(ctx.lang, "line-pick-operator");
    edit_or_send(bot, ctx, message, text, Some(operators_keyboard(ctx.lang))).await
}

fn operators_keyboard(lang: Lang) -> InlineKeyboardMarkup {
    let rows = OPERATORS
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .map(|op| button(op.display(lang), Cb::Line(LineCb::Operator(*op))))
                .collect()
        })
        .collect::<Vec<Vec<_>>>();
    InlineKeyboardMarkup::new(rows)
}

async fn ask_topup(
    bot: &Out,
    ctx: &Ctx,
    message: Option<MessageId>,
    op: Operator,
) -> HandlerResult {
    let lang = ctx.lang;
    let text = t_args(
        lang,
        "line-ask-topup",
        &[("operator", op.display(lang).into())],
    );
    edit_or_send(bot, ctx, message, text, Some(topup_keyboard(lang, op))).await
}

/// [Today] [Yesterday] / [Type a date]: the answers to "when did you last top up?".
fn topup_keyboard(lang: Lang, op: Operator) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![
        vec![
            button(t(lang, "btn-line-today"), Cb::Line(LineCb::DaysAgo(op, 0))),
            button(
                t(lang, "btn-line-yesterday"),
                Cb::Line(LineCb::DaysAgo(op, 1)),
            ),
        ],
        vec![button(
            t(lang, "btn-line-type-date"),
            Cb::Line(LineCb::TypeDate(op)),
        )],
    ])
}

async fn save(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    op: Operator,
    label: Option<&str>,
    date: NaiveDate,
) -> HandlerResult {
    let (settings, now) = (app.settings(ctx.user.id).await?, app.now());
    let user = ctx.user.id;
    let topup = Topup {
        operator: op,
        label,
        date,
    };
    match lines::record(&app.pool, user, topup, &app.lines, &settings, now).await {
        Ok((line, known)) => {
            app.wake.notify_one();
            saved(bot, app, ctx, message, &line, known).await
        }
        Err(error) => refused(bot, ctx, error, date).await,
    }
}

async fn saved(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    line: &Line,
    moved: bool,
) -> HandlerResult {
    let lang = ctx.lang;
    let today = UserZone::LIMA.today(app.now());
    let head = t(lang, if moved { "line-moved" } else { "line-saved" });
    let text = format!(
        "{head}\n\n{}\n\n{}",
        message::summary(lang, line, &app.lines, today),
        t(lang, "line-reminders")
    );
    edit_or_send(
        bot,
        ctx,
        message,
        text,
        Some(super::markup(&message::keyboard(lang, line))),
    )
    .await
}

async fn refused(bot: &Out, ctx: &Ctx, error: LineError, date: NaiveDate) -> HandlerResult {
    let lang = ctx.lang;
    let text = match error {
        LineError::Db(error) => return Err(error.into()),
        LineError::AllPassed => t_args(
            lang,
            "line-all-passed",
            &[("date", message::date(lang, date).into())],
        ),
        LineError::Unknown => t(lang, "line-no-cutoff"),
        LineError::TooMany => t_args(lang, "line-too-many", &[("max", Arg::Num(MAX_LINES))]),
        LineError::NotFound => t(lang, "button-expired"),
    };
    send(bot, ctx.chat, text, None).await
}

fn date_error(lang: Lang, error: TopupError, typed: &str) -> String {
    let key = match error {
        TopupError::Unrecognized => "line-bad-date",
        TopupError::Future => "line-future",
        TopupError::TooOld => "line-too-old",
    };
    t_args(lang, key, &[("typed", echo(typed).into())])
}

async fn list(bot: &Out, app: &App, ctx: &Ctx, tracked: &[Line]) -> HandlerResult {
    let lang = ctx.lang;
    let today = UserZone::LIMA.today(app.now());
    let mut parts = vec![t(lang, "line-list-title")];
    let mut rows = Vec::new();
    for line in tracked {
        parts.push(message::brief(lang, line, &app.lines, today));
        let number = ("number", Arg::Num(line.number));
        rows.push(vec![
            button(
                t_args(lang, "btn-line-topped-up-n", std::slice::from_ref(&number)),
                Cb::Line(LineCb::ToppedUp(line.number)),
            ),
            button(
                t_args(lang, "btn-line-delete", &[number]),
                Cb::Line(LineCb::Delete(line.number)),
            ),
        ]);
    }
    rows.push(vec![button(
        t(lang, "btn-line-add"),
        Cb::Line(LineCb::Start),
    )]);
    let text = parts.join("\n\n");
    send(bot, ctx.chat, text, Some(InlineKeyboardMarkup::new(rows))).await
}
