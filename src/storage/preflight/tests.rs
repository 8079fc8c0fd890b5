use super::*;

#[tokio::test]
async fn a_text_file_is_called_corrupt_and_sent_to_the_backups() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("recarga.db");
    std::fs::write(&path, "these are my notes, not a database\n".repeat(200)).unwrap();
    let error = check(&path).await.unwrap_err();
    let config = error.downcast_ref::<ConfigError>().expect("a ConfigError");
    let line = config.to_string();
    assert!(line.contains("is corrupt"), "{line}");
    assert!(line.contains("Backups"), "{line}");
    assert!(line.contains(&path.display().to_string()), "{line}");
    assert!(!line.contains('\n'), "{line}");
}

#[tokio::test]
async fn a_missing_file_and_folder_are_created_in_wal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new/recarga.db");
    check(&path).await.unwrap();
    let mut conn = SqliteConnection::connect_with(&SqliteConnectOptions::new().filename(&path))
        .await
        .unwrap();
    let mode: String = sqlx::query_scalar("pragma journal_mode")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn the_wal_files_sit_beside_the_database() {
    assert_eq!(
        sibling(Path::new("data/recarga.db"), "-wal"),
        PathBuf::from("data/recarga.db-wal")
    );
    assert_eq!(folder(Path::new("recarga.db")), PathBuf::from("."));
}
