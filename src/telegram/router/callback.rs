//! Every button press comes here first: its data is parsed into a `Cb` once, routed by
//! variant, and the press is always answered so the button stops spinning. Data that does not
//! parse, or names what no longer exists, gets the "this button has expired" toast and changes
//! nothing.
use teloxide::prelude::*;

use crate::i18n::t;
use crate::telegram::callback_data::Cb;
use crate::telegram::context::{App, Ctx};
use crate::telegram::out::Out;
use crate::telegram::reply::{self, Answer, HandlerResult};
use crate::telegram::{faq, lines, menu, plans, privacy, settings, start};

/// Parses the data of a button press and routes it.
pub async fn on_callback(bot: Out, app: App, ctx: Ctx, query: CallbackQuery) -> HandlerResult {
    let (lang, chat) = (ctx.lang, ctx.chat);
    let data = query.data.as_deref().unwrap_or_default();
    let answer = match data.parse::<Cb>() {
        Ok(cb) => route(&bot, &app, ctx, &query, cb).await,
        Err(error) => {
            tracing::debug!(%error, data, user = query.from.id.0, "button data refused");
            Ok(Answer::Expired)
        }
    };
    // Answer whatever happened: a failed handler must not leave the user's button spinning.
    let text = match &answer {
        Ok(Answer::Toast(text)) => Some(text.clone()),
        Ok(Answer::Expired) => Some(t(lang, "button-expired")),
        Ok(Answer::Done) | Err(_) => None,
    };
    reply::answer(&bot, chat, query.id.clone(), text).await?;
    answer.map(|_| ())
}

async fn route(
    bot: &Out,
    app: &App,
    ctx: Ctx,
    query: &CallbackQuery,
    cb: Cb,
) -> anyhow::Result<Answer> {
    let message = query.message.as_ref().map(|m| m.id());
    match cb {
        Cb::Lang(lang) => start::on_lang_callback(bot, app, ctx, lang)
            .await
            .map(|()| Answer::Done),
        Cb::Faq(cb) => faq::on_callback(bot, app, &ctx, message, cb).await,
        Cb::Add(step) => plans::on_step(bot, app, &ctx, message, step).await,
        Cb::Set(which, value) => settings::on_preset(bot, app, &ctx, message, which, value)
            .await
            .map(|()| Answer::Done),
        Cb::Plan(cb) => plans::on_callback(bot, app, &ctx, message, cb).await,
        Cb::Line(cb) => lines::on_callback(bot, app, &ctx, message, cb).await,
        Cb::Menu(cb) => menu::on_callback(bot, app, ctx, message, cb).await,
        Cb::Forget(cb) => privacy::on_callback(bot, app, &ctx, message, cb).await,
    }
}
