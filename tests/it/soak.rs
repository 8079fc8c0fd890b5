//! The soak (ignored in CI; `scripts/soak.sh` runs it against the release binary): the real bot
//! for `RECARGA_SOAK_SECS` (600) against the fake Bot API with Telegram's limits enforced, while
//! `RECARGA_SOAK_USERS` (1,000) people write in three languages (questions, plans added,
//! renewed, deleted with a button, nonsense) and `RECARGA_SOAK_REMINDERS` (1,500) reminders of
//! 500 other people fall due throughout; with 429s (retry_after 1–5 s) injected every ~15 s, a
//! 502 outage of every method for `RECARGA_SOAK_OUTAGE_SECS` (120) from a third of the run, one
//! person blocking the bot and unblocking it, and `RECARGA_SOAK_KILLS` (20) SIGKILLs at random
//! moments, each followed by an immediate restart. It prints the figures and fails on any plan
//! lost, reminder lost, duplicate outside the documented window, or reply lost that was not in
//! the bot's hands at a kill.
mod bot;
mod report;
mod users;

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::json;

use crate::kill_run::{setting, Dice};
use crate::support::fake_api::{blocked, too_many_requests, FakeApi, Fault};
use bot::Bot;
use report::Run;
use users::{Inbox, Person, Sim};

/// The first of the people who only get reminders; the one who blocks the bot.
const REMINDED: i64 = 900_001;
/// The first of the people who write.
const WRITERS: i64 = 100_001;

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// `count` reminders for `count / 3` people, three plans each (labelled `r<id>-<k>`), due evenly
/// from `first_due` over `span` seconds; a person's three are a third of the span apart.
/// Returns each reminder's (chat, label, due).
async fn seed_reminders(
    url: &str,
    count: i64,
    first_due: i64,
    span: i64,
) -> Vec<(i64, String, i64)> {
    let pool = recarga::storage::open(url).await.unwrap();
    let people = (count / 3).max(1);
    let now = unix_now();
    let mut due = Vec::new();
    let mut tx = pool.begin().await.unwrap();
    for i in 0..people {
        let id = REMINDED + i;
        sqlx::query(
            r#"insert into "user" (id, telegram_language, created_at, last_seen_at, plan_seq)
               values ($1, 'en', $2, $2, 3)"#,
        )
        .bind(id)
        .bind(now)
        .execute(&mut *tx)
        .await
        .unwrap();
        for k in 0..3 {
            let at = first_due + (k * people + i) * span / (3 * people);
            let label = format!("r{id}-{}", k + 1);
            sqlx::query(
                "insert into plan (user_id, number, operator, label, ends_at, has_time,
                                   period_days, created_at)
                 values ($1, $2, 'bitel', $3, $4, 1, 30, $5)",
            )
            .bind(id)
            .bind(k + 1)
            .bind(label.clone())
            .bind(at + 86_400)
            .bind(now)
            .execute(&mut *tx)
            .await
            .unwrap();
            sqlx::query(
                "insert into reminder (user_id, plan_number, lead, due_at, next_try_at)
                 values ($1, $2, '1d', $3, $3)",
            )
            .bind(id)
            .bind(k + 1)
            .bind(at)
            .execute(&mut *tx)
            .await
            .unwrap();
            due.push((id, label, at));
        }
    }
    tx.commit().await.unwrap();
    pool.close().await;
    due
}

fn bad_gateway() -> serde_json::Value {
    json!({"ok": false, "error_code": 502, "description": "Bad Gateway"})
}

/// What happens when, in seconds from the start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Event {
    Block,
    OutageStarts,
    OutageEnds,
    Unblock,
    TooManyRequests,
    Kill,
}

fn timeline(secs: u64, outage: (u64, u64), kills: u64, dice: &mut Dice) -> Vec<(u64, Event)> {
    let mut events = vec![
        (10, Event::Block),
        (outage.0, Event::OutageStarts),
        (outage.1, Event::OutageEnds),
        (secs / 2, Event::Unblock),
    ];
    events.extend(
        (15..secs)
            .step_by(15)
            .map(|at| (at, Event::TooManyRequests)),
    );
    events.extend((0..kills).map(|_| (dice.below(15, secs - 15), Event::Kill)));
    events.sort();
    events
}

fn act(api: &FakeApi, bot: &mut Bot, event: Event, dice: &mut Dice) {
    match event {
        Event::Block => api.inject(Fault {
            method: "sendmessage".into(),
            chat: Some(REMINDED),
            times: usize::MAX,
            status: 403,
            body: blocked(),
        }),
        Event::Unblock => {
            api.end_faults("sendmessage", Some(REMINDED));
            api.push_text(REMINDED, "en", "/start");
        }
        Event::OutageStarts => api.inject(Fault {
            method: "*".into(),
            chat: None,
            times: usize::MAX,
            status: 502,
            body: bad_gateway(),
        }),
        Event::OutageEnds => api.end_faults("*", None),
        Event::TooManyRequests => api.inject(Fault {
            method: "sendmessage".into(),
            chat: None,
            times: dice.below(1, 4) as usize,
            status: 429,
            body: too_many_requests(dice.below(1, 6)),
        }),
        Event::Kill => bot.kill_and_restart(),
    }
}

/// The run's knobs, from the environment.
struct Knobs {
    secs: u64,
    writers: i64,
    reminders: i64,
    kills: u64,
    outage: (u64, u64),
    seed: u64,
}

impl Knobs {
    fn read() -> Knobs {
        let secs = setting("RECARGA_SOAK_SECS", 600).max(150);
        let outage_secs = setting("RECARGA_SOAK_OUTAGE_SECS", 120);
        Knobs {
            secs,
            writers: setting("RECARGA_SOAK_USERS", 1000) as i64,
            reminders: setting("RECARGA_SOAK_REMINDERS", 1500) as i64,
            kills: setting("RECARGA_SOAK_KILLS", 20),
            outage: (secs / 3, secs / 3 + outage_secs),
            seed: setting("RECARGA_SOAK_SEED", 0x5EED_5EED),
        }
    }
}

/// The people who write, each starting at a random moment of the run's first part.
fn spawn_people(
    sim: &Arc<Sim>,
    knobs: &Knobs,
    dice: &mut Dice,
) -> Vec<tokio::task::JoinHandle<Person>> {
    (0..knobs.writers)
        .map(|i| {
            let sim = sim.clone();
            let delay = dice.millis(0, (knobs.secs - 120) * 1000);
            let seed = knobs.seed;
            tokio::spawn(async move { sim.person(WRITERS + i, delay, seed).await })
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a soak: scripts/soak.sh"]
async fn a_soak_with_faults_and_kills_loses_no_plan_no_reminder_and_no_reply() {
    let knobs = Knobs::read();
    println!("seed {} (RECARGA_SOAK_SEED to repeat)", knobs.seed);
    let mut dice = Dice::seeded(knobs.seed);
    let api = Arc::new(FakeApi::start().await);
    api.enforce_limits();
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/soak.db", dir.path().display());
    let wall_start = unix_now();
    let span = knobs.secs as i64 - 60;
    let due = seed_reminders(&url, knobs.reminders, wall_start + 20, span).await;
    let inbox = Inbox::default();
    let follower = inbox.follow(api.clone());
    let started = Instant::now();
    let mut bot = Bot::start(&api.url, &url, dir.path());
    let sim = Arc::new(Sim {
        api: api.clone(),
        inbox: inbox.clone(),
    });
    let people = spawn_people(&sim, &knobs, &mut dice);
    for (at, event) in timeline(knobs.secs, knobs.outage, knobs.kills, &mut dice) {
        tokio::time::sleep(Duration::from_secs(at).saturating_sub(started.elapsed())).await;
        act(&api, &mut bot, event, &mut dice);
    }
    let mut persons = Vec::new();
    for person in people {
        persons.push(person.await.unwrap());
    }
    // Time for the last reminders (and any held by the outage) to go out.
    tokio::time::sleep(Duration::from_secs(knobs.secs + 30).saturating_sub(started.elapsed()))
        .await;
    let (kills, rss) = bot.stop();
    follower.abort();
    let at = |secs| started + Duration::from_secs(secs);
    let run = Run {
        started,
        wall_start,
        outage: (at(knobs.outage.0), at(knobs.outage.1)),
        blocked_chat: REMINDED,
        kills,
        rss,
        persons,
        due,
        inbox,
        api,
        pool: recarga::storage::open(&url).await.unwrap(),
    };
    assert_eq!(run.report().await, Vec::<String>::new());
}
