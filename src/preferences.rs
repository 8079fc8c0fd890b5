//! A settings change (leads, reminder time, zone): stored on the user's row, and every pending
//! reminder of their plans and lines rescheduled in the same transaction. It sits above
//! `reminders` and `lines` (it calls both) so that `users` stays below them all.
use chrono::{DateTime, Utc};
use sqlx::AnyPool;

use crate::reminders::{self, Change, Settings, UserZone};

/// Stores a settings change and reschedules every plan's and line's pending reminders (the
/// ones already sent stay sent). Returns the new settings.
pub async fn change_settings(
    pool: &AnyPool,
    user: i64,
    change: Change,
    default_zone: &UserZone,
    now: DateTime<Utc>,
) -> sqlx::Result<Settings> {
    let mut tx = crate::storage::begin_write(pool).await?;
    let applied = reminders::apply_settings(&mut tx, user, &change, default_zone, now).await?;
    let Some(settings) = applied else {
        tx.rollback().await?;
        return Err(sqlx::Error::RowNotFound);
    };
    crate::lines::reschedule_all(&mut tx, user, &settings, now).await?;
    tx.commit().await?;
    Ok(settings)
}
