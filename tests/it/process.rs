//! The real `recarga` binary as an operator runs it: configuration errors, start-up against a
//! Bot API on loopback (menus set per language), answering, and a graceful SIGTERM.
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::fake_api::FakeApi;

const TOKEN: &str = "123456789:AAEhBP0av28TNBuOzt_EoHWJG9g-SECRETSECRET";

fn recarga(dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_recarga"));
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .current_dir(dir)
        .stdin(Stdio::null());
    command
}

#[test]
fn a_missing_token_stops_start_up_with_one_line_and_status_2() {
    let dir = tempfile::tempdir().unwrap();
    let output = recarga(dir.path()).arg("run").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("TELOXIDE_TOKEN") && stderr.contains("@BotFather"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_malformed_setting_names_its_variable() {
    let dir = tempfile::tempdir().unwrap();
    let output = recarga(dir.path())
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("RECARGA_DEFAULT_TZ", "Mars/Olympus")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("recarga: RECARGA_DEFAULT_TZ:"),
        "{stderr}"
    );
}

#[test]
fn migrate_creates_the_database_file_and_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let status = recarga(dir.path()).arg("migrate").status().unwrap();
    assert!(status.success());
    assert!(dir.path().join("data/recarga.db").exists());
}

#[tokio::test]
async fn the_bot_sets_its_menus_answers_and_stops_on_sigterm() {
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".env"), format!("TELOXIDE_TOKEN={TOKEN}\n")).unwrap();
    let mut child = recarga(dir.path())
        .env("TELOXIDE_API_URL", &api.url)
        .env("RUST_LOG", "debug")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();

    let menus = api
        .wait_for("setMyCommands", 4, Duration::from_secs(30))
        .await;
    assert_eq!(menus.len(), 4, "one menu per language plus the default");
    let languages: Vec<Option<&str>> = menus
        .iter()
        .map(|m| m.get("language_code").and_then(|l| l.as_str()))
        .collect();
    for code in [Some("zh"), Some("es"), Some("en"), None] {
        assert!(
            languages.contains(&code),
            "no menu for {code:?}: {languages:?}"
        );
    }
    let zh = menus.iter().find(|m| m["language_code"] == "zh").unwrap();
    assert_eq!(zh["commands"][0]["command"], "start");
    assert!(zh["commands"][0]["description"]
        .as_str()
        .unwrap()
        .contains("开始"));

    api.push_text(77, "es", "/start");
    let sent = api
        .wait_for("sendMessage", 1, Duration::from_secs(30))
        .await;
    assert!(
        sent[0]["text"].as_str().unwrap().contains("¡Hola"),
        "{sent:?}"
    );

    let pid = child.id().to_string();
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let status = wait_with_timeout(&mut child, Duration::from_secs(20));
    assert_eq!(
        status.and_then(|s| s.code()),
        Some(0),
        "SIGTERM must stop the bot cleanly"
    );

    let mut logs = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut logs).unwrap();
    assert!(
        !logs.contains("AAEhBP0av28"),
        "the token leaked into the logs"
    );
    assert!(logs.contains("connected to Telegram"), "{logs}");
}

fn wait_with_timeout(
    child: &mut std::process::Child,
    timeout: Duration,
) -> Option<std::process::ExitStatus> {
    let deadline = std::time::Instant::now() + timeout;
    while std::time::Instant::now() < deadline {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    None
}
