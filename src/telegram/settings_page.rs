//! The main menu (`/menu`, the `/start` buttons) and the `/settings` page: language, zone, leads
//! and remind-at time in words, a button per item opening its choices, and a way back from
//! every screen. Screens reached by a button replace the message holding it.
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::callback_data::{button, presets, AddCb, Cb, FaqCb, Item, LineCb, MenuCb};
use super::callbacks::Answer;
use super::context::{App, Ctx};
use super::out::Out;
use super::plan_views::{leads_in_words, plans_list};
use super::reply::edit_or_send;
use super::settings::{in_pairs, zone_button, Setting};
use super::{reply, HandlerResult};
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::reminders::zone::names;
use crate::reminders::{self};
use crate::users;

impl From<Setting> for Item {
    fn from(which: Setting) -> Item {
        match which {
            Setting::Leads => Item::Leads,
            Setting::RemindAt => Item::RemindAt,
            Setting::Zone => Item::Zone,
        }
    }
}

/// `/menu`: the main actions as buttons.
pub async fn menu(bot: &Out, ctx: &Ctx) -> HandlerResult {
    let text = t(ctx.lang, "menu-title");
    reply::send(bot, ctx.chat, text, Some(menu_keyboard(ctx.lang))).await
}

/// Ask · Add a plan · My plans · Settings.
pub fn menu_rows(lang: Lang) -> Vec<Vec<InlineKeyboardButton>> {
    vec![
        vec![
            button(t(lang, "btn-faq"), Cb::Faq(FaqCb::Home)),
            button(t(lang, "btn-add-plan"), Cb::Add(AddCb::Start)),
        ],
        vec![
            button(t(lang, "btn-my-plans"), Cb::Menu(MenuCb::Plans)),
            button(t(lang, "btn-settings"), Cb::Menu(MenuCb::Settings)),
        ],
        vec![button(t(lang, "btn-menu-line"), Cb::Line(LineCb::FromMenu))],
    ]
}

fn menu_keyboard(lang: Lang) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(menu_rows(lang))
}

/// The row that leads back to the main menu.
pub fn menu_row(lang: Lang) -> Vec<InlineKeyboardButton> {
    vec![button(t(lang, "btn-menu"), Cb::Menu(MenuCb::Home))]
}

/// `rows` and a last row leading back to `to` (« Back to the page, « Menu to the menu).
pub fn with_back(
    mut rows: Vec<Vec<InlineKeyboardButton>>,
    lang: Lang,
    to: MenuCb,
) -> Vec<Vec<InlineKeyboardButton>> {
    let key = if to == MenuCb::Home {
        "btn-menu"
    } else {
        "btn-back-page"
    };
    rows.push(vec![button(t(lang, key), Cb::Menu(to))]);
    rows
}

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
        Item::Lang => {
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
        Item::Zone => {
            let zone = crate::reminders::zone::label(&settings.zone, lang, app.now());
            let buttons = names::COMMON
                .iter()
                .map(|tz| zone_button(app, ctx, *tz))
                .collect();
            let text = t_args(lang, "settings-zone-choose", &[("zone", zone.into())]);
            (text, in_pairs(buttons))
        }
        Item::Leads => {
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
        Item::RemindAt => {
            let buttons = presets(Setting::RemindAt)
                .iter()
                .map(|value| button(*value, Cb::Set(Setting::RemindAt, value)))
                .collect();
            let at = settings.remind_at.format("%H:%M").to_string();
            let text = t_args(lang, "settings-remindat-choose", &[("remindat", at.into())]);
            (text, in_pairs(buttons))
        }
    };
    let rows = with_back(rows, lang, MenuCb::Settings);
    Ok((text, InlineKeyboardMarkup::new(rows)))
}

/// A menu or settings-page button; the screen it opens replaces `message`.
pub async fn on_callback(
    bot: &Out,
    app: &App,
    ctx: Ctx,
    message: Option<MessageId>,
    cb: MenuCb,
) -> anyhow::Result<Answer> {
    let (text, keyboard) = match cb {
        MenuCb::Home => (t(ctx.lang, "menu-title"), menu_keyboard(ctx.lang)),
        MenuCb::Plans => plans_list(app, &ctx, 1).await?,
        MenuCb::Settings => page(app, &ctx).await?,
        MenuCb::Open(item) => sub_screen(app, &ctx, item).await?,
        MenuCb::Lang(lang) => {
            users::set_language(&app.pool, ctx.user.id, lang).await?;
            let ctx = Ctx { lang, ..ctx };
            let (page, keyboard) = page(app, &ctx).await?;
            let done = t_args(
                lang,
                "settings-done",
                &[("what", t(lang, "lang-set").into())],
            );
            let text = format!("{done}\n\n{page}");
            edit_or_send(bot, &ctx, message, text, Some(keyboard)).await?;
            return Ok(Answer::Done);
        }
    };
    edit_or_send(bot, &ctx, message, text, Some(keyboard)).await?;
    Ok(Answer::Done)
}
