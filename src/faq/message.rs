//! The answer message from its parts, as the user reads it: the answer, its caveat line ("⚠️ …"),
//! at most `SHOWN_SOURCES` source links (the most authoritative first: regulator, operator, press,
//! others; named by their site) and the date its facts were checked in the reader's date format.
//! Also what the reader sees of Telegram HTML (its text and length) and a plain-text form for
//! `recarga ask`. It knows no topic, so the knowledge base's checks can measure this very text.
use chrono::{Locale, NaiveDate};

use crate::i18n::t_args;
use crate::lang::Lang;
use crate::text::escape_html;

/// Telegram's limit on one message, in characters.
pub const TELEGRAM_MAX_CHARS: usize = 4096;

/// How many sources an answer shows; the rest are behind a "more sources" button, so that an
/// answer on a phone is the answer, not a page of links.
pub const SHOWN_SOURCES: usize = 3;

/// The answer message from its parts: the answer, its caveat line, at most `SHOWN_SOURCES`
/// source links, and the date its facts were checked (none when `checked` is empty). `recarga
/// check` measures this very text, so the length rule is about what users get.
pub(crate) fn message_html(
    answer: &str,
    caveat: &str,
    sources: &[String],
    checked: &str,
    lang: Lang,
) -> String {
    let mut out = answer.trim().to_owned();
    if !caveat.trim().is_empty() {
        out.push_str("\n\n⚠️ ");
        out.push_str(&escape_html(caveat.trim()));
    }
    let links: Vec<String> = ranked_sources(sources)
        .into_iter()
        .take(SHOWN_SOURCES)
        .map(source_link)
        .collect();
    if !links.is_empty() {
        out.push_str("\n\n<i>");
        out.push_str(&t_args(
            lang,
            "faq-sources",
            &[("links", links.join(" · ").into())],
        ));
        out.push_str("</i>");
    }
    if !checked.is_empty() {
        out.push_str("\n<i>");
        out.push_str(&t_args(
            lang,
            "faq-checked",
            &[("date", local_date(checked, lang).into())],
        ));
        out.push_str("</i>");
    }
    out
}

/// Telegram HTML as the reader sees it: tags dropped, entities decoded.
pub fn visible_text(html_text: &str) -> String {
    let mut out = String::new();
    let mut rest = html_text;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    decode_entities(&out)
}

/// How many characters the reader sees of a Telegram HTML message.
pub fn visible_chars(html_text: &str) -> usize {
    visible_text(html_text).chars().count()
}

fn decode_entities(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// How much a source is worth to a reader: the regulator and the state first, then the
/// operators' own pages and app listings, then the press, then blogs and forums.
fn authority(url: &str) -> u8 {
    let host = host(url).unwrap_or_default();
    let under = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
    // An operator's community forum is users talking, not the operator.
    if host.starts_with("comunidad.") {
        return 3;
    }
    if under("gob.pe") {
        return 0;
    }
    let official = [
        "claro.com.pe",
        "movistar.com.pe",
        "entel.pe",
        "bitel.com.pe",
        "play.google.com",
        "apps.apple.com",
    ];
    if official.iter().any(|d| under(d)) {
        return 1;
    }
    let press = [
        "larepublica.pe",
        "infobae.com",
        "elcomercio.pe",
        "gestion.pe",
        "rpp.pe",
        "andina.pe",
        "peru21.pe",
        "trome.pe",
        "canaln.pe",
        "exitosanoticias.pe",
    ];
    if press.iter().any(|d| under(d)) {
        return 2;
    }
    3
}

/// `sources` ordered by `authority`, keeping the file's order within a rank.
pub(crate) fn ranked_sources(sources: &[String]) -> Vec<&str> {
    let mut ranked: Vec<&str> = sources.iter().map(String::as_str).collect();
    ranked.sort_by_key(|url| authority(url));
    ranked
}

fn host(url: &str) -> Option<String> {
    url::Url::parse(url)
        .ok()?
        .host_str()
        .map(|h| h.trim_start_matches("www.").to_ascii_lowercase())
}

/// `2026-02-24` as the reader writes dates: "2026年2月24日", "24 feb 2026", "24 Feb 2026"; a
/// value that is not a date is shown as it is.
pub fn local_date(iso: &str, lang: Lang) -> String {
    let Ok(date) = NaiveDate::parse_from_str(iso.trim(), "%Y-%m-%d") else {
        return iso.to_owned();
    };
    let (pattern, locale) = match lang {
        Lang::Zh => ("%Y年%-m月%-d日", Locale::zh_CN),
        Lang::Es => ("%-d %b %Y", Locale::es_PE),
        Lang::En => ("%-d %b %Y", Locale::en_US),
    };
    date.format_localized(pattern, locale).to_string()
}

/// `<a href="…">site</a>`, named by the host without `www.`.
pub(crate) fn source_link(url: &str) -> String {
    let name = host(url).unwrap_or_else(|| url.to_owned());
    format!(
        "<a href=\"{}\">{}</a>",
        escape_html(url),
        escape_html(&name)
    )
}

/// Telegram HTML as plain text: tags dropped, entities decoded, links as "name (url)".
pub fn to_plain(html_text: &str) -> String {
    let mut out = String::new();
    let mut href: Option<&str> = None;
    let mut rest = html_text;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start + 1..start + end];
        if let Some(url) = tag
            .strip_prefix("a href=\"")
            .and_then(|t| t.strip_suffix('"'))
        {
            href = Some(url);
        } else if tag == "/a" {
            if let Some(url) = href.take() {
                out.push_str(&format!(" ({url})"));
            }
        }
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    decode_entities(&out)
}

#[cfg(test)]
mod tests;
