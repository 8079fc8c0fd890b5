//! The reminder queue at scale: with 10,000, 100,000 and 1,000,000 stored plans (three
//! reminders each, due times spread over a year), the time to find and claim the reminders due
//! in one minute — what one scheduler pass does to the database. The figure should stay flat as
//! the table grows (the claim walks a partial index on `next_try_at`). Also prints the process's
//! resident memory before and after 1,000 passes.
//!
//! `cargo bench --bench reminders` (building the 1M-plan database takes a minute).
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use recarga::clock::Timestamp;
use sqlx::AnyPool;

/// The first minute the bench claims from; plans end up to a year after it.
const T0: i64 = 1_798_761_600; // 2027-01-01T00:00:00Z
const LEASE: i64 = 300;
const BATCH: i64 = 200;

async fn database(plans: i64) -> (AnyPool, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}/bench.db", dir.path().display());
    let pool = recarga::storage::open(&url).await.expect("open");
    let users = (plans / 10).max(1);
    // Generated in SQL: a million plans load in seconds instead of minutes of round trips.
    let fill = [
        format!(
            r#"with recursive n(i) as (select 1 union all select i + 1 from n where i < {users})
               insert into "user" (id, telegram_language, created_at, last_seen_at)
               select i, 'en', 0, 0 from n"#
        ),
        format!(
            "with recursive n(i) as (select 1 union all select i + 1 from n where i < {plans})
             insert into plan (user_id, number, operator, label, ends_at, has_time, period_days, created_at)
             select (i % {users}) + 1, i, 'claro', null, {T0} + 345600 + (i * 7919) % 31536000, 0, 30, 0
             from n"
        ),
        "insert into reminder (user_id, plan_number, lead, due_at, next_try_at)
         select user_id, number, l.lead, ends_at - l.secs, ends_at - l.secs from plan
         cross join (select '3d' as lead, 259200 as secs union all select '1d', 86400
                     union all select '0', 0) l"
            .to_owned(),
        "analyze".to_owned(),
    ];
    for sql in fill {
        sqlx::query(&sql).execute(&pool).await.expect("fill");
    }
    (pool, dir)
}

/// Claims the reminders due in minute `k`, then (untimed) records them sent, as a pass would.
async fn claim_minute(pool: &AnyPool, k: i64) -> (Duration, usize) {
    let now = T0 + 60 * k;
    let start = Instant::now();
    let claimed =
        recarga::reminders::store::queue::claim_due(pool, Timestamp::from_secs(now), LEASE, BATCH)
            .await
            .expect("claim");
    let elapsed = start.elapsed();
    sqlx::query("update reminder set sent_at = $1 where sent_at is null and next_try_at = $2")
        .bind(now)
        .bind(now + LEASE)
        .execute(pool)
        .await
        .expect("mark sent");
    (elapsed, claimed.len())
}

fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn claim(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let mut group = c.benchmark_group("claim_due_minute");
    group
        .sample_size(100)
        .measurement_time(Duration::from_secs(5));
    for plans in [10_000i64, 100_000, 1_000_000] {
        let built = Instant::now();
        let (pool, _dir) = runtime.block_on(database(plans));
        println!("\n{plans} plans: database built in {:.1?}", built.elapsed());
        // Each iteration claims a later minute, so nothing is claimed twice.
        let mut minute = 5_000i64;
        let mut claimed_total = 0usize;
        let mut iterations = 0usize;
        group.bench_with_input(BenchmarkId::from_parameter(plans), &plans, |b, _| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    minute += 1;
                    let (elapsed, claimed) = runtime.block_on(claim_minute(&pool, minute));
                    total += elapsed;
                    claimed_total += claimed;
                    iterations += 1;
                }
                total
            })
        });
        println!(
            "{plans} plans: {:.2} reminders claimed per minute on average",
            claimed_total as f64 / iterations.max(1) as f64
        );
        let before = rss_kib();
        for _ in 0..1_000 {
            minute += 1;
            runtime.block_on(claim_minute(&pool, minute));
        }
        println!(
            "{plans} plans: resident memory {before} KiB before and {} KiB after 1,000 passes",
            rss_kib()
        );
    }
    group.finish();
}

criterion_group!(benches, claim);
criterion_main!(benches);
