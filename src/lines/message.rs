//! How a line reads: its dates with the sources they rest on and any disagreement between them
//! (on saving and in `/line`), the reminder the scheduler sends before each stage (true at the
//! moment it is sent), and the buttons under both. Text comes from `locales/*/line.ftl`.
use chrono::{DateTime, Locale, NaiveDate, Utc};
use sqlx::AnyPool;

use super::dates::{timeline, StageDate};
use super::rules::{Claim, LineRules, OperatorRules, Stage};
use super::store;
use super::track::Line;
use crate::i18n::{t, t_args, Arg};
use crate::lang::Lang;
use crate::reminders::deliver::{Action, Button, Buttons};
use crate::reminders::message::relative;
use crate::reminders::{Settings, UserZone};
use crate::text::escape_html;

/// A calendar date with its weekday: "Wed 28 Oct 2026", "2026年10月28日 星期三".
pub fn date(lang: Lang, day: NaiveDate) -> String {
    let (pattern, locale) = match lang {
        Lang::Zh => ("%Y年%-m月%-d日 %A", Locale::zh_CN),
        Lang::Es => ("%a %-d %b %Y", Locale::es_PE),
        Lang::En => ("%a %-d %b %Y", Locale::en_US),
    };
    day.and_time(chrono::NaiveTime::MIN)
        .and_utc()
        .format_localized(pattern, locale)
        .to_string()
}

/// "Line 1 · Bitel · mamá" (the label escaped for HTML).
pub fn line_name(lang: Lang, line: &Line) -> String {
    let mut name = t_args(
        lang,
        "line-name",
        &[
            ("number", Arg::Num(line.number)),
            ("operator", line.operator.display(lang).into()),
        ],
    );
    if let Some(label) = line.label.as_deref() {
        name.push_str(" · ");
        name.push_str(&escape_html(label));
    }
    name
}

/// What `/line` says about a line on `today` (Peru): each stage's date and sources, the
/// disagreement between sources, the last safe day and the notice rule.
pub fn summary(lang: Lang, line: &Line, rules: &LineRules, today: NaiveDate) -> String {
    let operator = line.operator.display(lang);
    let mut out = vec![heading(lang, line, "line-title")];
    let Some(op_rules) = rules.of(line.operator) else {
        out.push(no_rules(lang, line));
        return out.join("\n");
    };
    let dates = timeline(op_rules, line.last_topup);
    for stage in Stage::ALL {
        match dates.get(stage) {
            Some(at) => {
                out.push(stage_line(lang, at, today));
                out.push(sources_line(lang, op_rules.claims(stage), at.days));
            }
            None => out.push(t_args(
                lang,
                unknown_key(stage),
                &[("operator", operator.clone().into())],
            )),
        }
    }
    if let Some(cutoff) = dates.cutoff.as_ref().filter(|c| c.from > today) {
        out.push(String::new());
        out.push(t_args(
            lang,
            "line-last-safe",
            &[("date", date(lang, cutoff.last_safe()).into())],
        ));
    }
    out.push(String::new());
    if let Some(notice) = &rules.notice {
        out.push(t_args(
            lang,
            "line-notice",
            &[
                ("days", Arg::Num(notice.days.into())),
                ("sources", links(&notice.sources).into()),
            ],
        ));
    }
    out.push(t_args(
        lang,
        "line-checked",
        &[("date", date(lang, op_rules.checked).into())],
    ));
    out.join("\n")
}

/// A line in the `/line` list: its name, last top-up, and each known stage's date.
pub fn brief(lang: Lang, line: &Line, rules: &LineRules, today: NaiveDate) -> String {
    let mut out = vec![heading(lang, line, "line-title")];
    if let Some(op_rules) = rules.of(line.operator) {
        let dates = timeline(op_rules, line.last_topup);
        out.extend(
            Stage::ALL
                .iter()
                .filter_map(|s| dates.get(*s))
                .map(|at| stage_line(lang, at, today)),
        );
    }
    out.join("\n")
}

/// The reminder before a stage, as true at `now`: every stage's date and how far it is, the
/// disagreement between sources, and what to do.
pub fn reminder(lang: Lang, line: &Line, rules: &LineRules, now: DateTime<Utc>) -> String {
    let today = UserZone::LIMA.today(now);
    let mut out = vec![heading(lang, line, "line-reminder-intro")];
    let Some(op_rules) = rules.of(line.operator) else {
        out.push(no_rules(lang, line));
        return out.join("\n");
    };
    let dates = timeline(op_rules, line.last_topup);
    for stage in Stage::ALL {
        if let Some(at) = dates.get(stage) {
            let mut text = stage_line(lang, at, today);
            if at.from > today {
                let starts = UserZone::LIMA.to_utc(at.from.and_time(chrono::NaiveTime::MIN));
                text.push_str(&format!(" ({})", relative(lang, starts, now)));
            }
            out.push(text);
        }
    }
    for at in Stage::ALL.iter().filter_map(|s| dates.get(*s)) {
        if !at.others.is_empty() {
            out.push(conflict(lang, op_rules, at.stage));
        }
    }
    out.push(String::new());
    out.push(t(lang, "line-reminder-action"));
    out.join("\n")
}

/// The first line of every message about a line (`key` takes its name and last top-up).
fn heading(lang: Lang, line: &Line, key: &str) -> String {
    t_args(
        lang,
        key,
        &[
            ("name", line_name(lang, line).into()),
            ("date", date(lang, line.last_topup).into()),
        ],
    )
}

/// "I have no sourced rules for <operator>: ask the operator."
fn no_rules(lang: Lang, line: &Line) -> String {
    let operator = line.operator.display(lang);
    t_args(lang, "line-no-rules", &[("operator", operator.into())])
}

/// The buttons under a line: "✅ I topped up", how to top up with this operator, delete.
pub fn keyboard(lang: Lang, line: &Line) -> Buttons {
    let mut rows = vec![vec![
        Button::new(
            t(lang, "btn-line-topped-up"),
            Action::LineToppedUp(line.number),
        ),
        Button::new(
            t_args(
                lang,
                "btn-line-delete",
                &[("number", Arg::Num(line.number))],
            ),
            Action::LineDelete(line.number),
        ),
    ]];
    let text = t_args(
        lang,
        "btn-how-to-topup",
        &[("operator", line.operator.display(lang).into())],
    );
    rows.push(vec![Button::new(text, Action::Topup(line.operator))]);
    rows
}

/// The reminder for a claimed queue row of `number`, when that row is a line's: `None` for a
/// plan (a positive number) or a line that no longer reads.
pub async fn scheduled(
    pool: &AnyPool,
    rules: &LineRules,
    user: i64,
    number: i64,
    settings: &Settings,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<(String, Buttons)>> {
    if number >= 0 {
        return Ok(None);
    }
    let row = store::line(pool, user, number).await?;
    Ok(row.as_ref().and_then(Line::from_row).map(|line| {
        let text = reminder(settings.lang, &line, rules, now);
        (text, keyboard(settings.lang, &line))
    }))
}

fn stage_line(lang: Lang, at: &StageDate, today: NaiveDate) -> String {
    let key = match (at.stage, at.from > today) {
        (Stage::Restriction, true) => "line-restriction-from",
        (Stage::Restriction, false) => "line-restriction-since",
        (Stage::Cutoff, true) => "line-cutoff-from",
        (Stage::Cutoff, false) => "line-cutoff-since",
    };
    t_args(
        lang,
        key,
        &[
            ("date", date(lang, at.from).into()),
            ("days", Arg::Num(at.days.into())),
        ],
    )
}

fn unknown_key(stage: Stage) -> &'static str {
    match stage {
        Stage::Restriction => "line-restriction-unknown",
        Stage::Cutoff => "line-cutoff-unknown",
    }
}

/// "Sources: a, b" when they agree; the disagreement and the earliest used when they do not.
fn sources_line(lang: Lang, claims: &[Claim], used: u32) -> String {
    match claims {
        [one] => t_args(
            lang,
            "line-sources",
            &[("sources", links(&one.sources).into())],
        ),
        _ => {
            let list = claims
                .iter()
                .map(|c| {
                    t_args(
                        lang,
                        "line-conflict-item",
                        &[
                            ("days", Arg::Num(c.days.into())),
                            ("sources", links(&c.sources).into()),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join(&t(lang, "line-conflict-vs"));
            t_args(
                lang,
                "line-conflict",
                &[("list", list.into()), ("days", Arg::Num(used.into()))],
            )
        }
    }
}

/// The short note in a reminder: "the earliest of two sources: 240 vs 255 days".
fn conflict(lang: Lang, rules: &OperatorRules, stage: Stage) -> String {
    let days = rules
        .claims(stage)
        .iter()
        .map(|c| c.days.to_string())
        .collect::<Vec<_>>();
    t_args(
        lang,
        "line-reminder-conflict",
        &[
            ("count", Arg::Num(i64::try_from(days.len()).unwrap_or(2))),
            ("list", days.join(&t(lang, "line-conflict-vs")).into()),
        ],
    )
}

/// Each source as a link named by its site: `<a href="…">infobae.com</a>, …`.
fn links(urls: &[String]) -> String {
    urls.iter()
        .map(|u| {
            let host = url::Url::parse(u)
                .ok()
                .and_then(|p| {
                    p.host_str()
                        .map(|h| h.trim_start_matches("www.").to_owned())
                })
                .unwrap_or_else(|| u.clone());
            format!("<a href=\"{}\">{}</a>", escape_html(u), escape_html(&host))
        })
        .collect::<Vec<_>>()
        .join(", ")
}
