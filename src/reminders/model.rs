//! The reminder domain's types: operators, a plan as the rest of the bot sees it, and a user's
//! reminder settings with their defaults.
use chrono::{DateTime, NaiveTime, TimeDelta, Utc};

use super::leads::{parse_leads, Lead, DEFAULT_LEADS};
use super::zone::UserZone;
use crate::lang::Lang;
use crate::users::SettingsRow;

/// A plan's terms as the user gives them: a plan before it is stored, and (as `Plan::terms`)
/// the part of a stored plan the user can change.
#[derive(Clone, Debug, PartialEq, Eq)]
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

/// A stored plan: its terms (read through as `plan.ends_at`, `plan.label`…), the number the
/// user types, and when it was added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The number the user types (`/del 3`).
    pub number: i64,
    /// Operator, label, end and period.
    pub terms: Draft,
    /// When the plan was added.
    pub created_at: DateTime<Utc>,
}

impl std::ops::Deref for Plan {
    type Target = Draft;

    fn deref(&self) -> &Draft {
        &self.terms
    }
}

impl std::ops::DerefMut for Plan {
    fn deref_mut(&mut self) -> &mut Draft {
        &mut self.terms
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
    /// The settings of a user who set nothing (or has no row yet).
    pub fn defaults(default_zone: &UserZone) -> Settings {
        Settings {
            leads: DEFAULT_LEADS.to_vec(),
            remind_at: default_remind_at(),
            zone: *default_zone,
            lang: Lang::chosen_or_telegram(None, None),
        }
    }

    /// Typed settings from the row; anything unreadable falls back to the default (logged).
    pub fn from_row(row: &SettingsRow, default_zone: &UserZone) -> Settings {
        let chosen = row.language.as_deref().and_then(Lang::from_code);
        let lang = Lang::chosen_or_telegram(chosen, row.telegram_language.as_deref());
        let remind_at = minutes_to_time(row.remind_at).unwrap_or_else(|| {
            tracing::warn!(
                remind_at = row.remind_at,
                "stored reminder time out of range; the default used"
            );
            default_remind_at()
        });
        Settings {
            leads: parse_leads(&row.leads).unwrap_or_else(|_| DEFAULT_LEADS.to_vec()),
            remind_at,
            zone: row
                .time_zone
                .as_deref()
                .and_then(|z| UserZone::parse(z).ok())
                .unwrap_or(*default_zone),
            lang,
        }
    }
}

/// The time of day `minutes` after midnight; `None` outside the day.
fn minutes_to_time(minutes: i64) -> Option<NaiveTime> {
    let minutes = u32::try_from(minutes).ok().filter(|m| *m < 24 * 60)?;
    NaiveTime::from_num_seconds_from_midnight_opt(minutes * 60, 0)
}

/// `DEFAULT_REMIND_AT` as a time of day.
fn default_remind_at() -> NaiveTime {
    NaiveTime::MIN + TimeDelta::minutes(DEFAULT_REMIND_AT)
}

#[cfg(test)]
mod tests;
