//! Validation of the Telegram HTML subset allowed in answers: `<b>`, `<i>`, `<u>`, `<code>` and
//! `<a href="…">`, balanced and properly nested, with every other `&`, `<` and `>` escaped.
//!
//! Telegram rejects a whole message when its HTML is broken, so a bad answer must fail loading.

/// Tags an answer may use.
const ALLOWED_TAGS: [&str; 5] = ["b", "i", "u", "code", "a"];

/// Checks an answer's HTML; the error names the first fault and its line within the answer.
pub(crate) fn validate(text: &str) -> Result<(), String> {
    let mut open: Vec<(&str, usize)> = Vec::new();
    let mut pos = 0;
    while let Some(offset) = text[pos..].find(['<', '>', '&']) {
        let at = pos + offset;
        let rest = &text[at..];
        let line = line_at(text, at);
        pos = at + 1;
        if rest.starts_with('>') {
            return Err(format!("line {line}: bare `>` (write &gt;)"));
        }
        if rest.starts_with('&') {
            check_entity(rest).map_err(|e| format!("line {line}: {e}"))?;
            continue;
        }
        let looks_like_tag = rest[1..].starts_with(|c: char| c == '/' || c.is_ascii_alphabetic());
        let end = rest.find('>').filter(|&e| !rest[1..e].contains('<'));
        let Some(end) = end.filter(|_| looks_like_tag) else {
            return Err(format!("line {line}: bare `<` (write &lt;)"));
        };
        let inside = &rest[1..end];
        pos = at + end + 1;
        if let Some(name) = inside.strip_prefix('/') {
            close_tag(&mut open, name, line)?;
        } else {
            let name = check_open_tag(inside).map_err(|e| format!("line {line}: {e}"))?;
            open.push((name, line));
        }
    }
    match open.pop() {
        Some((tag, opened)) => Err(format!("<{tag}> opened on line {opened} is never closed")),
        None => Ok(()),
    }
}

/// Pops the innermost open tag, which must be `name`.
fn close_tag(open: &mut Vec<(&str, usize)>, name: &str, line: usize) -> Result<(), String> {
    match open.pop() {
        Some((tag, _)) if tag == name => Ok(()),
        Some((tag, opened)) => Err(format!(
            "line {line}: </{name}> closes <{tag}> opened on line {opened}"
        )),
        None => Err(format!("line {line}: </{name}> was never opened")),
    }
}

/// Checks the inside of an opening tag and returns its name.
fn check_open_tag(inside: &str) -> Result<&str, String> {
    let (name, attrs) = inside
        .split_once(char::is_whitespace)
        .unwrap_or((inside, ""));
    if !ALLOWED_TAGS.contains(&name) {
        return Err(format!(
            "tag <{inside}> is not allowed (only b, i, u, code, a href)"
        ));
    }
    let attrs = attrs.trim();
    if name != "a" {
        return match attrs.is_empty() {
            true => Ok(name),
            false => Err(format!("<{name}> takes no attributes")),
        };
    }
    let href = attrs
        .strip_prefix("href=\"")
        .and_then(|v| v.strip_suffix('"'))
        .filter(|v| !v.contains('"'))
        .ok_or_else(|| format!("<a> needs exactly href=\"…\", found `{attrs}`"))?;
    if !href.starts_with("https://") && !href.starts_with("http://") {
        return Err(format!("link `{href}` must start with https://"));
    }
    let mut rest = href;
    while let Some(at) = rest.find('&') {
        check_entity(&rest[at..]).map_err(|e| format!("in href: {e}"))?;
        rest = &rest[at + 1..];
    }
    Ok(name)
}

/// Accepts the entities Telegram understands: &amp; &lt; &gt; &quot; and numeric ones.
fn check_entity(rest: &str) -> Result<(), String> {
    let body = rest[1..].split(';').next().unwrap_or_default();
    let terminated = rest[1..].len() > body.len();
    let numeric = body
        .strip_prefix("#x")
        .or_else(|| body.strip_prefix("#X"))
        .map(|hex| !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()))
        .or_else(|| {
            body.strip_prefix('#')
                .map(|dec| !dec.is_empty() && dec.chars().all(|c| c.is_ascii_digit()))
        })
        .unwrap_or(false);
    let named = matches!(body, "amp" | "lt" | "gt" | "quot");
    if terminated && (numeric || named) {
        Ok(())
    } else {
        Err("bare `&` (write &amp;)".to_owned())
    }
}

fn line_at(text: &str, at: usize) -> usize {
    text[..at].matches('\n').count() + 1
}

#[cfg(test)]
mod tests;
