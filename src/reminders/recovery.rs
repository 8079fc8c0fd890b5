//! What becomes, at start, of the reminders a previous process claimed but never recorded (it was
//! killed between the claim and the outcome). Their lease would hold them back for
//! `RECARGA_REMINDER_LEASE_SECS` (5 minutes by default); whether the bot may take them back at
//! once depends on whether another instance could be sending them right now, which the database
//! backend decides: SQLite is one bot process by construction, PostgreSQL may be shared.
use chrono::{DateTime, Utc};
use sqlx::AnyPool;

use super::store::queue;
use crate::clock::Timestamp;

/// Whether a starting bot may take back the leases it finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartRule {
    /// One instance (SQLite): every lease in the file is this bot's own, from before a crash;
    /// nobody is sending those reminders, so they are due again at once.
    ReclaimAll,
    /// Possibly several instances (PostgreSQL): a lease may belong to a live instance that is
    /// sending that reminder right now, so it is left to expire; taking it would send twice.
    KeepLeases,
}

impl StartRule {
    /// The rule for a `DATABASE_URL`. It follows the backend, not a setting: a SQLite file
    /// belongs to one process (and one bot token polls from one place: Telegram refuses a second
    /// `getUpdates` with 409 Conflict), while nothing in a PostgreSQL URL says how many bots use
    /// it, and the wrong guess there would send reminders twice.
    pub fn for_database(url: &str) -> StartRule {
        if url.starts_with("sqlite:") {
            StartRule::ReclaimAll
        } else {
            StartRule::KeepLeases
        }
    }
}

/// Applies `rule` to the leases found in `pool` at `now`; returns how many reminders were made
/// due again (always 0 under `KeepLeases`).
pub async fn recover(pool: &AnyPool, rule: StartRule, now: DateTime<Utc>) -> sqlx::Result<u64> {
    match rule {
        StartRule::ReclaimAll => queue::release_claims(pool, Timestamp::of(now)).await,
        StartRule::KeepLeases => Ok(0),
    }
}

/// Call once at start, before the scheduler's first pass: takes back this bot's own leases left
/// by a crash when the backend makes that safe (see `StartRule`), and logs what it did.
pub async fn reclaim_at_start(pool: &AnyPool, now: DateTime<Utc>) -> sqlx::Result<u64> {
    let rule = StartRule::for_database(pool.connect_options().database_url.as_ref());
    let reclaimed = recover(pool, rule, now).await?;
    if reclaimed > 0 {
        tracing::info!(reclaimed, "reminders claimed before a crash are due again");
    } else if rule == StartRule::KeepLeases {
        let held = queue::claimed_count(pool).await?;
        if held > 0 {
            // Expected with several instances; after a crash of the only one, these wait out
            // RECARGA_REMINDER_LEASE_SECS.
            tracing::info!(
                held,
                "claimed reminders left to their lease (shared database)"
            );
        }
    }
    Ok(reclaimed)
}

#[cfg(test)]
mod tests;
