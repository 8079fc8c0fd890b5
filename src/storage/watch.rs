//! The pool's eye on its SQLite file while the bot runs. SQLite quietly opens a file it cannot
//! write as read-only, and such a connection stays read-only after `chmod u+w`; a deleted file
//! keeps working on its unlinked inode, and every later write vanishes at the next restart. The
//! `Watch` runs on every acquire (one `stat`, plus one `open` while a read-only connection may
//! exist) and drops the connections that can no longer be trusted, so the pool recovers by
//! itself.
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use sqlx::AnyConnection;

use sqlx::Executor;

use super::{classify_sqlx, Health, Trouble};

/// Which file a path names: device and inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileId {
    dev: u64,
    ino: u64,
}

/// What the path names now.
enum Found {
    Same,
    Missing,
    Other(FileId),
}

/// Shared by the pool's hooks; see the module doc.
pub(super) struct Watch {
    path: PathBuf,
    health: Health,
    state: Mutex<State>,
}

struct State {
    /// The file the pool works on; `None` if it could not be read at start.
    file: Option<FileId>,
    /// A connection was opened while the file could not be written: it may be read-only.
    maybe_read_only: bool,
    /// Connections created before this instant are closed instead of handed out.
    recycle_before: Option<Instant>,
    /// The deleted file whose contents were already saved, so they are saved once.
    rescued: Option<FileId>,
}

/// What `before_acquire` should do with a connection.
enum Verdict {
    Keep,
    Close,
    Rescue(FileId),
}

impl Watch {
    pub(super) fn new(path: PathBuf, health: Health) -> Watch {
        let file = file_id(&path);
        Watch {
            path,
            health,
            state: Mutex::new(State {
                file,
                maybe_read_only: false,
                recycle_before: None,
                rescued: None,
            }),
        }
    }

    /// After a connection is opened: remember when it may be read-only. SQLite falls back to
    /// read-only without a word when it cannot open the file for writing, and a connection can
    /// also inherit read-only state from one still open on the same file; so ask the connection
    /// itself: `begin immediate` fails at once with READONLY on a read-only connection. The busy
    /// timeout is still 0 here, so a lock held elsewhere costs no wait (and proves nothing).
    pub(super) async fn connected(&self, conn: &mut AnyConnection) -> Result<(), sqlx::Error> {
        conn.execute("pragma busy_timeout = 0").await?;
        let probe = conn.execute("begin immediate").await;
        let read_only = match probe {
            Ok(_) => {
                conn.execute("rollback").await?;
                false
            }
            Err(error) => classify_sqlx(&error) == Some(Trouble::ReadOnly),
        };
        if read_only || !writable(&self.path) {
            self.lock().maybe_read_only = true;
            self.health.report(
                Trouble::ReadOnly,
                &format!("{} cannot be written", self.path.display()),
            );
        }
        Ok(())
    }

    /// Before a pooled connection is handed out: `false` closes it (the pool opens another).
    pub(super) async fn acquire(&self, conn: &mut AnyConnection, age: std::time::Duration) -> bool {
        let created = Instant::now().checked_sub(age);
        match self.verdict(created) {
            Verdict::Keep => true,
            Verdict::Close => false,
            Verdict::Rescue(gone) => {
                self.rescue(conn, gone).await;
                false
            }
        }
    }

    fn verdict(&self, created: Option<Instant>) -> Verdict {
        let mut state = self.lock();
        if let (Some(created), Some(cutoff)) = (created, state.recycle_before) {
            if created < cutoff {
                return Verdict::Close;
            }
        }
        match self.found(state.file) {
            Found::Same => {}
            Found::Missing => {
                return match state.file {
                    Some(gone) if state.rescued != Some(gone) => {
                        state.rescued = Some(gone);
                        Verdict::Rescue(gone)
                    }
                    _ => Verdict::Close,
                };
            }
            Found::Other(new) => {
                // Someone put a file at the path (a backup restored, the rescued copy moved
                // back): the operator's choice. Every connection on the old file goes.
                tracing::warn!(path = %self.path.display(), "the database file was replaced; using the new one");
                state.file = Some(new);
                state.recycle_before = Some(Instant::now());
                return Verdict::Close;
            }
        }
        if state.maybe_read_only && writable(&self.path) && companions_writable(&self.path) {
            state.maybe_read_only = false;
            state.recycle_before = Some(Instant::now());
            tracing::info!(path = %self.path.display(), "the database file is writable again; reopening its connections");
            return Verdict::Close;
        }
        Verdict::Keep
    }

    fn found(&self, expected: Option<FileId>) -> Found {
        match (std::fs::metadata(&self.path), expected) {
            (Err(error), _) if error.kind() == std::io::ErrorKind::NotFound => Found::Missing,
            (Ok(meta), Some(then)) if FileId::of(&meta) != then => Found::Other(FileId::of(&meta)),
            // The same file; or one we cannot look at (a folder made unreadable), which SQLite
            // will report on its own; or nothing to compare with.
            _ => Found::Same,
        }
    }

    /// The file was deleted under us: its contents live on only in our open connections.
    /// `VACUUM INTO` a new file beside it, so nothing is lost, then let the connection go.
    async fn rescue(&self, conn: &mut AnyConnection, _gone: FileId) {
        let stamp = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or_default();
        let copy = rescue_path(&self.path, stamp);
        let outcome = sqlx::query("vacuum into $1")
            .bind(copy.to_string_lossy().into_owned())
            .execute(conn)
            .await;
        let detail = match outcome {
            Ok(_) => format!(
                "{} was deleted; what the bot still held is saved in {}: stop the bot, \
                 `mv {1} {0}`, and start it again",
                self.path.display(),
                copy.display()
            ),
            Err(error) => format!(
                "{} was deleted, and saving a copy to {} failed too ({error})",
                self.path.display(),
                copy.display()
            ),
        };
        self.health.report(Trouble::Gone, &detail);
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // Every field is valid on its own: a panic elsewhere leaves nothing half-done.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The `-wal` and `-shm` files are writable (or absent). SQLite creates them with the main
/// file's mode, so a file made read-only when they were created leaves them read-only after
/// `chmod u+w recarga.db`, and every new connection read-only with them; they are SQLite's
/// working files, not the operator's, so they get the main file's mode back (by `chmod`, which
/// opens no descriptor).
fn companions_writable(path: &Path) -> bool {
    let Ok(mode) = std::fs::metadata(path).map(|meta| meta.permissions()) else {
        return false;
    };
    ["-wal", "-shm"].iter().all(|suffix| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let companion = PathBuf::from(name);
        if !companion.exists() || writable(&companion) {
            return true;
        }
        std::fs::set_permissions(&companion, mode.clone()).is_ok() && writable(&companion)
    })
}

/// `data/recarga.db` → `data/recarga.db.rescued-1767000000`.
fn rescue_path(path: &Path, stamp: u64) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".rescued-{stamp}"));
    PathBuf::from(name)
}

fn file_id(path: &Path) -> Option<FileId> {
    std::fs::metadata(path).ok().map(|meta| FileId::of(&meta))
}

impl FileId {
    fn of(meta: &std::fs::Metadata) -> FileId {
        FileId {
            dev: meta.dev(),
            ino: meta.ino(),
        }
    }
}

/// True when this process may open `path` for writing (the check SQLite makes when it opens).
/// Asked with `faccessat`, never by opening the file: closing any descriptor of a file drops
/// every POSIX lock this process holds on it, SQLite's included.
fn writable(path: &Path) -> bool {
    let Ok(c_path) = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()) else {
        return false;
    };
    // SAFETY: `c_path` is a valid NUL-terminated string that outlives the call; faccessat only
    // reads it.
    let status = unsafe {
        libc::faccessat(
            libc::AT_FDCWD,
            c_path.as_ptr(),
            libc::W_OK,
            libc::AT_EACCESS,
        )
    };
    status == 0
}

#[cfg(test)]
mod tests;
