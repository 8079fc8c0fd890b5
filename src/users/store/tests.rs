use super::*;
use crate::clock::Timestamp;

/// A migrated SQLite database in a temporary folder, with users 1 and 2 written at `NOW`.
async fn pool() -> (sqlx::AnyPool, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/test.db", dir.path().display());
    let pool = crate::storage::open(&url).await.unwrap();
    touch(&pool, 1, Some("es"), Timestamp::from_secs(NOW))
        .await
        .unwrap();
    touch(&pool, 2, None, Timestamp::from_secs(NOW))
        .await
        .unwrap();
    (pool, dir)
}

const NOW: i64 = 1_790_000_000;

#[tokio::test]
async fn each_counter_counts_on_its_own_and_per_user() {
    let (pool, _dir) = pool().await;
    assert_eq!(next_number(&pool, 1, Counter::Plan).await.unwrap(), 1);
    assert_eq!(next_number(&pool, 1, Counter::Plan).await.unwrap(), 2);
    assert_eq!(next_number(&pool, 1, Counter::Line).await.unwrap(), 1);
    assert_eq!(
        next_number(&pool, 1, Counter::FaqQuestion).await.unwrap(),
        1
    );
    assert_eq!(next_number(&pool, 2, Counter::Plan).await.unwrap(), 1);
    assert_eq!(next_number(&pool, 1, Counter::Line).await.unwrap(), 2);
}

#[tokio::test]
async fn a_counter_of_an_unknown_user_is_an_error_not_a_number() {
    let (pool, _dir) = pool().await;
    assert!(next_number(&pool, 99, Counter::Plan).await.is_err());
}

#[tokio::test]
async fn settings_start_at_the_migrations_defaults_and_each_setting_is_stored_alone() {
    let (pool, _dir) = pool().await;
    let fresh = settings(&pool, 1).await.unwrap().unwrap();
    assert_eq!(fresh.remind_at, 9 * 60);
    assert_eq!(fresh.time_zone, None);
    assert_eq!(fresh.telegram_language.as_deref(), Some("es"));
    set_setting(&pool, 1, Setting::RemindAt(7 * 60 + 30))
        .await
        .unwrap();
    set_setting(&pool, 1, Setting::TimeZone("Asia/Shanghai".into()))
        .await
        .unwrap();
    set_setting(&pool, 1, Setting::Leads("3d".into()))
        .await
        .unwrap();
    let set = settings(&pool, 1).await.unwrap().unwrap();
    assert_eq!(set.remind_at, 7 * 60 + 30);
    assert_eq!(set.time_zone.as_deref(), Some("Asia/Shanghai"));
    assert_eq!(set.leads, "3d");
    // The other user's row is untouched.
    assert_eq!(settings(&pool, 2).await.unwrap().unwrap(), {
        let mut other = fresh.clone();
        other.telegram_language = None;
        other
    });
    assert_eq!(settings(&pool, 99).await.unwrap(), None);
}

#[tokio::test]
async fn a_block_is_recorded_and_cleared_once() {
    let (pool, _dir) = pool().await;
    assert!(!clear_blocked(&pool, 1).await.unwrap());
    set_blocked(&pool, 1, Timestamp::from_secs(NOW + 5))
        .await
        .unwrap();
    assert!(
        touch(&pool, 1, None, Timestamp::from_secs(NOW + 6))
            .await
            .unwrap()
            .blocked
    );
    assert!(clear_blocked(&pool, 1).await.unwrap());
    assert!(!clear_blocked(&pool, 1).await.unwrap());
    assert!(
        !touch(&pool, 1, None, Timestamp::from_secs(NOW + 7))
            .await
            .unwrap()
            .blocked
    );
}

#[tokio::test]
async fn touch_keeps_the_chosen_language_and_the_last_known_telegram_code() {
    let (pool, _dir) = pool().await;
    set_language(&pool, 1, Lang::Zh).await.unwrap();
    let user = touch(&pool, 1, None, Timestamp::from_secs(NOW + 1))
        .await
        .unwrap();
    assert_eq!(user.chosen, Some(Lang::Zh));
    assert_eq!(user.telegram_language.as_deref(), Some("es"));
    assert_eq!(user.lang(), Lang::Zh);
}
