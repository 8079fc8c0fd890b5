//! `/stats` (admins only; the router answers anyone else as it answers an unknown command):
//! the figures `crate::stats` counts, as one HTML message in the admin's language.
use crate::i18n::{t, t_args, Arg};
use crate::lang::Lang;
use crate::stats::{self, Questions, Reminders, Stats, LATE_AFTER_SECS, REASONS};
use crate::telegram::context::{App, Ctx};
use crate::telegram::out::Out;
use crate::telegram::reply::{self, escape_within, HandlerResult};

/// How many characters (escaped) of an unanswered question the message shows.
pub const QUESTION_CHARS: usize = 80;
/// The longest 👎 reason the message repeats; the bot only stores its own short codes.
const REASON_CHARS: usize = 40;

/// `/stats`: counts as of now and replies with the figures.
pub async fn stats(bot: &Out, app: &App, ctx: &Ctx) -> HandlerResult {
    let stats = stats::collect(&app.pool, app.now().into()).await?;
    reply::send(bot, ctx.chat, render(ctx.lang, &stats), None).await
}

/// The message: a few fixed lines and at most `TOP_QUESTIONS` questions of at most
/// `QUESTION_CHARS` characters each, so it always fits in one Telegram message.
pub fn render(lang: Lang, stats: &Stats) -> String {
    let users = &stats.users;
    let mut lines = vec![
        t(lang, "stats-title"),
        String::new(),
        t_args(
            lang,
            "stats-users",
            &[
                ("total", users.total.into()),
                ("week", users.active_week.into()),
                ("month", users.active_month.into()),
                ("blocked", users.blocked.into()),
            ],
        ),
        t_args(
            lang,
            "stats-plans",
            &[("plans", stats.plans.into()), ("lines", stats.lines.into())],
        ),
        String::new(),
        t_args(lang, "stats-reminders", &[("late", LATE_AFTER_SECS.into())]),
        reminders(lang, "stats-reminders-day", &stats.reminders_day),
        reminders(lang, "stats-reminders-week", &stats.reminders_week),
        String::new(),
    ];
    lines.extend(questions(lang, &stats.questions));
    lines.push(String::new());
    lines.extend(unanswered(lang, &stats.top_unanswered));
    lines.push(String::new());
    lines.push(feedback(lang, stats));
    lines.join("\n")
}

fn reminders(lang: Lang, key: &str, counts: &Reminders) -> String {
    let args = [
        ("sent", counts.sent.into()),
        ("late", counts.late.into()),
        ("failed", counts.failed.into()),
    ];
    t_args(lang, key, &args)
}

fn questions(lang: Lang, counts: &Questions) -> Vec<String> {
    let share = |key: &str, n: i64| {
        let args = [("count", n.into()), ("share", counts.percent(n).into())];
        t_args(lang, key, &args)
    };
    vec![
        t_args(lang, "stats-faq", &[("total", counts.total().into())]),
        share("stats-faq-answered", counts.answered),
        share("stats-faq-suggested", counts.suggested),
        share("stats-faq-unanswered", counts.unanswered),
    ]
}

fn unanswered(lang: Lang, top: &[(String, i64)]) -> Vec<String> {
    let mut lines = vec![t(lang, "stats-unanswered")];
    if top.is_empty() {
        lines.push(t(lang, "stats-unanswered-none"));
    }
    for (text, count) in top {
        // On one line, whatever the user typed; escaped and cut as one, so no entity is split.
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let args = [
            ("count", Arg::Num(*count)),
            ("question", escape_within(&flat, QUESTION_CHARS).into()),
        ];
        lines.push(t_args(lang, "stats-unanswered-item", &args));
    }
    lines
}

fn feedback(lang: Lang, stats: &Stats) -> String {
    // The reasons the bot offers first, in its order; any other stored one after them.
    let known = REASONS.iter().map(|reason| {
        let count = stats.reasons.get(*reason).copied().unwrap_or(0);
        format!("{} {count}", t(lang, &format!("btn-reason-{reason}")))
    });
    let other = stats
        .reasons
        .iter()
        .filter(|(reason, _)| !REASONS.contains(&reason.as_str()))
        .map(|(reason, count)| format!("{} {count}", escape_within(reason, REASON_CHARS)));
    let reasons: Vec<String> = known.chain(other).collect();
    t_args(
        lang,
        "stats-feedback",
        &[
            ("up", stats.thumbs_up.into()),
            ("down", stats.thumbs_down.into()),
            ("reasons", reasons.join(" · ").into()),
        ],
    )
}

#[cfg(test)]
mod tests;
