use super::*;

fn sqlite_error(code: i32) -> anyhow::Error {
    #[derive(Debug)]
    struct Fake(i32);
    impl fmt::Display for Fake {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "fake sqlite error {}", self.0)
        }
    }
    impl std::error::Error for Fake {}
    impl sqlx::error::DatabaseError for Fake {
        fn message(&self) -> &str {
            "fake"
        }
        fn code(&self) -> Option<std::borrow::Cow<'_, str>> {
            Some(self.0.to_string().into())
        }
        fn as_error(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
            self
        }
        fn as_error_mut(&mut self) -> &mut (dyn std::error::Error + Send + Sync + 'static) {
            self
        }
        fn into_error(self: Box<Self>) -> Box<dyn std::error::Error + Send + Sync + 'static> {
            self
        }
        fn kind(&self) -> sqlx::error::ErrorKind {
            sqlx::error::ErrorKind::Other
        }
    }
    anyhow::Error::new(sqlx::Error::Database(Box::new(Fake(code)))).context("saving a plan")
}

#[test]
fn sqlite_codes_name_the_trouble_through_context() {
    assert_eq!(classify(&sqlite_error(8)), Some(Trouble::ReadOnly));
    assert_eq!(classify(&sqlite_error(776)), Some(Trouble::ReadOnly));
    assert_eq!(classify(&sqlite_error(1032)), Some(Trouble::Gone));
    assert_eq!(classify(&sqlite_error(5)), Some(Trouble::Locked));
    assert_eq!(classify(&sqlite_error(13)), Some(Trouble::DiskFull));
    assert_eq!(classify(&sqlite_error(26)), Some(Trouble::Corrupt));
    assert_eq!(classify(&sqlite_error(14)), Some(Trouble::Gone));
    // A constraint violation is the bot's own business, not the operator's.
    assert_eq!(classify(&sqlite_error(2067)), None);
    assert_eq!(classify(&anyhow::anyhow!("not a database error")), None);
}

#[test]
fn a_pool_timeout_is_unreachable() {
    let error = anyhow::Error::new(sqlx::Error::PoolTimedOut);
    assert_eq!(classify(&error), Some(Trouble::Unreachable));
}

#[test]
fn an_episode_starts_once_and_ends_on_success() {
    let health = Health::new();
    health.failed(&sqlite_error(8));
    health.failed(&sqlite_error(8));
    assert_eq!(health.trouble(), Some(Trouble::ReadOnly));
    health.failed(&sqlite_error(5));
    assert_eq!(health.trouble(), Some(Trouble::Locked), "a new trouble");
    health.failed(&anyhow::anyhow!("a bug"));
    assert_eq!(
        health.trouble(),
        Some(Trouble::Locked),
        "a bug is no trouble"
    );
    health.clone().succeeded();
    assert_eq!(health.trouble(), None, "clones share one state");
}
