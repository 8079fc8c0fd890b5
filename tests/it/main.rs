//! recarga's integration tests: one binary. Handler tests drive the real handler tree through
//! teloxide_tests' Bot API on loopback; process tests run the real `recarga` binary against a
//! fake Bot API of our own (`support::fake_api`). Every test gets its own SQLite file.
//! Test code may unwrap: a failed unwrap is a failed test (the crate itself may not, see the
//! `[lints]` table in Cargo.toml).
#![allow(clippy::unwrap_used)]

mod architecture;
mod bounds;
mod faq;
mod faq_eval;
mod faq_feedback;
mod flow;
mod kill_run;
mod limits;
mod lines;
mod load;
mod plans;
mod polling;
mod privacy;
mod process;
mod renew;
mod replies;
mod scheduler;
mod settings;
mod soak;
mod start;
mod stats;
mod storage;
mod support;
