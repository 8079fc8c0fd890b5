//! The store's row boundary: what goes in comes back typed, and a bad row still reads.
use chrono::{TimeZone, Utc};

use super::*;
use crate::clock::Timestamp;
use crate::reminders::{Draft, Operator, Plan};

async fn pool() -> (sqlx::AnyPool, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/test.db", dir.path().display());
    let pool = crate::storage::open(&url).await.unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).unwrap();
    crate::users::touch(&pool, 1, Some("en"), now.into())
        .await
        .unwrap();
    (pool, dir)
}

fn plan(number: i64) -> Plan {
    Plan {
        number,
        terms: Draft {
            operator: Operator::Entel,
            label: Some("mamá".into()),
            ends_at: Utc.with_ymd_and_hms(2026, 12, 1, 5, 0, 0).unwrap(),
            has_time: true,
            period_days: 30,
            period_known: false,
        },
        created_at: Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).unwrap(),
    }
}

#[tokio::test]
async fn a_plan_reads_back_as_it_was_stored_and_only_for_its_user() {
    let (pool, _dir) = pool().await;
    insert_plan(&pool, 1, &plan(3)).await.unwrap();
    assert_eq!(super::plan(&pool, 1, 3).await.unwrap(), Some(plan(3)));
    assert_eq!(super::plan(&pool, 2, 3).await.unwrap(), None);
    assert_eq!(plans(&pool, 1).await.unwrap(), vec![plan(3)]);
    assert_eq!(count_plans(&pool, 1).await.unwrap(), 1);
    assert!(delete_plan(&pool, 1, 3).await.unwrap());
    assert!(!delete_plan(&pool, 1, 3).await.unwrap());
}

#[tokio::test]
async fn a_row_with_an_end_beyond_the_range_reads_at_the_nearest_bound() {
    let (pool, _dir) = pool().await;
    insert_plan(&pool, 1, &plan(1)).await.unwrap();
    sqlx::query("update plan set ends_at = $1, period_days = 0 where number = 1")
        .bind(i64::MAX)
        .execute(&pool)
        .await
        .unwrap();
    let read = super::plan(&pool, 1, 1).await.unwrap().unwrap();
    assert_eq!(read.ends_at, Timestamp::LATEST.clamped());
    assert_eq!(read.period_days, 1);
}

#[tokio::test]
async fn the_last_change_of_an_end_reads_back_named_and_is_replaced_then_forgotten() {
    let (pool, _dir) = pool().await;
    insert_plan(&pool, 1, &plan(1)).await.unwrap();
    assert_eq!(last_change(&pool, 1, 1).await.unwrap(), None);
    let first = EndChange {
        old: EndRow {
            ends_at: Timestamp::from_secs(1_790_000_000),
            has_time: true,
            period_days: 7,
            period_known: true,
        },
        new_ends_at: Timestamp::from_secs(1_790_600_000),
        changed_at: Timestamp::from_secs(1_789_000_000),
    };
    record_change(&pool, 1, 1, &first).await.unwrap();
    assert_eq!(last_change(&pool, 1, 1).await.unwrap(), Some(first));
    let second = EndChange {
        changed_at: Timestamp::from_secs(1_789_000_100),
        ..first
    };
    record_change(&pool, 1, 1, &second).await.unwrap();
    assert_eq!(last_change(&pool, 1, 1).await.unwrap(), Some(second));
    forget_change(&pool, 1, 1).await.unwrap();
    assert_eq!(last_change(&pool, 1, 1).await.unwrap(), None);
}
