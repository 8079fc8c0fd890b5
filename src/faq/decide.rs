//! Deciding: from scored topics to an `Outcome` (answer, suggest, nothing, small talk). Operator
//! boosts and families, the learned confidence (a logistic model), questions whose label is
//! already known, and the outcome itself.

pub mod confidence;
pub(crate) mod labelled;
pub(crate) mod logistic;
pub(crate) mod outcome;
pub(crate) mod rank;
pub(crate) mod signals;
