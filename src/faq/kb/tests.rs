//! Tests of loading the knowledge base and of its accessors.

use super::*;
use crate::faq::fixture::{self, FACTS, TOPICS};
use crate::faq::Matcher;

#[test]
fn the_fixture_loads_with_all_43_topics() {
    let kb = fixture::knowledge_base();
    assert_eq!(kb.topics().len(), 43);
    assert!(TOPICS.iter().all(|id| kb.topic(id).is_some()));
    assert!(kb.topic("no-such-topic").is_none());
}

#[test]
fn topics_are_ordered_by_category_then_file_order() {
    let kb = fixture::knowledge_base();
    let ids: Vec<&str> = kb.topics().iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, TOPICS);
}

#[test]
fn category_order_wins_over_file_order() {
    let [en, es, zh] = fixture::sources();
    // Move the last topic (bot-reminders) to the top of every file.
    let moved = |text: &str| {
        let at = text.find("\n[topic.bot-reminders]").unwrap();
        let first = text.find("\n[topic.").unwrap();
        format!("{}{}{}", &text[..first], &text[at..], &text[first..at])
    };
    let kb = KnowledgeBase::from_sources(FACTS, &moved(&en), &moved(&es), &moved(&zh)).unwrap();
    assert_eq!(kb.topics()[0].id, "operators-overview");
    assert_eq!(kb.topics()[42].id, "bot-reminders");
}

#[test]
fn each_language_keeps_its_own_text() {
    let kb = fixture::knowledge_base();
    let topic = kb.topic("claro-topup").unwrap();
    assert_eq!(topic.operator.as_deref(), Some("claro"));
    assert_eq!(topic.category, "topup");
    assert_eq!(topic.text(Lang::Es).questions[1], "recargar claro");
    assert_eq!(topic.text(Lang::Zh).questions[1], "claro充值");
    assert_eq!(topic.text(Lang::En).facts, ["F1", "F2"]);
    assert_eq!(topic.text(Lang::En).related, ["topup-overview"]);
    assert!(topic.text(Lang::En).answer.starts_with("<b>"));
}

#[test]
fn categories_have_localized_labels_and_topics() {
    let kb = fixture::knowledge_base();
    assert_eq!(kb.categories().len(), 8);
    let topup = &kb.categories()[3];
    assert_eq!(topup.id, "topup");
    assert_eq!(topup.label(Lang::Es), "topup (es)");
    assert_eq!(kb.topics_in("topup").count(), 14);
    assert_eq!(kb.topics_in("bot").next().unwrap().id, "bot-reminders");
}

#[test]
fn synonyms_and_smalltalk_are_kept_per_language() {
    let kb = fixture::knowledge_base();
    assert_eq!(kb.synonyms(Lang::Zh)[0][1], "儲值");
    assert!(kb
        .smalltalk(Lang::Es)
        .thanks
        .contains(&"gracias".to_string()));
    assert!(kb.smalltalk(Lang::En).greetings.contains(&"hi".to_string()));
}

#[test]
fn a_broken_file_fails_with_every_problem() {
    let [en, es, zh] = fixture::sources();
    let es = es.replacen("title = \"claro topup\"", "title = \"\"", 1);
    let zh = zh.replacen("facts = [\"F1\"]", "facts = [\"F1\", \"F404\"]", 1);
    let err = KnowledgeBase::from_sources(FACTS, &en, &es, &zh).unwrap_err();
    let KbError::Invalid(problems) = &err else {
        panic!("expected Invalid, got {err}");
    };
    assert!(
        err.to_string()
            .contains("es/faq.toml: topic `claro-topup`: title is empty"),
        "{err}"
    );
    assert!(
        err.to_string()
            .contains("zh/faq.toml: topic `operators-overview`: fact `F404` is not in facts.toml"),
        "{err}"
    );
    // The differing fact list is reported too: three problems in all.
    assert_eq!(problems.len(), 3, "{err}");
}

#[test]
fn an_unchecked_base_accepts_any_topics() {
    let src = |lang: &str| {
        format!("language = \"{lang}\"\n[topic.x1]\ncategory = \"topup\"\nquestions = [\"q\"]\n")
    };
    let kb = KnowledgeBase::from_sources_unchecked(&src("en"), &src("es"), &src("zh")).unwrap();
    assert_eq!(kb.topics().len(), 1);
    assert!(KnowledgeBase::from_sources(FACTS, &src("en"), &src("es"), &src("zh")).is_err());
}

#[test]
fn an_unchecked_base_still_needs_valid_toml() {
    let err = KnowledgeBase::from_sources_unchecked("x = [", "", "").unwrap_err();
    assert!(err.to_string().contains("en/faq.toml: line 1"), "{err}");
}

#[test]
fn load_dir_reads_the_three_files() {
    let dir = std::env::temp_dir().join(format!("faqmatch-kb-{}", std::process::id()));
    for (lang, text) in [Lang::En, Lang::Es, Lang::Zh]
        .into_iter()
        .zip(fixture::sources())
    {
        std::fs::create_dir_all(dir.join(lang.code())).unwrap();
        std::fs::write(dir.join(lang.code()).join("faq.toml"), text).unwrap();
    }
    std::fs::write(dir.join("facts.toml"), FACTS).unwrap();
    let kb = KnowledgeBase::load_dir(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(kb.unwrap().topics().len(), 43);
}

#[test]
fn load_dir_names_a_missing_faq_file_beside_the_facts() {
    let dir = std::env::temp_dir().join(format!("faqmatch-nofaq-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("facts.toml"), FACTS).unwrap();
    let err = KnowledgeBase::load_dir(&dir).unwrap_err();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(err.to_string().contains("en/faq.toml"), "{err}");
}

#[test]
fn load_dir_names_a_missing_file() {
    let err = KnowledgeBase::load_dir(std::path::Path::new("/nonexistent/locales")).unwrap_err();
    assert!(matches!(err, KbError::Io { .. }));
    assert!(
        err.to_string().contains("/nonexistent/locales/facts.toml"),
        "{err}"
    );
}

#[test]
fn checked_is_the_oldest_date_among_the_topics_facts_and_a_bot_topic_has_none() {
    let kb = fixture::knowledge_base();
    // F1 and F2 carry the file's date.
    assert_eq!(
        kb.topic("claro-topup").unwrap().text(Lang::Es).checked,
        "2026-02-24"
    );
    // F3 was re-checked later and overrides the file's date.
    let alipay = kb.topic("topup-alipay-wechat").unwrap().text(Lang::Zh);
    assert_eq!(alipay.checked, "2026-03-10");
    assert_eq!(
        alipay.caveat,
        "Only a blog says so (zh); ask your operator."
    );
    assert_eq!(
        kb.topic("bot-reminders").unwrap().text(Lang::En).checked,
        ""
    );
    // Citing F3 beside F1 makes the older F1 date the topic's.
    let [en, es, zh] = fixture::sources().map(|text| {
        text.replacen("facts = [\"F3\"]", "facts = [\"F3\", \"F1\"]", 1)
            .replacen(
                "sources = [\"https://blog.example.com/alipay-peru\"]",
                "sources = [\"https://blog.example.com/alipay-peru\", \"https://www.osiptel.gob.pe/\"]",
                1,
            )
    });
    let kb = KnowledgeBase::from_sources(FACTS, &en, &es, &zh).unwrap();
    let alipay = kb.topic("topup-alipay-wechat").unwrap().text(Lang::En);
    assert_eq!(alipay.checked, "2026-02-24");
}

/// Issue 9 ("editors who can grow it"): a topic written only in the files, with no Rust
/// change, loads, passes every check and is found by its own questions.
#[test]
fn a_topic_added_in_the_files_alone_loads_and_is_matched_by_its_questions() {
    let facts = format!(
        "{FACTS}\n[source.S9]\nurl = \"https://www.gob.pe/roaming-pe\"\ndate = \"2026-01\"\n\
         kind = \"official\"\n\n[fact.F9]\ntext = \"Roaming to Bolivia costs S/ 12 a day; \
         activate with *777#.\"\nsources = [\"S9\"]\nstatus = \"current\"\n"
    );
    let topic = |questions: &str| {
        format!(
            "\n[topic.roaming-bolivia]\ncategory = \"sim\"\ntitle = \"Bolivia\"\n\
             questions = {questions}\nanswer = \"\"\"\nDial <code>*777#</code>: S/ 12 a day.\n\"\"\"\n\
             facts = [\"F9\"]\nsources = [\"https://www.gob.pe/roaming-pe\"]\n"
        )
    };
    let [en, es, zh] = fixture::sources();
    let en = en + &topic(r#"["Does my line work in Bolivia?", "bolivia roaming"]"#);
    let es = es + &topic(r#"["¿Mi chip funciona en Bolivia?", "roaming bolivia"]"#);
    let zh = zh + &topic(r#"["我的卡在玻利维亚能用吗", "玻利维亚漫游"]"#);
    assert_eq!(crate::faq::check(&facts, &en, &es, &zh), []);
    let kb = KnowledgeBase::from_sources(&facts, &en, &es, &zh).unwrap();
    assert_eq!(kb.topics().len(), 44);
    // Placed with its category (sim), after the file's sim topics.
    let sims: Vec<&str> = kb.topics_in("sim").map(|t| t.id.as_str()).collect();
    assert_eq!(sims.last(), Some(&"roaming-bolivia"));
    let matcher = Matcher::new(&kb);
    for question in [
        "Does my line work in Bolivia?",
        "¿Mi chip funciona en Bolivia?",
        "我的卡在玻利维亚能用吗",
    ] {
        let outcome = matcher.ask(question);
        assert_eq!(
            outcome.topic.as_deref(),
            Some("roaming-bolivia"),
            "{question}: {outcome:?}"
        );
    }
}
