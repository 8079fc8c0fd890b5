//! Retention: what users typed is kept only as long as it serves them or the editors.
//! Unanswered questions lose their asker's id (the text stays for `recarga unanswered`);
//! answered questions and the reasons given for a 👎 (with their comments) are deleted.
use sqlx::{Any, AnyPool, Executor};

use crate::clock::Timestamp;

/// Unanswered questions logged before `before` lose their user's id (the text stays for the
/// editors). Returns how many rows were changed.
pub async fn forget_askers<'e>(
    ex: impl Executor<'e, Database = Any>,
    before: Timestamp,
) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "update faq_unanswered set user_id = null where user_id is not null and created_at < $1",
    )
    .bind(before)
    .execute(ex)
    .await?;
    Ok(done.rows_affected())
}

/// Answered questions asked before `before`, and the 👎 reasons (with their comments) given
/// before it, are deleted, in one transaction. A newer reason about an older question stays,
/// no longer linked to the question's text. (A 👍/👎 pressed later on such an old answer is
/// refused as expired.) Returns how many questions and reasons were deleted.
pub async fn forget_answered(pool: &AnyPool, before: Timestamp) -> sqlx::Result<u64> {
    let mut tx = crate::storage::begin_write(pool).await?;
    sqlx::query(
        "update faq_feedback_reason set question_number = null
         where created_at >= $1 and question_number is not null
           and exists (select 1 from faq_question q
                       where q.user_id = faq_feedback_reason.user_id
                         and q.number = faq_feedback_reason.question_number
                         and q.created_at < $1)",
    )
    .bind(before)
    .execute(&mut *tx)
    .await?;
    let reasons = sqlx::query("delete from faq_feedback_reason where created_at < $1")
        .bind(before)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    let questions = sqlx::query("delete from faq_question where created_at < $1")
        .bind(before)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    tx.commit().await?;
    Ok(questions + reasons)
}

#[cfg(test)]
mod tests;
