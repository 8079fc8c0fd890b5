//! Regression tests for "deaf after a quiet spell" (issue 7, point 1): the bot asked Telegram to
//! hold `getUpdates` for 25 s while its HTTP client gave up after 17 s, so against a Bot API that
//! holds the poll, as Telegram does, every quiet poll failed with `TimedOut`, logged an ERROR and
//! made teloxide back off for up to a minute. The real binary runs here against the fake Bot API,
//! which holds each poll for its `timeout`, with a 5 s poll (`RECARGA_POLL_TIMEOUT_SECS`).
use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStderr, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::support::fake_api::FakeApi;

const TOKEN: &str = "123456789:AAEhBP0av28TNBuOzt_EoHWJG9g-SECRETSECRET";
const POLL_SECS: u64 = 5;

/// The bot's stderr lines, each with the moment it arrived.
#[derive(Clone, Default)]
struct Logs(Arc<Mutex<Vec<(Instant, String)>>>);

impl Logs {
    fn capture(stderr: ChildStderr) -> Logs {
        let logs = Logs::default();
        let sink = logs.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let line = strip_ansi(&line);
                sink.0.lock().unwrap().push((Instant::now(), line));
            }
        });
        logs
    }

    fn since(&self, from: Instant) -> Vec<String> {
        let lines = self.0.lock().unwrap();
        lines
            .iter()
            .filter(|(at, _)| *at >= from)
            .map(|(_, line)| line.clone())
            .collect()
    }

    fn all(&self) -> String {
        let lines = self.0.lock().unwrap();
        lines
            .iter()
            .map(|(_, l)| l.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn strip_ansi(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // An SGR sequence: ESC [ ... m
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A line at WARN or ERROR level.
fn is_warn_or_error(line: &str) -> bool {
    line.split_whitespace()
        .take(3)
        .any(|word| word == "WARN" || word == "ERROR")
}

/// A child process that a failing test does not leave behind.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the real binary against `api` with a 5 s long poll; returns it and its stderr.
fn start_bot(api: &FakeApi, dir: &std::path::Path) -> (KillOnDrop, Logs) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_recarga"))
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", &api.url)
        .env("DATABASE_URL", format!("sqlite://{}/bot.db", dir.display()))
        .env("RECARGA_POLL_TIMEOUT_SECS", POLL_SECS.to_string())
        .env("RUST_LOG", "info")
        .current_dir(dir)
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the recarga binary starts");
    let logs = Logs::capture(child.stderr.take().expect("stderr is piped"));
    (KillOnDrop(child), logs)
}

/// Waits for the bot's first `getUpdates`: from then on it is idle, polling.
async fn until_polling(api: &FakeApi, logs: &Logs) {
    let polls = api.wait_for("getUpdates", 1, Duration::from_secs(60)).await;
    assert!(!polls.is_empty(), "the bot never polled:\n{}", logs.all());
}

/// How long chat `chat` waited for a reply just asked for, if one came within `limit`.
async fn reply_within(api: &FakeApi, chat: i64, limit: Duration) -> Option<Duration> {
    let asked = Instant::now();
    while asked.elapsed() < limit {
        if api.delivered().iter().any(|m| m["chat_id"] == chat) {
            return Some(asked.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    None
}

#[tokio::test]
async fn a_bot_idle_past_the_old_17_s_client_timeout_answers_the_next_message_promptly() {
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let (_bot, logs) = start_bot(&api, dir.path());
    until_polling(&api, &logs).await;

    // Past teloxide's default 17 s client timeout: the old bot had failed a poll by now.
    tokio::time::sleep(Duration::from_secs(20)).await;
    api.push_text(77, "es", "/start");
    let answered = reply_within(&api, 77, Duration::from_secs(3)).await;
    assert!(
        answered.is_some(),
        "no reply within 3 s after a quiet spell (a back-off, not a poll, was running)\n{}",
        logs.all()
    );

    let failures: Vec<String> = logs
        .all()
        .lines()
        .map(str::to_owned)
        .filter(|l| is_warn_or_error(l) || l.contains("getting updates failed"))
        .collect();
    assert!(failures.is_empty(), "getUpdates failed: {failures:#?}");
    let polls = api.polls();
    assert!(
        polls.iter().all(|p| p.timeout == Some(POLL_SECS)),
        "every poll asks Telegram to hold {POLL_SECS} s: {polls:?}"
    );
    assert!(
        polls.iter().all(|p| p.status == 200),
        "no poll was refused or superseded: {polls:?}"
    );
    let empty: Vec<Duration> = polls
        .iter()
        .filter(|p| p.updates == 0)
        .map(|p| p.held)
        .collect();
    assert!(
        empty.len() >= 3,
        "the 20 s idle is a few held polls: {polls:?}"
    );
    assert!(
        empty
            .iter()
            .all(|held| *held >= Duration::from_millis(POLL_SECS * 1000 - 100)),
        "each empty poll held its full {POLL_SECS} s, not cut short by the client: {empty:?}"
    );
}

#[tokio::test]
async fn an_empty_poll_logs_nothing_at_info_or_above() {
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let (_bot, logs) = start_bot(&api, dir.path());
    until_polling(&api, &logs).await;
    // Start-up lines (connected, menus) are written around the first poll; the idle begins after.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let idle = Instant::now();
    tokio::time::sleep(Duration::from_secs(2 * POLL_SECS + 2)).await;

    let empty_polls = api.polls().iter().filter(|p| p.updates == 0).count();
    assert!(empty_polls >= 2, "{:?}", api.polls());
    let lines = logs.since(idle);
    assert!(
        lines.is_empty(),
        "with RUST_LOG=info, {empty_polls} empty polls logged: {lines:#?}"
    );
}
