use super::*;

/// Many tasks that each read a counter and write it back plus one, at once: a deferred
/// transaction fails with SQLITE_BUSY_SNAPSHOT as soon as another task wrote first.
async fn increments(pool: &AnyPool, tasks: i64, immediate: bool) -> (i64, usize) {
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..tasks {
        let pool = pool.clone();
        set.spawn(async move {
            let mut tx = if immediate {
                begin_write(&pool).await?
            } else {
                pool.begin().await?
            };
            let n: i64 = sqlx::query_scalar("select n from counter")
                .fetch_one(&mut *tx)
                .await?;
            tokio::task::yield_now().await;
            sqlx::query("update counter set n = $1")
                .bind(n + 1)
                .execute(&mut *tx)
                .await?;
            tx.commit().await
        });
    }
    let mut failed = 0;
    while let Some(done) = set.join_next().await {
        failed += usize::from(done.unwrap().is_err());
    }
    let n = sqlx::query_scalar("select n from counter")
        .fetch_one(pool)
        .await
        .unwrap();
    (n, failed)
}

async fn counter(dir: &tempfile::TempDir) -> AnyPool {
    let url = format!("sqlite://{}/write.db", dir.path().display());
    let pool = crate::storage::open(&url).await.unwrap();
    sqlx::query("create table counter (n bigint not null)")
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query("insert into counter values (0)")
        .execute(&pool)
        .await
        .unwrap();
    pool
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_read_then_write_transactions_all_succeed_and_lose_no_update() {
    let dir = tempfile::tempdir().unwrap();
    let pool = counter(&dir).await;
    assert_eq!(increments(&pool, 40, true).await, (40, 0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_deferred_begin_is_what_fails_under_the_same_load() {
    // The control: the failure `begin_write` exists to prevent is real on this SQLite.
    let dir = tempfile::tempdir().unwrap();
    let pool = counter(&dir).await;
    let (n, failed) = increments(&pool, 40, false).await;
    assert!(failed > 0, "no deferred transaction failed (n = {n})");
    assert_eq!(n, 40 - failed as i64);
}
