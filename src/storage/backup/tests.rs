use super::*;

#[tokio::test]
async fn the_copy_holds_what_is_still_in_the_wal_and_a_file_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/live.db", dir.path().display());
    let pool = crate::storage::open(&url).await.unwrap();
    sqlx::query(r#"insert into "user" (id, created_at, last_seen_at) values (5, 1, 2)"#)
        .execute(&pool)
        .await
        .unwrap();
    let target = dir.path().join("copy.db");
    let size = backup(&pool, &url, &target).await.unwrap();
    assert!(size > 0);
    let copy_url = format!("sqlite://{}", target.display());
    let copy = crate::storage::open(&copy_url).await.unwrap();
    let ids: Vec<i64> = sqlx::query_scalar(r#"select id from "user""#)
        .fetch_all(&copy)
        .await
        .unwrap();
    assert_eq!(ids, vec![5]);
    let again = backup(&pool, &url, &target).await.unwrap_err();
    assert!(again.to_string().contains("already exists"), "{again}");
}

#[tokio::test]
async fn postgres_is_told_to_use_pg_dump() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/live.db", dir.path().display());
    let pool = crate::storage::open(&url).await.unwrap();
    let said = backup(&pool, "postgres://x/y", &dir.path().join("b.db"))
        .await
        .unwrap_err();
    assert!(said.to_string().contains("pg_dump"), "{said}");
}
