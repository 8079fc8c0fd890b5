//! `recarga ask` and `recarga check`, for the knowledge base's editors: what the bot would answer
//! to a question (or to a file of questions, one per line), and whether the files are valid.
use std::io::{BufRead, Write};
use std::path::PathBuf;

use anyhow::Context;

use crate::config::{Config, ConfigError};
use crate::faq::{render, Decision, FaqSource, LiveFaq, Outcome};
use crate::i18n::t;
use crate::lang::Lang;
use crate::lines::LineRules;

fn source(dir: Option<PathBuf>) -> anyhow::Result<FaqSource> {
    let dir = match dir {
        Some(dir) => Some(dir),
        None => Config::from_env()?.faq_dir,
    };
    Ok(FaqSource::resolve(dir.as_deref()))
}

fn open(dir: Option<PathBuf>) -> anyhow::Result<LiveFaq> {
    Ok(LiveFaq::open(source(dir)?)?)
}

/// Answers one question, or every line of standard input.
pub fn ask(
    lang: Option<String>,
    json: bool,
    explain: bool,
    question: Vec<String>,
) -> anyhow::Result<()> {
    let lang = match lang.as_deref() {
        Some(code) => Some(Lang::from_code(code).ok_or_else(|| ConfigError {
            var: "--lang",
            problem: format!("`{code}` is not one of zh, es, en"),
        })?),
        None => None,
    };
    let live = open(None)?;
    let faq = live.current();
    let mut out = std::io::stdout().lock();
    if !question.is_empty() {
        let question = question.join(" ");
        let outcome = faq.matcher.ask(&question);
        let text = if json {
            outcome.to_json()
        } else {
            describe(&faq, &outcome, lang.unwrap_or(Lang::detect(&question)))
        };
        writeln!(out, "{text}")?;
        if explain {
            writeln!(out, "\n{}", faq.matcher.explain(&question))?;
            writeln!(out, "{}", faq.matcher.explain_confidence(&question))?;
        }
        return Ok(());
    }
    for line in std::io::stdin().lock().lines() {
        let line = line.context("cannot read standard input")?;
        let outcome = faq.matcher.ask(&line);
        if json {
            writeln!(out, "{}", outcome.to_json())?;
        } else {
            let topic = outcome.topic.as_deref().unwrap_or("-");
            writeln!(
                out,
                "{}\t{topic}\t{:.3}\t{line}",
                decision_name(&outcome),
                outcome.score
            )?;
        }
    }
    Ok(())
}

fn decision_name(outcome: &Outcome) -> &'static str {
    match outcome.decision {
        Decision::Answer => "answer",
        Decision::Suggest => "suggest",
        Decision::None => "none",
        Decision::SmallTalk(_) => "smalltalk",
    }
}

/// The answer as the user would read it, in plain text.
fn describe(faq: &crate::faq::Faq, outcome: &Outcome, lang: Lang) -> String {
    let topic = outcome.topic.as_deref().and_then(|id| faq.kb.topic(id));
    match (outcome.decision, topic) {
        (Decision::Answer, Some(topic)) => {
            format!(
                "[{}]\n{}",
                topic.id,
                render::to_plain(&render::answer_html(topic, lang))
            )
        }
        (Decision::Suggest, _) => {
            let ids = outcome.topic.iter().chain(&outcome.alternatives).take(3);
            let titles: Vec<String> = ids
                .filter_map(|id| faq.kb.topic(id))
                .map(|t| format!("  • {} [{}]", t.text(lang).title, t.id))
                .collect();
            format!("{}\n{}", t(lang, "faq-suggest"), titles.join("\n"))
        }
        (Decision::SmallTalk(_), _) => t(lang, "smalltalk-greeting"),
        _ => render::to_plain(&t(lang, "faq-none")),
    }
}

/// Validates the knowledge base (facts.toml and the three faq.toml files: every rule of
/// docs/knowledge-base.md, each failure one line naming file, topic and value) and the line
/// rules beside it (`line-rules.toml`).
pub fn check(dir: Option<PathBuf>) -> anyhow::Result<()> {
    let live = match open(dir) {
        Ok(live) => live,
        Err(error) => {
            eprintln!("{error}");
            anyhow::bail!("the knowledge base is broken");
        }
    };
    let faq = live.current();
    let (id, lang, longest) = render::longest_answer(&faq.kb);
    if longest > render::TELEGRAM_MAX_CHARS {
        anyhow::bail!(
            "{lang}: topic `{id}`: the rendered answer is {longest} characters, over Telegram's {}",
            render::TELEGRAM_MAX_CHARS
        );
    }
    let lines = match LineRules::load(live.source()) {
        Ok(lines) => lines,
        Err(error) => {
            eprintln!("{error}");
            anyhow::bail!("the line rules are broken");
        }
    };
    println!(
        "ok: {} topics in zh, es and en from {:?}, every code, price and number in a cited fact; \
         longest answer as read {longest} characters of {} ({lang} `{id}`)",
        faq.kb.topics().len(),
        live.source(),
        crate::faq::MAX_ANSWER_CHARS
    );
    println!(
        "ok: line rules for {} operators, every number with its source",
        lines.len()
    );
    Ok(())
}
