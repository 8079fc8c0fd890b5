//! Transactions that write. On SQLite a plain `begin` is deferred: the transaction reads from a
//! snapshot and asks for the write lock only at its first write. If another connection wrote
//! in between, SQLite cannot upgrade the stale snapshot and fails at once with
//! `SQLITE_BUSY_SNAPSHOT` (517) or `SQLITE_BUSY` — the busy timeout does not help, and the user
//! gets an apology for a save that should simply have waited its turn. `begin immediate` takes
//! the write lock first (waiting up to the busy timeout), so a read-then-write transaction
//! always sees the latest data. PostgreSQL's row locks need no such care: `begin` there.
use sqlx::{Any, AnyPool, Transaction};

/// Begins a transaction that will write (see the module's comment).
pub async fn begin_write(pool: &AnyPool) -> sqlx::Result<Transaction<'static, Any>> {
    if pool
        .connect_options()
        .database_url
        .scheme()
        .starts_with("sqlite")
    {
        pool.begin_with("begin immediate").await
    } else {
        pool.begin().await
    }
}

#[cfg(test)]
mod tests;
