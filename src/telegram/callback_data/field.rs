//! The fields button data is made of, read strictly: numbers in canonical form, 0/1 flags,
//! language and operator codes; and why data was refused (`CbError`).
use crate::lang::Lang;
use crate::reminders::Operator;

/// Telegram's limit on callback data, in bytes.
pub const MAX_DATA_BYTES: usize = 64;

/// Why button data was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CbError {
    /// Longer than Telegram allows: no button of ours.
    #[error("longer than {MAX_DATA_BYTES} bytes")]
    TooLong,
    /// No button of ours has this shape.
    #[error("unknown button")]
    Unknown,
    /// A field is out of its range; names the field.
    #[error("bad {0}")]
    Field(&'static str),
}

/// A number in canonical form only (ASCII digits, no sign, no leading zero), so that every
/// accepted string is exactly what `Display` writes.
pub fn number(text: &str) -> Option<i64> {
    let canonical = !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    canonical.then(|| text.parse().ok()).flatten()
}

/// `1` or `0`; `field` names it when it is neither.
pub fn flag(text: &str, field: &'static str) -> Result<bool, CbError> {
    match text {
        "1" => Ok(true),
        "0" => Ok(false),
        _ => Err(CbError::Field(field)),
    }
}

/// A language by its code.
pub fn lang(code: &str) -> Result<Lang, CbError> {
    Lang::ALL
        .into_iter()
        .find(|lang| lang.code() == code)
        .ok_or(CbError::Field("lang"))
}

/// An operator by its code.
pub fn operator(code: &str) -> Result<Operator, CbError> {
    Operator::ALL
        .into_iter()
        .find(|op| op.code() == code)
        .ok_or(CbError::Field("operator"))
}
