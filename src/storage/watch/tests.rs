use super::*;

#[test]
fn the_rescued_copy_sits_beside_the_lost_file() {
    assert_eq!(
        rescue_path(Path::new("data/recarga.db"), 42),
        PathBuf::from("data/recarga.db.rescued-42")
    );
}
