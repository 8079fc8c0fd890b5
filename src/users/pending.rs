//! The question the bot asked a user and waits for a typed answer to (the user's conversation
//! state): one row a user in `pending_input`, written, read and forgotten here as plain strings.
//! What a row means (its kind and payload) is decoded once, by the Telegram side that wrote it.
use sqlx::{Any, Executor, FromRow};

use crate::clock::Timestamp;

/// How long the bot waits for a typed answer: long enough to look up a date, short enough that
/// a text sent much later is not taken for an answer to a question the user has forgotten.
pub const PENDING_TTL_SECS: i64 = 10 * 60;

/// The question the bot asked a user, as the table holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Still waiting: what kind of answer, its payload, and when it was asked.
    Fresh {
        kind: String,
        payload: String,
        asked_at: Timestamp,
    },
    /// Asked at this instant and never answered in time; `kind` and `payload` as
    /// for `Fresh` (read only to say what expired, never to act on).
    Expired {
        kind: String,
        payload: String,
        asked_at: Timestamp,
    },
}

/// Remembers that the bot asked `user` to type something (replacing any earlier question).
pub async fn expect_input<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    kind: &str,
    payload: &str,
    now: Timestamp,
) -> sqlx::Result<()> {
    sqlx::query(
        "insert into pending_input (user_id, kind, payload, created_at) values ($1, $2, $3, $4)
         on conflict (user_id) do update
             set kind = excluded.kind, payload = excluded.payload, created_at = excluded.created_at",
    )
    .bind(user)
    .bind(kind.to_owned())
    .bind(payload.to_owned())
    .bind(now)
    .execute(ex)
    .await?;
    Ok(())
}

/// The question pending for `user`, if any, fresh or expired (an expired one stays until
/// `clear_input`, so that the user hears once that it expired).
pub async fn pending_input<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    now: Timestamp,
) -> sqlx::Result<Option<Pending>> {
    let row: Option<PendingRow> =
        sqlx::query_as("select kind, payload, created_at from pending_input where user_id = $1")
            .bind(user)
            .fetch_optional(ex)
            .await?;
    let Some(PendingRow {
        kind,
        payload,
        created_at: asked_at,
    }) = row
    else {
        return Ok(None);
    };
    if asked_at <= now.saturating_sub_secs(PENDING_TTL_SECS) {
        return Ok(Some(Pending::Expired {
            kind,
            payload,
            asked_at,
        }));
    }
    Ok(Some(Pending::Fresh {
        kind,
        payload,
        asked_at,
    }))
}

/// A `pending_input` row as stored.
#[derive(FromRow)]
struct PendingRow {
    kind: String,
    payload: String,
    created_at: Timestamp,
}

/// Forgets the pending question.
pub async fn clear_input<'e>(ex: impl Executor<'e, Database = Any>, user: i64) -> sqlx::Result<()> {
    sqlx::query("delete from pending_input where user_id = $1")
        .bind(user)
        .execute(ex)
        .await?;
    Ok(())
}
