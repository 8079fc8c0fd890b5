//! The reminder scheduler, above plans and lines (it sends both): one task that sleeps until the
//! next reminder is due or a change wakes it (no busy polling), claims what is due, sends it
//! through a `Deliver` paced by the bot's `Pacer`, and records the outcome.
//! `pass(now)` is one step, testable with any clock; `run` is the loop around it.
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::AnyPool;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::clock::{Clock, Timestamp};
use crate::lines::LineRules;
use crate::pacing::{Kind, Lane, Pacer};
use crate::reminders::deliver::{Deliver, Delivery, Outgoing};
use crate::reminders::message;
use crate::reminders::store::{self, queue, Claimed, Key};
use crate::reminders::{Settings, UserZone};
use crate::storage::Health;
use crate::users;

/// Reminders claimed per round; a pass repeats rounds until nothing is due.
const BATCH: i64 = 200;
/// The longest sleep: a safety net should a wake-up ever be missed.
const MAX_SLEEP: Duration = Duration::from_secs(3600);
/// Failed attempts after which a reminder the messenger keeps rejecting as malformed is dropped.
const MAX_PERMANENT_ATTEMPTS: i64 = 5;

/// What one pass did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PassReport {
    pub sent: usize,
    pub retried: usize,
    pub blocked: usize,
    pub dropped: usize,
}

/// Sends due reminders; cheap to clone.
#[derive(Clone)]
pub struct Scheduler {
    pub pool: AnyPool,
    /// Who sends: Telegram in the bot (`telegram::TelegramDeliver`), a fake in tests.
    pub deliver: Arc<dyn Deliver>,
    /// The bot's one pacer, shared with the replies: reminders take the `Reminder` lane, evenly
    /// spaced and never into the replies' share of a second.
    pub pacer: Arc<Pacer>,
    /// Where database troubles are reported: once per episode, shared with the handlers.
    pub health: Health,
    pub default_zone: UserZone,
    pub wake: Arc<Notify>,
    pub clock: Clock,
    /// How long a claimed reminder is held before another pass may take it: after a crash,
    /// what was claimed but not sent goes out once this has passed.
    pub lease_secs: i64,
    /// The rules a line's reminder cites (a line is a plan row with a negative number).
    pub lines: Arc<LineRules>,
    /// After how many days a logged unanswered question loses its user (`retain`).
    pub retention_days: i64,
}

impl Scheduler {
    /// Runs until `cancel`: a pass, then sleep until the next due reminder, a wake-up, or the
    /// safety-net timeout. Reminders due while the bot was down are sent by the first pass.
    pub async fn run(self, cancel: CancellationToken) {
        let mut retained_at: Option<DateTime<Utc>> = None;
        loop {
            let now = (self.clock)();
            if retained_at.is_none_or(|at| now - at >= chrono::TimeDelta::hours(1)) {
                match self.retain(now).await {
                    Ok(_) => retained_at = Some(now),
                    Err(error) => tracing::warn!(%error, "retention pass failed; retrying later"),
                }
            }
            if let Err(error) = self.pass(now).await {
                if !self.health.failed(&error) {
                    tracing::error!(%error, "scheduler pass failed; retrying in a minute");
                }
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_secs(60)) => continue,
                    _ = cancel.cancelled() => return,
                }
            }
            self.health.succeeded();
            let sleep = match queue::next_wake(&self.pool).await {
                Ok(Some(at)) => seconds_until(at, (self.clock)()).min(MAX_SLEEP),
                Ok(None) => MAX_SLEEP,
                Err(error) => {
                    tracing::error!(%error, "cannot read the next due reminder");
                    Duration::from_secs(60)
                }
            };
            tokio::select! {
                _ = tokio::time::sleep(sleep) => {}
                _ = self.wake.notified() => {}
                _ = cancel.cancelled() => return,
            }
        }
    }

    /// Retention, at most hourly: logged unanswered questions older than `retention_days` lose
    /// their user's id; answered questions and 👎 reasons older than that are deleted. Returns
    /// how many rows were changed or deleted.
    pub async fn retain(&self, now: DateTime<Utc>) -> sqlx::Result<u64> {
        let before =
            Timestamp::of(now).saturating_sub_secs(self.retention_days.saturating_mul(86_400));
        let unnamed = crate::faq::forget_askers(&self.pool, before).await?;
        let deleted = crate::faq::forget_answered(&self.pool, before).await?;
        if unnamed + deleted > 0 {
            tracing::info!(
                unnamed,
                deleted,
                "retention: old unanswered questions no longer name their user; \
                 old answered questions and reasons are deleted"
            );
        }
        Ok(unnamed + deleted)
    }

    /// Claims and delivers everything due at `now`, round after round.
    pub async fn pass(&self, now: DateTime<Utc>) -> anyhow::Result<PassReport> {
        let mut report = PassReport::default();
        loop {
            let claimed =
                queue::claim_due(&self.pool, Timestamp::of(now), self.lease_secs, BATCH).await?;
            let full = claimed.len() as i64 == BATCH;
            let mut tasks = tokio::task::JoinSet::new();
            // Each send takes its slot before its task starts, so sends leave in due order,
            // evenly spaced (a burst that arrives late shares Telegram's window with the next
            // one: the load run drew 429s that way).
            for item in claimed {
                self.pacer
                    .acquire(item.user_id, Lane::Reminder, Kind::Message)
                    .await;
                let this = self.clone();
                tasks.spawn(async move { this.deliver(item, now).await });
            }
            while let Some(done) = tasks.join_next().await {
                match done {
                    Ok(Ok(outcome)) => report.count(outcome),
                    Ok(Err(error)) => tracing::error!(%error, "recording a delivery failed"),
                    Err(error) => tracing::error!(%error, "a delivery task panicked"),
                }
            }
            if !full {
                return Ok(report);
            }
        }
    }

    async fn deliver(&self, item: Claimed, now: DateTime<Utc>) -> anyhow::Result<Outcome> {
        let Some(message) = self.compose(&item, now).await? else {
            return Ok(Outcome::Dropped); // deleted meanwhile; the cascade took the reminder
        };
        let delivery = self.deliver.deliver(message).await;
        // Record at once: the window in which a crash resends a reminder is this one statement.
        let outcome = classify(&delivery, item.attempts);
        self.record(&item, &delivery, outcome, now).await?;
        Ok(outcome)
    }

    /// The reminder for a claimed row as true at `now`: a line's or a plan's; `None` when the
    /// plan or the user is gone.
    async fn compose(&self, item: &Claimed, now: DateTime<Utc>) -> sqlx::Result<Option<Outgoing>> {
        let (Some(plan), Some(settings)) = (
            store::plan(&self.pool, item.user_id, item.plan_number).await?,
            users::settings(&self.pool, item.user_id).await?,
        ) else {
            return Ok(None);
        };
        let settings = Settings::from_row(&settings, &self.default_zone);
        let (lines, user, number) = (&self.lines, item.user_id, item.plan_number);
        let (text, buttons) =
            match crate::lines::message::scheduled(&self.pool, lines, user, number, &settings, now)
                .await?
            {
                Some(line) => line,
                None => (
                    message::reminder(&plan, &settings, item.due_at, now),
                    message::buttons(&plan, &settings, now),
                ),
            };
        Ok(Some(Outgoing {
            user: item.user_id,
            text,
            buttons,
        }))
    }

    /// Writes what became of a delivery to the queue, and logs it.
    async fn record(
        &self,
        item: &Claimed,
        delivery: &Delivery,
        outcome: Outcome,
        now: DateTime<Utc>,
    ) -> sqlx::Result<()> {
        let key = Key {
            user_id: item.user_id,
            plan_number: item.plan_number,
            lead: &item.lead,
        };
        let stamp = Timestamp::of((self.clock)().max(now));
        match outcome {
            Outcome::Sent => queue::mark_sent(&self.pool, &key, stamp).await,
            Outcome::Retry { after, failed } => {
                if let Delivery::RetryAfter(_) = delivery {
                    // Telegram paces the whole bot: replies wait out the same pause.
                    self.pacer.pause(after);
                }
                let error = match delivery {
                    Delivery::Failed { error, .. } => error.as_str(),
                    _ => "",
                };
                tracing::warn!(user = item.user_id, ?after, %error, "reminder not delivered; will retry");
                queue::retry_at(
                    &self.pool,
                    &key,
                    stamp.saturating_add_secs(secs(after)),
                    failed,
                )
                .await
            }
            Outcome::Blocked => {
                tracing::info!(user = item.user_id, "user unreachable; reminders paused");
                queue::block_user(&self.pool, item.user_id, stamp).await
            }
            Outcome::Dropped => {
                tracing::error!(
                    user = item.user_id,
                    "Telegram keeps rejecting a reminder; dropped"
                );
                queue::mark_sent(&self.pool, &key, stamp).await
            }
        }
    }
}

/// What became of one delivery.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Sent,
    Retry { after: Duration, failed: bool },
    Blocked,
    Dropped,
}

impl PassReport {
    fn count(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Sent => self.sent += 1,
            Outcome::Retry { .. } => self.retried += 1,
            Outcome::Blocked => self.blocked += 1,
            Outcome::Dropped => self.dropped += 1,
        }
    }
}

/// A requested wait is waited; unreachable users are paused; network errors and 5xx back
/// off exponentially (30 s doubling to an hour), never in a hot loop; a message rejected again
/// and again is dropped.
fn classify(delivery: &Delivery, attempts: i64) -> Outcome {
    let backoff = Duration::from_secs((30u64 << attempts.clamp(0, 7) as u32).min(3600));
    match delivery {
        Delivery::Sent => Outcome::Sent,
        Delivery::RetryAfter(wait) => Outcome::Retry {
            after: *wait,
            failed: false,
        },
        Delivery::Unreachable => Outcome::Blocked,
        Delivery::Failed {
            permanent: true, ..
        } if attempts + 1 >= MAX_PERMANENT_ATTEMPTS => Outcome::Dropped,
        Delivery::Failed { .. } => Outcome::Retry {
            after: backoff,
            failed: true,
        },
    }
}

fn seconds_until(at: Timestamp, now: DateTime<Utc>) -> Duration {
    let left = at.secs().saturating_sub(Timestamp::of(now).secs());
    Duration::from_secs(u64::try_from(left).unwrap_or(0))
}

/// A pause in whole seconds, as the queue stores it.
fn secs(pause: Duration) -> i64 {
    i64::try_from(pause.as_secs()).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests;
