//! A user's data is theirs: everything stored about one user, as one JSON document (`/export`),
//! and all of it deleted in one transaction (`/forget`). `TABLES` is the one list of where a
//! user's rows live; a test checks it against the migrated schema, so a new table cannot be left
//! out of either. It sits above the domains (it reads every table) and knows nothing of Telegram.
use serde_json::{Map, Value};
use sqlx::any::AnyRow;
use sqlx::{AnyPool, Column, Row};

use crate::clock::Timestamp;

/// Every table holding a user's rows, with the column naming the user, children before their
/// parents (the order `forget` deletes in, so that it works with or without cascades).
pub const TABLES: &[(&str, &str)] = &[
    ("reminder", "user_id"),
    ("renewal", "user_id"),
    ("plan", "user_id"),
    ("pending_input", "user_id"),
    ("faq_feedback_reason", "user_id"),
    ("faq_question", "user_id"),
    ("faq_feedback", "user_id"),
    ("faq_unanswered", "user_id"),
    ("user", "id"),
];

/// What is stored about a user, counted, for the confirmation that names what `/forget` deletes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Inventory {
    /// Plans (`/add`).
    pub plans: i64,
    /// Lines (`/line`).
    pub lines: i64,
    /// Reminders, sent or pending.
    pub reminders: i64,
    /// Questions the bot logged (answered or not).
    pub questions: i64,
    /// 👍/👎 votes and the reasons given.
    pub feedback: i64,
}

/// Counts what is stored about `user`.
pub async fn inventory(pool: &AnyPool, user: i64) -> sqlx::Result<Inventory> {
    let count = |sql: &'static str| async move {
        sqlx::query_scalar::<_, i64>(sql)
            .bind(user)
            .fetch_one(pool)
            .await
    };
    Ok(Inventory {
        plans: count("select count(*) from plan where user_id = $1 and kind = 'plan'").await?,
        lines: count("select count(*) from plan where user_id = $1 and kind = 'line'").await?,
        reminders: count("select count(*) from reminder where user_id = $1").await?,
        questions: count(
            "select (select count(*) from faq_question where user_id = $1)
                  + (select count(*) from faq_unanswered where user_id = $1)",
        )
        .await?,
        feedback: count(
            "select (select count(*) from faq_feedback where user_id = $1)
                  + (select count(*) from faq_feedback_reason where user_id = $1)",
        )
        .await?,
    })
}

/// Everything stored about `user`: one object per table (in `TABLES` order, the user's row
/// first), each an array of rows with every column by name, and when it was exported. Instants
/// are as stored (Unix seconds, UTC).
pub async fn export(pool: &AnyPool, user: i64, now: Timestamp) -> sqlx::Result<Value> {
    let mut tables = Map::new();
    for (table, column) in TABLES.iter().rev() {
        let sql = format!(r#"select * from "{table}" where {column} = $1"#);
        let rows = sqlx::query(&sql).bind(user).fetch_all(pool).await?;
        let rows: Vec<Value> = rows.iter().map(row_json).collect();
        tables.insert((*table).to_owned(), Value::Array(rows));
    }
    let mut document = Map::new();
    document.insert("user_id".into(), user.into());
    document.insert("exported_at".into(), now.secs().into());
    document.insert(
        "instants".into(),
        "Unix seconds, UTC; plan numbers below 0 are lines".into(),
    );
    document.insert("tables".into(), Value::Object(tables));
    Ok(Value::Object(document))
}

/// A row as a JSON object: each column as an integer, a number, a string or null, whatever the
/// backend stored (SQLite types values, not columns).
fn row_json(row: &AnyRow) -> Value {
    let mut object = Map::new();
    for (i, column) in row.columns().iter().enumerate() {
        let value = if let Ok(n) = row.try_get::<Option<i64>, _>(i) {
            n.map_or(Value::Null, Value::from)
        } else if let Ok(x) = row.try_get::<Option<f64>, _>(i) {
            x.map_or(Value::Null, Value::from)
        } else if let Ok(text) = row.try_get::<Option<String>, _>(i) {
            text.map_or(Value::Null, Value::from)
        } else {
            Value::Null
        };
        object.insert(column.name().to_owned(), value);
    }
    Value::Object(object)
}

/// Deletes `user` and every row of theirs, in one transaction; returns how many rows went.
/// Their next message starts afresh (a new `user` row, default settings).
pub async fn forget(pool: &AnyPool, user: i64) -> sqlx::Result<u64> {
    let mut tx = crate::storage::begin_write(pool).await?;
    let mut deleted = 0;
    for (table, column) in TABLES {
        let sql = format!(r#"delete from "{table}" where {column} = $1"#);
        deleted += sqlx::query(&sql)
            .bind(user)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    }
    tx.commit().await?;
    Ok(deleted)
}

#[cfg(test)]
mod tests;
