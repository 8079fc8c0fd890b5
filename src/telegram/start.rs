//! `/start`, `/help` and `/lang`: the greeting with the main menu as buttons, the localized
//! command list, and the language picker (typed or tapped), which persists the choice. Every
//! command is routed from here.
use teloxide::types::{InlineKeyboardMarkup, Me};

use super::callback_data::Setting;
use super::callback_data::{button, Cb};
use super::commands::{help_text, Command};
use super::context::{App, Ctx};
use super::fallback::echo;
use super::out::Out;
use super::settings;
use super::settings_page::{self, menu_rows};
use super::{add_typed, faq, plans, reply, HandlerResult};
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::users;

/// Routes a parsed command to its handler.
pub async fn on_command(bot: Out, app: App, ctx: Ctx, me: Me, cmd: Command) -> HandlerResult {
    let bot = &bot;
    if !matches!(cmd, Command::Cancel) {
        super::faq_feedback::end_comment(&app, &ctx).await?;
    }
    match cmd {
        Command::Start(_) => start(bot, &ctx).await,
        Command::Help => help(bot, &ctx, me.username()).await,
        Command::Lang(arg) => lang_command(bot, &app, ctx, arg.trim()).await,
        Command::Faq => faq::browse(bot, &app, &ctx).await,
        Command::Reload => faq::reload(bot, &app, &ctx).await,
        Command::Add(args) => plans::add(bot, &app, &ctx, &args).await,
        Command::Plans => plans::list(bot, &app, &ctx).await,
        Command::Del(args) => plans::delete(bot, &app, &ctx, &args).await,
        Command::Renew(args) => plans::renew(bot, &app, &ctx, &args).await,
        Command::Leads(args) => settings::setting(bot, &app, &ctx, Setting::Leads, &args).await,
        Command::Remindat(args) => {
            settings::setting(bot, &app, &ctx, Setting::RemindAt, &args).await
        }
        Command::Tz(args) => settings::setting(bot, &app, &ctx, Setting::Zone, &args).await,
        Command::Menu => settings_page::menu(bot, &ctx).await,
        Command::Settings => settings_page::settings(bot, &app, &ctx).await,
        Command::Line(args) => super::lines::command(bot, &app, &ctx, &args).await,
        Command::Cancel => add_typed::cancel(bot, &app, &ctx).await,
    }
}

/// A tap on a language button: `None` opens the picker, a language picks it.
pub async fn on_lang_callback(bot: &Out, app: &App, ctx: Ctx, lang: Option<Lang>) -> HandlerResult {
    match lang {
        Some(lang) => set_lang(bot, app, ctx, lang).await,
        None => lang_picker(bot, &ctx).await,
    }
}

async fn start(bot: &Out, ctx: &Ctx) -> HandlerResult {
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

async fn lang_command(bot: &Out, app: &App, ctx: Ctx, arg: &str) -> HandlerResult {
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
