//! The main menu (`/menu`, the `/start` buttons) and its buttons: my plans, the settings page,
//! one setting's choices, and a language picked on the settings page. Screens reached by a
//! button replace the message holding it.
use teloxide::types::MessageId;

use super::callback_data::MenuCb;
use super::context::{App, Ctx};
use super::keyboards::menu_keyboard;
use super::out::Out;
use super::reply::{self, edit_or_send, Answer, HandlerResult};
use super::{plans, settings};
use crate::i18n::{t, t_args};
use crate::users;

/// `/menu`: the main actions as buttons.
pub async fn menu(bot: &Out, ctx: &Ctx) -> HandlerResult {
    let text = t(ctx.lang, "menu-title");
    reply::send(bot, ctx.chat, text, Some(menu_keyboard(ctx.lang))).await
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
        MenuCb::Plans => plans::plans_list(app, &ctx, 1).await?,
        MenuCb::Settings => settings::page(app, &ctx).await?,
        MenuCb::Open(item) => settings::sub_screen(app, &ctx, item).await?,
        MenuCb::Lang(lang) => {
            users::set_language(&app.pool, ctx.user.id, lang).await?;
            let ctx = Ctx { lang, ..ctx };
            let (page, keyboard) = settings::page(app, &ctx).await?;
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
