use super::*;

pub(in crate::faq::store) async fn pool(dir: &tempfile::TempDir) -> AnyPool {
    let url = format!("sqlite://{}/faq.db", dir.path().display());
    let pool = crate::storage::open(&url).await.unwrap();
    sqlx::query(r#"insert into "user" (id, created_at, last_seen_at) values (7, 0, 0)"#)
        .execute(&pool)
        .await
        .unwrap();
    pool
}

pub(in crate::faq::store) fn asked(question: &str, at: i64) -> Unanswered<'_> {
    Unanswered {
        user_id: 7,
        language: "es",
        question,
        decision: "none",
        best_topic: None,
        score: 0.1,
        at: Timestamp::from_secs(at),
    }
}

#[tokio::test]
async fn unanswered_rows_read_back_their_timestamp_from_since_on_oldest_first() {
    let dir = tempfile::tempdir().unwrap();
    let pool = pool(&dir).await;
    for (question, at) in [("b", 1_780_000_300), ("a", 1_780_000_100), ("c", 99)] {
        log_unanswered(&pool, &asked(question, at)).await.unwrap();
    }
    let rows = unanswered_since(&pool, Timestamp::from_secs(1_780_000_100))
        .await
        .unwrap();
    let read: Vec<(&str, Timestamp)> = rows
        .iter()
        .map(|row| (row.question.as_str(), row.created_at))
        .collect();
    assert_eq!(
        read,
        [
            ("a", Timestamp::from_secs(1_780_000_100)),
            ("b", Timestamp::from_secs(1_780_000_300))
        ]
    );
    // A row from 1970 still reads (as its own value), and surfaces as out of range.
    let all = unanswered_since(&pool, Timestamp::from_secs(0))
        .await
        .unwrap();
    assert_eq!(all[0].created_at.secs(), 99);
    assert!(all[0].created_at.instant().is_err());
}

#[tokio::test]
async fn thumbs_down_count_from_since() {
    let dir = tempfile::tempdir().unwrap();
    let pool = pool(&dir).await;
    record_feedback(&pool, 7, "old", false, Timestamp::from_secs(100))
        .await
        .unwrap();
    record_feedback(&pool, 7, "new", false, Timestamp::from_secs(200))
        .await
        .unwrap();
    record_feedback(&pool, 7, "liked", true, Timestamp::from_secs(200))
        .await
        .unwrap();
    let votes = thumbs_down_since(&pool, Timestamp::from_secs(200))
        .await
        .unwrap();
    assert_eq!(votes, [("new".to_owned(), 1)]);
}
