//! The buttons of `/forget` (`forget…`): their wire form and its parsing.
use std::fmt;

use super::field::CbError;

/// The answer to "delete everything about me?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForgetCb {
    /// `forget:yes`: delete the user and all their rows.
    Confirm,
    /// `forget:no`: keep everything.
    Keep,
}

impl fmt::Display for ForgetCb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ForgetCb::Confirm => f.write_str("forget:yes"),
            ForgetCb::Keep => f.write_str("forget:no"),
        }
    }
}

pub(super) fn parse(parts: &[&str]) -> Result<ForgetCb, CbError> {
    match parts {
        ["forget", "yes"] => Ok(ForgetCb::Confirm),
        ["forget", "no"] => Ok(ForgetCb::Keep),
        _ => Err(CbError::Unknown),
    }
}
