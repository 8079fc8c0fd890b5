//! Structured logs: `tracing` with a filter from `RUST_LOG` (default `info`), written to stderr.
use tracing_subscriber::EnvFilter;

/// Installs the global subscriber once; later calls (from tests) are ignored.
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}
