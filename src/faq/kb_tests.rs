//! Tests of loading the knowledge base and of its accessors.

use super::*;
use crate::faq::check::TOPIC_IDS;
use crate::faq::fixture;

#[test]
fn the_fixture_loads_with_all_43_topics() {
    let kb = fixture::knowledge_base();
    assert_eq!(kb.topics().len(), 43);
    assert!(TOPIC_IDS.iter().all(|id| kb.topic(id).is_some()));
    assert!(kb.topic("no-such-topic").is_none());
}

#[test]
fn topics_are_ordered_by_category_then_file_order() {
    let kb = fixture::knowledge_base();
    let ids: Vec<&str> = kb.topics().iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, TOPIC_IDS);
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
    let kb = KnowledgeBase::from_sources(&moved(&en), &moved(&es), &moved(&zh)).unwrap();
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
    assert_eq!(topic.text(Lang::En).checked, "2026-02-24");
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
    let zh = zh.replacen("checked = \"2026-02-24\"", "checked = \"2026-02-30\"", 1);
    let err = KnowledgeBase::from_sources(&en, &es, &zh).unwrap_err();
    let KbError::Invalid(problems) = &err else {
        panic!("expected Invalid, got {err}");
    };
    assert_eq!(problems.len(), 2, "{err}");
    assert!(
        err.to_string()
            .contains("es: topic `claro-topup`: title is empty"),
        "{err}"
    );
    assert!(
        err.to_string()
            .contains("zh: topic `operators-overview`: checked"),
        "{err}"
    );
}

#[test]
fn an_unchecked_base_accepts_any_topics() {
    let src = |lang: &str| {
        format!("language = \"{lang}\"\n[topic.x1]\ncategory = \"topup\"\nquestions = [\"q\"]\n")
    };
    let kb = KnowledgeBase::from_sources_unchecked(&src("en"), &src("es"), &src("zh")).unwrap();
    assert_eq!(kb.topics().len(), 1);
    assert!(KnowledgeBase::from_sources(&src("en"), &src("es"), &src("zh")).is_err());
}

#[test]
fn an_unchecked_base_still_needs_valid_toml() {
    let err = KnowledgeBase::from_sources_unchecked("x = [", "", "").unwrap_err();
    assert!(err.to_string().contains("en: en/faq.toml line 1"), "{err}");
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
    let kb = KnowledgeBase::load_dir(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(kb.unwrap().topics().len(), 43);
}

#[test]
fn load_dir_names_a_missing_file() {
    let err = KnowledgeBase::load_dir(std::path::Path::new("/nonexistent/locales")).unwrap_err();
    assert!(matches!(err, KbError::Io { .. }));
    assert!(
        err.to_string().contains("/nonexistent/locales/en/faq.toml"),
        "{err}"
    );
}
