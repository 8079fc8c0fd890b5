//! The `/settings` page: language, zone, leads and remind-at time in words, a button per item
//! opening its choices, and a way back from every screen.
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::reminders::zone::names;
use crate::reminders::{self, Lead, Settings, UserZone};
use crate::telegram::callback_data::{button, presets, Cb, Item, MenuCb, Setting};
use crate::telegram::context::{App, Ctx};
use crate::telegram::keyboards::{in_pairs, menu_row, with_back};
use crate::telegram::out::Out;
use crate::telegram::reply::{self, HandlerResult};

/// `/settings`: the page as a new message.
pub async fn settings(bot: &Out, app: &App, ctx: &Ctx) -> HandlerResult {
    let (text, keyboard) = page(app, ctx).await?;
    let text = format!("{text}\n\n{}", t(ctx.lang, "settings-page-hint"));
    reply::send(bot, ctx.chat, text, Some(keyboard)).await
}

/// The settings page: every value in words, a button per item, and « Menu.
pub async fn page(app: &App, ctx: &Ctx) -> anyhow::Result<(String, InlineKeyboardMarkup)> {
    let lang = ctx.lang;
    let settings = app.settings(ctx.user.id).await?;
    let args = [
        ("lang", t(lang, "lang-name").into()),
        (
            "zone",
            crate::reminders::zone::label(&settings.zone, lang, app.now()).into(),
        ),
        ("leads", leads_in_words(lang, &settings.leads).into()),
        (
            "remindat",
            settings.remind_at.format("%H:%M").to_string().into(),
        ),
    ];
    let text = t_args(lang, "settings-page", &args);
    let item = |key: &str, item: Item| button(t(lang, key), Cb::Menu(MenuCb::Open(item)));
    let rows = vec![
        vec![
            item("btn-set-lang", Item::Lang),
            item("btn-set-zone", Item::Zone),
        ],
        vec![
            item("btn-set-leads", Item::Leads),
            item("btn-set-remindat", Item::RemindAt),
        ],
        menu_row(lang),
    ];
    Ok((text, InlineKeyboardMarkup::new(rows)))
}

/// One item's choices: its current value, the presets as buttons, how to type another, and
/// « Back to the page.
pub async fn sub_screen(
    app: &App,
    ctx: &Ctx,
    item: Item,
) -> anyhow::Result<(String, InlineKeyboardMarkup)> {
    let lang = ctx.lang;
    let settings = app.settings(ctx.user.id).await?;
    let (text, rows) = match item {
        Item::Lang => lang_choices(lang),
        Item::Zone => zone_choices(app, ctx, &settings),
        Item::Leads => leads_choices(lang, &settings),
        Item::RemindAt => remind_at_choices(lang, &settings),
    };
    let rows = with_back(rows, lang, MenuCb::Settings);
    Ok((text, InlineKeyboardMarkup::new(rows)))
}

/// The languages, each picked in place.
fn lang_choices(lang: Lang) -> (String, Vec<Vec<InlineKeyboardButton>>) {
    let rows = vec![Lang::ALL
        .into_iter()
        .map(|choice| button(t(choice, "lang-name"), Cb::Menu(MenuCb::Lang(choice))))
        .collect()];
    let text = t_args(
        lang,
        "settings-lang-choose",
        &[("lang", t(lang, "lang-name").into())],
    );
    (text, rows)
}

/// The common zones, with the current one in words.
fn zone_choices(
    app: &App,
    ctx: &Ctx,
    settings: &Settings,
) -> (String, Vec<Vec<InlineKeyboardButton>>) {
    let lang = ctx.lang;
    let zone = crate::reminders::zone::label(&settings.zone, lang, app.now());
    let buttons = names::COMMON
        .iter()
        .map(|tz| zone_button(app, ctx, *tz))
        .collect();
    let text = t_args(lang, "settings-zone-choose", &[("zone", zone.into())]);
    (text, in_pairs(buttons))
}

/// The leads presets in words.
fn leads_choices(lang: Lang, settings: &Settings) -> (String, Vec<Vec<InlineKeyboardButton>>) {
    let rows = presets(Setting::Leads)
        .iter()
        .filter_map(|value| {
            let leads = reminders::parse_leads(value).ok()?;
            let words = leads_in_words(lang, &leads);
            Some(vec![button(words, Cb::Set(Setting::Leads, value))])
        })
        .collect();
    let words = leads_in_words(lang, &settings.leads);
    let text = t_args(lang, "settings-leads-choose", &[("leads", words.into())]);
    (text, rows)
}

/// The remind-at presets.
fn remind_at_choices(lang: Lang, settings: &Settings) -> (String, Vec<Vec<InlineKeyboardButton>>) {
    let buttons = presets(Setting::RemindAt)
        .iter()
        .map(|value| button(*value, Cb::Set(Setting::RemindAt, value)))
        .collect();
    let at = settings.remind_at.format("%H:%M").to_string();
    let text = t_args(lang, "settings-remindat-choose", &[("remindat", at.into())]);
    (text, in_pairs(buttons))
}

/// A zone button: "Lima (UTC−5)" that sets `America/Lima`.
pub fn zone_button(app: &App, ctx: &Ctx, tz: chrono_tz::Tz) -> InlineKeyboardButton {
    let label = crate::reminders::zone::label(&UserZone::Named(tz), ctx.lang, app.now());
    button(label, Cb::Set(Setting::Zone, tz.name()))
}

/// Leads in words, in the user's language: "3 days, 1 day before and on the day". A lead
/// followed by another "before" lead takes the short form where the language has one.
pub fn leads_in_words(lang: Lang, leads: &[Lead]) -> String {
    let before = |lead: &Lead| matches!(lead, Lead::Minutes(_) | Lead::Days(1..));
    let mut items = leads.iter().enumerate().map(|(i, lead)| {
        let short = before(lead) && leads.get(i + 1).is_some_and(before);
        lead_item(lang, *lead, short)
    });
    let Some(mut text) = items.next() else {
        return t(lang, "leads-none");
    };
    let mut rest = items.peekable();
    while let Some(item) = rest.next() {
        let key = if rest.peek().is_some() {
            "leads-list-more"
        } else {
            "leads-list-last"
        };
        text = t_args(lang, key, &[("head", text.into()), ("item", item.into())]);
    }
    text
}

fn lead_item(lang: Lang, lead: Lead, short: bool) -> String {
    let (unit, count) = match lead {
        Lead::Days(0) => return t(lang, "leads-on-the-day"),
        Lead::AtEnd => return t(lang, "leads-when-it-ends"),
        Lead::Days(days) => ("days", days),
        Lead::Minutes(minutes) if minutes % 60 == 0 => ("hours", minutes / 60),
        Lead::Minutes(minutes) => ("minutes", minutes),
    };
    let form = if short { "short" } else { "item" };
    let key = format!("leads-{form}-{unit}");
    t_args(lang, &key, &[("count", i64::from(count).into())])
}
