//! What in an answer must be backed by a fact, and what must not be in an answer at all.
//!
//! Claims are the USSD codes, short numbers and phone numbers (`<code>…</code>`), prices
//! (`S/ 5`) and runs of five or more digits (`0800-79123`, `(01) 6117777`); each must appear in
//! the text of a fact the topic cites. Not claims: years, percentages, dates written YYYY-MM-DD
//! and the bot's own commands. Research notes ("(blog, 2026)") belong in the caveat.

use crate::faq::message::visible_text;

/// Source kinds that may not be named inside a parenthesis of an answer.
const SOURCE_WORDS: [&str; 5] = ["blog", "press", "forum", "prensa", "foro"];
const SOURCE_WORDS_CJK: [&str; 4] = ["博客", "论坛", "新闻", "媒体"];

/// Every claim of an answer (Telegram HTML), as written, in order of appearance.
pub(crate) fn claims(answer: &str) -> Vec<String> {
    let mut found = codes(answer);
    let visible = visible_text(answer);
    found.extend(prices(&visible));
    for run in digit_runs(&visible) {
        if !found.contains(&run) {
            found.push(run);
        }
    }
    found
}

/// The text of every `<code>` element, entities decoded, except the bot's own commands
/// (`/add …`): those are facts about the bot, not about the world.
fn codes(answer: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = answer;
    while let Some(start) = rest.find("<code>") {
        rest = &rest[start + "<code>".len()..];
        let end = rest.find("</code>").unwrap_or(rest.len());
        let code = visible_text(&rest[..end]);
        let code = code.trim();
        if !code.is_empty() && !code.starts_with('/') {
            found.push(code.to_owned());
        }
        rest = &rest[end..];
    }
    found
}

/// `S/` and the number after it ("S/ 5", "S/5", "S/ 1.50").
fn prices(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("S/") {
        let after = text[at + 2..].trim_start_matches(' ');
        let number: String = after
            .char_indices()
            .take_while(|&(i, c)| {
                c.is_ascii_digit()
                    || ((c == '.' || c == ',')
                        && i > 0
                        && after[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
            })
            .map(|(_, c)| c)
            .collect();
        if !number.is_empty() {
            found.push(format!("S/ {number}"));
        }
    }
    found
}

/// Runs of 5+ digits, digits joined by `-`, `.`, spaces or parentheses counting as one run
/// ("0800-79123", "(01) 6117777"). A sentence's end (". ") splits runs; runs made only of
/// years (19xx, 20xx) and percentages are not claims.
fn digit_runs(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_alphanumeric()) {
            i += 1;
            continue;
        }
        let start = if i > 0 && chars[i - 1] == '(' {
            i - 1
        } else {
            i
        };
        let mut groups: Vec<String> = Vec::new();
        let mut end = i;
        loop {
            let group: String = chars[end..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            end += group.len();
            groups.push(group);
            match joiner_len(&chars[end..]) {
                Some(len) => end += len,
                None => break,
            }
        }
        i = end;
        let digits: usize = groups.iter().map(String::len).sum();
        let percent = chars.get(end) == Some(&'%');
        if digits >= 5 && !percent && !groups.iter().all(|g| is_year(g)) && !is_date(&groups) {
            found.push(chars[start..end].iter().collect());
        }
    }
    found
}

fn is_year(group: &str) -> bool {
    group.len() == 4 && (group.starts_with("19") || group.starts_with("20"))
}

/// A date written YYYY-MM-DD (an example in an answer, not a number to dial).
fn is_date(groups: &[String]) -> bool {
    matches!(groups, [y, m, d] if is_year(y) && m.len() == 2 && d.len() == 2)
}

/// Length of the separator at the start of `rest` when a digit follows it: one or two of
/// ` -.()`, but not a sentence's end (". ").
fn joiner_len(rest: &[char]) -> Option<usize> {
    let is_joiner = |c: &char| " -.()".contains(*c);
    let len = rest.iter().take(2).take_while(|c| is_joiner(c)).count();
    let sep: String = rest[..len].iter().collect();
    let digit_follows = rest.get(len).is_some_and(char::is_ascii_digit);
    (len > 0 && digit_follows && sep != ". ").then_some(len)
}

/// Characters left out of a comparison: "0800-79123" is "0800 79123".
const IGNORED: &str = " -().\u{a0}";

/// A claim as compared: lowercase, without spaces, `-`, `(`, `)` and `.`.
pub(crate) fn squeeze(text: &str) -> String {
    squeeze_keeping_places(text)
        .into_iter()
        .map(|(c, _)| c)
        .collect()
}

/// `squeeze`, each kept character with its index in `text`'s characters.
fn squeeze_keeping_places(text: &str) -> Vec<(char, usize)> {
    text.chars()
        .enumerate()
        .filter(|(_, c)| !IGNORED.contains(*c))
        .flat_map(|(i, c)| c.to_lowercase().map(move |l| (l, i)))
        .collect()
}

/// Whether `claim` appears in `text` (both squeezed), not as part of a longer number: the
/// characters right beside the match in `text` as written are not digits ("S/ 5" is not in
/// "S/50", but is in "S/5 (2015)").
pub(crate) fn appears_in(claim: &str, text: &str) -> bool {
    let claim: Vec<char> = squeeze(claim).chars().collect();
    if claim.is_empty() {
        return true;
    }
    let kept = squeeze_keeping_places(text);
    let written: Vec<char> = text.chars().collect();
    let digit_at = |i: Option<usize>| {
        i.and_then(|i| written.get(i))
            .is_some_and(char::is_ascii_digit)
    };
    let starts_digit = claim[0].is_ascii_digit();
    let ends_digit = claim[claim.len() - 1].is_ascii_digit();
    kept.windows(claim.len()).any(|window| {
        let same = window.iter().map(|(c, _)| c).eq(claim.iter());
        let first = window[0].1;
        let last = window[window.len() - 1].1;
        same && !(starts_digit && digit_at(first.checked_sub(1)))
            && !(ends_digit && digit_at(last.checked_add(1)))
    })
}

/// The first parenthesis of an answer that names a source kind ("(blog, 2026)"), if any.
pub(crate) fn research_note(answer: &str) -> Option<String> {
    let text = visible_text(answer);
    let mut rest = text.as_str();
    while let Some(open) = rest.find(['(', '（']) {
        let inner_start = open + rest[open..].chars().next().map_or(1, char::len_utf8);
        let close = rest[inner_start..]
            .find([')', '）'])
            .map(|c| inner_start + c);
        let inner_end = close.unwrap_or(rest.len());
        let inner = rest[inner_start..inner_end].to_lowercase();
        let words = inner.split(|c: char| !c.is_alphanumeric());
        let latin = words
            .into_iter()
            .any(|w| SOURCE_WORDS.iter().any(|s| w.starts_with(s)));
        if latin || SOURCE_WORDS_CJK.iter().any(|s| inner.contains(s)) {
            let end = close.map_or(rest.len(), |c| {
                c + rest[c..].chars().next().map_or(1, char::len_utf8)
            });
            return Some(rest[open..end].to_owned());
        }
        rest = &rest[inner_start..];
    }
    None
}

#[cfg(test)]
mod tests;
