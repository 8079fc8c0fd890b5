//! Every button press comes here first: routed by the prefix of its callback data, then
//! answered (with a short toast when the handler has one) so the button stops spinning.
use teloxide::prelude::*;

use super::context::{App, Ctx};
use super::out::Out;
use super::{add_flow, faq, plan_buttons, plans, start, HandlerResult};

/// Routes a callback query by its data's prefix.
pub async fn on_callback(bot: Out, app: App, ctx: Ctx, query: CallbackQuery) -> HandlerResult {
    let data = query.data.as_deref().unwrap_or_default();
    let message = query.message.as_ref().map(|m| m.id());
    let prefix = data.split(':').next().unwrap_or_default();
    let outcome = match prefix {
        "lang" => start::on_lang_callback(&bot, &app, ctx.clone(), data)
            .await
            .map(|()| None),
        "faq" | "fb" => faq::on_callback(&bot, &app, &ctx, message, data).await,
        "add" if data == "add" => add_flow::start(&bot, &ctx).await.map(|()| None),
        "add" => add_flow::on_callback(&bot, &app, &ctx, message, data)
            .await
            .map(|()| None),
        "set" => plans::on_preset(&bot, &app, &ctx, data)
            .await
            .map(|()| None),
        "plan" | "plans" | "rm" => plan_buttons::on_callback(&bot, &app, &ctx, message, data)
            .await
            .map(|()| None),
        _ => {
            tracing::debug!(data, "callback with unknown data");
            Ok(None)
        }
    };
    // Answer whatever happened: a failed handler must not leave the user's button spinning.
    let toast = outcome.as_ref().ok().cloned().flatten();
    super::reply::answer(&bot, ctx.chat, query.id.clone(), toast).await?;
    outcome.map(|_| ())
}
