//! The database: one `sqlx::AnyPool` (SQLite by default, PostgreSQL by URL), the SQLite settings
//! we rely on (WAL, foreign keys, a busy timeout), and the migrations embedded from
//! `migrations/`. Each domain keeps its own SQL in its `store.rs`; this module owns none.
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use sqlx::any::AnyPoolOptions;
use sqlx::{AnyConnection, AnyPool, Connection, Executor};

/// The migrations in `migrations/`, compiled into the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!();

/// How long SQLite waits for a lock held by another connection before giving up.
const BUSY_TIMEOUT_MS: u32 = 5_000;

/// The file behind a `sqlite:` URL, if it names one (not `:memory:`).
pub fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && !path.starts_with(":memory:")).then(|| PathBuf::from(path))
}

/// Opens the pool: for SQLite, creates the file and its folder on first run and sets WAL,
/// foreign keys and the busy timeout on every connection.
pub async fn connect(url: &str) -> anyhow::Result<AnyPool> {
    sqlx::any::install_default_drivers();
    let mut url = url.to_owned();
    let is_sqlite = url.starts_with("sqlite:");
    if let Some(path) = sqlite_file(&url) {
        if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create the database folder {}", dir.display()))?;
        }
        if !url.contains("mode=") {
            url.push_str(if url.contains('?') {
                "&mode=rwc"
            } else {
                "?mode=rwc"
            });
        }
    }
    AnyPoolOptions::new()
        // SQLite has one writer at a time; a few connections serve readers without contention.
        .max_connections(if is_sqlite { 4 } else { 10 })
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(move |conn, _meta| Box::pin(async move { configure(conn, is_sqlite).await }))
        .connect(&url)
        .await
        .with_context(|| format!("cannot open the database at {}", redact(&url)))
}

async fn configure(conn: &mut AnyConnection, is_sqlite: bool) -> Result<(), sqlx::Error> {
    if is_sqlite {
        conn.execute(
            format!(
                "pragma journal_mode = wal; pragma synchronous = normal; \
                 pragma foreign_keys = on; pragma busy_timeout = {BUSY_TIMEOUT_MS};"
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
    let pool = connect(url).await?;
    migrate(&pool).await?;
    Ok(pool)
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
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_name_their_file() {
        assert_eq!(
            sqlite_file("sqlite://data/recarga.db"),
            Some("data/recarga.db".into())
        );
        assert_eq!(sqlite_file("sqlite:x.db?mode=rwc"), Some("x.db".into()));
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://u:p@h/db"), None);
    }

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(redact("postgres://u:secret@h/db"), "postgres://u:***@h/db");
    }

    #[tokio::test]
    async fn a_fresh_file_is_created_migrated_and_in_wal_mode() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/nested/test.db", dir.path().display());
        let pool = open(&url).await.unwrap();
        let mode: (String,) = sqlx::query_as("pragma journal_mode")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(mode.0, "wal");
        let fk: (i64,) = sqlx::query_as("pragma foreign_keys")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(fk.0, 1);
        assert!(dir.path().join("nested/test.db").exists());
    }
}
