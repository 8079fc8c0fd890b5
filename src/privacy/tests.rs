use chrono::{TimeZone, Utc};

use super::*;
use crate::faq::{self, Answered, Rated, Unanswered};
use crate::reminders::{self, Draft, Operator, UserZone};
use crate::users;

const ME: i64 = 41;
const OTHER: i64 = 42;

/// A migrated database where `ME` and `OTHER` each have a plan with reminders, a line, a
/// pending question, logged questions (answered and not), a vote and a reason.
async fn seeded() -> (AnyPool, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/test.db", dir.path().display());
    let pool = crate::storage::open(&url).await.unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).unwrap();
    for user in [ME, OTHER] {
        users::touch(&pool, user, Some("es"), now.into())
            .await
            .unwrap();
        let settings = reminders::settings(&pool, user, &UserZone::LIMA)
            .await
            .unwrap();
        let draft = Draft {
            operator: Operator::Claro,
            label: Some(format!("chip de {user}")),
            ends_at: now + chrono::Duration::days(10),
            has_time: false,
            period_days: 30,
            period_known: true,
        };
        reminders::add(&pool, user, &draft, &settings, now)
            .await
            .unwrap();
        sqlx::query(
            "insert into plan (user_id, number, operator, ends_at, has_time, period_days,
                               created_at, kind, last_topup)
             values ($1, -1, 'entel', $2, 0, 90, $2, 'line', 20000)",
        )
        .bind(user)
        .bind(now.timestamp())
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query(
            "insert into renewal (user_id, plan_number, old_ends_at, old_has_time,
                                  old_period_days, old_period_known, new_ends_at, changed_at)
             values ($1, 1, $2, 0, 30, 1, $2, $2)",
        )
        .bind(user)
        .bind(now.timestamp())
        .execute(&pool)
        .await
        .unwrap();
        users::expect_input(&pool, user, "fix-date", "1", now.into())
            .await
            .unwrap();
        seed_questions(&pool, user, now).await;
    }
    (pool, dir)
}

/// An answered question with a 👎 and its reason, and an unanswered one.
async fn seed_questions(pool: &AnyPool, user: i64, now: chrono::DateTime<Utc>) {
    {
        let asked = Answered {
            language: "es",
            question: "¿cómo recargo claro?",
            topic: "claro-topup",
            score: 0.9,
            sure: true,
        };
        let number = faq::log_answered(pool, user, &asked, now.into())
            .await
            .unwrap();
        let lost = Unanswered {
            user_id: user,
            language: "es",
            question: "mi secreto",
            decision: "none",
            best_topic: None,
            score: 0.1,
            at: now.into(),
        };
        faq::log_unanswered(pool, &lost).await.unwrap();
        faq::record_feedback(pool, user, "claro-topup", false, now.into())
            .await
            .unwrap();
        let rated = Rated {
            topic: "claro-topup",
            question: Some(number),
        };
        faq::record_reason(pool, user, rated, "unclear", now.into())
            .await
            .unwrap();
    }
}

/// Every table of the migrated schema, and its columns.
async fn schema(pool: &AnyPool) -> Vec<(String, Vec<String>)> {
    let tables: Vec<String> = sqlx::query_scalar(
        "select name from sqlite_master where type = 'table'
         and name not like 'sqlite_%' and name not like '_sqlx%' order by name",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut out = Vec::new();
    for table in tables {
        let columns: Vec<String> =
            sqlx::query_scalar(&format!(r#"select name from pragma_table_info('{table}')"#))
                .fetch_all(pool)
                .await
                .unwrap();
        out.push((table, columns));
    }
    out
}

/// How many rows of `table` name `user` in its user column.
async fn rows_of(pool: &AnyPool, table: &str, column: &str, user: i64) -> i64 {
    sqlx::query_scalar(&format!(
        r#"select count(*) from "{table}" where {column} = $1"#
    ))
    .bind(user)
    .fetch_one(pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn every_table_of_the_schema_is_listed_with_its_user_column() {
    let (pool, _dir) = seeded().await;
    let schema = schema(&pool).await;
    assert!(schema.len() >= 9, "{schema:?}");
    for (table, columns) in &schema {
        let listed = TABLES.iter().find(|(t, _)| t == table);
        let Some((_, column)) = listed else {
            panic!("table {table} is not in privacy::TABLES: /export and /forget would miss it");
        };
        assert!(columns.iter().any(|c| c == column), "{table}.{column}");
    }
    assert_eq!(TABLES.len(), schema.len());
}

#[tokio::test]
async fn forget_leaves_no_row_naming_the_user_and_every_row_of_others() {
    let (pool, _dir) = seeded().await;
    let before: Vec<i64> = {
        let mut counts = Vec::new();
        for (table, column) in TABLES {
            counts.push(rows_of(&pool, table, column, OTHER).await);
        }
        counts
    };
    assert!(
        before.iter().all(|n| *n >= 1),
        "the seed fills every table: {before:?}"
    );
    let deleted = forget(&pool, ME).await.unwrap();
    assert!(deleted >= 9, "{deleted}");
    // No column of any table still holds the id, whatever its name.
    for (table, columns) in schema(&pool).await {
        for column in columns {
            let n: i64 = sqlx::query_scalar(&format!(
                r#"select count(*) from "{table}" where cast({column} as text) = $1"#
            ))
            .bind(ME.to_string())
            .fetch_one(&pool)
            .await
            .unwrap();
            assert_eq!(n, 0, "{table}.{column} still holds the forgotten user");
        }
    }
    for ((table, column), was) in TABLES.iter().zip(before) {
        assert_eq!(rows_of(&pool, table, column, OTHER).await, was, "{table}");
    }
    assert_eq!(
        forget(&pool, ME).await.unwrap(),
        0,
        "forgetting twice deletes nothing"
    );
}

#[tokio::test]
async fn the_inventory_counts_what_forget_would_delete() {
    let (pool, _dir) = seeded().await;
    let counted = inventory(&pool, ME).await.unwrap();
    assert_eq!(counted.plans, 1);
    assert_eq!(counted.lines, 1);
    assert!(counted.reminders >= 1, "{counted:?}");
    assert_eq!(counted.questions, 2);
    assert_eq!(counted.feedback, 2);
    forget(&pool, ME).await.unwrap();
    assert_eq!(inventory(&pool, ME).await.unwrap(), Inventory::default());
}

#[tokio::test]
async fn the_export_holds_every_row_of_the_user_and_nothing_of_others() {
    let (pool, _dir) = seeded().await;
    let doc = export(&pool, ME, Timestamp::from_secs(1_790_000_000))
        .await
        .unwrap();
    assert_eq!(doc["user_id"], ME);
    assert_eq!(doc["exported_at"], 1_790_000_000);
    for (table, column) in TABLES {
        let rows = doc["tables"][*table].as_array().unwrap();
        assert_eq!(
            rows.len() as i64,
            rows_of(&pool, table, column, ME).await,
            "{table}"
        );
        assert!(rows.iter().all(|row| row[*column] == ME), "{table}");
    }
    let text = doc.to_string();
    assert!(
        text.contains("chip de 41") && !text.contains("chip de 42"),
        "{text}"
    );
    assert!(text.contains("mi secreto") && text.contains("unclear"));
    assert_eq!(doc["tables"]["user"][0]["telegram_language"], "es");
    assert_eq!(doc["tables"]["faq_question"][0]["score"], 0.9);
}
