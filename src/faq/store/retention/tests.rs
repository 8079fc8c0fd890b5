use super::super::{log_answered, log_unanswered, record_reason, Answered, Rated};
use super::*;
use crate::faq::store::tests::{asked, pool};
use crate::faq::store::unanswered_since;

#[tokio::test]
async fn retention_unnames_only_the_old_unanswered_questions() {
    let dir = tempfile::tempdir().unwrap();
    let pool = pool(&dir).await;
    for (question, at) in [("old", 1_000), ("edge", 2_000), ("new", 3_000)] {
        log_unanswered(&pool, &asked(question, at)).await.unwrap();
    }
    assert_eq!(
        forget_askers(&pool, Timestamp::from_secs(2_000))
            .await
            .unwrap(),
        1
    );
    let named: Vec<(String, Option<i64>)> =
        sqlx::query_as("select question, user_id from faq_unanswered order by created_at")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(
        named,
        vec![
            ("old".into(), None),
            ("edge".into(), Some(7)),
            ("new".into(), Some(7))
        ]
    );
    assert_eq!(
        forget_askers(&pool, Timestamp::from_secs(2_000))
            .await
            .unwrap(),
        0,
        "once"
    );
    // The editors' report still has every question.
    assert_eq!(
        unanswered_since(&pool, Timestamp::from_secs(0))
            .await
            .unwrap()
            .len(),
        3
    );
}

async fn answer(pool: &AnyPool, question: &str, at: i64) -> i64 {
    let answered = Answered {
        language: "es",
        question,
        topic: "t",
        score: 0.9,
        sure: true,
    };
    log_answered(pool, 7, &answered, Timestamp::from_secs(at))
        .await
        .unwrap()
}

async fn give_reason(pool: &AnyPool, question: i64, at: i64) {
    let rated = Rated {
        topic: "t",
        question: Some(question),
    };
    record_reason(pool, 7, rated, "unclear", Timestamp::from_secs(at))
        .await
        .unwrap();
}

#[tokio::test]
async fn retention_deletes_old_answered_questions_and_reasons_and_unlinks_newer_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let pool = pool(&dir).await;
    let old = answer(&pool, "old", 1_000).await;
    let edge = answer(&pool, "edge", 2_000).await;
    give_reason(&pool, old, 1_500).await; // old reason on an old question: deleted
    let other = answer(&pool, "other old", 1_100).await;
    give_reason(&pool, other, 2_500).await; // newer reason on an old question: kept, unlinked
    give_reason(&pool, edge, 2_000).await; // at the edge: kept, linked
    assert_eq!(
        forget_answered(&pool, Timestamp::from_secs(2_000))
            .await
            .unwrap(),
        3,
        "two questions and one reason"
    );
    let questions: Vec<String> = sqlx::query_scalar("select question from faq_question")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(questions, ["edge"]);
    let reasons: Vec<(i64, Option<i64>)> = sqlx::query_as(
        "select created_at, question_number from faq_feedback_reason order by created_at",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(reasons, [(2_000, Some(edge)), (2_500, None)]);
    assert_eq!(
        forget_answered(&pool, Timestamp::from_secs(2_000))
            .await
            .unwrap(),
        0,
        "once"
    );
}
