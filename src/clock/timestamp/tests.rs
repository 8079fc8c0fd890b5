use chrono::{DateTime, TimeZone, Utc};
use proptest::prelude::*;
use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, Row};

use super::*;

fn at(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(secs, 0).unwrap()
}

/// A one-connection `sqlx::Any` pool over SQLite in a temporary file, with one table.
async fn pool(dir: &tempfile::TempDir) -> AnyPool {
    sqlx::any::install_default_drivers();
    let url = format!("sqlite://{}/t.db?mode=rwc", dir.path().display());
    let pool = AnyPoolOptions::new()
        .max_connections(1)
        .connect(&url)
        .await
        .unwrap();
    sqlx::query("create table t (id integer primary key, at bigint, maybe bigint)")
        .execute(&pool)
        .await
        .unwrap();
    pool
}

#[derive(Debug, PartialEq, sqlx::FromRow)]
struct Stored {
    at: Timestamp,
    maybe: Option<Timestamp>,
}

#[tokio::test]
async fn a_timestamp_binds_and_reads_back_through_sqlx_any_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let pool = pool(&dir).await;
    let values = [
        Timestamp::from_secs(1_780_000_000),
        Timestamp::EARLIEST,
        Timestamp::LATEST,
        Timestamp::from_secs(i64::MIN),
        Timestamp::from_secs(i64::MAX),
        Timestamp::from_secs(-1),
    ];
    for (id, value) in (1i64..).zip(values) {
        sqlx::query("insert into t (id, at, maybe) values ($1, $2, $3)")
            .bind(id)
            .bind(value)
            .bind(Some(value))
            .execute(&pool)
            .await
            .unwrap();
        let scalar: Timestamp = sqlx::query_scalar("select at from t where id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(scalar, value);
        let row = sqlx::query("select at from t where id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(row.try_get::<Timestamp, _>("at").unwrap(), value);
        let stored: Stored = sqlx::query_as("select at, maybe from t where id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(
            stored,
            Stored {
                at: value,
                maybe: Some(value)
            }
        );
    }
}

#[tokio::test]
async fn a_null_column_reads_as_no_timestamp_and_compares_as_seconds_in_sql() {
    let dir = tempfile::tempdir().unwrap();
    let pool = pool(&dir).await;
    for (id, secs) in [(1i64, 100i64), (2, 200), (3, 300)] {
        sqlx::query("insert into t (id, at, maybe) values ($1, $2, $3)")
            .bind(id)
            .bind(Timestamp::from_secs(secs))
            .bind(None::<Timestamp>)
            .execute(&pool)
            .await
            .unwrap();
    }
    let later: Vec<Stored> =
        sqlx::query_as("select at, maybe from t where at >= $1 order by at desc")
            .bind(Timestamp::from_secs(200))
            .fetch_all(&pool)
            .await
            .unwrap();
    let secs: Vec<i64> = later.iter().map(|row| row.at.secs()).collect();
    assert_eq!(secs, [300, 200]);
    assert!(later.iter().all(|row| row.maybe.is_none()));
}

#[test]
fn the_range_is_2000_to_2100() {
    assert_eq!(
        Timestamp::EARLIEST.instant(),
        Ok(Utc.with_ymd_and_hms(2000, 1, 1, 0, 0, 0).unwrap())
    );
    assert_eq!(
        Timestamp::LATEST.instant(),
        Ok(Utc.with_ymd_and_hms(2100, 1, 1, 0, 0, 0).unwrap())
    );
}

#[test]
fn the_checked_instant_refuses_values_outside_the_range_and_names_them() {
    for secs in [
        i64::MIN,
        i64::MIN + 1,
        -1,
        0,
        EARLIEST_SECS - 1,
        LATEST_SECS + 1,
        i64::MAX / 2,
        i64::MAX,
    ] {
        let refused = Timestamp::from_secs(secs).instant();
        assert_eq!(refused, Err(OutOfRange(secs)));
        let message = OutOfRange(secs).to_string();
        assert!(message.contains(&secs.to_string()), "{message}");
    }
    for secs in [EARLIEST_SECS, 1_780_000_000, LATEST_SECS] {
        assert_eq!(Timestamp::from_secs(secs).instant(), Ok(at(secs)));
    }
}

#[test]
fn clamped_keeps_an_instant_in_range_and_pulls_the_rest_to_the_nearest_bound() {
    let early = at(EARLIEST_SECS);
    let late = at(LATEST_SECS);
    for secs in [i64::MIN, -1, 0, EARLIEST_SECS - 1, EARLIEST_SECS] {
        assert_eq!(Timestamp::from_secs(secs).clamped(), early, "{secs}");
    }
    for secs in [LATEST_SECS, LATEST_SECS + 1, 8_210_266_876_799, i64::MAX] {
        assert_eq!(Timestamp::from_secs(secs).clamped(), late, "{secs}");
    }
    assert_eq!(
        Timestamp::from_secs(1_780_000_000).clamped(),
        at(1_780_000_000)
    );
}

#[test]
fn of_and_secs_are_unix_seconds_without_the_fraction() {
    let instant = Utc
        .with_ymd_and_hms(2026, 12, 2, 13, 50, 36)
        .unwrap()
        .checked_add_signed(chrono::TimeDelta::milliseconds(999))
        .unwrap();
    let stamp = Timestamp::of(instant);
    assert_eq!(stamp.secs(), instant.timestamp());
    assert_eq!(Timestamp::from(instant), stamp);
    assert_eq!(
        stamp.instant(),
        Ok(Utc.with_ymd_and_hms(2026, 12, 2, 13, 50, 36).unwrap())
    );
    assert_eq!(Timestamp::from_secs(42).secs(), 42);
}

#[test]
fn arithmetic_saturates_at_the_ends_of_i64() {
    let stamp = Timestamp::from_secs(1_000);
    assert_eq!(stamp.saturating_add_secs(86_400).secs(), 87_400);
    assert_eq!(stamp.saturating_add_secs(-2_000).secs(), -1_000);
    assert_eq!(stamp.saturating_sub_secs(3_600).secs(), -2_600);
    assert_eq!(
        Timestamp::from_secs(i64::MAX).saturating_add_secs(1),
        Timestamp::from_secs(i64::MAX)
    );
    assert_eq!(
        Timestamp::from_secs(i64::MIN).saturating_sub_secs(1),
        Timestamp::from_secs(i64::MIN)
    );
}

#[test]
fn it_serialises_as_the_bare_number_of_seconds() {
    let json = serde_json::to_string(&Timestamp::from_secs(1_780_000_000)).unwrap();
    assert_eq!(json, "1780000000");
}

proptest! {
    #[test]
    fn timestamps_order_as_their_seconds_and_their_instants(a in any::<i64>(), b in any::<i64>()) {
        let (x, y) = (Timestamp::from_secs(a), Timestamp::from_secs(b));
        prop_assert_eq!(x.cmp(&y), a.cmp(&b));
        prop_assert!(x.clamped() <= y.clamped() || a > b);
        if let (Ok(p), Ok(q)) = (x.instant(), y.instant()) {
            prop_assert_eq!(p.cmp(&q), a.cmp(&b));
        }
    }

    #[test]
    fn checked_and_clamped_agree_inside_the_range(secs in any::<i64>()) {
        let stamp = Timestamp::from_secs(secs);
        let clamped = stamp.clamped();
        prop_assert!(at(EARLIEST_SECS) <= clamped && clamped <= at(LATEST_SECS));
        match stamp.instant() {
            Ok(instant) => {
                prop_assert!((EARLIEST_SECS..=LATEST_SECS).contains(&secs));
                prop_assert_eq!(instant, clamped);
            }
            Err(error) => {
                prop_assert!(!(EARLIEST_SECS..=LATEST_SECS).contains(&secs));
                prop_assert_eq!(error, OutOfRange(secs));
            }
        }
    }
}
