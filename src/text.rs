//! Text shared by every domain: what Telegram's HTML parse mode needs escaped (domain code
//! builds its messages with this, so it needs no Telegram crate to say a label safely), and
//! folding text to one spelling for comparison (`fold`).

pub mod fold;
#[cfg(test)]
pub mod hostile;

#[cfg(test)]
mod tests;

/// Escapes the three characters Telegram's HTML parse mode reads as markup (`&`, `<`, `>`), as
/// `teloxide::utils::html::escape` does (quotes stay, as there).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}
