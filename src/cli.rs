//! The command line of the one `recarga` binary. `run` (the default) starts the bot; `migrate`
//! applies the database migrations and exits. Settings come from the environment (see
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
}

/// Runs `cli` and maps the outcome to an exit status: 0 on success, 2 for a configuration
/// problem (printed as one line naming the variable), 1 for anything else.
pub async fn execute(cli: Cli) -> ExitCode {
    let outcome = match cli.command.unwrap_or(Cmd::Run) {
        Cmd::Run => run().await,
        Cmd::Migrate => migrate().await,
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

async fn migrate() -> anyhow::Result<()> {
    let config = Config::from_env()?;
    crate::storage::open(&config.database_url).await?;
    tracing::info!("migrations applied");
    Ok(())
}
