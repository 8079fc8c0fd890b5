use super::*;

#[test]
fn sqlite_urls_name_their_file() {
    assert_eq!(
        sqlite_file("sqlite://data/recarga.db"),
        Some("data/recarga.db".into())
    );
    assert_eq!(sqlite_file("sqlite:x.db?mode=rwc"), Some("x.db".into()));
    assert_eq!(sqlite_file("sqlite::memory:"), None);
    assert_eq!(sqlite_file("postgres://u:p@h/db"), None);
}

#[test]
fn passwords_are_redacted() {
    assert_eq!(redact("postgres://u:secret@h/db"), "postgres://u:***@h/db");
}

#[tokio::test]
async fn a_fresh_file_is_created_migrated_and_in_wal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/nested/test.db", dir.path().display());
    let pool = open(&url).await.unwrap();
    let mode: (String,) = sqlx::query_as("pragma journal_mode")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(mode.0, "wal");
    let fk: (i64,) = sqlx::query_as("pragma foreign_keys")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(fk.0, 1);
    assert!(dir.path().join("nested/test.db").exists());
}
