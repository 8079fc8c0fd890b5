//! How plans are shown: the echo after saving (end with weekday, zone and "in N days", the
//! reminder schedule, fix/delete buttons), the `/plans` list, the settings summary, the delete
//! confirmation, and the calendar file.
use teloxide::types::{InlineKeyboardButton as Button, InlineKeyboardMarkup};

use super::context::{App, Ctx};
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::reminders::{self, message, Plan, Settings};

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
        Button::callback(t(lang, "btn-fix-date"), format!("plan:fix:{}", plan.number)),
        Button::callback(t(lang, "btn-delete"), format!("plan:del:{}", plan.number)),
    ]]);
    Ok((text, keyboard))
}

/// The `/plans` message: each plan with its end and next reminder, and a button row per plan.
pub async fn plans_list(app: &App, ctx: &Ctx) -> anyhow::Result<(String, InlineKeyboardMarkup)> {
    let lang = ctx.lang;
    let settings = app.settings(ctx.user.id).await?;
    let plans = reminders::plans(&app.pool, ctx.user.id).await?;
    let add = vec![Button::callback(t(lang, "btn-add-plan"), "add")];
    if plans.is_empty() {
        return Ok((t(lang, "plans-empty"), InlineKeyboardMarkup::new(vec![add])));
    }
    let mut lines = vec![t(lang, "plans-title")];
    let mut rows = Vec::new();
    for plan in &plans {
        let pending = reminders::pending_of(&app.pool, ctx.user.id, plan.number).await?;
        let next = match pending.first() {
            Some((_, due)) => {
                let due = chrono::DateTime::from_timestamp(*due, 0).unwrap_or_default();
                message::when(lang, due, &settings.zone)
            }
            None => t(lang, "plan-no-reminders"),
        };
        lines.push(t_args(
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
        ));
        rows.push(vec![
            Button::callback(
                t_args(lang, "btn-renew-n", &[("number", plan.number.into())]),
                format!("plan:renew:{}", plan.number),
            ),
            Button::callback(
                t_args(lang, "btn-delete-n", &[("number", plan.number.into())]),
                format!("plan:del:{}", plan.number),
            ),
        ]);
    }
    rows.push(vec![Button::callback(t(lang, "btn-calendar"), "plans:ics")]);
    rows.push(add);
    Ok((lines.join("\n\n"), InlineKeyboardMarkup::new(rows)))
}

/// "Delete plan #3 · Claro?" with yes/no buttons.
pub fn confirm_delete(lang: Lang, plan: &Plan) -> (String, InlineKeyboardMarkup) {
    let text = t_args(
        lang,
        "del-confirm",
        &[("plan", message::plan_name(lang, plan).into())],
    );
    let keyboard = InlineKeyboardMarkup::new(vec![vec![
        Button::callback(
            t(lang, "btn-yes-delete"),
            format!("plan:delok:{}", plan.number),
        ),
        Button::callback(t(lang, "btn-keep"), "plan:keep"),
    ]]);
    (text, keyboard)
}

/// The user's reminder settings in words.
pub fn settings_summary(lang: Lang, settings: &Settings) -> String {
    let leads: Vec<String> = settings
        .leads
        .iter()
        .map(|lead| message::lead_words(lang, &reminders::format_leads(&[*lead])))
        .collect();
    t_args(
        lang,
        "settings-summary",
        &[
            ("leads", leads.join(", ").into()),
            (
                "remindat",
                settings.remind_at.format("%H:%M").to_string().into(),
            ),
            ("zone", settings.zone.name().into()),
        ],
    )
}
