//! Scripted load run (ignored in CI; `scripts/reminder-load.sh` runs it in release mode): many
//! reminders fall due in the same minute; the real binary must deliver every one exactly once
//! to a loopback Bot API that enforces Telegram's limits, without a single 429.
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::fake_api::FakeApi;

const TOKEN: &str = "123456789:AAEhBP0av28TNBuOzt_EoHWJG9g-SECRETSECRET";

/// `count` users, each with one plan whose reminder is due within the current minute.
async fn burst(url: &str, count: i64) {
    let pool = recarga::storage::open(url).await.unwrap();
    let now = chrono::Utc::now().timestamp();
    let (minute, end) = (now - now % 60, now + 1800);
    let fill = [
        format!(
            r#"with recursive n(i) as (select 1 union all select i + 1 from n where i < {count})
               insert into "user" (id, telegram_language, created_at, last_seen_at, plan_seq)
               select i, 'es', {now}, {now}, 1 from n"#
        ),
        format!(
            "insert into plan (user_id, number, operator, label, ends_at, has_time, period_days, created_at)
             select id, 1, 'movistar', null, {end}, 1, 1, {now} from \"user\""
        ),
        format!(
            "insert into reminder (user_id, plan_number, lead, due_at, next_try_at)
             select user_id, 1, '2h', {minute} + user_id % 60, {minute} + user_id % 60 from plan"
        ),
    ];
    for sql in fill {
        sqlx::query(&sql).execute(&pool).await.unwrap();
    }
    pool.close().await;
}

/// The release bot on `url`, talking to `api`, logging warnings and errors only.
fn spawn_bot(api: &FakeApi, url: &str, dir: &std::path::Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_recarga"))
        .env_clear()
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", &api.url)
        .env("DATABASE_URL", url)
        .env("RUST_LOG", "warn")
        .current_dir(dir)
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap()
}

/// Two people a second write while the burst goes out (a question, a command, a greeting);
/// who wrote, and when.
async fn push_questions(api: &FakeApi, questions: usize) -> Vec<(i64, Instant)> {
    let texts = [
        "como recargo claro",
        "/help",
        "¿cuánto dura el saldo bitel?",
        "/plans",
        "hola",
    ];
    let mut pushed = Vec::new();
    for i in 0..questions {
        let user = 2_000_000 + i as i64;
        api.push_text(user, "es", texts[i % texts.len()]);
        pushed.push((user, Instant::now()));
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    pushed
}

/// How long each of `pushed` waited for its first reply.
fn reply_latencies(api: &FakeApi, pushed: &[(i64, Instant)]) -> Vec<Duration> {
    let mut first_reply = std::collections::HashMap::new();
    for call in api.answered("sendMessage") {
        let chat = call.body["chat_id"].as_i64().unwrap_or_default();
        if call.status == Some(200) && chat >= 2_000_000 {
            first_reply.entry(chat).or_insert(call.at);
        }
    }
    pushed
        .iter()
        .filter_map(|(user, at)| first_reply.get(user).map(|reply| reply.duration_since(*at)))
        .collect()
}

/// A burst of `RECARGA_LOAD_REMINDERS` (10,000) reminders due at once, and the bot started on
/// them against a fake Bot API that enforces Telegram's limits.
struct Load {
    count: i64,
    api: FakeApi,
    _dir: tempfile::TempDir,
    started: Instant,
    bot: std::process::Child,
}

impl Load {
    async fn start() -> Load {
        let count: i64 = std::env::var("RECARGA_LOAD_REMINDERS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(10_000);
        let api = FakeApi::start().await;
        api.enforce_limits();
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/load.db", dir.path().display());
        burst(&url, count).await;
        let started = Instant::now();
        let bot = spawn_bot(&api, &url, dir.path());
        Load {
            count,
            api,
            _dir: dir,
            started,
            bot,
        }
    }
}

#[tokio::test]
#[ignore = "a long load run: scripts/reminder-load.sh"]
async fn a_minute_of_ten_thousand_reminders_is_delivered_once_each_without_429() {
    let Load {
        count,
        api,
        _dir,
        started,
        mut bot,
    } = Load::start().await;
    let deadline = Duration::from_secs(count as u64 / 20 + 120);
    let mut last_report = Instant::now();
    while api.delivered_count() < count as usize && started.elapsed() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
        if last_report.elapsed() > Duration::from_secs(30) {
            println!(
                "{:>6} delivered after {:.0?}",
                api.delivered().len(),
                started.elapsed()
            );
            last_report = Instant::now();
        }
    }
    let took = started.elapsed();
    tokio::time::sleep(Duration::from_secs(5)).await; // any duplicate would show up by now
    let _ = Command::new("kill")
        .args(["-TERM", &bot.id().to_string()])
        .status();
    let _ = bot.wait();

    let mut chats: Vec<i64> = api
        .delivered()
        .iter()
        .map(|m| m["chat_id"].as_i64().unwrap())
        .collect();
    let delivered = chats.len();
    chats.sort_unstable();
    chats.dedup();
    println!(
        "reminders: {count}; delivered: {delivered}; distinct: {}; 429s: {}; time to deliver all: {took:.1?} ({:.1} messages/s)",
        chats.len(),
        api.throttled(),
        delivered as f64 / took.as_secs_f64()
    );
    assert_eq!(chats.len(), count as usize, "every reminder delivered");
    assert_eq!(delivered, count as usize, "none delivered twice");
    assert_eq!(api.throttled(), 0, "Telegram's limits respected");
}

#[tokio::test]
#[ignore = "a long load run: scripts/reminder-load.sh"]
async fn replies_stay_prompt_while_ten_thousand_reminders_go_out() {
    let Load {
        count,
        api,
        _dir,
        started,
        mut bot,
    } = Load::start().await;
    let questions: usize = 120;
    while api.delivered_count() < 100 && started.elapsed() < Duration::from_secs(120) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let pushed = push_questions(&api, questions).await;
    let during = api.delivered_count();
    let deadline = Duration::from_secs(count as u64 / 20 + 120);
    while api.delivered_count() < count as usize + questions && started.elapsed() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let took = started.elapsed();
    let _ = Command::new("kill")
        .args(["-TERM", &bot.id().to_string()])
        .status();
    let _ = bot.wait();

    let mut latencies = reply_latencies(&api, &pushed);
    latencies.sort();
    let pick = |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)];
    println!(
        "reminders: {count}; replies: {} of {questions} (while {during} reminders had gone out); \
         reply latency p50 {:.0?}, p95 {:.0?}, max {:.0?}; 429s: {}; all delivered in {took:.1?}",
        latencies.len(),
        pick(0.5),
        pick(0.95),
        latencies.last().copied().unwrap_or_default(),
        api.throttled(),
    );
    assert_eq!(latencies.len(), questions, "every question answered");
    assert_eq!(api.throttled(), 0, "Telegram's limits respected");
}
