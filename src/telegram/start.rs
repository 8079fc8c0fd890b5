//! `/start`, `/help` and `/lang`: the greeting with the main menu as buttons, the localized
//! command list, and the language picker (typed or tapped), which persists the choice.
use teloxide::types::InlineKeyboardMarkup;

use super::callback_data::{button, Cb};
use super::commands::help_text;
use super::context::{App, Ctx};
use super::keyboards::menu_rows;
use super::out::Out;
use super::reply::{self, echo, HandlerResult};
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::users;

/// A tap on a language button: `None` opens the picker, a language picks it.
pub async fn on_lang_callback(bot: &Out, app: &App, ctx: Ctx, lang: Option<Lang>) -> HandlerResult {
    match lang {
        Some(lang) => set_lang(bot, app, ctx, lang).await,
        None => lang_picker(bot, &ctx).await,
    }
}

/// `/start`: the greeting, with the main menu and the language picker.
pub async fn start(bot: &Out, ctx: &Ctx) -> HandlerResult {
    let name = teloxide::utils::html::escape(&ctx.first_name);
    let text = format!(
        "{}\n{}\n\n{}",
        t_args(ctx.lang, "start-greeting", &[("name", name.into())]),
        t(ctx.lang, "start-what"),
        t(ctx.lang, "start-faq-ready")
    );
    reply::send(bot, ctx.chat, text, Some(main_actions(ctx.lang))).await
}

/// The buttons under `/start`: the main menu, and the language picker for who cannot read this.
fn main_actions(lang: Lang) -> InlineKeyboardMarkup {
    let mut rows = menu_rows(lang);
    rows.push(vec![button(t(lang, "btn-language"), Cb::Lang(None))]);
    InlineKeyboardMarkup::new(rows)
}

/// Sends the localized command list.
pub async fn help(bot: &Out, ctx: &Ctx, bot_name: &str) -> HandlerResult {
    reply::send(bot, ctx.chat, help_text(ctx.lang, bot_name), None).await
}

/// `/lang [code]`: picks the language, or shows the picker.
pub async fn lang_command(bot: &Out, app: &App, ctx: Ctx, arg: &str) -> HandlerResult {
    if arg.is_empty() {
        return lang_picker(bot, &ctx).await;
    }
    match Lang::from_code(arg) {
        Some(lang) => set_lang(bot, app, ctx, lang).await,
        None => {
            let code = echo(arg);
            let text = t_args(ctx.lang, "lang-unknown", &[("code", code.into())]);
            reply::send(bot, ctx.chat, text, Some(lang_keyboard())).await
        }
    }
}

async fn lang_picker(bot: &Out, ctx: &Ctx) -> HandlerResult {
    reply::send(
        bot,
        ctx.chat,
        t(ctx.lang, "lang-choose"),
        Some(lang_keyboard()),
    )
    .await
}

fn lang_keyboard() -> InlineKeyboardMarkup {
    let names = [
        (Lang::Zh, "中文"),
        (Lang::Es, "Español"),
        (Lang::En, "English"),
    ];
    InlineKeyboardMarkup::new(vec![names
        .iter()
        .map(|(lang, name)| button(*name, Cb::Lang(Some(*lang))))
        .collect::<Vec<_>>()])
}

async fn set_lang(bot: &Out, app: &App, ctx: Ctx, lang: Lang) -> HandlerResult {
    users::set_language(&app.pool, ctx.user.id, lang).await?;
    reply::send(bot, ctx.chat, t(lang, "lang-set"), None).await
}
