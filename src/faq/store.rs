//! SQL for the knowledge base's side tables: the questions it answered and could not answer
//! (for editors), the 👍/👎 feedback on answers and why a 👎 answer fell short.
use sqlx::{Any, AnyPool, Executor};

use crate::clock::Timestamp;
use crate::users::{self, Counter};

mod retention;

pub use retention::{forget_answered, forget_askers};

/// A question the bot could not answer with confidence, as the editors' log keeps it.
#[derive(Clone, Copy, Debug)]
pub struct Unanswered<'a> {
    pub user_id: i64,
    /// The language the question was written in (`zh`, `es`, `en`).
    pub language: &'a str,
    pub question: &'a str,
    /// `suggest` ("did you mean…") or `none` (not covered).
    pub decision: &'a str,
    /// The matcher's best guess, if it had one.
    pub best_topic: Option<&'a str>,
    pub score: f64,
    /// When it was asked.
    pub at: Timestamp,
}

/// Records a question the bot could not answer with confidence.
pub async fn log_unanswered<'e>(
    ex: impl Executor<'e, Database = Any>,
    row: &Unanswered<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "insert into faq_unanswered
             (user_id, language, question, decision, best_topic, score, created_at)
         values ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(row.user_id)
    .bind(row.language.to_owned())
    .bind(row.question.to_owned())
    .bind(row.decision.to_owned())
    .bind(row.best_topic.map(str::to_owned))
    .bind(row.score)
    .bind(row.at)
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
    now: Timestamp,
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

/// A question the knowledge base answered, as it is logged.
#[derive(Debug, Clone, PartialEq)]
pub struct Answered<'a> {
    /// The language the question was written in.
    pub language: &'a str,
    /// The question as typed.
    pub question: &'a str,
    /// The topic answered.
    pub topic: &'a str,
    /// The matcher's confidence in `topic`, 0..1.
    pub score: f64,
    /// Whether the answer came alone (true) or with "Not this? …" buttons.
    pub sure: bool,
}

/// Logs an answered question and returns its number, the user's next one (never reused), which
/// the answer's 👍/👎 buttons carry so that feedback reaches editors with the question.
pub async fn log_answered(
    pool: &AnyPool,
    user_id: i64,
    answered: &Answered<'_>,
    now: Timestamp,
) -> sqlx::Result<i64> {
    let mut tx = crate::storage::begin_write(pool).await?;
    let number = users::next_number(&mut *tx, user_id, Counter::FaqQuestion).await?;
    sqlx::query(
        "insert into faq_question
             (user_id, number, language, question, topic, score, sure, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(user_id)
    .bind(number)
    .bind(answered.language.to_owned())
    .bind(answered.question.to_owned())
    .bind(answered.topic.to_owned())
    .bind(answered.score)
    .bind(i64::from(answered.sure))
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(number)
}

/// The topic that the user's question `number` was answered with; `None` when the user has no
/// such question (a forged or foreign number finds nothing).
pub async fn answered_topic<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    number: i64,
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("select topic from faq_question where user_id = $1 and number = $2")
        .bind(user_id)
        .bind(number)
        .fetch_optional(ex)
        .await
}

/// Where a 👎 was given: the topic answered and, for a typed question, its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rated<'a> {
    /// The topic of the answer.
    pub topic: &'a str,
    /// The user's question number; `None` for an answer opened from a menu.
    pub question: Option<i64>,
}

/// Stores why the answer fell short; a second reason for the same answer replaces the first
/// (and its comment).
pub async fn record_reason(
    pool: &AnyPool,
    user_id: i64,
    rated: Rated<'_>,
    reason: &str,
    now: Timestamp,
) -> sqlx::Result<()> {
    let mut tx = crate::storage::begin_write(pool).await?;
    // Two statements rather than a null-safe comparison: `$3 is null` has no type PostgreSQL can infer.
    let delete = match rated.question {
        Some(number) => sqlx::query(
            "delete from faq_feedback_reason
             where user_id = $1 and topic = $2 and question_number = $3",
        )
        .bind(user_id)
        .bind(rated.topic.to_owned())
        .bind(number),
        None => sqlx::query(
            "delete from faq_feedback_reason
             where user_id = $1 and topic = $2 and question_number is null",
        )
        .bind(user_id)
        .bind(rated.topic.to_owned()),
    };
    delete.execute(&mut *tx).await?;
    sqlx::query(
        "insert into faq_feedback_reason (user_id, topic, question_number, reason, created_at)
         values ($1, $2, $3, $4, $5)",
    )
    .bind(user_id)
    .bind(rated.topic.to_owned())
    .bind(rated.question)
    .bind(reason.to_owned())
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Adds the user's line of text to the reason they gave; returns whether a reason was there.
pub async fn record_comment<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    rated: Rated<'_>,
    comment: &str,
) -> sqlx::Result<bool> {
    let query = match rated.question {
        Some(number) => sqlx::query(
            "update faq_feedback_reason set comment = $1
             where user_id = $2 and topic = $3 and question_number = $4",
        )
        .bind(comment.to_owned())
        .bind(user_id)
        .bind(rated.topic.to_owned())
        .bind(number),
        None => sqlx::query(
            "update faq_feedback_reason set comment = $1
             where user_id = $2 and topic = $3 and question_number is null",
        )
        .bind(comment.to_owned())
        .bind(user_id)
        .bind(rated.topic.to_owned()),
    };
    Ok(query.execute(ex).await?.rows_affected() > 0)
}

/// A question the bot could not answer, as the editors' report reads it.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct UnansweredRow {
    /// The question as typed.
    pub question: String,
    /// 'suggest' or 'none'.
    pub decision: String,
    /// The matcher's best guess, when it had one.
    pub best_topic: Option<String>,
    /// When it was asked.
    pub created_at: Timestamp,
}

/// The questions the bot could not answer since `since`, oldest first.
pub async fn unanswered_since<'e>(
    ex: impl Executor<'e, Database = Any>,
    since: Timestamp,
) -> sqlx::Result<Vec<UnansweredRow>> {
    sqlx::query_as(
        "select question, decision, best_topic, created_at from faq_unanswered
         where created_at >= $1 order by created_at, question",
    )
    .bind(since)
    .fetch_all(ex)
    .await
}

/// 👎 votes since `since`, per topic: (topic, count), most first.
pub async fn thumbs_down_since<'e>(
    ex: impl Executor<'e, Database = Any>,
    since: Timestamp,
) -> sqlx::Result<Vec<(String, i64)>> {
    sqlx::query_as(
        "select topic, count(*) as votes from faq_feedback
         where helpful = 0 and created_at >= $1 group by topic order by votes desc, topic",
    )
    .bind(since)
    .fetch_all(ex)
    .await
}

/// A reason given for a 👎, with its comment and the question that led to the answer.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct ReasonRow {
    /// The topic of the answer.
    pub topic: String,
    /// 'wrong-topic', 'outdated' or 'unclear'.
    pub reason: String,
    /// What the user wrote, if anything.
    pub comment: Option<String>,
    /// The question as typed; `None` for an answer opened from a menu.
    pub question: Option<String>,
}

/// The reasons given since `since`, oldest first.
pub async fn reasons_since<'e>(
    ex: impl Executor<'e, Database = Any>,
    since: Timestamp,
) -> sqlx::Result<Vec<ReasonRow>> {
    sqlx::query_as(
        "select r.topic, r.reason, r.comment, q.question from faq_feedback_reason r
         left join faq_question q on q.user_id = r.user_id and q.number = r.question_number
         where r.created_at >= $1 order by r.created_at, r.topic",
    )
    .bind(since)
    .fetch_all(ex)
    .await
}

#[cfg(test)]
mod tests;
