//! The soak's figures: replies (handled, latency, lost and why), plans checked against the
//! database, reminders (due, sent, late, duplicated, lost), and the bot's memory.
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use sqlx::AnyPool;

use super::users::{Inbox, Person, Step};
use crate::support::fake_api::FakeApi;

/// A reminder is late when it reaches the chat more than this after it was due.
const LATE: f64 = 10.0;
/// The documented duplicate window: a kill after Telegram accepted a reminder and before its
/// row was marked sent (one statement later); 2 s is generous.
const DUPLICATE_WINDOW: Duration = Duration::from_secs(2);

/// The start of the bot's apology (`error-generic`) in each language.
const APOLOGIES: [&str; 3] = [
    "something went wrong on my side",
    "algo falló de mi lado",
    "我这边出了点问题",
];

/// The reminders' figures.
#[derive(Default)]
struct Tally {
    sent: usize,
    late: usize,
    late_unexplained: usize,
    worst: f64,
    doubled: usize,
    doubled_outside: usize,
    lost: Vec<String>,
    /// Late reminders by the minute of the run they were due in.
    late_by_minute: Vec<usize>,
}

pub struct Run {
    pub started: Instant,
    pub wall_start: i64,
    pub outage: (Instant, Instant),
    pub blocked_chat: i64,
    pub kills: Vec<Instant>,
    pub rss: Vec<(Instant, u64)>,
    pub persons: Vec<Person>,
    /// Every seeded reminder: (chat, plan label, due in Unix seconds).
    pub due: Vec<(i64, String, i64)>,
    pub inbox: Inbox,
    pub api: Arc<FakeApi>,
    pub pool: AnyPool,
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let at = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[at].as_secs_f64()
}

impl Run {
    fn unix(&self, at: Instant) -> f64 {
        self.wall_start as f64 + at.saturating_duration_since(self.started).as_secs_f64()
    }

    fn kill_between(&self, from: Instant, to: Instant) -> bool {
        self.kills.iter().any(|k| *k >= from && *k <= to)
    }

    /// Why a reply never came: "kill" (the update was handed out, so confirmed, and a SIGKILL
    /// came before it was answered: it was in the bot's hands, maybe queued behind the backlog
    /// after the outage), "outage" (handed out as the 502s began, its reply refused until the
    /// retries gave up), or "lost" (never handed out, or handed out after the last kill).
    fn why_lost(&self, step: &Step) -> &'static str {
        let handed = (step.update != 0)
            .then(|| self.api.handed_at(step.update))
            .flatten();
        let end = self.started + Duration::from_secs(86_400);
        match handed {
            Some(at) if at + Duration::from_secs(5) >= self.outage.0 && at <= self.outage.0 => {
                "outage"
            }
            Some(at) if self.kill_between(at, end) => "kill",
            None if step.update == 0 && self.kill_between(step.pushed, end) => "kill",
            _ => "lost",
        }
    }

    fn replies(&self, failures: &mut Vec<String>) {
        let steps: Vec<&Step> = self.persons.iter().flat_map(|p| &p.steps).collect();
        let mut latencies: Vec<Duration> = steps.iter().filter_map(|s| s.latency).collect();
        latencies.sort();
        let mut lost: HashMap<&str, usize> = HashMap::new();
        for step in steps.iter().filter(|s| s.latency.is_none()) {
            *lost.entry(self.why_lost(step)).or_default() += 1;
        }
        println!(
            "replies: {} updates sent by {} people, {} answered; latency p50 {:.2} s, p99 {:.2} s, \
             max {:.2} s; never answered: {} in the bot's hands at a kill (fetched, confirmed, not \
             answered yet), {} fetched as the outage began, {} otherwise",
            steps.len(),
            self.persons.len(),
            latencies.len(),
            percentile(&latencies, 0.5),
            percentile(&latencies, 0.99),
            latencies.last().map_or(0.0, Duration::as_secs_f64),
            lost.get("kill").unwrap_or(&0),
            lost.get("outage").unwrap_or(&0),
            lost.get("lost").unwrap_or(&0),
        );
        let mut by_minute = vec![0; 1 + self.started.elapsed().as_secs() as usize / 60];
        for step in steps.iter().filter(|s| s.latency.is_none()) {
            let minute = step
                .pushed
                .saturating_duration_since(self.started)
                .as_secs()
                / 60;
            by_minute[minute as usize] += 1;
        }
        println!("  never answered, by the minute they were sent in: {by_minute:?}");
        if let Some(n) = lost.get("lost") {
            failures.push(format!("{n} replies lost outside a kill"));
        }
    }

    async fn plans(&self, failures: &mut Vec<String>) {
        let rows: Vec<(String, i64)> = sqlx::query_as(
            "select label, ends_at from plan where kind = 'plan' and label like 'u%'",
        )
        .fetch_all(&self.pool)
        .await
        .unwrap();
        let stored: HashMap<String, i64> = rows.into_iter().collect();
        let (mut saved, mut lost, mut edits_lost, mut deleted_kept) = (0, 0, 0, 0);
        let renewed_after = self.wall_start + 175 * 86_400;
        for person in &self.persons {
            for label in &person.saved {
                saved += 1;
                let deleted = person.deleted.as_ref() == Some(label);
                match stored.get(label) {
                    None if !deleted => lost += 1,
                    Some(_) if deleted && self.delete_confirmed(person) => {
                        deleted_kept += 1;
                        self.show(person);
                    }
                    Some(end) if person.renewed.as_ref() == Some(label) && *end < renewed_after => {
                        edits_lost += 1;
                    }
                    _ => {}
                }
            }
        }
        let renewed = self.persons.iter().filter(|p| p.renewed.is_some()).count();
        let deleted = self.persons.iter().filter(|p| p.deleted.is_some()).count();
        println!(
            "plans: {saved} saves confirmed, {renewed} renewals, {deleted} deletes pressed; \
             {lost} plans lost, {edits_lost} renewals lost, {deleted_kept} confirmed deletes \
             not done; {} plans stored",
            stored.len()
        );
        if lost + edits_lost + deleted_kept > 0 {
            failures.push(format!(
                "{lost} plans lost, {edits_lost} renewals lost, {deleted_kept} deletes not done"
            ));
        }
    }

    /// What a person sent and got, for a failure's diagnosis.
    fn show(&self, person: &Person) {
        println!("person {}:", person.id);
        for step in &person.steps {
            let at = step
                .pushed
                .saturating_duration_since(self.started)
                .as_secs_f64();
            println!(
                "  {at:>7.2} s update {} answered after {:?}",
                step.update, step.latency
            );
        }
        for out in self.inbox.of(person.id) {
            let text: String = out.text.chars().take(80).collect();
            let at = out.at.saturating_duration_since(self.started).as_secs_f64();
            println!("  {at:>7.2} s {} {text:?}", out.method);
        }
        let kills: Vec<f64> = self
            .kills
            .iter()
            .map(|k| k.saturating_duration_since(self.started).as_secs_f64())
            .collect();
        println!("  kills at {kills:.2?}");
    }

    /// Whether the last press (the delete) was answered.
    fn delete_confirmed(&self, person: &Person) -> bool {
        person
            .steps
            .iter()
            .rev()
            .find(|s| s.update == 0)
            .is_some_and(|s| s.latency.is_some())
    }

    /// When `label`'s reminder reached `chat`, every time it did.
    fn deliveries(&self, chat: i64, label: &str) -> Vec<Instant> {
        self.inbox
            .of(chat)
            .into_iter()
            .filter(|o| o.method == "sendmessage" && o.text.contains(label))
            .map(|o| o.at)
            .collect()
    }

    fn tally(&self) -> Tally {
        let mut tally = Tally::default();
        let outage = (
            self.unix(self.outage.0) - LATE,
            self.unix(self.outage.1) + 120.0,
        );
        for (chat, label, due) in &self.due {
            let deliveries = self.deliveries(*chat, label);
            let Some(first) = deliveries.first().copied() else {
                tally.lost.push(label.clone());
                continue;
            };
            tally.sent += 1;
            let lateness = self.unix(first) - *due as f64;
            tally.worst = tally.worst.max(lateness);
            if lateness > LATE {
                tally.late += 1;
                let minute = ((*due - self.wall_start).max(0) / 60) as usize;
                if tally.late_by_minute.len() <= minute {
                    tally.late_by_minute.resize(minute + 1, 0);
                }
                tally.late_by_minute[minute] += 1;
                let due = *due as f64;
                let explained = *chat == self.blocked_chat || (due >= outage.0 && due <= outage.1);
                tally.late_unexplained += usize::from(!explained);
            }
            if deliveries.len() > 1 {
                tally.doubled += 1;
                let in_window = self.kill_between(first, first + DUPLICATE_WINDOW);
                tally.doubled_outside += usize::from(!in_window);
            }
        }
        tally
    }

    fn reminders(&self, failures: &mut Vec<String>) {
        let t = self.tally();
        println!(
            "reminders: {} due, {} sent, {} lost; late (> {LATE} s): {}, of which {} due \
             neither in the outage or the 2 minutes after it nor to the blocked user; worst \
             {:.1} s; duplicated: {}, {} outside the documented window (a kill within {} s of \
             the send); lost: {:?}",
            self.due.len(),
            t.sent,
            t.lost.len(),
            t.late,
            t.late_unexplained,
            t.worst,
            t.doubled,
            t.doubled_outside,
            DUPLICATE_WINDOW.as_secs(),
            t.lost,
        );
        println!(
            "  late, by the minute they were due in: {:?}",
            t.late_by_minute
        );
        if !t.lost.is_empty() || t.doubled_outside > 0 {
            failures.push(format!(
                "{} reminders lost, {} duplicated outside the window",
                t.lost.len(),
                t.doubled_outside
            ));
        }
    }

    /// Apologies ("something went wrong on my side") the people got: each is a failed update.
    fn apologies(&self, failures: &mut Vec<String>) {
        let count = self
            .persons
            .iter()
            .flat_map(|p| self.inbox.of(p.id))
            .filter(|o| APOLOGIES.iter().any(|a| o.text.contains(a)))
            .count();
        println!("apologies for a failed update: {count}");
        if count > 0 {
            failures.push(format!("{count} apologies"));
        }
    }

    fn memory(&self, failures: &mut Vec<String>) {
        let mut per_minute: Vec<u64> = Vec::new();
        for (at, kib) in &self.rss {
            let minute = at.saturating_duration_since(self.started).as_secs() as usize / 60;
            if per_minute.len() <= minute {
                per_minute.resize(minute + 1, 0);
            }
            per_minute[minute] = per_minute[minute].max(*kib);
        }
        let peak = per_minute.iter().copied().max().unwrap_or(0);
        let first = per_minute.get(1).copied().unwrap_or(peak).max(1);
        let last = per_minute.last().copied().unwrap_or(0);
        println!(
            "memory: peak RSS {:.1} MiB; per minute (MiB): {:?}; last minute / second minute = {:.2}",
            peak as f64 / 1024.0,
            per_minute.iter().map(|k| (*k as f64 / 102.4).round() / 10.0).collect::<Vec<_>>(),
            last as f64 / first as f64,
        );
        if last > first * 2 {
            failures.push(format!("memory grew: {first} KiB → {last} KiB"));
        }
    }

    /// Prints every figure; returns what failed the targets.
    pub async fn report(&self) -> Vec<String> {
        let mut failures = Vec::new();
        println!(
            "run: {:.0} s, {} SIGKILLs, {} 429s from the limits, {} calls in all",
            self.started.elapsed().as_secs_f64(),
            self.kills.len(),
            self.api.throttled(),
            self.api.outbox_from(0).len(),
        );
        self.replies(&mut failures);
        self.plans(&mut failures).await;
        self.reminders(&mut failures);
        self.apologies(&mut failures);
        self.memory(&mut failures);
        failures
    }
}
