//! All of the reminder domain's SQL, one file per table: `plans` (the `plan` rows of kind
//! 'plan'), `renewals` (the last change of a plan's end, for undo) and `queue` (the `reminder`
//! rows: writing, claiming with a lease, recording outcomes). Small verb-named functions over
//! any executor, so handlers and the scheduler compose them in transactions. Rows are read
//! with `FromRow` and typed once here; instants are Unix seconds (UTC), since `sqlx::Any`
//! binds no chrono types. The `user` row belongs to `crate::users`.
mod plans;
pub mod queue;
mod renewals;

pub use plans::{count_plans, delete_plan, insert_plan, plan, plans, set_plan_end};
pub use queue::{Claimed, Key, PARKED};
pub use renewals::{forget_change, last_change, record_change, EndChange, EndRow};

#[cfg(test)]
mod tests;
