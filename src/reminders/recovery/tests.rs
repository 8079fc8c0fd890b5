use super::*;

#[test]
fn sqlite_reclaims_and_postgres_keeps_its_leases() {
    for url in [
        "sqlite://data/recarga.db",
        "sqlite::memory:",
        "sqlite:x.db?mode=rwc",
    ] {
        assert_eq!(StartRule::for_database(url), StartRule::ReclaimAll, "{url}");
    }
    for url in ["postgres://u:p@h/db", "postgresql://h/db"] {
        assert_eq!(StartRule::for_database(url), StartRule::KeepLeases, "{url}");
    }
}
