//! Where the bot reads "now": the system clock in production, a fixed one in tests.
use std::sync::Arc;

use chrono::{DateTime, Utc};

/// The current time, passed in rather than read from a global.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;
