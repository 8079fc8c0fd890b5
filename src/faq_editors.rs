//! `recarga unanswered`, for the knowledge base's editors: what users asked that the bot could
//! not answer, grouped by similarity, and the 👎 reasons per topic (see `faq::unanswered`). It
//! reads the database `recarga run` uses (`DATABASE_URL`) and tokenises with the live knowledge
//! base (`RECARGA_FAQ_DIR`, else the shipped one).
use std::io::Write;

use anyhow::Context;

use crate::clock::Timestamp;
use crate::config::{Config, ConfigError};
use crate::faq::unanswered::{parse_since, report};
use crate::faq::{FaqSource, LiveFaq};

/// Prints the report of the last `since` (e.g. `30d`, `24h`), as text or as JSON.
pub async fn unanswered(since: &str, json: bool) -> anyhow::Result<()> {
    let window = parse_since(since).map_err(|error| ConfigError {
        var: "--since",
        problem: error.to_string(),
    })?;
    let config = Config::from_env()?;
    let live = LiveFaq::open(FaqSource::resolve(config.faq_dir.as_deref()))?;
    let pool = crate::storage::open(&config.database_url).await?;
    let cutoff = Timestamp::of(chrono::Utc::now()).saturating_sub_secs(window);
    let report = report(&pool, &live.current().matcher, cutoff)
        .await
        .context("cannot read the questions and feedback")?;
    let text = if json {
        serde_json::to_string_pretty(&report)?
    } else {
        report.to_text()
    };
    writeln!(std::io::stdout().lock(), "{text}")?;
    Ok(())
}
