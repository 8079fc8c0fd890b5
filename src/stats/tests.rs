use super::*;

const NOW: i64 = 1_780_000_000;
const WEEK: i64 = 7 * DAY_SECS;
const MONTH: i64 = 30 * DAY_SECS;

async fn pool(dir: &tempfile::TempDir) -> AnyPool {
    let url = format!("sqlite://{}/stats.db", dir.path().display());
    crate::storage::open(&url).await.unwrap()
}

async fn run(pool: &AnyPool, sql: &str, values: &[i64]) {
    let mut query = sqlx::query(sql);
    for value in values {
        query = query.bind(*value);
    }
    query.execute(pool).await.unwrap();
}

/// Five users seen at the edges of the 7- and 30-day windows; the oldest blocked the bot.
async fn users(pool: &AnyPool) {
    let seen = [
        NOW,
        NOW - WEEK,
        NOW - WEEK - 1,
        NOW - MONTH,
        NOW - MONTH - 1,
    ];
    for (id, at) in (1..).zip(seen) {
        let sql = r#"insert into "user" (id, created_at, last_seen_at) values ($1, $2, $2)"#;
        run(pool, sql, &[id, at]).await;
    }
    let sql = r#"update "user" set blocked_at = $1 where id = 5"#;
    run(pool, sql, &[NOW - 100]).await;
}

/// Two plans and a line of user 1.
async fn plans(pool: &AnyPool) {
    for (number, kind) in [(1, "plan"), (2, "plan"), (-1, "line")] {
        let sql = format!(
            "insert into plan (user_id, number, operator, ends_at, has_time, period_days,
                               created_at, kind)
             values (1, $1, 'claro', $2, 0, 30, 0, '{kind}')"
        );
        run(pool, &sql, &[number, NOW + MONTH]).await;
    }
}

/// A reminder of plan 1: (lead, due_at, sent_at, attempts, next_try_at).
async fn reminder(pool: &AnyPool, lead: &str, due: i64, sent: Option<i64>, tries: i64, next: i64) {
    sqlx::query(
        "insert into reminder (user_id, plan_number, lead, due_at, next_try_at, attempts, sent_at)
         values (1, 1, $1, $2, $3, $4, $5)",
    )
    .bind(lead.to_owned())
    .bind(due)
    .bind(next)
    .bind(tries)
    .bind(sent)
    .execute(pool)
    .await
    .unwrap();
}

async fn reminders(pool: &AnyPool) {
    let parked = PARKED.secs();
    let day = NOW - DAY_SECS;
    // Sent: on time (exactly the threshold is not late), late by one second more, at the edges.
    reminder(pool, "on-time", NOW - 3600, Some(NOW - 3600 + 60), 0, 0).await;
    reminder(pool, "late", NOW - 3600, Some(NOW - 3600 + 61), 0, 0).await;
    reminder(pool, "day-edge", day, Some(day), 0, 0).await;
    reminder(pool, "day-out", day - 121, Some(day - 1), 0, 0).await;
    reminder(pool, "week-edge", NOW - WEEK, Some(NOW - WEEK), 0, 0).await;
    reminder(
        pool,
        "week-out",
        NOW - WEEK - 500,
        Some(NOW - WEEK - 1),
        0,
        0,
    )
    .await;
    // Sent after a failed attempt: sent, not failed.
    reminder(pool, "retried", NOW - 100, Some(NOW - 50), 1, 0).await;
    // Failed: tried and refused, or parked for a user who blocked the bot.
    reminder(pool, "failed-day", day, None, 1, NOW + 60).await;
    reminder(pool, "failed-week", day - 1, None, 2, NOW + 60).await;
    reminder(pool, "parked", NOW - WEEK, None, 0, parked).await;
    reminder(pool, "failed-out", NOW - WEEK - 1, None, 3, NOW + 60).await;
    // Not failed: due but never tried yet; parked but not due yet.
    reminder(pool, "due", NOW - 10, None, 0, NOW - 10).await;
    reminder(pool, "parked-later", NOW + 3600, None, 0, parked).await;
}

async fn questions(pool: &AnyPool) {
    let answered = [
        (1, NOW),
        (1, NOW - WEEK),
        (1, NOW - WEEK - 1),
        (0, NOW - WEEK),
    ];
    for (number, (sure, at)) in (1..).zip(answered.into_iter().chain([(0, NOW - 8 * DAY_SECS)])) {
        let sql = "insert into faq_question
                       (user_id, number, language, question, topic, score, sure, created_at)
                   values (1, $1, 'es', 'q', 't', 0.9, $2, $3)";
        run(pool, sql, &[number, sure, at]).await;
    }
    let unanswered = [
        ("¿cómo pago?", NOW - DAY_SECS),
        ("  ¿cómo pago? ", NOW - WEEK),
        ("¿cómo pago?", NOW - 20 * DAY_SECS),
        ("roaming <b>", NOW - WEEK - 1),
        ("roaming <b>", NOW - MONTH),
        ("x", NOW - MONTH - 1),
        ("x", NOW - MONTH - 2),
        ("x", NOW - MONTH - 3),
        ("d", NOW - 2 * DAY_SECS),
        ("c", NOW - 2 * DAY_SECS),
        ("b", NOW - 2 * DAY_SECS),
        ("a", NOW - 2 * DAY_SECS),
    ];
    for (question, at) in unanswered {
        sqlx::query(
            "insert into faq_unanswered (user_id, language, question, decision, score, created_at)
             values (null, 'es', $1, 'none', 0.1, $2)",
        )
        .bind(question.to_owned())
        .bind(at)
        .execute(pool)
        .await
        .unwrap();
    }
}

async fn feedback(pool: &AnyPool) {
    let votes = [
        (1, "t1", 1, NOW - MONTH),
        (1, "t2", 1, NOW),
        (1, "t3", 1, NOW - MONTH - 1),
        (2, "t1", 0, NOW - 1),
        (2, "t2", 0, NOW - MONTH - 1),
    ];
    for (user, topic, helpful, at) in votes {
        let sql = format!(
            "insert into faq_feedback (user_id, topic, helpful, created_at)
             values ($1, '{topic}', $2, $3)"
        );
        run(pool, &sql, &[user, helpful, at]).await;
    }
    let reasons = [
        ("wrong-topic", NOW - MONTH),
        ("wrong-topic", NOW),
        ("unclear", NOW - 5),
        ("outdated", NOW - MONTH - 1),
        ("other", NOW),
    ];
    for (reason, at) in reasons {
        let sql = format!(
            "insert into faq_feedback_reason (user_id, topic, reason, created_at)
             values (1, 't1', '{reason}', $1)"
        );
        run(pool, &sql, &[at]).await;
    }
}

/// Every kind of row, at known times around the windows' edges, counted as of `NOW`.
async fn seeded() -> Stats {
    let dir = tempfile::tempdir().unwrap();
    let pool = pool(&dir).await;
    users(&pool).await;
    plans(&pool).await;
    reminders(&pool).await;
    questions(&pool).await;
    feedback(&pool).await;
    collect(&pool, Timestamp::from_secs(NOW)).await.unwrap()
}

#[tokio::test]
async fn users_plans_and_lines_count_their_rows_window_edges_included() {
    let stats = seeded().await;
    let users = Users {
        total: 5,
        active_week: 2,
        active_month: 4,
        blocked: 1,
    };
    assert_eq!(stats.users, users);
    assert_eq!((stats.plans, stats.lines), (2, 1));
}

#[tokio::test]
async fn reminders_are_sent_late_beyond_the_threshold_and_failed_when_refused_or_parked() {
    let stats = seeded().await;
    let day = Reminders {
        sent: 4,
        late: 1,
        failed: 1,
    };
    assert_eq!(stats.reminders_day, day);
    let week = Reminders {
        sent: 6,
        late: 2,
        failed: 3,
    };
    assert_eq!(stats.reminders_week, week);
}

#[tokio::test]
async fn questions_of_the_week_and_the_top_unanswered_of_the_month() {
    let stats = seeded().await;
    let questions = Questions {
        answered: 2,
        suggested: 1,
        unanswered: 6,
    };
    assert_eq!(stats.questions, questions);
    let top: Vec<(&str, i64)> = stats
        .top_unanswered
        .iter()
        .map(|(text, count)| (text.as_str(), *count))
        .collect();
    let expected = [
        ("¿cómo pago?", 3),
        ("roaming <b>", 2),
        ("a", 1),
        ("b", 1),
        ("c", 1),
    ];
    assert_eq!(top, expected);
}

#[tokio::test]
async fn votes_and_reasons_of_the_month() {
    let stats = seeded().await;
    let reasons: Vec<(&str, i64)> = stats
        .reasons
        .iter()
        .map(|(reason, count)| (reason.as_str(), *count))
        .collect();
    let expected = [
        ("other", 1),
        ("outdated", 0),
        ("unclear", 1),
        ("wrong-topic", 2),
    ];
    assert_eq!(reasons, expected);
    assert_eq!((stats.thumbs_up, stats.thumbs_down), (2, 1));
}

#[tokio::test]
async fn an_empty_database_counts_zero_and_still_names_every_reason() {
    let dir = tempfile::tempdir().unwrap();
    let pool = pool(&dir).await;
    let stats = collect(&pool, Timestamp::from_secs(NOW)).await.unwrap();
    let reasons: BTreeMap<String, i64> = REASONS.iter().map(|r| ((*r).to_owned(), 0)).collect();
    assert_eq!(
        stats,
        Stats {
            reasons,
            ..Stats::default()
        }
    );
}

#[test]
fn shares_are_whole_percentages_rounded_half_up() {
    let third = Questions {
        answered: 1,
        suggested: 1,
        unanswered: 1,
    };
    assert_eq!(third.percent(1), 33);
    assert_eq!(third.percent(2), 67);
    let eighth = Questions {
        answered: 1,
        suggested: 7,
        unanswered: 0,
    };
    assert_eq!(eighth.percent(1), 13);
    assert_eq!(eighth.percent(7), 88);
    assert_eq!(Questions::default().percent(0), 0);
}
