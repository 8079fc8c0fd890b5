//! Start-up checks on a SQLite file, before any pool exists: its folder and files must be
//! writable (SQLite would otherwise open them read-only without a word, and the bot would
//! apologise for every message), and the file must be a sound database (a damaged one would
//! otherwise end in "pool timed out" ten seconds later). Each failure is a one-line
//! `ConfigError` naming the file and the fix; `main` exits with status 2.
use std::io::ErrorKind;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{Connection, Executor};

use crate::config_error::ConfigError;

/// The variable that names the database; every start-up error points at it.
const VAR: &str = "DATABASE_URL";

/// Makes sure `path` is a writable, sound SQLite database in WAL mode, creating it (and its
/// folder) on first run.
pub async fn check(path: &Path) -> anyhow::Result<()> {
    let dir = folder(path);
    std::fs::create_dir_all(&dir).map_err(|error| {
        problem(format!(
            "cannot create the database folder {} ({error}): create it, writable by the \
             bot's user",
            dir.display()
        ))
    })?;
    let me = check_folder(&dir)?;
    for file in [
        path.to_owned(),
        sibling(path, "-wal"),
        sibling(path, "-shm"),
    ] {
        check_file(&file, me)?;
    }
    check_database(path).await
}

/// The folder a database file lives in (`.` for a bare file name).
fn folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// `data/recarga.db` + `-wal` = `data/recarga.db-wal`, as SQLite names them.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Creates and removes a file in `dir`, as SQLite must for the `-wal` and `-shm` files; returns
/// the uid files are created with (ours), to name it in later messages.
fn check_folder(dir: &Path) -> anyhow::Result<u32> {
    let probe = dir.join(format!(".recarga-write-check-{}", std::process::id()));
    let created = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
        .and_then(|file| file.metadata());
    let _ = std::fs::remove_file(&probe);
    match created {
        Ok(meta) => Ok(meta.uid()),
        Err(error) if denied(&error) => Err(problem(format!(
            "the database folder {} is not writable by the bot's user, and SQLite must create \
             its -wal and -shm files there ({error}): run `chmod u+w {0}` as its owner, or \
             `chown` it to the bot's user{}",
            dir.display(),
            owner_hint(dir)
        ))
        .into()),
        Err(error) => Err(anyhow::Error::new(error).context(format!(
            "cannot write in the database folder {}",
            dir.display()
        ))),
    }
}

/// Opens `file` for writing, without changing it, when it exists.
fn check_file(file: &Path, me: u32) -> anyhow::Result<()> {
    match std::fs::OpenOptions::new().write(true).open(file) {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == ErrorKind::NotFound => Ok(()),
        Err(error) if denied(&error) => {
            let mode = std::fs::metadata(file)
                .map(|meta| format!("{:o}", meta.permissions().mode() & 0o777))
                .unwrap_or_else(|_| "?".into());
            Err(problem(format!(
                "the database file {} is not writable by the bot's user (uid {me}; mode {mode}{}; \
                 {error}): run `chmod u+w {0}` as its owner, or `chown {me} {0}`",
                file.display(),
                owner_hint(file)
            ))
            .into())
        }
        Err(error) => Err(anyhow::Error::new(error)
            .context(format!("cannot open the database file {}", file.display()))),
    }
}

/// One direct connection: WAL mode (kept in the file, so the pool never has to write it) and
/// `quick_check`, whose words are quoted when the file is damaged.
async fn check_database(path: &Path) -> anyhow::Result<()> {
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true);
    let outcome = async {
        let mut conn = SqliteConnection::connect_with(&options).await?;
        conn.execute("pragma journal_mode = wal").await?;
        let rows: Vec<String> = sqlx::query_scalar("pragma quick_check")
            .fetch_all(&mut conn)
            .await?;
        conn.close().await?;
        Ok::<_, sqlx::Error>(rows)
    }
    .await;
    let display = path.display();
    match outcome {
        Ok(rows) if rows.iter().all(|row| row == "ok") => Ok(()),
        Ok(rows) => Err(corrupt(path, &rows.join("; ")).into()),
        Err(error) => match super::health::classify_sqlx(&error) {
            Some(super::Trouble::Corrupt) => Err(corrupt(path, &error.to_string()).into()),
            Some(super::Trouble::ReadOnly) => Err(problem(format!(
                "the database file {display} cannot be written ({error}): make it, its -wal \
                 and -shm files and its folder writable by the bot's user (`chmod u+w`, `chown`)"
            ))
            .into()),
            Some(super::Trouble::Locked) => Err(problem(format!(
                "the database file {display} is locked by another process ({error}): stop it \
                 (another bot on the same file, a `sqlite3` shell in a transaction)"
            ))
            .into()),
            _ => Err(anyhow::Error::new(error)
                .context(format!("cannot open the database file {display}"))),
        },
    }
}

fn corrupt(path: &Path, words: &str) -> ConfigError {
    // SQLite's report can run to many lines; the error stays on one, and short.
    let words: String = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let words: String = words.chars().take(300).collect();
    problem(format!(
        "the database file {} is corrupt ({words}): restore it from a backup — see README \
         'Backups'",
        path.display()
    ))
}

fn denied(error: &std::io::Error) -> bool {
    matches!(
        error.kind(),
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem
    )
}

/// ", owned by uid N" when the owner can be read: who can fix it.
fn owner_hint(path: &Path) -> String {
    std::fs::metadata(path)
        .map(|meta| format!(", owned by uid {}", meta.uid()))
        .unwrap_or_default()
}

fn problem(problem: String) -> ConfigError {
    ConfigError { var: VAR, problem }
}

#[cfg(test)]
mod tests;
