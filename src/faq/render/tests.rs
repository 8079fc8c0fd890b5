use super::*;

#[test]
fn the_caveat_line_follows_the_answer_then_the_sources_then_the_checked_date() {
    let kb = crate::faq::fixture::knowledge_base();
    let topic = kb.topic("topup-alipay-wechat").unwrap();
    let html = answer_html(topic, Lang::En);
    let caveat = html
        .find("\n\n⚠️ Only a blog says so (en); ask your operator.")
        .unwrap();
    let sources = html.find("blog.example.com</a>").unwrap();
    let checked = html.find("10 Mar 2026").unwrap();
    assert!(caveat < sources && sources < checked, "{html}");
    // No caveat, no warning line; no facts (the bot), no date.
    let bot = answer_html(kb.topic("bot-reminders").unwrap(), Lang::En);
    assert!(!bot.contains('⚠') && !bot.contains("checked"), "{bot}");
}
