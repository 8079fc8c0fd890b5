//! Behaviour of the matcher on the small fixture knowledge base.

use super::*;
use crate::faq::decide::outcome::SmallTalk;
use crate::faq::fixture;
use crate::faq::kb::examples::Example;
use crate::lang::Lang;

mod props;

fn matcher() -> Matcher {
    Matcher::new(&fixture::knowledge_base())
}

fn best(question: &str) -> Option<String> {
    matcher().ask(question).topic
}

#[test]
fn an_exact_question_is_answered_confidently() {
    let outcome = matcher().ask("How do I top up a Claro prepaid line?");
    assert_eq!(outcome.decision, Decision::Answer);
    assert_eq!(outcome.topic.as_deref(), Some("claro-topup"));
    assert!(
        outcome.score > 0.5 && outcome.score <= 1.0,
        "{}",
        outcome.score
    );
}

#[test]
fn each_language_finds_the_same_topic() {
    for question in [
        "recharge movistar",
        "¿cómo recargo movistar?",
        "movistar怎么充值",
    ] {
        assert_eq!(
            best(question).as_deref(),
            Some("movistar-topup"),
            "{question}"
        );
    }
}

#[test]
fn traditional_chinese_finds_the_same_topic() {
    assert_eq!(best("怎麼查餘額"), best("怎么查余额"));
    assert_eq!(best("怎麼查餘額").as_deref(), Some("balance-check"));
}

#[test]
fn an_english_question_finds_a_topic_written_in_spanish_too() {
    // "falló" only appears in the Spanish phrasings of topup-failed.
    assert_eq!(best("recarga falló").as_deref(), Some("topup-failed"));
}

#[test]
fn naming_an_operator_moves_its_topic_first() {
    let outcome = matcher().ask("how to recharge entel");
    assert_eq!(outcome.topic.as_deref(), Some("entel-topup"));
    assert!(!outcome.alternatives.iter().any(|a| a == "claro-topup"));
}

#[test]
fn a_chinese_operator_name_counts_as_the_operator() {
    assert_eq!(best("克拉罗怎么充值").as_deref(), Some("claro-topup"));
}

#[test]
fn typos_in_long_words_are_forgiven() {
    assert_eq!(
        best("how to recharje movistra").as_deref(),
        Some("movistar-topup")
    );
    assert_eq!(best("resgister imei").as_deref(), Some("imei-registration"));
}

#[test]
fn an_unrelated_question_gets_no_topic() {
    for question in [
        "what is the weather in Cusco",
        "¿dónde hay un buen restaurante?",
        "今天天气怎么样",
    ] {
        let outcome = matcher().ask(question);
        assert_eq!(outcome.decision, Decision::None, "{question}: {outcome:?}");
        assert!(outcome.topic.is_none() && outcome.alternatives.is_empty());
    }
}

#[test]
fn empty_or_symbol_only_messages_get_no_topic() {
    for question in ["", "   ", "???", "👍"] {
        assert_eq!(
            matcher().ask(question).decision,
            Decision::None,
            "{question:?}"
        );
    }
}

#[test]
fn greetings_and_thanks_are_small_talk() {
    let m = matcher();
    assert_eq!(
        m.ask("hola!").decision,
        Decision::SmallTalk(SmallTalk::Greeting)
    );
    assert_eq!(
        m.ask("Thank you!!").decision,
        Decision::SmallTalk(SmallTalk::Thanks)
    );
    assert_eq!(
        m.ask("謝謝").decision,
        Decision::SmallTalk(SmallTalk::Thanks)
    );
    assert_eq!(
        m.ask("ok bye").decision,
        Decision::SmallTalk(SmallTalk::Other)
    );
}

#[test]
fn a_greeting_with_a_question_is_answered() {
    assert_eq!(
        best("hola, ¿cómo consulto mi saldo?").as_deref(),
        Some("balance-check")
    );
}

#[test]
fn alternatives_are_distinct_ranked_and_at_most_four() {
    let outcome = matcher().ask("recharge");
    let topic = outcome.topic.clone().unwrap();
    assert!(outcome.alternatives.len() <= 4);
    assert!(!outcome.alternatives.contains(&topic));
    let mut unique = outcome.alternatives.clone();
    unique.dedup();
    assert_eq!(unique, outcome.alternatives);
}

#[test]
fn two_named_operators_bring_both_their_topics_first() {
    let outcome = matcher().ask("recharge claro or movistar");
    let mut both = vec![
        outcome.topic.clone().unwrap(),
        outcome.alternatives[0].clone(),
    ];
    both.sort();
    assert_eq!(both, ["claro-topup", "movistar-topup"], "{outcome:?}");
}

#[test]
fn without_an_operator_the_overview_beats_the_operator_topics() {
    let outcome = matcher().ask("how to recharge");
    assert_eq!(
        outcome.topic.as_deref(),
        Some("topup-overview"),
        "{outcome:?}"
    );
}

#[test]
fn naming_an_operator_turns_the_overview_into_its_topic() {
    assert_eq!(
        best("how to recharge, I have bitel").as_deref(),
        Some("bitel-topup")
    );
}

#[test]
fn explain_lists_tokens_and_the_best_topics() {
    let trace = matcher().explain("recharge movistar");
    assert!(trace.contains("movistar-topup"), "{trace}");
    assert!(trace.contains("movist="), "{trace}");
}

#[test]
fn the_same_question_always_gets_the_same_outcome() {
    let m = matcher();
    let first = m.ask("recargar saldo claro");
    for _ in 0..5 {
        assert_eq!(m.ask("recargar saldo claro"), first);
    }
}

#[test]
fn a_match_on_weak_words_only_is_never_answered() {
    // "best" and "Lima" are weak words; nothing else in the question is known.
    let outcome = matcher().ask("best ceviche in Lima");
    assert_ne!(outcome.decision, Decision::Answer, "{outcome:?}");
}

#[test]
fn ranking_is_best_first_with_confidences_in_range() {
    let ranking = matcher().ranking("recargar saldo claro");
    assert!(!ranking.is_empty());
    assert!(ranking.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(ranking.iter().all(|r| (0.0..=1.0).contains(&r.confidence)));
    assert!(matcher().ranking("gracias").is_empty());
}

mod properties {
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn shared() -> &'static Matcher {
        static MATCHER: OnceLock<Matcher> = OnceLock::new();
        MATCHER.get_or_init(matcher)
    }

    proptest! {
        #[test]
        fn ask_never_panics_and_keeps_its_promises(question in any::<String>()) {
            let outcome = shared().ask(&question);
            prop_assert!((0.0..=1.0).contains(&outcome.score));
            prop_assert!(outcome.alternatives.len() <= 4);
            match outcome.decision {
                Decision::Answer | Decision::Suggest => prop_assert!(outcome.topic.is_some()),
                Decision::None | Decision::SmallTalk(_) => prop_assert!(outcome.topic.is_none()),
            }
        }

        #[test]
        fn ask_survives_bot_like_noise(question in "[a-zA-Záñ¿?!0-9 充值余额卡怎么查claro]{0,60}") {
            let outcome = shared().ask(&question);
            prop_assert!(serde_json::from_str::<serde_json::Value>(&outcome.to_json()).is_ok());
        }
    }
}

#[test]
fn a_question_asked_word_for_word_as_labelled_gets_its_label() {
    let kb = fixture::knowledge_base();
    let example = |text: &str, topic: Option<&str>| Example {
        lang: Lang::Es,
        text: text.to_owned(),
        topic: topic.map(|id| kb.topics().iter().position(|t| t.id == id).unwrap()),
    };
    // An editor filed "recargar" under a topic the model would not pick by itself, and
    // "recargar tarjeta del metro" (the domain's word, but out of scope) under none.
    let examples = [
        example("recargar", Some("topup-cash-points")),
        example("recargar tarjeta del metro", None),
        example("saldo", Some("balance-check")),
        example("saldo", Some("transfer-balance")),
    ];
    let model = Confidence::shipped();
    let matcher = Matcher::build(
        &kb,
        model.tuning,
        model.clone(),
        &|_, _, _| false,
        &examples,
    );
    let plain = Matcher::build(&kb, model.tuning, model.clone(), &|_, _, _| false, &[]);
    let outcome = matcher.ask("¡Recargar!");
    assert_eq!(outcome.decision, Decision::Answer);
    assert_eq!(outcome.topic.as_deref(), Some("topup-cash-points"));
    assert!(outcome.sure);
    assert_ne!(plain.ask("¡Recargar!").topic, outcome.topic);
    let outcome = matcher.ask("recargar tarjeta del metro");
    assert_eq!((outcome.decision, outcome.topic), (Decision::None, None));
    assert_ne!(
        plain.ask("recargar tarjeta del metro").decision,
        Decision::None
    );
    // Two labels for one text decide nothing: the matcher's own decision stands.
    assert_eq!(matcher.ask("saldo").decision, plain.ask("saldo").decision);
    // A question not asked word for word is decided by the model as usual.
    assert_eq!(
        matcher.ask("como recargar mi linea").topic,
        plain.ask("como recargar mi linea").topic
    );
}
