//! How plans are shown: the echo after saving (end with weekday, zone and "in N days", the
//! reminder schedule, fix/delete buttons), the `/plans` list (with « Menu), and the delete
//! confirmation.
use teloxide::types::InlineKeyboardMarkup;

use crate::i18n::{t, t_args, Arg};
use crate::lang::Lang;
use crate::reminders::{self, message, Plan, Settings};
use crate::telegram::callback_data::{button, AddCb, Cb, PlanCb};
use crate::telegram::context::{App, Ctx};
use crate::telegram::keyboards::menu_row;

/// Plans per `/plans` page: with the longest labels in any language, a page stays well under
/// Telegram's 4,096 characters, and its keyboard under its 100 buttons.
pub const PLANS_PER_PAGE: usize = 8;

/// The reply after a plan is saved or moved.
pub async fn plan_saved(
    app: &App,
    ctx: &Ctx,
    plan: &Plan,
    settings: &Settings,
) -> anyhow::Result<(String, InlineKeyboardMarkup)> {
    let lang = ctx.lang;
    let pending = reminders::pending_of(&app.pool, ctx.user.id, plan.number).await?;
    let text = t_args(
        lang,
        "plan-saved",
        &[
            ("plan", message::plan_name(lang, plan).into()),
            (
                "when",
                message::when(lang, plan.ends_at, &settings.zone).into(),
            ),
            (
                "relative",
                message::relative(lang, plan.ends_at, app.now()).into(),
            ),
            (
                "schedule",
                message::schedule_lines(lang, &pending, &settings.zone).into(),
            ),
        ],
    );
    let keyboard = InlineKeyboardMarkup::new(vec![vec![
        button(t(lang, "btn-fix-date"), Cb::Plan(PlanCb::Fix(plan.number))),
        button(t(lang, "btn-delete"), Cb::Plan(PlanCb::Delete(plan.number))),
    ]]);
    Ok((text, keyboard))
}

/// Page `page` (1-based, clamped to the pages there are) of the `/plans` message: each plan
/// with its end and next reminder and a button row, then ◀ ▶ when there is more than a page.
pub async fn plans_list(
    app: &App,
    ctx: &Ctx,
    page: usize,
) -> anyhow::Result<(String, InlineKeyboardMarkup)> {
    let lang = ctx.lang;
    let settings = app.settings(ctx.user.id).await?;
    let plans = reminders::plans(&app.pool, ctx.user.id).await?;
    let add = vec![button(t(lang, "btn-add-plan"), Cb::Add(AddCb::Start))];
    if plans.is_empty() {
        let rows = vec![add, menu_row(lang)];
        return Ok((t(lang, "plans-empty"), InlineKeyboardMarkup::new(rows)));
    }
    let pages = plans.len().div_ceil(PLANS_PER_PAGE);
    let page = page.clamp(1, pages);
    let mut lines = vec![t(lang, "plans-title")];
    if pages > 1 {
        let of = [("page", Arg::count(page)), ("pages", Arg::count(pages))];
        lines[0].push_str(&format!(" · {}", t_args(lang, "plans-page", &of)));
    }
    let mut rows = Vec::new();
    for plan in plans
        .iter()
        .skip((page - 1) * PLANS_PER_PAGE)
        .take(PLANS_PER_PAGE)
    {
        lines.push(plan_line(app, ctx, plan, &settings).await?);
        rows.push(vec![
            button(
                t_args(lang, "btn-renew-n", &[("number", plan.number.into())]),
                Cb::Plan(PlanCb::Renew(plan.number)),
            ),
            button(
                t_args(lang, "btn-delete-n", &[("number", plan.number.into())]),
                Cb::Plan(PlanCb::Delete(plan.number)),
            ),
        ]);
    }
    if pages > 1 {
        // Wrapping around: the last page's ▶ leads to the first.
        let previous = if page == 1 { pages } else { page - 1 };
        let next = if page == pages { 1 } else { page + 1 };
        rows.push(vec![
            button(t(lang, "btn-page-previous"), page_cb(previous)),
            button(t(lang, "btn-page-next"), page_cb(next)),
        ]);
    }
    rows.push(vec![button(
        t(lang, "btn-calendar"),
        Cb::Plan(PlanCb::Calendar),
    )]);
    rows.push(add);
    rows.push(menu_row(lang));
    Ok((lines.join("\n\n"), InlineKeyboardMarkup::new(rows)))
}

fn page_cb(page: usize) -> Cb {
    Cb::Plan(PlanCb::Page(u32::try_from(page).unwrap_or(1)))
}

/// One plan in the list: name, end, countdown, next reminder.
async fn plan_line(
    app: &App,
    ctx: &Ctx,
    plan: &Plan,
    settings: &Settings,
) -> anyhow::Result<String> {
    let lang = ctx.lang;
    let pending = reminders::pending_of(&app.pool, ctx.user.id, plan.number).await?;
    let next = match pending.first() {
        Some((_, due)) => message::when(lang, due.clamped(), &settings.zone),
        None => t(lang, "plan-no-reminders"),
    };
    Ok(t_args(
        lang,
        "plans-line",
        &[
            ("plan", message::plan_name(lang, plan).into()),
            (
                "when",
                message::when(lang, plan.ends_at, &settings.zone).into(),
            ),
            (
                "relative",
                message::relative(lang, plan.ends_at, app.now()).into(),
            ),
            ("next", next.into()),
        ],
    ))
}

/// "Delete plan #3 · Claro?" with yes/no buttons.
pub fn confirm_delete(lang: Lang, plan: &Plan) -> (String, InlineKeyboardMarkup) {
    let text = t_args(
        lang,
        "del-confirm",
        &[("plan", message::plan_name(lang, plan).into())],
    );
    let keyboard = InlineKeyboardMarkup::new(vec![vec![
        button(
            t(lang, "btn-yes-delete"),
            Cb::Plan(PlanCb::DeleteConfirmed(plan.number)),
        ),
        button(t(lang, "btn-keep"), Cb::Plan(PlanCb::Keep)),
    ]]);
    (text, keyboard)
}
