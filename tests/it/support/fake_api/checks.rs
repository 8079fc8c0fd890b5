//! Telegram's refusals of what the bot sends: empty or over-long texts (counted as Telegram
//! counts, after parsing HTML), malformed HTML, over-long button data.
use serde_json::Value;

use super::bad_request;

/// An HTTP status and Telegram's JSON answer.
pub(super) type Answer = (u16, Value);

const MAX_TEXT: usize = 4096;
const MAX_BUTTON_DATA: usize = 64;

pub(super) fn refuse(description: &str) -> Answer {
    (400, bad_request(description))
}

/// Telegram's checks on a message text: not empty, at most 4,096 characters once parsed,
/// well-formed HTML when `parse_mode` is HTML.
pub(super) fn check_text(body: &Value, too_long: &str) -> Result<(), Answer> {
    let text = body["text"].as_str().unwrap_or_default();
    if text.trim().is_empty() {
        return Err(refuse("Bad Request: message text is empty"));
    }
    if is_html(body) {
        check_html(text)?;
    }
    if visible_len(text, body) > MAX_TEXT {
        return Err(refuse(too_long));
    }
    Ok(())
}

fn is_html(body: &Value) -> bool {
    body["parse_mode"]
        .as_str()
        .is_some_and(|m| m.eq_ignore_ascii_case("html"))
}

/// Every inline button's `callback_data` is 1 to 64 bytes.
pub(super) fn check_markup(body: &Value) -> Result<(), Answer> {
    let markup = match &body["reply_markup"] {
        // Multipart bodies carry the markup as a JSON string.
        Value::String(raw) => serde_json::from_str(raw).unwrap_or(Value::Null),
        other => other.clone(),
    };
    let bad = keyboard(&markup).iter().any(|b| {
        b["callback_data"]
            .as_str()
            .is_some_and(|d| d.is_empty() || d.len() > MAX_BUTTON_DATA)
    });
    if bad {
        return Err(refuse("Bad Request: BUTTON_DATA_INVALID"));
    }
    Ok(())
}

pub(super) fn keyboard(markup: &Value) -> Vec<Value> {
    markup["inline_keyboard"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_array)
        .flatten()
        .cloned()
        .collect()
}

/// The length Telegram counts: UTF-16 code units of the text once HTML tags and entities are
/// parsed (a tag counts nothing, `&lt;` one).
pub(super) fn visible_len(text: &str, body: &Value) -> usize {
    if !is_html(body) {
        return text.encode_utf16().count();
    }
    let mut count = 0;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let skip = match c {
            '<' => rest.find('>').map_or(1, |end| end + 1),
            '&' => rest
                .find(';')
                .filter(|end| *end <= 10)
                .map_or(1, |end| end + 1),
            _ => c.len_utf8(),
        };
        if c != '<' || skip == 1 {
            count += if c == '&' { 1 } else { c.len_utf16() };
        }
        rest = &rest[skip..];
    }
    count
}

/// The tags Telegram's HTML parse mode knows.
const TAGS: [&str; 15] = [
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "span",
    "blockquote",
];

/// Telegram refuses HTML with unknown tags or tags that do not close in order.
fn check_html(text: &str) -> Result<(), Answer> {
    let mut open: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        let offset = text.len() - rest.len() + start;
        let after = &rest[start + 1..];
        let Some(end) = after.find('>') else {
            return Err(refuse(&format!(
                "Bad Request: can't parse entities: Unclosed start tag at byte offset {offset}"
            )));
        };
        let tag = &after[..end];
        let closing = tag.starts_with('/');
        let name = tag_name(tag);
        if !TAGS.contains(&name.as_str()) {
            return Err(refuse(&format!(
                "Bad Request: can't parse entities: Unsupported start tag \"{name}\" at byte offset {offset}"
            )));
        }
        if closing && open.pop().as_deref() != Some(name.as_str()) {
            return Err(refuse(&format!(
                "Bad Request: can't parse entities: Unmatched end tag at byte offset {offset}, expected \"</{name}>\""
            )));
        }
        if !closing {
            open.push(name);
        }
        rest = &after[end + 1..];
    }
    match open.last() {
        Some(name) => Err(refuse(&format!(
            "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{name}\""
        ))),
        None => Ok(()),
    }
}

/// A tag's name, lower case, without its `/` or its attributes.
fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('/')
        .split(|c: char| c.is_whitespace())
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}
