//! recarga: a Telegram bot that answers prepaid top-up questions for Peru and reminds its users
//! before their plans end. This file is the table of contents; each module's own `//!` says what
//! it owns.

/// The command line: `run`, `migrate` and the knowledge-base tools.
pub mod cli;
/// Where the bot reads "now": passed in, so tests fix it.
pub mod clock;
/// One `Config` read from the environment (and `.env`), passed down; no globals.
pub mod config;
/// A setting that is missing or malformed: which variable, what to do.
pub mod config_error;
/// The FAQ knowledge base: loading, checking, normalising and matching questions.
pub mod faq;
/// `recarga ask` and `recarga check`: the knowledge base from the command line.
pub mod faq_cli;
/// `recarga unanswered`: what users asked that the bot could not answer, and the 👎 reasons.
pub mod faq_editors;
/// `recarga tune` and `recarga eval`: fitting and measuring the FAQ matcher.
pub mod faq_tune;
/// Every word a user reads, looked up in `locales/` by language.
pub mod i18n;
/// The three languages the bot speaks, and how one is chosen.
pub mod lang;
/// "Keep my number": a line's restriction and cut-off dates from sourced rules, and reminders.
pub mod lines;
/// Telegram's sending limits kept on our side, shared by replies and reminders.
pub mod pacing;
/// A settings change applied to the user's row, plans and lines in one transaction.
pub mod preferences;
/// A user's data is theirs: everything about them as one document, or all of it deleted.
pub mod privacy;
/// Plans, their end dates and the reminders before them (text, buttons, queue).
pub mod reminders;
/// The running bot: start-up, the dispatcher, signals and graceful shutdown.
pub mod run;
/// The reminder scheduler: sends due plan and line reminders through a `Deliver`.
pub mod scheduler;
/// The operator's figures behind `/stats`, counted from the database.
pub mod stats;
/// The database pool, its SQLite settings and the embedded migrations.
pub mod storage;
/// The Telegram side: the update tree, commands, keyboards and replies.
pub mod telegram;
/// Structured logs with `tracing`.
pub mod telemetry;
/// Text shared by every domain: HTML escaping for Telegram's parse mode.
pub mod text;
/// The people who write to the bot: first contact, language, time zone.
pub mod users;
