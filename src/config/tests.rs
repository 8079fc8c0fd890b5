use super::*;
use std::collections::HashMap;

fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Config::from_lookup(|name| map.get(name).cloned())
}

const TOKEN: &str = "123456789:AAEhBP0av28TNBuOzt_EoHWJG9g-TESTTEST";

#[test]
fn defaults_apply_when_nothing_is_set() {
    let config = config(&[]).expect("defaults are valid");
    assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
    assert_eq!(config.default_tz.name(), "America/Lima");
    assert!(config.admins.is_empty());
    assert!(config.require_token().is_err());
    assert_eq!(config.retention_days, DEFAULT_RETENTION_DAYS);
    let set = self::config(&[("RECARGA_RETENTION_DAYS", "30")]).unwrap();
    assert_eq!(set.retention_days, 30);
}

#[test]
fn an_unparsable_dotenv_line_names_its_variable_and_never_its_value() {
    let input = "A=1\nTELOXIDE_TOKEN=\"123:SECRET-VALUE\nB=2\n";
    let error = dotenvy::from_read_iter(input.as_bytes())
        .find_map(Result::err)
        .expect("an unclosed quote does not parse");
    let shown = dotenv_error(&error).to_string();
    assert!(
        shown.contains("TELOXIDE_TOKEN") && shown.contains(".env"),
        "{shown}"
    );
    assert!(
        !shown.contains("SECRET") && !shown.contains("123:"),
        "{shown}"
    );
}

#[test]
fn a_missing_token_explains_botfather() {
    let error = config(&[]).unwrap().require_token().unwrap_err();
    assert_eq!(error.var, "TELOXIDE_TOKEN");
    assert!(error.to_string().contains("@BotFather"));
}

#[test]
fn a_malformed_value_names_its_variable() {
    let cases = [
        ("TELOXIDE_TOKEN", "not-a-token"),
        ("TELOXIDE_API_URL", "ftp://x"),
        ("RECARGA_DEFAULT_TZ", "Mars/Olympus"),
        ("RECARGA_ADMINS", "12,abc"),
        ("RECARGA_REMINDER_LEASE_SECS", "0"),
        ("RECARGA_POLL_TIMEOUT_SECS", "0"),
        ("RECARGA_POLL_TIMEOUT_SECS", "51"),
        ("RECARGA_RETENTION_DAYS", "0"),
        ("RECARGA_RETENTION_DAYS", "3651"),
        ("RECARGA_RETENTION_DAYS", "a month"),
    ];
    for (var, value) in cases {
        let error = config(&[(var, value)]).unwrap_err();
        assert_eq!(error.var, var, "{value}");
    }
}

#[test]
fn the_token_never_shows_in_debug_output() {
    let config = config(&[("TELOXIDE_TOKEN", TOKEN)]).unwrap();
    assert!(!format!("{config:?}").contains("AAEhBP0av28"));
}

#[test]
fn api_url_loses_its_trailing_slash_and_admins_parse() {
    let config = config(&[
        ("TELOXIDE_API_URL", "http://127.0.0.1:8081/"),
        ("RECARGA_ADMINS", "12, 34"),
    ])
    .unwrap();
    assert_eq!(config.api_url.unwrap().as_str(), "http://127.0.0.1:8081/");
    assert_eq!(config.admins, vec![UserId(12), UserId(34)]);
}
