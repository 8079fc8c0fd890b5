//! The reminder settings a command or a `set:` button changes, and the preset values such a
//! button may carry.
use super::field::CbError;

/// Which reminder setting a command changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    /// `/leads`.
    Leads,
    /// `/remindat`.
    RemindAt,
    /// `/tz`.
    Zone,
}

/// The `/leads`, `/remindat` and `/tz` choices offered as buttons; the only values a `set:`
/// button may carry, except that `set:tz:` also takes any IANA name exactly as spelled (near
/// misses of a typed zone are offered as buttons).
pub fn presets(which: Setting) -> &'static [&'static str] {
    match which {
        Setting::Leads => &["3d,1d,0", "7d,3d,1d", "1d,0", "2h,30m"],
        Setting::RemindAt => &["08:00", "09:00", "12:00", "20:00"],
        Setting::Zone => &[
            "America/Lima",
            "Asia/Shanghai",
            "Europe/Madrid",
            "America/New_York",
        ],
    }
}

/// Reads what follows `set:`: `<leads|at|tz>:<value>`.
pub(super) fn parse_preset(rest: &str) -> Result<(Setting, &'static str), CbError> {
    let (key, value) = rest.split_once(':').ok_or(CbError::Unknown)?;
    let which = match key {
        "leads" => Setting::Leads,
        "at" => Setting::RemindAt,
        "tz" => Setting::Zone,
        _ => return Err(CbError::Unknown),
    };
    let preset = presets(which).iter().find(|preset| **preset == value);
    // Parsed exactly (case and all), so what is accepted is what `Display` writes.
    let zone = || match which {
        Setting::Zone => value.parse::<chrono_tz::Tz>().ok().map(|tz| tz.name()),
        _ => None,
    };
    preset
        .copied()
        .or_else(zone)
        .map(|value| (which, value))
        .ok_or(CbError::Field("preset"))
}

/// The setting's name in `set:` data.
pub(super) fn setting_key(which: Setting) -> &'static str {
    match which {
        Setting::Leads => "leads",
        Setting::RemindAt => "at",
        Setting::Zone => "tz",
    }
}
