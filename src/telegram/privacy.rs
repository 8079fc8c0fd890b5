//! `/export` and `/forget`: a user takes everything the bot stores about them as a JSON file,
//! or deletes all of it after a confirmation that names what will go (see `crate::privacy`).
use teloxide::types::{InlineKeyboardMarkup, InputFile, MessageId};

use super::callback_data::{button, Cb, ForgetCb};
use super::context::{App, Ctx};
use super::out::Out;
use super::reply::{self, edit_or_send, Answer, HandlerResult};
use crate::i18n::{t, t_args, Arg};
use crate::privacy;

/// `/export`: everything stored about the user, as one JSON document.
pub async fn export(bot: &Out, app: &App, ctx: &Ctx) -> HandlerResult {
    let document = privacy::export(&app.pool, ctx.user.id, app.now().into()).await?;
    let json = serde_json::to_vec_pretty(&document)?;
    let file = InputFile::memory(json).file_name("recarga-my-data.json");
    reply::document(bot, ctx.chat, file, t(ctx.lang, "export-caption")).await
}

/// `/forget`: says what would be deleted, with "Delete everything" and "Keep" buttons.
pub async fn forget(bot: &Out, app: &App, ctx: &Ctx) -> HandlerResult {
    let lang = ctx.lang;
    let stored = privacy::inventory(&app.pool, ctx.user.id).await?;
    let text = t_args(
        lang,
        "forget-confirm",
        &[
            ("plans", Arg::Num(stored.plans)),
            ("lines", Arg::Num(stored.lines)),
            ("reminders", Arg::Num(stored.reminders)),
            ("questions", Arg::Num(stored.questions)),
            ("feedback", Arg::Num(stored.feedback)),
        ],
    );
    let keyboard = InlineKeyboardMarkup::new(vec![
        vec![button(
            t(lang, "btn-forget-yes"),
            Cb::Forget(ForgetCb::Confirm),
        )],
        vec![button(t(lang, "btn-forget-no"), Cb::Forget(ForgetCb::Keep))],
    ]);
    reply::send(bot, ctx.chat, text, Some(keyboard)).await
}

/// The confirmation's buttons: delete everything, or keep it; the answer replaces the question.
pub async fn on_callback(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    cb: ForgetCb,
) -> anyhow::Result<Answer> {
    let key = match cb {
        ForgetCb::Confirm => {
            let rows = privacy::forget(&app.pool, ctx.user.id).await?;
            tracing::info!(
                user = ctx.user.id,
                rows,
                "a user was forgotten at their request"
            );
            "forget-done"
        }
        ForgetCb::Keep => "forget-kept",
    };
    edit_or_send(bot, ctx, message, t(ctx.lang, key), None).await?;
    Ok(Answer::Done)
}
