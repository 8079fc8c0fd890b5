//! Routes a typed command to its handler; any command but `/cancel` first ends the wait for an
//! optional comment on an answer.
use teloxide::types::Me;

use crate::telegram::callback_data::Setting;
use crate::telegram::commands::Command;
use crate::telegram::context::{App, Ctx};
use crate::telegram::out::Out;
use crate::telegram::reply::HandlerResult;
use crate::telegram::{faq, lines, menu, plans, privacy, settings, start, stats};

/// Routes a parsed command to its handler. Admin-only commands arrive here from admins only
/// (see `super::allowed`).
pub async fn on_command(bot: Out, app: App, ctx: Ctx, me: Me, cmd: Command) -> HandlerResult {
    let bot = &bot;
    if !matches!(cmd, Command::Cancel) {
        faq::end_comment(&app, &ctx).await?;
    }
    match cmd {
        Command::Start(_) => start::start(bot, &ctx).await,
        Command::Help => start::help(bot, &ctx, me.username()).await,
        Command::Lang(arg) => start::lang_command(bot, &app, ctx, arg.trim()).await,
        Command::Faq => faq::browse(bot, &app, &ctx).await,
        Command::Reload => faq::reload(bot, &app, &ctx).await,
        Command::Stats => stats::stats(bot, &app, &ctx).await,
        Command::Add(args) => plans::add(bot, &app, &ctx, &args).await,
        Command::Plans => plans::list(bot, &app, &ctx).await,
        Command::Del(args) => plans::delete(bot, &app, &ctx, &args).await,
        Command::Renew(args) => plans::renew(bot, &app, &ctx, &args).await,
        Command::Leads(args) => settings::setting(bot, &app, &ctx, Setting::Leads, &args).await,
        Command::Remindat(args) => {
            settings::setting(bot, &app, &ctx, Setting::RemindAt, &args).await
        }
        Command::Tz(args) => settings::setting(bot, &app, &ctx, Setting::Zone, &args).await,
        Command::Menu => menu::menu(bot, &ctx).await,
        Command::Settings => settings::settings(bot, &app, &ctx).await,
        Command::Line(args) => lines::command(bot, &app, &ctx, &args).await,
        Command::Cancel => plans::cancel(bot, &app, &ctx).await,
        Command::Export => privacy::export(bot, &app, &ctx).await,
        Command::Forget => privacy::forget(bot, &app, &ctx).await,
    }
}
