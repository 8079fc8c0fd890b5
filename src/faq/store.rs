//! SQL for the knowledge base's side tables: the questions it could not answer (for editors)
//! and the 👍/👎 feedback on answers.
use sqlx::{Any, Executor};

/// Records a question the bot could not answer with confidence.
#[allow(clippy::too_many_arguments)]
pub async fn log_unanswered<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    language: &str,
    question: &str,
    decision: &str,
    best_topic: Option<&str>,
    score: f64,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "insert into faq_unanswered
             (user_id, language, question, decision, best_topic, score, created_at)
         values ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(user_id)
    .bind(language.to_owned())
    .bind(question.to_owned())
    .bind(decision.to_owned())
    .bind(best_topic.map(str::to_owned))
    .bind(score)
    .bind(now)
    .execute(ex)
    .await?;
    Ok(())
}

/// Stores a 👍 (`helpful`) or 👎 on `topic`; a later vote on the same topic replaces it.
pub async fn record_feedback<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    topic: &str,
    helpful: bool,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "insert into faq_feedback (user_id, topic, helpful, created_at) values ($1, $2, $3, $4)
         on conflict (user_id, topic) do update
             set helpful = excluded.helpful, created_at = excluded.created_at",
    )
    .bind(user_id)
    .bind(topic.to_owned())
    .bind(i64::from(helpful))
    .bind(now)
    .execute(ex)
    .await?;
    Ok(())
}
