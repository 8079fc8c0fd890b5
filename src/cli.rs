//! The command line of the one `recarga` binary. `run` (the default) starts the bot; `migrate`
//! applies the database migrations and exits; `ask`, `check`, `eval`, `tune` and
//! `unanswered` serve the knowledge base's editors. Settings come from the environment (see
//! `config`), so the same binary runs unchanged under systemd, Docker or a shell.
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::{Config, ConfigError};

/// recarga: a Telegram bot for prepaid top-ups in Peru.
#[derive(Debug, Parser)]
#[command(name = "recarga", version, about)]
pub struct Cli {
    /// What to do; `run` when omitted.
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Run the bot with long polling (the default).
    Run,
    /// Apply the database migrations and exit.
    Migrate,
    /// Print the answer the bot would give to a question (or to each line of standard input).
    Ask {
        /// Answer in this language (zh, es, en); default: the question's own language.
        #[arg(long)]
        lang: Option<String>,
        /// Print `{"decision":…,"topic":…,"score":…,"alternatives":[…]}` instead of the answer.
        #[arg(long)]
        json: bool,
        /// Also print how the matcher read the question: its tokens and their weights, the top
        /// three topics, and each feature of the confidence model with its share of the log-odds.
        #[arg(long)]
        explain: bool,
        /// The question; without one, questions are read from standard input, one per line.
        question: Vec<String>,
    },
    /// Validate the knowledge base; exit 1 with every problem listed when it is broken.
    Check {
        /// The folder holding <lang>/faq.toml (default: RECARGA_FAQ_DIR, else ./locales).
        #[arg(long)]
        dir: Option<std::path::PathBuf>,
    },
    /// Fit the FAQ matcher's confidence model on the labelled examples (<dir>/examples/) and
    /// write it (default src/faq/confidence.toml); prints cross-validated figures.
    Tune {
        /// The folder holding <lang>/faq.toml.
        #[arg(long, default_value = "locales")]
        dir: std::path::PathBuf,
        /// Where to write the model.
        #[arg(long, default_value = "src/faq/confidence.toml")]
        write: std::path::PathBuf,
        /// Also search the matcher's knobs (BM25, word weights, operator factors) on the
        /// examples before fitting; without it the shipped knobs are kept.
        #[arg(long)]
        search: bool,
        /// List every example that did not go as labelled (each asked of a matcher built
        /// without it), to see where the matcher errs without looking at the held-out sets.
        #[arg(long)]
        misses: bool,
    },
    /// Measure the FAQ matcher on labelled questions (default: the held-out sets
    /// tests/data/faq_heldout/*.toml), per language.
    Eval {
        /// The folder holding <lang>/faq.toml.
        #[arg(long, default_value = "locales")]
        dir: std::path::PathBuf,
        /// Also cross-validate over the knowledge base's own questions with this many folds.
        #[arg(long)]
        kfold: Option<usize>,
        /// List every question that did not go as labelled.
        #[arg(long)]
        misses: bool,
        /// Labelled sets (TOML, `[[q]] lang text topic`).
        sets: Vec<std::path::PathBuf>,
    },
    /// Write a consistent copy of the SQLite database (`vacuum into`, safe while the bot runs)
    /// to a file that does not exist yet; on PostgreSQL, says to use pg_dump.
    Backup {
        /// Where to write the copy.
        file: std::path::PathBuf,
    },
    /// List what users asked that the bot could not answer, grouped by similarity, and the 👎
    /// reasons by topic (reads the database `run` uses).
    Unanswered {
        /// How far back to look: a number of days or hours, such as 30d, 7d or 24h.
        #[arg(long, default_value = "30d")]
        since: String,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Runs `cli` and maps the outcome to an exit status: 0 on success, 2 for a configuration
/// problem (printed as one line naming the variable), 1 for anything else.
pub async fn execute(cli: Cli) -> ExitCode {
    let outcome = match cli.command.unwrap_or(Cmd::Run) {
        Cmd::Run => run().await,
        Cmd::Migrate => migrate().await,
        Cmd::Ask {
            lang,
            json,
            explain,
            question,
        } => crate::faq_cli::ask(lang, json, explain, question),
        Cmd::Check { dir } => crate::faq_cli::check(dir),
        Cmd::Tune {
            dir,
            write,
            search,
            misses,
        } => crate::faq_tune::tune(&dir, &write, search, misses),
        Cmd::Eval {
            dir,
            kfold,
            misses,
            sets,
        } => crate::faq_tune::eval(&dir, sets, kfold, misses),
        Cmd::Unanswered { since, json } => crate::faq_editors::unanswered(&since, json).await,
        Cmd::Backup { file } => backup(&file).await,
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => match error.downcast_ref::<ConfigError>() {
            Some(config_error) => {
                eprintln!("recarga: {config_error}");
                ExitCode::from(2)
            }
            None => {
                eprintln!("recarga: {error:#}");
                ExitCode::FAILURE
            }
        },
    }
}

async fn run() -> anyhow::Result<()> {
    let config = Config::from_env()?;
    config.require_token()?;
    crate::run::run(config, crate::run::shutdown_signal()).await
}

async fn backup(file: &std::path::Path) -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let pool = crate::storage::open(&config.database_url).await?;
    let size = crate::storage::backup(&pool, &config.database_url, file).await?;
    println!("backup written: {} ({size} bytes)", file.display());
    Ok(())
}

async fn migrate() -> anyhow::Result<()> {
    let config = Config::from_env()?;
    crate::storage::open(&config.database_url).await?;
    tracing::info!("migrations applied");
    Ok(())
}
