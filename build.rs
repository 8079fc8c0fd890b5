//! Rebuilds when embedded files change: migrations (sqlx::migrate!) and locales (static_loader!).
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=locales");
}
