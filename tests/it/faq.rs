//! The FAQ through the real handler tree: answers in the user's language with sources and
//! buttons, "did you mean", "not covered", small talk, browsing in place, feedback, /reload.
use std::sync::Arc;

use recarga::faq::{FaqSource, LiveFaq};
use teloxide::types::{InlineKeyboardMarkup, ParseMode};

use crate::support::*;

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar::<_, i64>(sql)
        .fetch_one(&app.app.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_chinese_question_gets_the_chinese_answer_with_sources_and_buttons() {
    let app = TestApp::new().await;
    let mut bot = app.bot(text_from(&user(1, "zh-hans"), "claro怎么充值"));
    bot.dispatch().await;
    let responses = bot.get_responses();
    let sent = &responses
        .sent_messages_text
        .last()
        .expect("an answer")
        .bot_request;
    assert_eq!(sent.parse_mode, Some(ParseMode::Html));
    assert!(
        sent.text.contains("Claro") && sent.text.contains("来源"),
        "{}",
        sent.text
    );
    let data = callback_data(&last_keyboard(&bot));
    assert!(data.contains(&"fb:1:claro-topup:1".to_owned()), "{data:?}");
    assert!(
        data.iter().any(|d| d.starts_with("faq:a:")),
        "related topics offered: {data:?}"
    );
}

#[tokio::test]
async fn an_english_question_from_a_chinese_user_is_answered_in_chinese() {
    let app = TestApp::new().await;
    let mut bot = app.bot(text_from(
        &user(2, "zh"),
        "how do I top up my Movistar prepaid line?",
    ));
    bot.dispatch().await;
    let text = last_text(&bot);
    assert!(text.contains("来源"), "{text}");
    assert!(callback_data(&last_keyboard(&bot)).contains(&"fb:1:movistar-topup:1".to_owned()));
}

#[tokio::test]
async fn traditional_chinese_and_unaccented_spanish_find_their_topics() {
    let app = TestApp::new().await;
    let cases = [
        ("zh-TW", "Claro門號要怎麼儲值", "claro-topup"),
        ("es", "como recargo mi chip movistar", "movistar-topup"),
        ("en", "my phone says IMEI not registered??", "imei"),
    ];
    for (code, question, topic) in cases {
        let mut bot = app.bot(text_from(&user(3, code), question));
        bot.dispatch().await;
        let data = callback_data(&last_keyboard(&bot));
        assert!(
            data.iter()
                .any(|d| d.starts_with("fb:1:") && d.contains(topic)),
            "{question}: {data:?}"
        );
    }
}

#[tokio::test]
async fn a_question_out_of_scope_is_not_answered_and_is_logged() {
    let app = TestApp::new().await;
    let mut bot = app.bot(text_from(
        &user(4, "es"),
        "cual es el mejor ceviche de lima",
    ));
    bot.dispatch().await;
    let text = last_text(&bot);
    let data = callback_data(&last_keyboard(&bot));
    assert!(
        !data.iter().any(|d| d.starts_with("fb:")),
        "no answer may be given: {text}"
    );
    assert!(
        data.iter().any(|d| d.starts_with("faq:")),
        "topics are offered: {data:?}"
    );
    assert_eq!(
        count(
            &app,
            "select count(*) from faq_unanswered where user_id = 4"
        )
        .await,
        1
    );
}

#[tokio::test]
async fn greetings_and_thanks_get_a_short_friendly_reply() {
    let app = TestApp::new().await;
    let ana = user(5, "es");
    for (message, expected) in [("hola", "Hola"), ("muchas gracias!", "nada")] {
        let mut bot = app.bot(text_from(&ana, message));
        bot.dispatch().await;
        let text = last_text(&bot);
        assert!(text.contains(expected), "{message}: {text}");
    }
    assert_eq!(count(&app, "select count(*) from faq_unanswered").await, 0);
}

#[tokio::test]
async fn faq_browses_categories_and_topics_in_place_with_a_way_back() {
    let app = TestApp::new().await;
    let ana = user(6, "en");
    let mut bot = app.bot(text_from(&ana, "/faq"));
    bot.dispatch().await;
    let mut categories = callback_data(&last_keyboard(&bot));
    // The FAQ's home screen ends with « Menu.
    assert_eq!(categories.pop().as_deref(), Some("menu"));
    assert_eq!(categories.len(), 8, "{categories:?}");
    assert!(categories.contains(&"faq:c:topup".to_owned()));

    bot.update(tap(&ana, "faq:c:topup"));
    bot.dispatch().await;
    let responses = bot.get_responses();
    let edited = &responses
        .edited_messages_text
        .last()
        .expect("edited in place")
        .bot_request;
    assert!(edited.text.contains("Topping up"), "{}", edited.text);
    assert!(format!("{:?}", edited.reply_markup).contains("faq:t:claro-topup"));
    assert!(format!("{:?}", edited.reply_markup).contains("faq:home"));

    bot.update(tap(&ana, "faq:t:claro-topup"));
    bot.dispatch().await;
    let text = edited_texts(&bot)
        .pop()
        .expect("the answer replaces the menu");
    assert!(text.contains("Claro") && text.contains("Sources"), "{text}");
}

#[tokio::test]
async fn feedback_is_stored_and_a_second_vote_replaces_the_first() {
    let app = TestApp::new().await;
    let ana = user(7, "en");
    let mut bot = app.bot(text_from(&ana, "/start"));
    bot.dispatch().await;
    bot.update(tap(&ana, "fb:1:balance-check"));
    bot.dispatch().await;
    let answered = bot.get_responses().answered_callback_queries;
    assert_eq!(
        answered.last().and_then(|a| a.text.clone()).as_deref(),
        Some("Thanks for the feedback!")
    );
    bot.update(tap(&ana, "fb:0:balance-check"));
    bot.dispatch().await;
    let sql = "select count(*) from faq_feedback where user_id = 7 and topic = 'balance-check' and helpful = 0";
    assert_eq!(count(&app, sql).await, 1);
    assert_eq!(count(&app, "select count(*) from faq_feedback").await, 1);
}

#[tokio::test]
async fn reload_is_for_admins_and_keeps_the_old_knowledge_base_when_the_new_one_is_broken() {
    let mut app = TestApp::new().await;
    let dir = tempfile::tempdir().unwrap();
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for lang in ["en", "es", "zh"] {
        std::fs::create_dir_all(dir.path().join(lang)).unwrap();
        std::fs::copy(
            shipped.join(lang).join("faq.toml"),
            dir.path().join(lang).join("faq.toml"),
        )
        .unwrap();
    }
    std::fs::copy(shipped.join("facts.toml"), dir.path().join("facts.toml")).unwrap();
    app.app.faq = Arc::new(LiveFaq::open(FaqSource::Dir(dir.path().to_owned())).unwrap());

    let mut bot = app.bot(text_from(&user(8, "en"), "/reload"));
    bot.dispatch().await;
    // To anyone but an admin, /reload does not exist (see `stats::to_anyone_else_…`).
    assert_eq!(
        last_text(&bot),
        "I don't know the command /reload. Send /help to see what I can do."
    );

    let es = dir.path().join("es/faq.toml");
    let broken = std::fs::read_to_string(&es)
        .unwrap()
        .replace("[topic.claro-topup]", "[topic.claro-topupp]");
    std::fs::write(&es, broken).unwrap();
    let admin = user(999, "en");
    bot.update(text_from(&admin, "/reload"));
    bot.dispatch().await;
    let text = last_text(&bot);
    assert!(
        text.contains("kept the old one") && text.contains("claro-topupp"),
        "{text}"
    );

    bot.update(text_from(&admin, "how do I top up claro"));
    bot.dispatch().await;
    assert!(callback_data(&last_keyboard(&bot)).contains(&"fb:1:claro-topup:1".to_owned()));
}

/// An answer's sources (headed `sources`): three links, the regulator first, then the
/// operator's own pages; the checked date never in ISO form.
fn check_sources(code: &str, sources: &str, text: &str) {
    assert!(text.contains(sources), "{code}: {text}");
    assert_eq!(text.matches("<a href").count(), 3, "{code}: {text}");
    // The regulator first, then the operator's own pages; the press and blogs wait.
    let links: Vec<&str> = text.split("<a href=\"").skip(1).collect();
    assert!(
        links[0].starts_with("https://serviciosweb.osiptel.gob.pe"),
        "{code}: {text}"
    );
    assert!(
        links[1..]
            .iter()
            .all(|l| l.starts_with("https://bitel.com.pe")),
        "{code}: {text}"
    );
    // The checked date as the reader writes dates, never ISO.
    assert!(!text.contains("2025-10-30"), "{code}: an ISO date: {text}");
}

/// The button under an answer naming all `count` sources opens them.
fn check_more_button(code: &str, count: usize, keyboard: &InlineKeyboardMarkup) {
    let more = keyboard
        .inline_keyboard
        .iter()
        .flatten()
        .find(|b| b.text.contains(&format!(" {count} ")))
        .unwrap_or_else(|| panic!("{code}: no button naming {count} sources: {keyboard:?}"));
    assert_eq!(
        callback_data(&InlineKeyboardMarkup::new(vec![vec![more.clone()]])),
        ["faq:src:bitel-topup"]
    );
}

/// Issue 9 ("answers people trust"): an answer shows at most three sources, the most
/// authoritative first, with the date its facts were checked as the reader writes dates; the
/// rest are one button away.
#[tokio::test]
async fn an_answer_shows_three_sources_at_most_and_the_rest_behind_a_button() {
    use recarga::lang::Lang;
    let cases = [
        ("zh-hans", Lang::Zh, "bitel怎么充值", "来源"),
        ("es", Lang::Es, "como recargo mi chip bitel", "Fuentes"),
        (
            "en",
            Lang::En,
            "how do I top up a bitel prepaid line",
            "Sources",
        ),
    ];
    for (i, (code, lang, question, sources)) in cases.into_iter().enumerate() {
        let app = TestApp::new().await;
        let kb = app.app.faq.current();
        let count = kb.kb.topic("bitel-topup").unwrap().text(lang).sources.len();
        assert!(
            count > 3,
            "{code}: the test needs a topic with more than 3 sources"
        );
        let someone = user(400 + i as u64, code);
        let mut bot = app.bot(text_from(&someone, question));
        bot.dispatch().await;
        let text = last_text(&bot);
        check_sources(code, sources, &text);
        check_more_button(code, count, &last_keyboard(&bot));
        bot.update(tap(&someone, "faq:src:bitel-topup"));
        bot.dispatch().await;
        let all = last_text(&bot);
        assert_eq!(all.matches("<a href").count(), count, "{code}: {all}");
        assert!(all.starts_with("📚"), "{code}: {all}");
    }
    // A topic with three sources or fewer has no such button.
    let app = TestApp::new().await;
    let mut bot = app.bot(text_from(&user(409, "en"), "how do I top up claro?"));
    bot.dispatch().await;
    let data = callback_data(&last_keyboard(&bot));
    let kb = app.app.faq.current();
    let few = kb
        .kb
        .topic("claro-topup")
        .unwrap()
        .text(Lang::En)
        .sources
        .len();
    assert_eq!(
        data.iter().any(|d| d.starts_with("faq:src:")),
        few > 3,
        "{data:?}"
    );
}

/// "How to top up" buttons under reminders name an operator, not a topic: the knowledge base's
/// `offers = ["topup-guide"]` says which answer that is, so renaming a topic breaks no button.
#[tokio::test]
async fn a_top_up_button_opens_the_guide_the_knowledge_base_names_for_its_operator() {
    let app = TestApp::new().await;
    let faq = app.app.faq.current();
    let someone = user(450, "en");
    for (operator, expected) in [
        ("claro", "claro-topup"),
        ("bitel", "bitel-topup"),
        ("other", "topup-overview"),
    ] {
        let guide = faq.kb.topup_guide(operator).map(|t| t.id.clone());
        assert_eq!(guide.as_deref(), Some(expected), "{operator}");
        let mut bot = app.bot(tap(&someone, &format!("faq:tu:{operator}")));
        bot.dispatch().await;
        let answer = &faq
            .kb
            .topic(expected)
            .unwrap()
            .text(recarga::lang::Lang::En)
            .answer;
        let first_line = answer.trim().lines().next().unwrap();
        let text = last_text(&bot);
        assert!(text.starts_with(first_line), "{operator}: {text}");
    }
}
