//! The reminder domain's types: operators, a plan as the rest of the bot sees it, and a user's
//! reminder settings with their defaults.
use chrono::{DateTime, NaiveTime, Utc};

use super::leads::{parse_leads, Lead, DEFAULT_LEADS};
use super::store::{PlanRow, SettingsRow};
use super::when::{stored_instant, MAX_PERIOD_DAYS};
use super::zone::UserZone;
use crate::lang::Lang;

/// A plan as typed by the user, before it is stored.
#[derive(Clone, Debug)]
pub struct Draft {
    pub operator: Operator,
    pub label: Option<String>,
    pub ends_at: DateTime<Utc>,
    pub has_time: bool,
    /// The period "Renewed" repeats, in days (at least 1; a placeholder when not known).
    pub period_days: i64,
    /// Whether the user gave the period (a preset, `+30d`, `30 días`): true. An end typed as a
    /// date says nothing about the period: false, and renewing it asks for the new end.
    pub period_known: bool,
}

/// The operators a plan can belong to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    Claro,
    Movistar,
    Entel,
    Bitel,
    Other,
}

impl Operator {
    /// Every operator, in the order the guided flow shows them.
    pub const ALL: [Operator; 5] = [
        Operator::Claro,
        Operator::Movistar,
        Operator::Entel,
        Operator::Bitel,
        Operator::Other,
    ];

    /// The stored and typed name.
    pub fn code(self) -> &'static str {
        match self {
            Operator::Claro => "claro",
            Operator::Movistar => "movistar",
            Operator::Entel => "entel",
            Operator::Bitel => "bitel",
            Operator::Other => "other",
        }
    }

    /// The operator a word names, case-insensitively (also `otro`, `其他`).
    pub fn parse(word: &str) -> Option<Operator> {
        let word = word.trim().to_lowercase();
        match word.as_str() {
            "claro" => Some(Operator::Claro),
            "movistar" => Some(Operator::Movistar),
            "entel" => Some(Operator::Entel),
            "bitel" => Some(Operator::Bitel),
            "other" | "otro" | "otra" | "其他" => Some(Operator::Other),
            _ => None,
        }
    }

    /// The name shown to users.
    pub fn display(self, lang: Lang) -> String {
        match self {
            Operator::Other => crate::i18n::t(lang, "operator-other"),
            _ => {
                let code = self.code();
                code[..1].to_uppercase() + &code[1..]
            }
        }
    }
}

/// A plan, typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The number the user types (`/del 3`).
    pub number: i64,
    pub operator: Operator,
    pub label: Option<String>,
    pub ends_at: DateTime<Utc>,
    pub has_time: bool,
    pub period_days: i64,
    /// Whether the user gave the period; when false, renewing asks for the new end.
    pub period_known: bool,
    /// When the plan was added.
    pub created_at: DateTime<Utc>,
}

impl From<PlanRow> for Plan {
    /// Every row converts: an end outside the range the bot handles becomes the nearest bound
    /// and a period outside `1..=MAX_PERIOD_DAYS` the nearest valid one (logged), so that a bad
    /// row renders and can be renewed or deleted instead of breaking every message it is in.
    fn from(row: PlanRow) -> Plan {
        let ends_at = stored_instant(row.ends_at);
        let period_days = row.period_days.clamp(1, MAX_PERIOD_DAYS);
        if ends_at.timestamp() != row.ends_at || period_days != row.period_days {
            tracing::warn!(
                user = row.user_id,
                plan = row.number,
                ends_at = row.ends_at,
                period_days = row.period_days,
                "stored plan out of range; shown at the nearest valid values"
            );
        }
        Plan {
            number: row.number,
            operator: Operator::parse(&row.operator).unwrap_or(Operator::Other),
            label: row.label,
            ends_at,
            has_time: row.has_time,
            period_days,
            period_known: row.period_known,
            created_at: stored_instant(row.created_at),
        }
    }
}

/// When day reminders fire unless the user set `/remindat`: 09:00, in minutes after local
/// midnight (the `remind_at` column's default in the migrations says the same).
pub const DEFAULT_REMIND_AT: i64 = 9 * 60;

/// When and where a user is reminded.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub leads: Vec<Lead>,
    pub remind_at: NaiveTime,
    pub zone: UserZone,
    pub lang: Lang,
}

impl Settings {
    /// Typed settings from the row; anything unreadable falls back to the default.
    pub fn from_row(row: &SettingsRow, default_zone: &UserZone) -> Settings {
        let minutes = u32::try_from(row.remind_at.clamp(0, 24 * 60 - 1)).unwrap_or_default();
        let chosen = row.language.as_deref().and_then(Lang::from_code);
        let lang = Lang::chosen_or_telegram(chosen, row.telegram_language.as_deref());
        Settings {
            leads: parse_leads(&row.leads).unwrap_or_else(|_| DEFAULT_LEADS.to_vec()),
            remind_at: NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0).unwrap_or_default(),
            zone: row
                .time_zone
                .as_deref()
                .and_then(|z| UserZone::parse(z).ok())
                .unwrap_or(*default_zone),
            lang,
        }
    }
}
