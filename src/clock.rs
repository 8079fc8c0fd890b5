//! Where the bot reads "now": the system clock in production, a fixed one in tests; and the
//! `Timestamp` an instant is stored as.
mod timestamp;

use std::sync::Arc;

use chrono::{DateTime, Utc};

pub use timestamp::{OutOfRange, Timestamp, EARLIEST_SECS, LATEST_SECS};

/// The current time, passed in rather than read from a global.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;
