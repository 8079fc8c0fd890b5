//! The error for a setting that is missing or malformed; `main` exits with status 2 on it.
//! Its own module so that what checks a setting at start-up (config, storage) need not import
//! each other.

/// A setting that is missing or malformed: which variable, and what to do about it.
#[derive(Debug, thiserror::Error)]
#[error("{var}: {problem}")]
pub struct ConfigError {
    /// The environment variable at fault.
    pub var: &'static str,
    /// What is wrong and how to fix it, in one sentence.
    pub problem: String,
}

impl ConfigError {
    pub fn new(var: &'static str, problem: impl Into<String>) -> Self {
        ConfigError {
            var,
            problem: problem.into(),
        }
    }
}
