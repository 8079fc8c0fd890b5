//! An answer as the user reads it: the topic's HTML answer, then the sources it rests on (as
//! links named by their site) and the date its facts were checked. Also a plain-text form of
//! the same for `recarga ask`.
use teloxide::utils::html;

use super::{KnowledgeBase, Topic};
use crate::i18n::t_args;
use crate::lang::Lang;

/// Telegram's limit on one message, in characters.
pub const TELEGRAM_MAX_CHARS: usize = 4096;

/// The answer message for `topic` in `lang`.
pub fn answer_html(topic: &Topic, lang: Lang) -> String {
    let text = topic.text(lang);
    let mut out = text.answer.trim().to_owned();
    let links: Vec<String> = text.sources.iter().map(|url| source_link(url)).collect();
    if !links.is_empty() {
        out.push_str("\n\n<i>");
        out.push_str(&t_args(
            lang,
            "faq-sources",
            &[("links", links.join(" · ").into())],
        ));
        out.push_str("</i>");
    }
    if !text.checked.is_empty() {
        out.push_str("\n<i>");
        out.push_str(&t_args(
            lang,
            "faq-checked",
            &[("date", text.checked.clone().into())],
        ));
        out.push_str("</i>");
    }
    out
}

/// `<a href="…">site</a>`, named by the host without `www.`.
fn source_link(url: &str) -> String {
    let name = url::Url::parse(url)
        .ok()
        .and_then(|u| {
            u.host_str()
                .map(|h| h.trim_start_matches("www.").to_owned())
        })
        .unwrap_or_else(|| url.to_owned());
    format!(
        "<a href=\"{}\">{}</a>",
        html::escape(url),
        html::escape(&name)
    )
}

/// The longest rendered answer of the knowledge base, in characters (checked against
/// Telegram's limit by `recarga check` and the tests).
pub fn longest_answer(kb: &KnowledgeBase) -> (String, Lang, usize) {
    let mut longest = (String::new(), Lang::En, 0);
    for topic in kb.topics() {
        for lang in Lang::ALL {
            let len = answer_html(topic, lang).chars().count();
            if len > longest.2 {
                longest = (topic.id.clone(), lang, len);
            }
        }
    }
    longest
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
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_keeps_link_targets_and_decodes_entities() {
        let html = "<b>Top up</b> &amp; <a href=\"https://x.pe/a?b=1&amp;c=2\">x.pe</a> &lt;id&gt;";
        assert_eq!(
            to_plain(html),
            "Top up & x.pe (https://x.pe/a?b=1&c=2) <id>"
        );
    }
}
