//! SQL for plans, reminders and the reminder settings on the `user` row. Small verb-named
//! functions over any executor, so handlers and the scheduler compose them in transactions.
//! Instants are Unix seconds (UTC): `sqlx::Any` binds no chrono types.
use sqlx::{any::AnyRow, Any, Executor, Row};

/// `next_try_at` of a blocked user's reminders: beyond any real instant, so the due query's
/// index range never reaches them, yet an ordinary bigint on every backend.
pub const PARKED: i64 = i64::MAX / 2;

/// A stored plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanRow {
    pub user_id: i64,
    pub number: i64,
    pub operator: String,
    pub label: Option<String>,
    pub ends_at: i64,
    pub has_time: bool,
    pub period_days: i64,
    /// Whether the user gave the period (else `period_days` is a placeholder).
    pub period_known: bool,
    /// When the plan was added (Unix seconds).
    pub created_at: i64,
}

/// A plan about to be stored (its number is handed out by `next_plan_number`).
#[derive(Clone, Debug)]
pub struct NewPlan<'a> {
    pub operator: &'a str,
    pub label: Option<&'a str>,
    pub ends_at: i64,
    pub has_time: bool,
    pub period_days: i64,
    pub period_known: bool,
}

/// A user's reminder settings as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsRow {
    pub leads: String,
    pub remind_at: i64,
    pub time_zone: Option<String>,
    pub language: Option<String>,
    pub telegram_language: Option<String>,
}

/// A reminder claimed for delivery.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claimed {
    pub user_id: i64,
    pub plan_number: i64,
    pub lead: String,
    pub due_at: i64,
    pub attempts: i64,
}

const PLAN_COLUMNS: &str =
    "user_id, number, operator, label, ends_at, has_time, period_days, period_known, created_at";

fn plan_row(row: &AnyRow) -> sqlx::Result<PlanRow> {
    Ok(PlanRow {
        user_id: row.try_get("user_id")?,
        number: row.try_get("number")?,
        operator: row.try_get("operator")?,
        label: row.try_get("label")?,
        ends_at: row.try_get("ends_at")?,
        has_time: row.try_get::<i64, _>("has_time")? != 0,
        period_days: row.try_get("period_days")?,
        period_known: row.try_get::<i64, _>("period_known")? != 0,
        created_at: row.try_get("created_at")?,
    })
}

/// Hands out the user's next plan number (never reused, even after a delete).
pub async fn next_plan_number<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        r#"update "user" set plan_seq = plan_seq + 1 where id = $1 returning plan_seq"#,
    )
    .bind(user)
    .fetch_one(ex)
    .await
}

/// Stores a plan under `number`.
pub async fn insert_plan<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
    plan: &NewPlan<'_>,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "insert into plan (user_id, number, operator, label, ends_at, has_time, period_days,
                           period_known, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(user)
    .bind(number)
    .bind(plan.operator.to_owned())
    .bind(plan.label.map(str::to_owned))
    .bind(plan.ends_at)
    .bind(i64::from(plan.has_time))
    .bind(plan.period_days)
    .bind(i64::from(plan.period_known))
    .bind(now)
    .execute(ex)
    .await?;
    Ok(())
}

/// One of the user's plans; another user's number finds nothing.
pub async fn plan<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
) -> sqlx::Result<Option<PlanRow>> {
    let sql = format!("select {PLAN_COLUMNS} from plan where user_id = $1 and number = $2");
    let row = sqlx::query(&sql)
        .bind(user)
        .bind(number)
        .fetch_optional(ex)
        .await?;
    row.as_ref().map(plan_row).transpose()
}

/// All of the user's plans (not their lines), soonest end first.
pub async fn plans<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
) -> sqlx::Result<Vec<PlanRow>> {
    let sql =
        format!("select {PLAN_COLUMNS} from plan where user_id = $1 and kind = 'plan' order by ends_at, number");
    let rows = sqlx::query(&sql).bind(user).fetch_all(ex).await?;
    rows.iter().map(plan_row).collect()
}

/// Deletes a plan and (by cascade) its reminders; false when the user has no such plan.
pub async fn delete_plan<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query("delete from plan where user_id = $1 and number = $2")
        .bind(user)
        .bind(number)
        .execute(ex)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// A plan's end as it can be moved and put back: the end, whether it has a time of day, and
/// the period with whether the user gave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EndRow {
    pub ends_at: i64,
    pub has_time: bool,
    pub period_days: i64,
    pub period_known: bool,
}

/// Moves a plan's end (renewal, correction, or undo).
pub async fn set_plan_end<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
    end: &EndRow,
) -> sqlx::Result<()> {
    sqlx::query(
        "update plan set ends_at = $3, has_time = $4, period_days = $5, period_known = $6
         where user_id = $1 and number = $2",
    )
    .bind(user)
    .bind(number)
    .bind(end.ends_at)
    .bind(i64::from(end.has_time))
    .bind(end.period_days)
    .bind(i64::from(end.period_known))
    .execute(ex)
    .await?;
    Ok(())
}

/// Remembers the plan's end before a change (`old`) and the end the change gave, replacing
/// whatever an earlier change left.
pub async fn record_change<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
    old: &EndRow,
    new_ends_at: i64,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "insert into renewal (user_id, plan_number, old_ends_at, old_has_time, old_period_days,
                              old_period_known, new_ends_at, changed_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (user_id, plan_number) do update
             set old_ends_at = excluded.old_ends_at, old_has_time = excluded.old_has_time,
                 old_period_days = excluded.old_period_days,
                 old_period_known = excluded.old_period_known,
                 new_ends_at = excluded.new_ends_at, changed_at = excluded.changed_at",
    )
    .bind(user)
    .bind(number)
    .bind(old.ends_at)
    .bind(i64::from(old.has_time))
    .bind(old.period_days)
    .bind(i64::from(old.period_known))
    .bind(new_ends_at)
    .bind(now)
    .execute(ex)
    .await?;
    Ok(())
}

/// The last recorded change of a plan's end: (the end before it, the end it gave, when).
pub async fn last_change<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
) -> sqlx::Result<Option<(EndRow, i64, i64)>> {
    let row = sqlx::query(
        "select old_ends_at, old_has_time, old_period_days, old_period_known, new_ends_at,
                changed_at
         from renewal where user_id = $1 and plan_number = $2",
    )
    .bind(user)
    .bind(number)
    .fetch_optional(ex)
    .await?;
    row.map(|row| {
        let old = EndRow {
            ends_at: row.try_get("old_ends_at")?,
            has_time: row.try_get::<i64, _>("old_has_time")? != 0,
            period_days: row.try_get("old_period_days")?,
            period_known: row.try_get::<i64, _>("old_period_known")? != 0,
        };
        Ok((old, row.try_get("new_ends_at")?, row.try_get("changed_at")?))
    })
    .transpose()
}

/// Forgets the recorded change of a plan's end (it was undone).
pub async fn forget_change<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    number: i64,
) -> sqlx::Result<()> {
    sqlx::query("delete from renewal where user_id = $1 and plan_number = $2")
        .bind(user)
        .bind(number)
        .execute(ex)
        .await?;
    Ok(())
}

/// The user's reminder settings (the row exists once the user has written to the bot).
pub async fn settings<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
) -> sqlx::Result<Option<SettingsRow>> {
    let row = sqlx::query(
        r#"select leads, remind_at, time_zone, language, telegram_language from "user" where id = $1"#,
    )
    .bind(user)
    .fetch_optional(ex)
    .await?;
    row.map(|row| {
        Ok(SettingsRow {
            leads: row.try_get("leads")?,
            remind_at: row.try_get("remind_at")?,
            time_zone: row.try_get("time_zone")?,
            language: row.try_get("language")?,
            telegram_language: row.try_get("telegram_language")?,
        })
    })
    .transpose()
}

/// Stores one reminder setting: `column` is one of `leads`, `remind_at`, `time_zone`.
pub async fn set_setting<'e>(
    ex: impl Executor<'e, Database = Any>,
    user: i64,
    column: SettingColumn,
    value: SettingValue,
) -> sqlx::Result<()> {
    let sql = format!(r#"update "user" set {} = $1 where id = $2"#, column.name());
    let query = sqlx::query(&sql);
    let query = match value {
        SettingValue::Text(text) => query.bind(text),
        SettingValue::Int(n) => query.bind(n),
    };
    query.bind(user).execute(ex).await?;
    Ok(())
}

/// The settings columns `set_setting` may write (never a name from user input).
#[derive(Clone, Copy, Debug)]
pub enum SettingColumn {
    Leads,
    RemindAt,
    TimeZone,
}

impl SettingColumn {
    fn name(self) -> &'static str {
        match self {
            SettingColumn::Leads => "leads",
            SettingColumn::RemindAt => "remind_at",
            SettingColumn::TimeZone => "time_zone",
        }
    }
}

/// A value for `set_setting`.
#[derive(Clone, Debug)]
pub enum SettingValue {
    Text(String),
    Int(i64),
}
