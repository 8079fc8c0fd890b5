//! The scheduler against a fake messenger: no Bot API, only what `Deliver` answers.
use std::sync::Mutex;

use chrono::TimeZone;

use super::*;
use crate::reminders::deliver::{Action, Outgoing};
use crate::reminders::{self, Draft, Operator};

/// Answers every delivery with `answer` and keeps what it was asked to send.
struct Fake {
    answer: Delivery,
    sent: Mutex<Vec<Outgoing>>,
}

impl Deliver for Fake {
    fn deliver(&self, message: Outgoing) -> futures::future::BoxFuture<'_, Delivery> {
        self.sent.lock().unwrap().push(message);
        Box::pin(async move { self.answer.clone() })
    }
}

struct World {
    scheduler: Scheduler,
    fake: Arc<Fake>,
    /// The first reminder's due instant.
    due: DateTime<Utc>,
    _dir: tempfile::TempDir,
}

/// User 1 with one Claro plan ending in ten days, and a scheduler sending through a fake that
/// answers `answer`.
async fn world(answer: Delivery) -> World {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/test.db", dir.path().display());
    let pool = crate::storage::open(&url).await.unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).unwrap();
    crate::users::touch(&pool, 1, Some("es"), now.into())
        .await
        .unwrap();
    let settings = reminders::settings(&pool, 1, &UserZone::LIMA)
        .await
        .unwrap();
    let draft = Draft {
        operator: Operator::Claro,
        label: None,
        ends_at: now + chrono::Duration::days(10),
        has_time: false,
        period_days: 30,
        period_known: true,
    };
    reminders::add(&pool, 1, &draft, &settings, now)
        .await
        .unwrap();
    let due = queue::next_wake(&pool).await.unwrap().unwrap();
    let fake = Arc::new(Fake {
        answer,
        sent: Mutex::new(Vec::new()),
    });
    let scheduler = Scheduler {
        pool,
        deliver: fake.clone(),
        pacer: Arc::new(Pacer::new(crate::pacing::Limits::TELEGRAM)),
        health: Health::new(),
        default_zone: UserZone::LIMA,
        wake: Arc::new(Notify::new()),
        clock: Arc::new(move || now),
        lease_secs: 300,
        retention_days: 90,
        lines: Arc::new(LineRules::embedded()),
    };
    World {
        scheduler,
        fake,
        due: due.instant().unwrap(),
        _dir: dir,
    }
}

impl World {
    fn calls(&self) -> usize {
        self.fake.sent.lock().unwrap().len()
    }
}

#[tokio::test]
async fn a_due_reminder_is_delivered_once_and_marked_sent() {
    let w = world(Delivery::Sent).await;
    let early = w.scheduler.pass(w.due - chrono::Duration::seconds(1)).await;
    assert_eq!(early.unwrap(), PassReport::default());
    assert_eq!(w.calls(), 0);
    let report = w.scheduler.pass(w.due).await.unwrap();
    assert_eq!(report.sent, 1);
    assert_eq!(w.calls(), 1);
    let message = w.fake.sent.lock().unwrap()[0].clone();
    assert_eq!(message.user, 1);
    assert_eq!(message.buttons[0][0].action, Action::Renewed(1));
    let again = w.scheduler.pass(w.due).await.unwrap();
    assert_eq!(again, PassReport::default());
    assert_eq!(w.calls(), 1);
    let next = queue::next_wake(&w.scheduler.pool).await.unwrap();
    assert!(
        next.is_none_or(|at| at.secs() > w.due.timestamp()),
        "{next:?}"
    );
}

#[tokio::test]
async fn an_unreachable_user_is_paused_not_retried() {
    let w = world(Delivery::Unreachable).await;
    let report = w.scheduler.pass(w.due).await.unwrap();
    assert_eq!(report.blocked, 1);
    let later = w.due + chrono::Duration::days(30);
    assert_eq!(
        w.scheduler.pass(later).await.unwrap(),
        PassReport::default()
    );
    assert_eq!(w.calls(), 1);
}

#[tokio::test]
async fn a_failure_is_retried_later_not_in_a_hot_loop() {
    let failed = Delivery::Failed {
        permanent: false,
        error: "network down".into(),
    };
    let w = world(failed).await;
    let report = w.scheduler.pass(w.due).await.unwrap();
    assert_eq!(report.retried, 1);
    assert_eq!(w.calls(), 1);
    assert_eq!(
        w.scheduler.pass(w.due).await.unwrap(),
        PassReport::default()
    );
    assert_eq!(w.calls(), 1);
    let next = queue::next_wake(&w.scheduler.pool).await.unwrap().unwrap();
    assert!(next.secs() >= w.due.timestamp() + 30, "{next:?}");
}

#[tokio::test]
async fn a_requested_wait_is_kept() {
    let w = world(Delivery::RetryAfter(Duration::from_secs(7))).await;
    let report = w.scheduler.pass(w.due).await.unwrap();
    assert_eq!(report.retried, 1);
    assert_eq!(
        w.scheduler.pass(w.due).await.unwrap(),
        PassReport::default()
    );
    assert_eq!(w.calls(), 1);
    let next = queue::next_wake(&w.scheduler.pool).await.unwrap().unwrap();
    assert_eq!(next.secs(), w.due.timestamp() + 7);
}

#[test]
fn a_message_rejected_again_and_again_is_dropped() {
    let rejected = Delivery::Failed {
        permanent: true,
        error: "bad request".into(),
    };
    assert!(matches!(
        classify(&rejected, 0),
        Outcome::Retry { failed: true, .. }
    ));
    assert_eq!(
        classify(&rejected, MAX_PERMANENT_ATTEMPTS - 1),
        Outcome::Dropped
    );
    let transient = Delivery::Failed {
        permanent: false,
        error: "502".into(),
    };
    assert!(matches!(
        classify(&transient, 99),
        Outcome::Retry { failed: true, .. }
    ));
}

#[tokio::test]
async fn retention_runs_through_the_scheduler_with_its_configured_days() {
    let w = world(Delivery::Sent).await;
    let pool = &w.scheduler.pool;
    let now = w.due;
    for (question, days_ago) in [("ninety-one days", 91), ("eighty-nine days", 89)] {
        let row = crate::faq::Unanswered {
            user_id: 1,
            language: "es",
            question,
            decision: "none",
            best_topic: None,
            score: 0.1,
            at: (now - chrono::TimeDelta::days(days_ago)).into(),
        };
        crate::faq::log_unanswered(pool, &row).await.unwrap();
    }
    for (question, days_ago) in [("answered 91 days ago", 91), ("answered 89 days ago", 89)] {
        let answered = crate::faq::Answered {
            language: "es",
            question,
            topic: "t",
            score: 0.9,
            sure: true,
        };
        let at = (now - chrono::TimeDelta::days(days_ago)).into();
        crate::faq::log_answered(pool, 1, &answered, at)
            .await
            .unwrap();
    }
    assert_eq!(w.scheduler.retain(now).await.unwrap(), 2);
    let kept: Vec<String> = sqlx::query_scalar("select question from faq_question")
        .fetch_all(pool)
        .await
        .unwrap();
    assert_eq!(kept, vec!["answered 89 days ago".to_owned()]);
    let named: Vec<String> =
        sqlx::query_scalar("select question from faq_unanswered where user_id is not null")
            .fetch_all(pool)
            .await
            .unwrap();
    assert_eq!(named, vec!["eighty-nine days".to_owned()]);
}
