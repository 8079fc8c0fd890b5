//! What users do with lines, as domain operations: record a last top-up (a new line, or a new
//! top-up on a line already tracked), delete, list, and reschedule after a settings change.
//! Each runs in one transaction and writes the line's reminders into the plans' reminder
//! queue: one per lead before each stage, keyed `r:<lead>` (restriction) and `<lead>` (cut-off).
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{AnyPool, Transaction};

use super::dates::{self, timeline, Timeline};
use super::rules::{LineRules, Stage};
use super::store::{self, LineDates, LineRow};
use crate::clock::{OutOfRange, Timestamp};
use crate::reminders::schedule::reminder_instants;
use crate::reminders::store::{queue, Key};
use crate::reminders::{format_leads, Operator, Settings, UserZone, MAX_LABEL};
use crate::users::{self, Counter};

/// The most lines one user tracks: a family's phones, and a bound on the scheduler's work.
pub const MAX_LINES: i64 = 10;
/// The prefix of a restriction reminder's `lead` key; a cut-off reminder's key has none.
pub const RESTRICTION_KEY: &str = "r:";

/// A line, typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The number the user sees ("line 1"): positive.
    pub number: i64,
    pub operator: Operator,
    pub label: Option<String>,
    /// The last top-up, a date on Peru's calendar.
    pub last_topup: NaiveDate,
}

impl Line {
    /// The typed line of a row; `None` (logged) for a row no line of ours could have written.
    pub fn from_row(row: &LineRow) -> Option<Line> {
        let line = (|| {
            Some(Line {
                number: row.number.checked_neg().filter(|n| *n > 0)?,
                operator: Operator::parse(&row.operator)?,
                label: row.label.clone(),
                last_topup: row.last_topup.and_then(dates::from_stored)?,
            })
        })();
        if line.is_none() {
            tracing::warn!(user = row.user_id, line = row.number, "unreadable line row");
        }
        line
    }
}

/// Why a line operation did nothing. Only `Db` is a failure; the others are answers.
#[derive(Debug, thiserror::Error)]
pub enum LineError {
    #[error(transparent)]
    Db(#[from] sqlx::Error),
    /// No source states when this operator cuts a line off: nothing to count from.
    #[error("no known cut-off for this operator")]
    Unknown,
    /// Every stage has begun: the line may already be cut off.
    #[error("every date has passed")]
    AllPassed,
    /// The user already tracks `MAX_LINES` lines.
    #[error("already {MAX_LINES} lines")]
    TooMany,
    /// The user has no such line.
    #[error("no such line")]
    NotFound,
}

/// The user's lines, in the order they were added.
pub async fn lines(pool: &AnyPool, user: i64) -> sqlx::Result<Vec<Line>> {
    let rows = store::lines(pool, user).await?;
    Ok(rows.iter().filter_map(Line::from_row).collect())
}

/// A top-up as the user reports it: which line (operator and label) and the day.
#[derive(Clone, Copy, Debug)]
pub struct Topup<'a> {
    pub operator: Operator,
    pub label: Option<&'a str>,
    /// The day of the top-up on Peru's calendar.
    pub date: NaiveDate,
}

/// Records `topup` on the user's line with its operator and label: the line
/// they already track with that operator and label moves its dates, else a new line is added.
/// Returns the line and whether it was already tracked.
pub async fn record(
    pool: &AnyPool,
    user: i64,
    topup: Topup<'_>,
    rules: &LineRules,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<(Line, bool), LineError> {
    let Topup {
        operator,
        label,
        date: last_topup,
    } = topup;
    let label = label
        .and_then(crate::reminders::clean_label)
        .map(|l| l.chars().take(MAX_LABEL).collect::<String>());
    let dates = line_dates(rules, operator, last_topup, now)?;
    let mut tx = crate::storage::begin_write(pool).await?;
    let existing = store::lines(&mut *tx, user)
        .await?
        .into_iter()
        .find(|row| row.operator == operator.code() && row.label == label);
    let (number, known) = match existing {
        Some(row) => {
            store::set_dates(&mut *tx, user, row.number, &dates).await?;
            (row.number, true)
        }
        None => match insert(&mut tx, user, operator, label.as_deref(), &dates, now).await? {
            Some(number) => (number, false),
            None => {
                tx.rollback().await?;
                return Err(LineError::TooMany);
            }
        },
    };
    let deadlines = (dates.restrict_at, dates.cutoff_at);
    schedule(&mut tx, user, number, deadlines, settings, now, true).await?;
    tx.commit().await?;
    let line = Line {
        number: -number,
        operator,
        label,
        last_topup,
    };
    Ok((line, known))
}

/// Adds a new line with its dates; `None` when the user already has `MAX_LINES` (the caller
/// rolls back).
async fn insert(
    tx: &mut Transaction<'_, sqlx::Any>,
    user: i64,
    operator: Operator,
    label: Option<&str>,
    dates: &LineDates,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<i64>> {
    // The number first: it writes the user's row, so a concurrent record by the same
    // user waits here and its count then includes this line.
    // Lines are stored under negative numbers, so that they never meet a plan's.
    let number = -users::next_number(&mut **tx, user, Counter::Line).await?;
    if i64::try_from(store::lines(&mut **tx, user).await?.len()).unwrap_or(i64::MAX) >= MAX_LINES {
        return Ok(None);
    }
    let code = operator.code();
    store::insert_line(
        &mut **tx,
        user,
        number,
        code,
        label,
        dates,
        Timestamp::of(now),
    )
    .await?;
    Ok(Some(number))
}

/// "✅ I topped up" on line `number` (as shown): its last top-up becomes `today`.
pub async fn topped_up(
    pool: &AnyPool,
    user: i64,
    number: i64,
    today: NaiveDate,
    rules: &LineRules,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<Line, LineError> {
    let row = store::line(pool, user, -number).await?;
    let line = row
        .as_ref()
        .and_then(Line::from_row)
        .ok_or(LineError::NotFound)?;
    let topup = Topup {
        operator: line.operator,
        label: line.label.as_deref(),
        date: today,
    };
    let (line, _) = record(pool, user, topup, rules, settings, now).await?;
    Ok(line)
}

/// Deletes line `number` (as shown) and its reminders; false when there is no such line.
pub async fn delete(pool: &AnyPool, user: i64, number: i64) -> sqlx::Result<bool> {
    match number.checked_neg() {
        Some(stored) if number > 0 => store::delete_line(pool, user, stored).await,
        _ => Ok(false),
    }
}

/// Rewrites the pending reminders of every line of the user after their settings changed (the
/// ones already sent stay sent). Called inside the settings change's transaction.
pub async fn reschedule_all(
    tx: &mut Transaction<'_, sqlx::Any>,
    user: i64,
    settings: &Settings,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    for row in store::lines(&mut **tx, user).await? {
        let deadlines = (row.restrict_at, row.cutoff_at);
        schedule(tx, user, row.number, deadlines, settings, now, false).await?;
    }
    Ok(())
}

/// The dates a line topped up on `last_topup` gets, or why it gets none.
fn line_dates(
    rules: &LineRules,
    operator: Operator,
    last_topup: NaiveDate,
    now: DateTime<Utc>,
) -> Result<LineDates, LineError> {
    let line: Timeline = timeline(rules.of(operator).ok_or(LineError::Unknown)?, last_topup);
    let cutoff = line.cutoff.as_ref().ok_or(LineError::Unknown)?;
    if line.all_passed(UserZone::LIMA.today(now)) {
        return Err(LineError::AllPassed);
    }
    Ok(LineDates {
        last_topup: dates::to_stored(last_topup),
        restrict_at: line
            .restriction
            .as_ref()
            .map(|r| Timestamp::of(r.deadline())),
        cutoff_at: Timestamp::of(cutoff.deadline()),
        cutoff_days: i64::from(cutoff.days),
    })
}

/// Writes the reminders before each stage still ahead, given the last safe moments before the
/// restriction, if known, and the cut-off: `fresh` forgets those already sent (a new top-up
/// starts the count again). A stored moment outside the range the bot handles (a row edited by
/// hand) gets no reminders, and a warning in the log.
async fn schedule(
    tx: &mut Transaction<'_, sqlx::Any>,
    user: i64,
    number: i64,
    (restrict_at, cutoff_at): (Option<Timestamp>, Timestamp),
    settings: &Settings,
    now: DateTime<Utc>,
    fresh: bool,
) -> sqlx::Result<()> {
    queue::clear(&mut **tx, user, number, fresh).await?;
    let stages = [
        (Stage::Restriction, restrict_at),
        (Stage::Cutoff, Some(cutoff_at)),
    ];
    for (stage, deadline) in stages {
        let Some(deadline) = deadline.and_then(|at| checked(at, user, number, stage)) else {
            continue;
        };
        let instants = reminder_instants(
            deadline,
            &settings.leads,
            settings.remind_at,
            &settings.zone,
        );
        // Only the reminders still ahead: the user has just read every date in the reply, so
        // a catch-up reminder now would only repeat it.
        for (lead, at) in instants.into_iter().filter(|(_, at)| *at >= now) {
            let lead = lead_key(stage, &format_leads(&[lead]));
            let key = Key {
                user_id: user,
                plan_number: number,
                lead: &lead,
            };
            queue::add(&mut **tx, &key, Timestamp::of(at)).await?;
        }
    }
    Ok(())
}

/// The instant of a stored deadline; `None`, logged, when it is out of range.
fn checked(at: Timestamp, user: i64, number: i64, stage: Stage) -> Option<DateTime<Utc>> {
    let no_reminders = |error: &OutOfRange| {
        let why = "line deadline out of range; no reminders before it";
        tracing::warn!(user, line = number, ?stage, %error, "{why}");
    };
    at.instant().inspect_err(no_reminders).ok()
}

/// The `lead` key of a reminder before `stage`.
pub fn lead_key(stage: Stage, lead: &str) -> String {
    match stage {
        Stage::Restriction => format!("{RESTRICTION_KEY}{lead}"),
        Stage::Cutoff => lead.to_owned(),
    }
}

/// Which stage a reminder's `lead` key warns about.
pub fn stage_of(lead: &str) -> Stage {
    if lead.starts_with(RESTRICTION_KEY) {
        Stage::Restriction
    } else {
        Stage::Cutoff
    }
}
