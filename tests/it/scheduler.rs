//! The reminder scheduler with the clock injected (`pass(now)`), sending through the real
//! throttled bot to a fake Bot API on loopback: due, late after downtime, renew, tomorrow,
//! zone change, 403, 429, 5xx; a claim left by a crash, taken back at start or left to its
//! lease; and the real loop woken by a change.
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use recarga::clock::Timestamp;
use recarga::reminders::{self, Change, Draft, Operator, StartRule, UserZone};
use recarga::scheduler::PassReport;

use crate::support::fake_api::{self, Fault};
use crate::support::{text_from, user, world, World};

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

impl World {
    /// A user (Telegram language `lang`) with one Claro plan ending `end` (Lima 23:59 dates).
    async fn plan(&self, user: i64, lang: &str, end: DateTime<Utc>) {
        let now = self.app.app.now();
        self.add_claro_plan(user, lang, None, (end, false), now)
            .await;
    }

    async fn pass(&self, now: DateTime<Utc>) -> PassReport {
        *self.app.now.lock().unwrap() = now;
        self.scheduler.pass(now).await.unwrap()
    }

    fn sent(&self) -> Vec<serde_json::Value> {
        self.api.calls("sendMessage")
    }
}

/// Plan ends Sat 28 Nov 23:59 Lima = 29 Nov 04:59 UTC; the 1d reminder is due 27 Nov 14:00 UTC.
fn end() -> DateTime<Utc> {
    at(2026, 11, 29, 4, 59)
}

#[tokio::test]
async fn a_due_reminder_is_sent_once_with_its_buttons() {
    let w = world().await;
    w.plan(1, "en", end()).await;
    assert_eq!(
        reminders::next_wake(&w.app.app.pool).await.unwrap(),
        Some(Timestamp::of(at(2026, 11, 27, 14, 0)))
    );
    assert_eq!(
        w.pass(at(2026, 11, 27, 13, 59)).await.sent,
        0,
        "not before it is due"
    );
    assert_eq!(w.pass(at(2026, 11, 27, 14, 0)).await.sent, 1);
    assert_eq!(w.pass(at(2026, 11, 27, 14, 1)).await.sent, 0, "never twice");
    let sent = w.sent();
    assert_eq!(sent.len(), 1);
    let text = sent[0]["text"].as_str().unwrap();
    assert!(
        text.contains("#1 · Claro")
            && text.contains("Sat 28 Nov 2026, 23:59")
            && text.contains("in 38 hours"),
        "{text}"
    );
    assert!(!text.contains("late"), "{text}");
    let buttons = sent[0]["reply_markup"].to_string();
    for data in [
        "rm:ok:1",
        "rm:sz:1:h",
        "rm:sz:1:e",
        "rm:sz:1:t",
        "faq:tu:claro",
    ] {
        assert!(buttons.contains(data), "{data} missing: {buttons}");
    }
}

#[tokio::test]
async fn reminders_due_during_downtime_are_sent_once_and_marked_late() {
    let w = world().await;
    w.plan(2, "es", end()).await;
    // Down from before the 1d reminder until 10:00 UTC the next day.
    let report = w.pass(at(2026, 11, 28, 10, 0)).await;
    assert_eq!(report.sent, 1);
    let text = w.sent()[0]["text"].as_str().unwrap().to_owned();
    assert!(
        text.contains("retraso") && text.contains("vie 27 nov 2026, 09:00"),
        "{text}"
    );
    assert_eq!(w.pass(at(2026, 11, 28, 10, 1)).await.sent, 0);
}

#[tokio::test]
async fn a_user_who_blocked_the_bot_is_paused_until_they_write_again() {
    let w = world().await;
    w.plan(3, "en", end()).await;
    w.api.inject(Fault {
        method: "sendmessage".into(),
        chat: Some(3),
        times: 1,
        status: 403,
        body: fake_api::blocked(),
    });
    assert_eq!(w.pass(at(2026, 11, 27, 14, 0)).await.blocked, 1);
    let blocked: Option<i64> = sqlx::query_scalar(r#"select blocked_at from "user" where id = 3"#)
        .fetch_one(&w.app.app.pool)
        .await
        .unwrap();
    assert!(blocked.is_some());
    assert_eq!(
        reminders::next_wake(&w.app.app.pool).await.unwrap(),
        None,
        "nothing to wake for"
    );
    assert_eq!(w.pass(at(2026, 11, 28, 14, 0)).await, PassReport::default());
    assert_eq!(w.sent().len(), 1, "only the refused attempt");

    // They write to the bot again: that alone ends the block.
    let mut bot = w.app.bot(text_from(&user(3, "en"), "/plans"));
    bot.dispatch().await;
    let blocked: Option<i64> = sqlx::query_scalar(r#"select blocked_at from "user" where id = 3"#)
        .fetch_one(&w.app.app.pool)
        .await
        .unwrap();
    assert_eq!(blocked, None, "writing again ends the block");
    let report = w.pass(at(2026, 11, 28, 15, 0)).await;
    assert_eq!(
        report.sent, 2,
        "the pending 1d and end-day reminders go out once they are back"
    );
}

#[tokio::test]
async fn a_429_waits_retry_after_and_is_not_counted_as_sent() {
    let w = world().await;
    w.plan(4, "en", end()).await;
    w.api.inject(Fault {
        method: "sendmessage".into(),
        chat: None,
        times: 1,
        status: 429,
        body: fake_api::too_many_requests(1),
    });
    let due = at(2026, 11, 27, 14, 0);
    assert_eq!(w.pass(due).await.retried, 1);
    assert_eq!(
        reminders::next_wake(&w.app.app.pool).await.unwrap(),
        Some(Timestamp::of(due).saturating_add_secs(1))
    );
    // Throttle itself pauses for retry_after on a 429; let that pass before the next attempt.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(w.pass(due + chrono::Duration::seconds(2)).await.sent, 1);
    assert_eq!(w.sent().len(), 2, "one refused, one delivered");
}

#[tokio::test]
async fn server_errors_back_off_instead_of_retrying_hot() {
    let w = world().await;
    w.plan(5, "en", end()).await;
    let body = serde_json::json!({"ok": false, "error_code": 502, "description": "Bad Gateway"});
    w.api.inject(Fault {
        method: "sendmessage".into(),
        chat: None,
        times: 2,
        status: 502,
        body,
    });
    let due = at(2026, 11, 27, 14, 0);
    assert_eq!(w.pass(due).await.retried, 1);
    assert_eq!(
        w.pass(due + chrono::Duration::seconds(10)).await,
        PassReport::default()
    );
    assert_eq!(w.sent().len(), 1, "no attempt during the back-off");
    assert_eq!(w.pass(due + chrono::Duration::seconds(30)).await.retried, 1);
    assert_eq!(
        w.pass(due + chrono::Duration::seconds(60)).await,
        PassReport::default(),
        "the back-off doubled"
    );
    assert_eq!(w.pass(due + chrono::Duration::seconds(91)).await.sent, 1);
}

#[tokio::test]
async fn renew_snooze_and_zone_changes_move_what_the_scheduler_sends() {
    let w = world().await;
    w.plan(6, "en", end()).await;
    assert_eq!(w.pass(at(2026, 11, 27, 14, 0)).await.sent, 1);

    // "Tomorrow": one more reminder at 09:00 Lima the next day (before the end).
    let pool = &w.app.app.pool;
    let settings = w.app.app.settings(6).await.unwrap();
    let tomorrow = reminders::SnoozeChoice::Tomorrow;
    reminders::snooze(pool, 6, 1, tomorrow, &settings, at(2026, 11, 27, 15, 0))
        .await
        .unwrap();
    assert_eq!(w.pass(at(2026, 11, 28, 13, 59)).await.sent, 0);
    assert_eq!(
        w.pass(at(2026, 11, 28, 14, 0)).await.sent,
        2,
        "the snooze and the end-day reminder, both at 09:00"
    );

    // Renewed: 30 more days; the 1d reminder exists again for the new end.
    let settings = w.app.app.settings(6).await.unwrap();
    reminders::set_end(pool, 6, 1, None, &settings, at(2026, 11, 28, 16, 0))
        .await
        .unwrap();
    let due: Vec<(String, Timestamp)> = reminders::pending_of(pool, 6, 1).await.unwrap();
    assert!(
        due.contains(&("1d".to_owned(), Timestamp::of(at(2026, 12, 27, 14, 0)))),
        "{due:?}"
    );

    // Moving to Shanghai moves the 09:00 reminders to 09:00 there.
    let zone = UserZone::parse("Asia/Shanghai").unwrap();
    recarga::preferences::change_settings(
        pool,
        6,
        Change::Zone(zone),
        &zone,
        at(2026, 11, 28, 16, 0),
    )
    .await
    .unwrap();
    let due: Vec<(String, Timestamp)> = reminders::pending_of(pool, 6, 1).await.unwrap();
    assert!(
        due.contains(&("1d".to_owned(), Timestamp::of(at(2026, 12, 28, 1, 0)))),
        "{due:?}"
    );
    assert_eq!(
        w.pass(at(2026, 12, 28, 1, 0)).await.sent,
        2,
        "the 3d and 1d reminders"
    );
    assert!(w.sent().last().unwrap()["text"]
        .as_str()
        .unwrap()
        .contains("UTC+8)"));
}

#[tokio::test]
async fn the_running_scheduler_wakes_when_a_plan_is_added() {
    let w = world().await;
    let mut scheduler = w.scheduler.clone();
    scheduler.clock = Arc::new(Utc::now);
    let cancel = tokio_util::sync::CancellationToken::new();
    let task = tokio::spawn(scheduler.run(cancel.clone()));
    tokio::time::sleep(Duration::from_millis(200)).await; // asleep: nothing is pending

    // A plan ending in 20 minutes whose leads (2h) have all passed gets one reminder right away.
    let now = Utc::now();
    *w.app.now.lock().unwrap() = now;
    let pool = &w.app.app.pool;
    recarga::users::touch(pool, 7, Some("en"), now.into())
        .await
        .unwrap();
    let zone = UserZone::parse("America/Lima").unwrap();
    let leads = Change::Leads(reminders::parse_leads("2h").unwrap());
    recarga::preferences::change_settings(pool, 7, leads, &zone, now)
        .await
        .unwrap();
    let settings = w.app.app.settings(7).await.unwrap();
    let draft = Draft {
        operator: Operator::Entel,
        label: None,
        ends_at: now + chrono::Duration::minutes(20),
        has_time: true,
        period_days: 1,
        period_known: true,
    };
    reminders::add(&w.app.app.pool, 7, &draft, &settings, now)
        .await
        .unwrap();
    w.app.app.wake.notify_one();

    let sent = w
        .api
        .wait_for("sendMessage", 1, Duration::from_secs(10))
        .await;
    assert_eq!(sent.len(), 1, "woken by the change, not by a timer");
    cancel.cancel();
    task.await.unwrap();
}

impl World {
    /// A pass that claimed what is due at `now` and died before sending or recording anything.
    async fn crashed_pass(&self, now: DateTime<Utc>) -> usize {
        let pool = &self.app.app.pool;
        let claimed = reminders::store::queue::claim_due(pool, Timestamp::of(now), 300, 200)
            .await
            .unwrap();
        claimed.len()
    }
}

#[tokio::test]
async fn a_reminder_claimed_before_a_crash_is_sent_right_after_a_single_instance_restart() {
    let w = world().await;
    w.plan(8, "en", end()).await;
    let due = at(2026, 11, 27, 14, 0);
    assert_eq!(w.crashed_pass(due).await, 1);

    let restart = due + chrono::Duration::seconds(20);
    let pool = &w.app.app.pool;
    assert_eq!(
        reminders::recover(pool, StartRule::ReclaimAll, restart)
            .await
            .unwrap(),
        1,
        "the dead process's lease is taken back"
    );
    assert_eq!(
        reminders::next_wake(pool).await.unwrap(),
        Some(Timestamp::of(restart)),
        "due now, not when the 300 s lease ends"
    );
    assert_eq!(w.pass(restart).await.sent, 1);
    let text = w.sent()[0]["text"].as_str().unwrap().to_owned();
    assert!(
        text.contains("in 38 hours") && !text.contains("late"),
        "{text}"
    );
    let after_lease = restart + chrono::Duration::seconds(400);
    assert_eq!(w.pass(after_lease).await.sent, 0, "never twice");
    assert_eq!(w.sent().len(), 1);
}

#[tokio::test]
async fn a_shared_database_leaves_a_crashed_claim_to_its_lease() {
    let w = world().await;
    w.plan(9, "en", end()).await;
    let due = at(2026, 11, 27, 14, 0);
    assert_eq!(w.crashed_pass(due).await, 1);

    let restart = due + chrono::Duration::seconds(20);
    let pool = &w.app.app.pool;
    // Another instance could be sending it right now: taking it back would send it twice.
    assert_eq!(
        reminders::recover(pool, StartRule::KeepLeases, restart)
            .await
            .unwrap(),
        0
    );
    assert_eq!(w.pass(restart).await.sent, 0, "held by the lease");
    assert_eq!(
        w.pass(due + chrono::Duration::seconds(299)).await.sent,
        0,
        "held until the lease ends"
    );
    assert_eq!(w.pass(due + chrono::Duration::seconds(300)).await.sent, 1);
}

#[tokio::test]
async fn reclaiming_leaves_retries_and_sent_reminders_alone() {
    let w = world().await;
    w.plan(10, "en", end()).await;
    w.plan(11, "en", end()).await;
    let body = serde_json::json!({"ok": false, "error_code": 502, "description": "Bad Gateway"});
    w.api.inject(Fault {
        method: "sendmessage".into(),
        chat: Some(10),
        times: 1,
        status: 502,
        body,
    });
    let due = at(2026, 11, 27, 14, 0);
    let report = w.pass(due).await;
    assert_eq!((report.sent, report.retried), (1, 1));

    let restart = due + chrono::Duration::seconds(5);
    let pool = &w.app.app.pool;
    assert_eq!(
        reminders::recover(pool, StartRule::ReclaimAll, restart)
            .await
            .unwrap(),
        0,
        "a back-off is not a lease"
    );
    assert_eq!(w.pass(restart).await, PassReport::default());
    assert_eq!(
        w.sent().len(),
        2,
        "one refused, one delivered, nothing more"
    );
}
