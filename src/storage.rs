//! The database: one `sqlx::AnyPool` (SQLite by default, PostgreSQL by URL), the SQLite
//! settings we rely on (WAL, foreign keys, a busy timeout), and the migrations embedded from
//! `migrations/`. It also owns what happens when the database misbehaves: start-up checks that
//! refuse a read-only or corrupt file in one line (`preflight`), a pool that drops connections
//! it can no longer trust (`watch`), and the operator's view of a failure (`health`). Each
//! domain keeps its own SQL in its `store.rs`; this module owns none.
mod backup;
mod health;
mod pool;
mod preflight;
mod watch;
mod write;

pub use backup::backup;
pub use health::{classify, classify_sqlx, Health, Trouble, BUSY_TIMEOUT_MS};
pub use pool::{
    connect, connect_with_health, migrate, open, open_with_health, sqlite_file, MIGRATOR,
};
pub use write::begin_write;
