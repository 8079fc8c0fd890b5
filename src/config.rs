//! One `Config`, read from the environment (with `.env` loaded first when present) and passed
//! down to whoever needs it. A missing or malformed value is a `ConfigError` that names the
//! variable and says how to fix it; `main` prints it on one line and exits with status 2.
use std::path::PathBuf;

use teloxide::types::UserId;

pub use crate::config_error::ConfigError;
use crate::reminders::UserZone;

/// Where the SQLite database lives unless `DATABASE_URL` says otherwise.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/recarga.db";
/// The zone used for users who have not chosen one.
pub const DEFAULT_TZ: &str = "America/Lima";

/// Everything the bot reads from its environment.
#[derive(Clone)]
pub struct Config {
    /// The bot token from @BotFather; only `run` requires it.
    pub token: Option<String>,
    /// A self-hosted Bot API server, instead of `https://api.telegram.org`.
    pub api_url: Option<url::Url>,
    /// A `sqlite://…` or `postgres://…` URL.
    pub database_url: String,
    /// The zone of users who have not set one with `/tz`.
    pub default_tz: UserZone,
    /// Where the knowledge base is read from (`RECARGA_FAQ_DIR`); see `faq::FaqSource`.
    pub faq_dir: Option<PathBuf>,
    /// Telegram user ids allowed to run admin commands such as `/reload`.
    pub admins: Vec<UserId>,
    /// How long a claimed reminder stays reserved for its sender (`RECARGA_REMINDER_LEASE_SECS`).
    pub reminder_lease_secs: i64,
    /// After how many days a logged unanswered question loses its user (`RECARGA_RETENTION_DAYS`).
    pub retention_days: i64,
    /// How long Telegram holds a `getUpdates` call open when nothing arrives
    /// (`RECARGA_POLL_TIMEOUT_SECS`); the HTTP client waits longer, see `run::http_timeout`.
    pub poll_timeout_secs: u64,
}

// Written by hand so that the token can never reach a log line through `{:?}`.
impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("api_url", &self.api_url.as_ref().map(|u| u.as_str()))
            .field("database_url", &self.database_url)
            .field("default_tz", &self.default_tz.name())
            .field("faq_dir", &self.faq_dir)
            .field("reminder_lease_secs", &self.reminder_lease_secs)
            .field("retention_days", &self.retention_days)
            .field("poll_timeout_secs", &self.poll_timeout_secs)
            .field("admins", &self.admins)
            .finish()
    }
}

/// Loads `.env` from the working directory when it exists. A `.env` that cannot be parsed is an
/// error (silently ignoring it would run the bot with settings its operator did not mean).
pub fn load_dotenv() -> Result<(), ConfigError> {
    match dotenvy::dotenv() {
        Ok(_) => Ok(()),
        Err(error) if error.not_found() => Ok(()),
        Err(error) => Err(dotenv_error(&error)),
    }
}

/// What went wrong in `.env`, without its contents: the parser's message quotes the line (and,
/// after an unclosed quote, the rest of the file), which may hold the token. Only the name of
/// the variable the bad line sets is kept.
fn dotenv_error(error: &dotenvy::Error) -> ConfigError {
    let reason = match error {
        dotenvy::Error::LineParse(line, _) => {
            let name: String = line
                .trim_start()
                .trim_start_matches("export ")
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .take(64)
                .collect();
            let which = if name.is_empty() {
                "a line".to_owned()
            } else {
                format!("the line setting {name}")
            };
            format!(
                "{which} cannot be parsed (an unclosed quote, or a space in an unquoted value?); \
                 its text is not shown, as it may hold a secret"
            )
        }
        dotenvy::Error::Io(io) => format!("cannot be read: {}", io.kind()),
        dotenvy::Error::EnvVar(_) => "cannot be read".to_owned(),
        _ => "cannot be read".to_owned(),
    };
    ConfigError::new(".env", reason)
}

impl Config {
    /// Reads the configuration from the process environment.
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads the configuration through `lookup` (the environment in production, a map in tests).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let get = |name: &str| {
            lookup(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        Ok(Config {
            token: get("TELOXIDE_TOKEN").map(check_token).transpose()?,
            api_url: get("TELOXIDE_API_URL").map(parse_api_url).transpose()?,
            database_url: get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned()),
            default_tz: parse_tz(get("RECARGA_DEFAULT_TZ").as_deref().unwrap_or(DEFAULT_TZ))?,
            admins: parse_admins(get("RECARGA_ADMINS").as_deref().unwrap_or(""))?,
            faq_dir: get("RECARGA_FAQ_DIR").map(PathBuf::from),
            reminder_lease_secs: parse_bounded(
                "RECARGA_REMINDER_LEASE_SECS",
                get("RECARGA_REMINDER_LEASE_SECS").as_deref(),
                1..=86_400,
                DEFAULT_LEASE_SECS,
                "seconds",
            )?,
            poll_timeout_secs: parse_bounded(
                "RECARGA_POLL_TIMEOUT_SECS",
                get("RECARGA_POLL_TIMEOUT_SECS").as_deref(),
                1..=50,
                DEFAULT_POLL_TIMEOUT_SECS,
                "seconds",
            )?,
            retention_days: parse_bounded(
                "RECARGA_RETENTION_DAYS",
                get("RECARGA_RETENTION_DAYS").as_deref(),
                1..=3650,
                DEFAULT_RETENTION_DAYS,
                "days",
            )?,
        })
    }

    /// The token, or the error that tells the operator how to get one.
    pub fn require_token(&self) -> Result<&str, ConfigError> {
        self.token.as_deref().ok_or_else(|| {
            ConfigError::new(
                "TELOXIDE_TOKEN",
                "is not set. Open Telegram, talk to @BotFather, send /newbot, and put the token \
                 it gives you in .env as TELOXIDE_TOKEN=123456789:AA… (see .env.example)",
            )
        })
    }

    /// True when `user` may run admin commands.
    pub fn is_admin(&self, user: UserId) -> bool {
        self.admins.contains(&user)
    }

    /// Where a SQLite database file lives, when the URL names one.
    pub fn sqlite_path(&self) -> Option<PathBuf> {
        crate::storage::sqlite_file(&self.database_url)
    }
}

fn check_token(token: String) -> Result<String, ConfigError> {
    // A token is `<bot id>:<secret>`; the secret is never echoed back.
    let well_formed = token
        .split_once(':')
        .is_some_and(|(id, secret)| id.parse::<u64>().is_ok() && secret.len() >= 20);
    if well_formed && !token.chars().any(char::is_whitespace) {
        Ok(token)
    } else {
        Err(ConfigError::new(
            "TELOXIDE_TOKEN",
            "is malformed: it should look like 123456789:AA… as @BotFather gave it (copy it again)",
        ))
    }
}

fn parse_api_url(raw: String) -> Result<url::Url, ConfigError> {
    let trimmed = raw.trim_end_matches('/');
    match url::Url::parse(trimmed) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.has_host() => Ok(url),
        _ => Err(ConfigError::new(
            "TELOXIDE_API_URL",
            format!("`{raw}` is not an http(s) URL; use e.g. http://127.0.0.1:8081 or unset it"),
        )),
    }
}

fn parse_tz(raw: &str) -> Result<UserZone, ConfigError> {
    UserZone::parse(raw).map_err(|_| {
        ConfigError::new(
            "RECARGA_DEFAULT_TZ",
            format!("`{raw}` is not a time zone; use an IANA name such as America/Lima or an offset such as UTC-5"),
        )
    })
}

/// The default lease: long enough for a full batch to drain through Telegram's 30 messages/s.
pub const DEFAULT_LEASE_SECS: i64 = 300;

/// How long a logged unanswered question keeps its user's id, by default.
pub const DEFAULT_RETENTION_DAYS: i64 = 90;

/// The default long-poll: Telegram holds an empty `getUpdates` this long (it allows up to 50).
pub const DEFAULT_POLL_TIMEOUT_SECS: u64 = 25;

/// A whole number of `unit` in `range` read from `var`, or `default` when it is not set; the
/// error names the variable, the range and the default.
fn parse_bounded<T>(
    var: &'static str,
    raw: Option<&str>,
    range: std::ops::RangeInclusive<T>,
    default: T,
    unit: &str,
) -> Result<T, ConfigError>
where
    T: std::str::FromStr + PartialOrd + std::fmt::Display + Copy,
{
    let Some(raw) = raw else {
        return Ok(default);
    };
    raw.parse::<T>()
        .ok()
        .filter(|n| range.contains(n))
        .ok_or_else(|| {
            ConfigError::new(
                var,
                format!(
                    "`{raw}` is not a number of {unit} from {} to {} (default {default})",
                    range.start(),
                    range.end()
                ),
            )
        })
}

fn parse_admins(raw: &str) -> Result<Vec<UserId>, ConfigError> {
    raw.split([',', ' '])
        .filter(|part| !part.is_empty())
        .map(|part| {
            part.parse::<u64>().map(UserId).map_err(|_| {
                ConfigError::new(
                    "RECARGA_ADMINS",
                    format!("`{part}` is not a Telegram user id; list numbers, e.g. 12345,67890"),
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
