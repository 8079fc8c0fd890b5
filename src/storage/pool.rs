//! Opening the pool: the start-up checks, the SQLite settings every connection gets (foreign
//! keys, a busy timeout), the `Watch` hooks that let the pool recover by itself, and the
//! migrations.
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use sqlx::any::AnyPoolOptions;
use sqlx::{AnyConnection, AnyPool, Connection, Executor};

use super::health::BUSY_TIMEOUT_MS;
use super::watch::Watch;
use super::{preflight, Health};

/// The migrations in `migrations/`, compiled into the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!();

/// The file behind a `sqlite:` URL, if it names one (not `:memory:`).
pub fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && !path.starts_with(":memory:")).then(|| PathBuf::from(path))
}

/// Opens the pool. For a SQLite file: checks it first (see `preflight`; creates the file and
/// its folder on first run), then watches it on every acquire (see `Watch`); `health` hears of
/// the troubles the watch sees.
pub async fn connect_with_health(url: &str, health: &Health) -> anyhow::Result<AnyPool> {
    sqlx::any::install_default_drivers();
    let mut url = url.to_owned();
    let is_sqlite = url.starts_with("sqlite:");
    let watch = match sqlite_file(&url) {
        Some(path) => {
            preflight::check(&path).await?;
            if !url.contains("mode=") {
                // The file exists now; `rw` (not `rwc`) keeps a deleted file from coming back
                // empty behind the operator's back.
                url.push_str(if url.contains('?') {
                    "&mode=rw"
                } else {
                    "?mode=rw"
                });
            }
            Some(Arc::new(Watch::new(path, health.clone())))
        }
        None => None,
    };
    let on_connect = watch.clone();
    let mut options = AnyPoolOptions::new()
        // SQLite has one writer at a time; a few connections serve readers without contention.
        .max_connections(if is_sqlite { 4 } else { 10 })
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(move |conn, _meta| {
            let watch = on_connect.clone();
            Box::pin(async move {
                if let Some(watch) = watch {
                    watch.connected(conn).await?;
                }
                configure(conn, is_sqlite).await
            })
        });
    if let Some(watch) = watch {
        let on_release = watch.clone();
        // Checked both ways: a connection in use when the file went is looked at as it comes
        // back, so a deleted file is rescued even when no connection sat idle.
        options = options
            .before_acquire(move |conn, meta| {
                let watch = watch.clone();
                Box::pin(async move { Ok(watch.acquire(conn, meta.age).await) })
            })
            .after_release(move |conn, meta| {
                let watch = on_release.clone();
                Box::pin(async move { Ok(watch.acquire(conn, meta.age).await) })
            });
    }
    options
        .connect(&url)
        .await
        .with_context(|| format!("cannot open the database at {}", redact(&url)))
}

/// `connect_with_health` with a health nobody reads.
pub async fn connect(url: &str) -> anyhow::Result<AnyPool> {
    connect_with_health(url, &Health::new()).await
}

/// Settings that live in the connection, not the file: nothing here writes to the file, so a
/// connection opens even when the file cannot be written (queries then fail, and say why).
async fn configure(conn: &mut AnyConnection, is_sqlite: bool) -> Result<(), sqlx::Error> {
    if is_sqlite {
        conn.execute(
            format!(
                "pragma synchronous = normal; pragma foreign_keys = on; \
                 pragma busy_timeout = {BUSY_TIMEOUT_MS};"
            )
            .as_str(),
        )
        .await?;
    }
    conn.ping().await
}

/// Applies every migration not applied yet.
pub async fn migrate(pool: &AnyPool) -> anyhow::Result<()> {
    MIGRATOR
        .run(pool)
        .await
        .context("cannot apply the database migrations")
}

/// Connects and migrates: what every command that touches the database does first.
pub async fn open(url: &str) -> anyhow::Result<AnyPool> {
    open_with_health(url).await.map(|(pool, _)| pool)
}

/// `open`, plus the `Health` that the pool's own checks report to: the running bot hands it to
/// the handler wrapper and the scheduler.
pub async fn open_with_health(url: &str) -> anyhow::Result<(AnyPool, Health)> {
    let health = Health::new();
    let pool = connect_with_health(url, &health).await?;
    migrate(&pool).await?;
    Ok((pool, health))
}

/// A URL fit for a log line: any password is replaced.
fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests;
