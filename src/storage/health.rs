//! What went wrong with the database while the bot runs, in the operator's words: `classify`
//! turns an error into a `Trouble`, and `Health` logs ONE error per episode (not one per
//! message) and one "usable again" when it ends. It decides nothing about users: the handler
//! wrapper still apologises for each failed update.
use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// How long SQLite waits for a lock held by another connection before giving up: the pool
/// sets it on every connection, and a `Locked` trouble names it.
pub const BUSY_TIMEOUT_MS: u32 = 5_000;

/// A kind of database failure that the operator, not the code, has to fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trouble {
    /// The file, its `-wal`/`-shm` files or its folder cannot be written, or the file system is
    /// mounted read-only.
    ReadOnly,
    /// No space left on the disk.
    DiskFull,
    /// Another process held a write lock longer than the busy timeout.
    Locked,
    /// The file was deleted, moved or replaced under the running bot.
    Gone,
    /// SQLite found the file damaged, or not a database at all.
    Corrupt,
    /// The disk reported an I/O error.
    DiskIo,
    /// The server does not answer, or no connection could be had in time.
    Unreachable,
}

impl fmt::Display for Trouble {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Trouble::ReadOnly => write!(
                f,
                "the database is read-only: the file, its -wal/-shm files or its folder are not \
                 writable by the bot's user, or the file system is read-only; fix it \
                 (`chmod u+w`, `chown`) and the bot recovers by itself"
            ),
            Trouble::DiskFull => write!(
                f,
                "the disk holding the database is full: free some space and the bot recovers \
                 by itself"
            ),
            Trouble::Locked => write!(
                f,
                "the database is locked: another process held a write lock for more than \
                 {BUSY_TIMEOUT_MS} ms; end that process's transaction (a `sqlite3` shell, a \
                 backup tool, a second bot on the same file)"
            ),
            Trouble::Gone => write!(
                f,
                "the database file was deleted, moved or replaced while the bot was running; \
                 the bot will not write to a deleted file (those writes would vanish at the \
                 next restart): put the file back, or restore it from a backup (README \
                 'Backups')"
            ),
            Trouble::Corrupt => write!(
                f,
                "the database file is corrupt: stop the bot and restore it from a backup \
                 (README 'Backups')"
            ),
            Trouble::DiskIo => write!(
                f,
                "the disk reported an I/O error on the database: check the disk (`dmesg`)"
            ),
            Trouble::Unreachable => write!(
                f,
                "the database does not answer (server down, network, or every connection \
                 busy): check the database server"
            ),
        }
    }
}

/// The `Trouble` behind `error`, if any error in its chain is one; `None` for the bot's own
/// mistakes (a bad query, a constraint), which only a code change fixes.
pub fn classify(error: &anyhow::Error) -> Option<Trouble> {
    error
        .chain()
        .filter_map(|cause| cause.downcast_ref::<sqlx::Error>())
        .find_map(classify_sqlx)
}

/// The `Trouble` behind one `sqlx::Error`.
pub fn classify_sqlx(error: &sqlx::Error) -> Option<Trouble> {
    match error {
        sqlx::Error::Database(db) => {
            let code = db.code()?;
            match code.parse::<i32>() {
                Ok(sqlite_code) => classify_sqlite(sqlite_code),
                Err(_) => classify_postgres(&code),
            }
        }
        sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::Protocol(_)
        | sqlx::Error::WorkerCrashed => Some(Trouble::Unreachable),
        _ => None,
    }
}

/// SQLite's extended result codes: <https://www.sqlite.org/rescode.html>.
fn classify_sqlite(code: i32) -> Option<Trouble> {
    const READONLY_DBMOVED: i32 = 1032;
    match code & 0xff {
        _ if code == READONLY_DBMOVED => Some(Trouble::Gone),
        // PERM, READONLY
        3 | 8 => Some(Trouble::ReadOnly),
        // BUSY, LOCKED
        5 | 6 => Some(Trouble::Locked),
        10 => Some(Trouble::DiskIo),
        // CORRUPT, NOTADB
        11 | 26 => Some(Trouble::Corrupt),
        13 => Some(Trouble::DiskFull),
        // CANTOPEN: once running, the file or its folder is no longer where it was.
        14 => Some(Trouble::Gone),
        _ => None,
    }
}

/// PostgreSQL's SQLSTATE codes: <https://www.postgresql.org/docs/current/errcodes-appendix.html>.
fn classify_postgres(state: &str) -> Option<Trouble> {
    match state {
        "25006" => Some(Trouble::ReadOnly),
        "53100" => Some(Trouble::DiskFull),
        "55P03" | "40P01" => Some(Trouble::Locked),
        "XX001" | "XX002" => Some(Trouble::Corrupt),
        "57P01" | "57P02" | "57P03" => Some(Trouble::Unreachable),
        _ if state.starts_with("08") || state.starts_with("53") => Some(Trouble::Unreachable),
        _ => None,
    }
}

/// The database's health as the bot has seen it, shared (cheap to clone) by the handler
/// wrapper, the scheduler and the pool's own checks. Call `failed` with every error and
/// `succeeded` after every database operation that worked: the log gets one ERROR when a trouble
/// starts (or changes) and one INFO when the database works again.
#[derive(Clone, Default)]
pub struct Health {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    // Lets `succeeded`, called after every good update, skip the lock in the common case.
    troubled: AtomicBool,
    current: Mutex<Option<Trouble>>,
}

impl Health {
    /// A health with no trouble yet.
    pub fn new() -> Health {
        Health::default()
    }

    /// Notes a failure: logs an ERROR when `error` is a `Trouble` other than the current one.
    /// Returns false for errors that are no `Trouble` (the bot's own bugs): those are left to
    /// the caller's log, every time.
    pub fn failed(&self, error: &anyhow::Error) -> bool {
        match classify(error) {
            Some(trouble) => {
                self.report(trouble, &format!("{error:#}"));
                true
            }
            None => false,
        }
    }

    /// Notes that the database worked: ends the current episode, if any, with one INFO.
    pub fn succeeded(&self) {
        if !self.inner.troubled.load(Ordering::Acquire) {
            return;
        }
        let mut current = self.lock();
        if let Some(trouble) = current.take() {
            self.inner.troubled.store(false, Ordering::Release);
            tracing::info!(was = ?trouble, "database usable again");
        }
    }

    /// The trouble of the current episode, if one is going on.
    pub fn trouble(&self) -> Option<Trouble> {
        *self.lock()
    }

    /// Starts an episode of `trouble` (logging it once, with `detail`) unless one is going on.
    pub(crate) fn report(&self, trouble: Trouble, detail: &str) {
        let mut current = self.lock();
        if *current != Some(trouble) {
            *current = Some(trouble);
            self.inner.troubled.store(true, Ordering::Release);
            tracing::error!(cause = %detail, "{trouble}");
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Trouble>> {
        // The guarded value is a plain enum: a panic elsewhere cannot leave it half-written.
        self.inner
            .current
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests;
