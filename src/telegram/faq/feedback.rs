//! Feedback on an answer. 👍 says thanks; 👎 asks "What was missing?" with three reasons, then
//! takes one optional line of text (an `Awaiting::Comment`: ten minutes, ended by
//! /cancel or any other command). Votes, reasons and comments are stored with the number of the
//! question that led to the answer, so editors read them together in `recarga unanswered`.
use teloxide::types::{InlineKeyboardButton as Button, InlineKeyboardMarkup, MessageId};

use crate::clock::Timestamp;
use crate::faq::{self, Rated};
use crate::i18n::t;
use crate::lang::Lang;
use crate::reminders;
use crate::telegram::awaiting::{self, Asked, Awaiting};
use crate::telegram::callback_data::{button, Cb, FaqCb, Reason, Topic};
use crate::telegram::context::{App, Ctx};
use crate::telegram::out::Out;
use crate::telegram::reply::{self, edit_or_send, shorten, Answer};
use crate::users;

/// The longest comment kept, in characters; the rest is cut.
pub const MAX_COMMENT: usize = 500;

/// The 👍/👎 row under an answer to the user's question number `question` (none from a menu).
pub fn vote_row(lang: Lang, topic: Topic, question: Option<i64>) -> Vec<Button> {
    let vote = |helpful| {
        Cb::Faq(FaqCb::Feedback {
            helpful,
            topic,
            question,
        })
    };
    vec![
        button(t(lang, "btn-helpful"), vote(true)),
        button(t(lang, "btn-not-helpful"), vote(false)),
    ]
}

/// Whether the button still names what it was made for: a topic of the live knowledge base
/// and, when it carries a question number, the user's own question answered with that topic.
async fn still_valid(
    app: &App,
    ctx: &Ctx,
    topic: Topic,
    question: Option<i64>,
) -> anyhow::Result<bool> {
    if app.faq.current().kb.topic(topic.id()).is_none() {
        return Ok(false);
    }
    let Some(number) = question else {
        return Ok(true);
    };
    let answered = faq::answered_topic(&app.pool, ctx.user.id, number).await?;
    Ok(answered.as_deref() == Some(topic.id()))
}

/// 👍 or 👎 on an answer.
pub async fn on_vote(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    helpful: bool,
    topic: Topic,
    question: Option<i64>,
) -> anyhow::Result<Answer> {
    if !still_valid(app, ctx, topic, question).await? {
        return Ok(Answer::Expired);
    }
    let now = app.now().into();
    faq::record_feedback(&app.pool, ctx.user.id, topic.id(), helpful, now).await?;
    if helpful {
        return Ok(Answer::Toast(t(ctx.lang, "faq-helpful-thanks")));
    }
    let rows = Reason::ALL
        .into_iter()
        .map(|reason| {
            let data = Cb::Faq(FaqCb::Reason {
                reason,
                topic,
                question,
            });
            vec![button(t(ctx.lang, reason_key(reason)), data)]
        })
        .collect::<Vec<_>>();
    let keyboard = Some(InlineKeyboardMarkup::new(rows));
    reply::send(bot, ctx.chat, t(ctx.lang, "faq-missing-ask"), keyboard).await?;
    Ok(Answer::Done)
}

fn reason_key(reason: Reason) -> &'static str {
    match reason {
        Reason::WrongTopic => "btn-reason-wrong-topic",
        Reason::Outdated => "btn-reason-outdated",
        Reason::Unclear => "btn-reason-unclear",
    }
}

/// A reason picked under "What was missing?": stored, then one line of text is invited, unless
/// the user is in the middle of another flow (whose pending step must not be overwritten).
pub async fn on_reason(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    reason: Reason,
    topic: Topic,
    question: Option<i64>,
) -> anyhow::Result<Answer> {
    if !still_valid(app, ctx, topic, question).await? {
        return Ok(Answer::Expired);
    }
    let now = Timestamp::of(app.now());
    let rated = Rated {
        topic: topic.id(),
        question,
    };
    faq::record_reason(&app.pool, ctx.user.id, rated, reason.name(), now).await?;
    let busy = match awaiting::fresh(&app.pool, ctx.user.id, now).await? {
        Some(Awaiting::Comment { .. }) | None => false,
        Some(_) => true,
    };
    let key = if busy {
        "faq-missing-thanks"
    } else {
        let comment = Awaiting::Comment { topic, question };
        awaiting::expect(&app.pool, ctx.user.id, &comment, now).await?;
        "faq-missing-comment"
    };
    edit_or_send(bot, ctx, message, t(ctx.lang, key), None).await?;
    Ok(Answer::Done)
}

/// The line typed after a reason, on the answer with `topic` to the user's question number
/// `question`: stored with it. Returns false (the text is then read as a question) when nothing
/// visible was typed.
pub async fn on_comment(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    topic: Topic,
    question: Option<i64>,
    text: &str,
) -> anyhow::Result<bool> {
    users::clear_input(&app.pool, ctx.user.id).await?;
    let Some(comment) = clean_comment(text) else {
        return Ok(false);
    };
    let rated = Rated {
        topic: topic.id(),
        question,
    };
    faq::record_comment(&app.pool, ctx.user.id, rated, &comment).await?;
    reply::send(bot, ctx.chat, t(ctx.lang, "faq-comment-saved"), None).await?;
    Ok(true)
}

/// Any command but /cancel ends the wait for a comment (/cancel ends it itself, and says so).
pub async fn end_comment(app: &App, ctx: &Ctx) -> anyhow::Result<()> {
    let now = Timestamp::of(app.now());
    if let Some(
        Asked::Fresh(Awaiting::Comment { .. })
        | Asked::Expired {
            awaiting: Awaiting::Comment { .. },
            ..
        },
    ) = awaiting::asked(&app.pool, ctx.user.id, now).await?
    {
        users::clear_input(&app.pool, ctx.user.id).await?;
    }
    Ok(())
}

/// The comment as stored: hidden characters removed, whitespace (newlines too) collapsed to
/// single spaces, at most `MAX_COMMENT` characters; `None` when nothing visible is left.
fn clean_comment(text: &str) -> Option<String> {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let clean = reminders::clean_label(&one_line)?;
    Some(shorten(&clean, MAX_COMMENT - 1))
}
