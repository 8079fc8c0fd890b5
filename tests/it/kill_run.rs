//! Scripted kill runs (ignored in CI; `scripts/kill-run.sh` runs them in release mode): the real
//! binary SIGKILLed at random moments against the loopback Bot API. (i) During batches of
//! reminders: how late each arrives after the restart, and whether any is lost or doubled.
//! (ii) While users write at a steady rate: how many messages are never answered.
use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::fake_api::FakeApi;

const TOKEN: &str = "123456789:AAEhBP0av28TNBuOzt_EoHWJG9g-SECRETSECRET";

pub(crate) fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A small xorshift: kill moments need to be spread, not cryptographic.
pub(crate) struct Dice(u64);

impl Dice {
    fn new() -> Dice {
        let seed = setting("RECARGA_KILL_SEED", 0x9E37_79B9_7F4A_7C15);
        println!("seed {seed} (RECARGA_KILL_SEED to repeat)");
        Dice(seed.max(1))
    }

    pub(crate) fn seeded(seed: u64) -> Dice {
        Dice(seed.max(1))
    }

    /// A number in `from..to` (`to` > `from`).
    pub(crate) fn below(&mut self, from: u64, to: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        from + self.0 % (to - from)
    }

    pub(crate) fn millis(&mut self, from: u64, to: u64) -> Duration {
        Duration::from_millis(self.below(from, to))
    }
}

fn start(api: &FakeApi, url: &str, dir: &std::path::Path) -> Child {
    spawn(
        std::path::Path::new(env!("CARGO_BIN_EXE_recarga")),
        &api.url,
        url,
        dir,
    )
}

/// Starts `binary` as the bot against the fake at `api_url`, on the database `url`, errors only.
pub(crate) fn spawn(
    binary: &std::path::Path,
    api_url: &str,
    url: &str,
    dir: &std::path::Path,
) -> Child {
    Command::new(binary)
        .env_clear()
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", api_url)
        .env("DATABASE_URL", url)
        .env("RUST_LOG", "error")
        .current_dir(dir)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap()
}

pub(crate) fn sigkill(child: &mut Child) {
    child.kill().unwrap();
    child.wait().unwrap();
}

/// Users `first..first + count`, each with one plan whose reminder is due now.
async fn batch(url: &str, first: i64, count: i64) {
    let pool = recarga::storage::open(url).await.unwrap();
    let now = chrono::Utc::now().timestamp();
    let last = first + count - 1;
    let fill = [
        format!(
            r#"with recursive n(i) as (select {first} union all select i + 1 from n where i < {last})
               insert into "user" (id, telegram_language, created_at, last_seen_at, plan_seq)
               select i, 'en', {now}, {now}, 1 from n"#
        ),
        format!(
            "insert into plan (user_id, number, operator, label, ends_at, has_time, period_days, created_at)
             select id, 1, 'bitel', null, {now} + 1800, 1, 1, {now} from \"user\" where id >= {first}"
        ),
        format!(
            "insert into reminder (user_id, plan_number, lead, due_at, next_try_at)
             select user_id, 1, '2h', {now}, {now} from plan where user_id >= {first}"
        ),
    ];
    for sql in fill {
        sqlx::query(&sql).execute(&pool).await.unwrap();
    }
    pool.close().await;
}

/// How many messages the fake delivered to each chat.
fn per_chat(api: &FakeApi) -> HashMap<i64, usize> {
    let mut counts = HashMap::new();
    for message in api.delivered() {
        if let Some(chat) = message["chat_id"].as_i64() {
            *counts.entry(chat).or_insert(0) += 1;
        }
    }
    counts
}

/// Starts the bot, waits for its first delivery, and SIGKILLs it mid-batch; how many of the
/// batch it delivered.
async fn kill_mid_batch(api: &FakeApi, url: &str, dir: &std::path::Path, dice: &mut Dice) -> usize {
    let before = api.delivered_count();
    let mut bot = start(api, url, dir);
    while api.delivered_count() == before {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // The scheduler sends 20 a second: a kill within 1.5 s lands mid-batch.
    tokio::time::sleep(dice.millis(0, 1500)).await;
    sigkill(&mut bot);
    api.delivered_count() - before
}

/// When each chat of `chats` first got its reminder, counted from `restarted` (at most 400 s).
async fn arrivals(
    api: &FakeApi,
    chats: std::ops::Range<i64>,
    restarted: Instant,
) -> HashMap<i64, Duration> {
    let size = chats.end - chats.start;
    let mut arrival: HashMap<i64, Duration> = HashMap::new();
    while (arrival.len() as i64) < size && restarted.elapsed() < Duration::from_secs(400) {
        for chat in per_chat(api).into_keys() {
            if chats.contains(&chat) {
                arrival.entry(chat).or_insert_with(|| restarted.elapsed());
            }
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    arrival
}

#[tokio::test]
#[ignore = "a kill run: scripts/kill-run.sh"]
async fn reminders_claimed_before_a_sigkill_arrive_within_seconds_of_the_restart() {
    let (kills, size) = (
        setting("RECARGA_KILL_RUNS", 15),
        setting("RECARGA_KILL_BATCH", 40) as i64,
    );
    let mut dice = Dice::new();
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/kill.db", dir.path().display());
    let (mut worst, mut late, mut lost, mut doubled) = (Duration::ZERO, 0, 0, 0);
    for round in 0..kills as i64 {
        let first = 1 + round * 1000;
        batch(&url, first, size).await;
        let at_kill = kill_mid_batch(&api, &url, dir.path(), &mut dice).await;
        let restarted = Instant::now();
        let mut bot = start(&api, &url, dir.path());
        let arrival = arrivals(&api, first..first + size, restarted).await;
        tokio::time::sleep(Duration::from_secs(1)).await; // time for a duplicate to show
        sigkill(&mut bot);
        let counts = per_chat(&api);
        let round_doubled = (first..first + size)
            .filter(|c| counts.get(c).copied().unwrap_or(0) > 1)
            .count();
        // Arrivals before the kill count as zero lateness: they were on time.
        let max = arrival.values().max().copied().unwrap_or_default();
        let round_late = arrival
            .values()
            .filter(|d| **d > Duration::from_secs(10))
            .count();
        println!(
            "kill {:>2}: {at_kill:>2} of {size} delivered before the kill; the rest within \
             {:>6.2} s of the restart; {round_late} over 10 s; {round_doubled} doubled",
            round + 1,
            max.as_secs_f64()
        );
        worst = worst.max(max);
        late += round_late;
        lost += size as usize - arrival.len();
        doubled += round_doubled;
    }
    println!(
        "reminders: {kills} kills, {} reminders; worst lateness after restart {:.2} s; \
         {late} over 10 s; {lost} lost; {doubled} doubled",
        kills as i64 * size,
        worst.as_secs_f64()
    );
    assert_eq!((late, lost), (0, 0));
}

#[tokio::test]
#[ignore = "a kill run: scripts/kill-run.sh"]
async fn messages_fetched_before_a_sigkill_are_counted_when_never_answered() {
    let (count, rate, kills) = (
        setting("RECARGA_KILL_MESSAGES", 600) as i64,
        setting("RECARGA_KILL_RATE", 20),
        setting("RECARGA_KILL_RUNS", 15),
    );
    let mut dice = Dice::new();
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/kill.db", dir.path().display());
    recarga::storage::open(&url).await.unwrap().close().await;
    let mut bot = start(&api, &url, dir.path());
    api.wait_for("getUpdates", 1, Duration::from_secs(30)).await;

    // Distinct users, one message each, at a steady rate; kills spread evenly over the run.
    let run = Duration::from_secs_f64(count as f64 / rate as f64);
    let mut kill_at: Vec<Duration> = (0..kills)
        .map(|k| run * (k as u32 + 1) / (kills as u32 + 1) + dice.millis(0, 400))
        .collect();
    kill_at.reverse();
    let started = Instant::now();
    for user in 1..=count {
        api.push_text(100_000 + user, "en", "/start");
        let next = Duration::from_secs_f64(user as f64 / rate as f64);
        while let Some(at) = kill_at.last().copied().filter(|at| *at <= next) {
            tokio::time::sleep(at.saturating_sub(started.elapsed())).await;
            sigkill(&mut bot);
            bot = start(&api, &url, dir.path());
            kill_at.pop();
        }
        tokio::time::sleep(next.saturating_sub(started.elapsed())).await;
    }
    tokio::time::sleep(Duration::from_secs(5)).await;
    sigkill(&mut bot);
    let answered = per_chat(&api);
    let lost: Vec<i64> = (1..=count)
        .filter(|u| !answered.contains_key(&(100_000 + u)))
        .collect();
    let per_kill = lost.len() as f64 / kills.max(1) as f64;
    println!(
        "updates: {count} messages at {rate}/s, {kills} kills: {} never answered \
         ({:.1}% of messages, {per_kill:.2} a kill, so a window of about {:.0} ms a kill); \
         lost users {:?}",
        lost.len(),
        100.0 * lost.len() as f64 / count as f64,
        1000.0 * per_kill / rate as f64,
        lost.iter().map(|u| 100_000 + u).collect::<Vec<_>>()
    );
}
