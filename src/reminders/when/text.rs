//! Folded input and a small backtracking cursor shared by the date, time and lead parsers.
//! The text is folded by `crate::text::fold::fold_input` (lowercase, no Latin accents, full-width
//! forms `１２／３１` and Traditional Chinese as the grammars expect) while remembering where each
//! folded character came from, so a parser can hand back the untouched rest of the input.

use super::words::{zh_digit, zh_value};
use crate::text::fold::fold_input_char;

/// Input text after folding, with a map back to byte offsets in the original.
pub(crate) struct Folded<'a> {
    original: &'a str,
    chars: Vec<char>,
    // origin[i] is the byte offset in `original` of the character that produced chars[i]; one
    // extra entry holds original.len() so "the rest from the end" is the empty string.
    origin: Vec<usize>,
}

impl<'a> Folded<'a> {
    /// Folds `original` character by character.
    pub(crate) fn new(original: &'a str) -> Self {
        let mut chars = Vec::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        for (at, c) in original.char_indices() {
            fold_input_char(c, &mut |f| {
                chars.push(f);
                origin.push(at);
            });
        }
        origin.push(original.len());
        Folded {
            original,
            chars,
            origin,
        }
    }

    /// A cursor at the start of the folded text.
    pub(crate) fn cursor(&self) -> Cursor<'_> {
        Cursor {
            chars: &self.chars,
            pos: 0,
        }
    }

    /// The original text from folded position `pos` on, without leading separators or trailing
    /// spaces: what the user wrote after the date (a plan label such as `claro chip`).
    pub(crate) fn rest_from(&self, pos: usize) -> &'a str {
        let at = self.origin_at(pos);
        self.original[at..]
            .trim_start_matches(|c: char| c.is_whitespace() || is_separator(c))
            .trim_end()
    }

    /// The original text between two folded positions, for error messages.
    pub(crate) fn original_between(&self, start: usize, end: usize) -> &'a str {
        let (from, to) = (self.origin_at(start), self.origin_at(end));
        self.original.get(from..to.max(from)).unwrap_or("").trim()
    }

    fn origin_at(&self, pos: usize) -> usize {
        let last = self.origin.len() - 1;
        self.origin[pos.min(last)]
    }
}

fn is_separator(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | '-' | '|' | ':' | '，' | '；' | '、' | '：' | '–' | '—'
    )
}

/// A position in folded text; `Copy`, so a parser backtracks by restoring a saved copy.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cursor<'a> {
    chars: &'a [char],
    /// Index of the next unread folded character.
    pub(crate) pos: usize,
}

impl Cursor<'_> {
    /// The next character, if any.
    pub(crate) fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.pos + ahead).copied()
    }

    /// True when every character has been read.
    pub(crate) fn at_end(&self) -> bool {
        self.pos >= self.chars.len()
    }

    /// Skips spaces; true if there were any.
    pub(crate) fn skip_ws(&mut self) -> bool {
        let start = self.pos;
        while self.peek() == Some(' ') {
            self.pos += 1;
        }
        self.pos > start
    }

    /// Consumes `lit` if the text continues with it.
    pub(crate) fn eat(&mut self, lit: &str) -> bool {
        let mut at = self.pos;
        for want in lit.chars() {
            if self.chars.get(at) != Some(&want) {
                return false;
            }
            at += 1;
        }
        self.pos = at;
        true
    }

    /// Consumes `lit` if it is there as a whole word: a literal ending in a Latin letter must not
    /// run on into another letter (`d` must not match the start of `dic`).
    pub(crate) fn eat_word(&mut self, lit: &str) -> bool {
        let save = self.pos;
        if !self.eat(lit) {
            return false;
        }
        let needs_end = lit.chars().last().is_some_and(|c| c.is_ascii_alphabetic());
        if needs_end && self.peek().is_some_and(is_latin_letter) {
            self.pos = save;
            return false;
        }
        true
    }

    /// Consumes the longest word of `table` found here (as a whole word); returns its value.
    pub(crate) fn eat_longest<T: Copy>(&mut self, table: &[(&str, T)]) -> Option<T> {
        let mut best: Option<(T, usize)> = None;
        for &(word, value) in table {
            let mut trial = *self;
            if trial.eat_word(word) && best.is_none_or(|(_, end)| trial.pos > end) {
                best = Some((value, trial.pos));
            }
        }
        let (value, end) = best?;
        self.pos = end;
        Some(value)
    }

    /// Consumes `want` if it is the next character.
    pub(crate) fn eat_char(&mut self, want: char) -> bool {
        let found = self.peek() == Some(want);
        if found {
            self.pos += 1;
        }
        found
    }

    /// Reads a run of ASCII digits: (value, saturating at u64::MAX; number of digits).
    pub(crate) fn digits(&mut self) -> Option<(u64, usize)> {
        let start = self.pos;
        let mut value: u64 = 0;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            value = value.saturating_mul(10).saturating_add(u64::from(d));
            self.pos += 1;
        }
        let len = self.pos - start;
        (len > 0).then_some((value, len))
    }

    /// Reads 1 to `max` ASCII digits, failing (without moving) on a longer run.
    pub(crate) fn short_number(&mut self, max: usize) -> Option<u32> {
        let save = self.pos;
        match self.digits() {
            Some((value, len)) if len <= max => u32::try_from(value).ok(),
            _ => {
                self.pos = save;
                None
            }
        }
    }

    /// Reads ASCII digits or a Chinese numeral (`三十一`, `两`, `二〇二六`).
    pub(crate) fn number(&mut self) -> Option<u64> {
        self.digits().map(|(v, _)| v).or_else(|| self.zh_number())
    }

    /// Reads a Chinese numeral only.
    pub(crate) fn zh_number(&mut self) -> Option<u64> {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|c| zh_digit(c).is_some() || c == '十' || c == '百')
        {
            self.pos += 1;
        }
        let run = &self.chars[start..self.pos];
        if run.is_empty() {
            return None;
        }
        Some(zh_value(run))
    }

    /// True where a date or time may end: at the end, right after a CJK character (`12月31日18点`
    /// needs no space), or before anything that is not an ASCII letter or digit and does not
    /// start another number group (`31/12` is not done at `/`).
    pub(crate) fn at_boundary(&self) -> bool {
        let after_cjk = self.pos > 0
            && self
                .chars
                .get(self.pos - 1)
                .is_some_and(|&c| (c as u32) >= 0x2e80);
        if after_cjk {
            return true;
        }
        match self.peek() {
            None => true,
            Some(c) if c.is_ascii_alphanumeric() => false,
            Some('/' | '-' | '.' | ':') => !self.peek_at(1).is_some_and(|c| c.is_ascii_digit()),
            Some(_) => true,
        }
    }
}

/// Runs `parse` on a copy of the cursor and keeps its progress only if it succeeds.
pub(crate) fn attempt<'a, T>(
    cur: &mut Cursor<'a>,
    parse: impl FnOnce(&mut Cursor<'a>) -> Option<T>,
) -> Option<T> {
    let mut trial = *cur;
    let found = parse(&mut trial)?;
    *cur = trial;
    Some(found)
}

fn is_latin_letter(c: char) -> bool {
    // CJK text follows Latin words without a space ("30d移动" is rare but harmless), so only
    // letters of alphabetic scripts count as running on.
    c.is_alphabetic() && (c as u32) < 0x2e80
}
