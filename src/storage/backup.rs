//! `recarga backup <file>`: a consistent copy of a running bot's SQLite database, made by SQLite
//! itself (`vacuum into`), so that what still sits in the `-wal` file is in the copy too. A plain
//! `cp recarga.db` can miss it or be torn mid-write. On PostgreSQL this is `pg_dump`'s job.
use std::path::Path;

use anyhow::{bail, Context};
use sqlx::AnyPool;

/// Writes a consistent copy of the database at `url` into `target`, which must not exist yet.
/// Returns the copy's size in bytes.
pub async fn backup(pool: &AnyPool, url: &str, target: &Path) -> anyhow::Result<u64> {
    if !url.starts_with("sqlite:") {
        bail!("on PostgreSQL use pg_dump (pg_dump \"$DATABASE_URL\" > recarga.sql) and pg_restore or psql to restore");
    }
    if target.exists() {
        bail!(
            "{} already exists; a backup never overwrites a file",
            target.display()
        );
    }
    let Some(name) = target.to_str() else {
        bail!("the backup's path is not valid UTF-8");
    };
    sqlx::query("vacuum into $1")
        .bind(name.to_owned())
        .execute(pool)
        .await
        .with_context(|| format!("SQLite could not write {}", target.display()))?;
    let size = std::fs::metadata(target)
        .with_context(|| format!("the backup {} is not there", target.display()))?
        .len();
    Ok(size)
}

#[cfg(test)]
mod tests;
