//! Why a 👎 answer fell short: the reasons offered after a 👎, with their names (stored) and
//! their codes (in `fbr:` data).

/// Why a 👎 answer fell short.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// It answered another question.
    WrongTopic,
    /// Its facts are out of date.
    Outdated,
    /// It was hard to follow.
    Unclear,
}

impl Reason {
    /// Every reason, in the order the buttons show them.
    pub const ALL: [Reason; 3] = [Reason::WrongTopic, Reason::Outdated, Reason::Unclear];

    /// The name stored in the database and shown to editors.
    pub fn name(self) -> &'static str {
        match self {
            Reason::WrongTopic => "wrong-topic",
            Reason::Outdated => "outdated",
            Reason::Unclear => "unclear",
        }
    }

    pub(super) fn code(self) -> &'static str {
        match self {
            Reason::WrongTopic => "w",
            Reason::Outdated => "o",
            Reason::Unclear => "u",
        }
    }
}
