//! The `recarga` binary: parse the command line, then hand over to the library.
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // `.env` first, so that every later read of the environment sees it.
    if let Err(error) = recarga::config::load_dotenv() {
        eprintln!("recarga: {error}");
        return ExitCode::from(2);
    }
    let cli = recarga::cli::Cli::parse();
    recarga::telemetry::init();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("recarga: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(recarga::cli::execute(cli))
}
