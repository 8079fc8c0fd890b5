//! Zones by the names people use: cities and countries in Chinese, Spanish and English
//! ("利马", "hora de Perú", "London", "北京时间"), how a zone is shown to a user ("Lima (UTC−5)"),
//! and the near misses behind "Did you mean London?". Converting times is not done here.
use chrono_tz::Tz;

use super::places::PLACES;
use crate::lang::Lang;

/// How many near misses a reply offers at most.
pub const MAX_SUGGESTIONS: usize = 3;

/// Typed text longer than this is not compared for near misses (no place name is this long).
const MAX_SUGGEST_CHARS: usize = 40;

/// Words around a place name that say "the time in" ("hora de Perú", "北京时间", "Lima time"),
/// folded; the longest of each kind is tried first.
const PREFIXES: &[&str] = &[
    "zona horaria de ",
    "zona horaria del ",
    "hora de ",
    "hora del ",
    "hora en ",
    "hora ",
    "time in ",
];
// `fold` turns 時 into 时 but leaves 間 and 區: "北京時間" arrives as "北京时間".
const SUFFIXES: &[&str] = &[" time zone", " time", "时间", "时間", "时区", "时區"];

/// `folded` without the words around a place name.
pub(super) fn bare(folded: &str) -> &str {
    let mut key = folded.trim();
    if let Some(rest) = PREFIXES.iter().find_map(|p| key.strip_prefix(p)) {
        key = rest.trim_start();
    }
    if let Some(rest) = SUFFIXES.iter().find_map(|s| key.strip_suffix(s)) {
        key = rest.trim_end();
    }
    key
}

/// The zone a folded place name names: a city or country of the table, or the last part of an
/// IANA name ("kolkata" for Asia/Kolkata).
pub(super) fn find_place(key: &str) -> Option<Tz> {
    if let Some(place) = PLACES.iter().find(|p| p.names.contains(&key)) {
        return Some(place.tz);
    }
    chrono_tz::TZ_VARIANTS
        .iter()
        .copied()
        .find(|tz| city_of(*tz).is_some_and(|city| city == key))
}

/// The folded last part of an IANA name, spaces for underscores ("buenos aires"); `None` for
/// names without a city ("UTC", "EST5EDT").
fn city_of(tz: Tz) -> Option<String> {
    let (_, city) = tz.name().rsplit_once('/')?;
    Some(city.replace('_', " ").to_lowercase())
}

/// Up to `MAX_SUGGESTIONS` zones whose names are a few typing mistakes away from `typed`
/// ("Lodnon", "Limma", "shangai"), closest first. Short or very long text gets none.
pub fn suggestions(typed: &str) -> Vec<Tz> {
    let folded = crate::text::fold::fold_input(typed);
    // "Europe/Lodnon": the place is the last part.
    let key = bare(&folded).rsplit('/').next().unwrap_or_default().trim();
    let len = key.chars().count();
    let max = match len {
        0..=3 => return Vec::new(),
        4..=5 => 1,
        6..=9 => 2,
        _ if len > MAX_SUGGEST_CHARS => return Vec::new(),
        _ => 3,
    };
    let table = PLACES
        .iter()
        .flat_map(|p| p.names.iter().map(move |name| (p.tz, (*name).to_owned())));
    let cities = chrono_tz::TZ_VARIANTS
        .iter()
        .filter_map(|tz| Some((*tz, city_of(*tz)?)));
    let mut near: Vec<(usize, usize, Tz)> = table
        .chain(cities)
        .enumerate()
        .filter_map(|(order, (tz, name))| {
            let distance = distance(key, &name, max)?;
            Some((distance, order, tz))
        })
        .collect();
    near.sort_by_key(|(distance, order, _)| (*distance, *order));
    let mut found: Vec<Tz> = Vec::new();
    for (_, _, tz) in near {
        if !found.contains(&tz) && found.len() < MAX_SUGGESTIONS {
            found.push(tz);
        }
    }
    found
}

/// Edits (insert, delete, replace, swap two neighbours) from `a` to `b`, when at most `max`.
fn distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Optimal string alignment: a Levenshtein table that also counts a swap as one edit.
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            d[i * width + j] = if i == 0 || j == 0 {
                i + j
            } else {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut best = (d[(i - 1) * width + j] + 1)
                    .min(d[i * width + j - 1] + 1)
                    .min(d[(i - 1) * width + j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(d[(i - 2) * width + j - 2] + 1);
                }
                best
            };
        }
    }
    let found = d[a.len() * width + b.len()];
    (found <= max).then_some(found)
}

/// The name of a zone's place in `lang`: from the table, else the IANA city ("Kolkata").
pub fn place_name(tz: Tz, lang: Lang) -> String {
    let index = match lang {
        Lang::Zh => 0,
        Lang::Es => 1,
        Lang::En => 2,
    };
    match PLACES.iter().find(|p| p.tz == tz) {
        Some(place) => place.shown[index].to_owned(),
        None => tz
            .name()
            .rsplit('/')
            .next()
            .unwrap_or(tz.name())
            .replace('_', " "),
    }
}

/// The zones offered as buttons, most useful to recarga's users first.
pub const COMMON: [Tz; 6] = [
    Tz::America__Lima,
    Tz::Asia__Shanghai,
    Tz::Europe__Madrid,
    Tz::America__New_York,
    Tz::Europe__London,
    Tz::America__Argentina__Buenos_Aires,
];
