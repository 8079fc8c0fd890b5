//! Test-only inputs for the property tests of every parser that reads what a user types or what a
//! button carries: arbitrary Unicode with the characters that break naive parsers (controls,
//! bidi marks and right-to-left letters, emoji and joiners, combining marks, digits of other
//! scripts, separators), and text up to Telegram's longest message, 4,096 characters.
//!
//! A parser that is fed [`long_text`] must finish on every case: a super-linear one (a regex that
//! backtracks, a loop over tokens inside a loop over tokens) makes the run visibly slow, so the
//! property is checked by running it on a modest number of cases, not by timing it.

use proptest::prelude::*;

/// Telegram's longest message, in characters.
pub const MAX_MESSAGE_CHARS: usize = 4096;

/// Characters that trip parsers: controls (C0, DEL, C1), bidi overrides, isolates and marks,
/// right-to-left letters, emoji with joiners and modifiers, combining marks, digits and
/// separators of other scripts, whitespace Rust and Telegram read differently.
#[rustfmt::skip]
const TRICKY: &[char] = &[
    '\0', '\u{1}', '\t', '\n', '\r', '\u{b}', '\u{c}', '\u{1b}', '\u{7f}', '\u{85}', '\u{9f}',
    '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
    '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}', 'א', 'ש', 'ع', 'ر', 'ب', '\u{200B}',
    '\u{200C}', '\u{200D}', '\u{FEFF}', '🙂', '👍', '🏽', '👨', '\u{FE0F}', '🇵', '🇪', '\u{301}',
    '\u{300}', '\u{303}', '\u{308}', '\u{20DD}', '\u{36F}', '\u{1AB0}', '\u{E0100}', '٣', '٠',
    '۹', '१', '１', '９', '〇', '十', '百', '万', '两', 'Ⅻ', '½', '²', '/', '／', ':', '：', '-',
    '−', '.', '。', ',', '，', '、', ';', '|', '@', '+', '#', '*', ' ', '\u{A0}', '\u{3000}',
    '\u{2028}', '\u{2029}', 'ñ', 'Ñ', 'ß', 'İ', 'ı', 'ǅ', 'ﬃ', '後', '點', '日', '月', '年', '号',
    '\u{FDFA}', '\u{D7FF}', '\u{E000}', '\u{FFFD}', '\u{FFFF}', '\u{10FFFF}',
];

/// One character: mostly a tricky one, else an ASCII one, else any scalar value at all.
fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(TRICKY),
        3 => prop::char::range(' ', '~'),
        2 => any::<char>(),
        1 => prop::char::range('0', '9'),
    ]
}

/// Any text of at most `max` characters, built from [`any_char`].
pub fn text_up_to(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any_char(), 0..=max).prop_map(|chars| chars.into_iter().collect())
}

/// Typed text: mostly short, sometimes as long as a message can be.
pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => text_up_to(80),
        1 => text_up_to(MAX_MESSAGE_CHARS),
    ]
}

/// A message of exactly 4,096 characters that repeats a short run of `pieces` (or of tricky
/// characters): the inputs that make a backtracking or quadratic parser slow.
pub fn long_text(pieces: &'static [&'static str]) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(pieces).prop_map(str::to_owned),
        1 => any_char().prop_map(String::from),
    ];
    prop::collection::vec(piece, 1..5).prop_map(|run| fill(&run.concat()))
}

/// `unit` repeated, cut to exactly [`MAX_MESSAGE_CHARS`] characters (a space when `unit` is
/// empty).
pub fn fill(unit: &str) -> String {
    let unit = if unit.is_empty() { " " } else { unit };
    unit.chars().cycle().take(MAX_MESSAGE_CHARS).collect()
}

/// The fixed worst cases every parser is run on: one digit, one separator, one accented or
/// decomposed letter, digits and spaces, repeated to the longest message; and U+FDFA, the
/// character NFKC turns into the most (18), so 4,096 of them are 73,728 after normalising.
pub fn worst_cases() -> Vec<String> {
    let digits_and_spaces: String = (0..MAX_MESSAGE_CHARS)
        .map(|i| match i % 3 {
            0 => ' ',
            _ => char::from(b'0' + (i % 10) as u8),
        })
        .collect();
    let mut cases = vec![digits_and_spaces, "ñ".repeat(MAX_MESSAGE_CHARS / 2)];
    for unit in WORST_UNITS {
        cases.push(fill(unit));
    }
    cases
}

/// What [`worst_cases`] repeats.
#[rustfmt::skip]
const WORST_UNITS: &[&str] = &[
    "1", "/", ":", "-", ".", " ", ",", ", ", "1 ", "1/", "1:", "+1d ", "e\u{301}", "十", "三十一日",
    "下午", "🙂", "\u{202E}א", "a", "de ", "31/12 ", "a las ", "\u{FDFA}",
];

/// Pieces of the grammars every parser reads (dates, times, lengths, leads, zones, button data),
/// so that [`long_text`] repeats what a parser goes deep into rather than what it refuses at once.
#[rustfmt::skip]
pub const GRAMMAR: &[&str] = &[
    "1", "31", "12", "2026", "0", "99", "/", "-", ".", ":", " ", ",", ";", "+", "d", "h", "m", "w",
    "de", "del", "diciembre", "dec", "días", "semanas", "mes", "天", "日", "号", "月", "年", "十",
    "下午", "点", "半", "pm", "a las", "at", "mañana", "hoy", "明天", "utc", "gmt", "america/",
    "lima", "hora de", "remind me", "提醒", "recuérdame", "claro", "fb:", "faq:a:", "plan:", "@",
    "|", "\u{301}", "🙂",
];
