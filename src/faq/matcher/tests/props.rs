//! The full question path (normalise, segment, correct typos, rank, decide) on hostile text and
//! on the longest message Telegram delivers, through the fixture and the shipped knowledge base.

use std::sync::{Arc, OnceLock};

use proptest::prelude::*;

use super::matcher;
use crate::faq::{Decision, Faq, FaqSource, LiveFaq, Matcher};
use crate::text::hostile;

fn fixture() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(matcher)
}

/// The knowledge base the bot ships, as it answers in production.
fn shipped() -> &'static Faq {
    static FAQ: OnceLock<Arc<Faq>> = OnceLock::new();
    FAQ.get_or_init(|| LiveFaq::open(FaqSource::Embedded).unwrap().current())
}

/// An outcome keeps its promises: a confidence in 0..1, a topic the knowledge base has exactly
/// when there is something to answer, a few distinct alternatives, valid JSON.
fn keeps_its_promises(
    matcher: &Matcher,
    ids: &[&str],
    question: &str,
) -> Result<(), TestCaseError> {
    let outcome = matcher.ask(question);
    prop_assert!((0.0..=1.0).contains(&outcome.score));
    prop_assert!(outcome.alternatives.len() <= 4);
    match outcome.decision {
        Decision::Answer | Decision::Suggest => {
            prop_assert!(outcome.topic.as_deref().is_some_and(|t| ids.contains(&t)));
        }
        Decision::None | Decision::SmallTalk(_) => prop_assert!(outcome.topic.is_none()),
    }
    for (i, alternative) in outcome.alternatives.iter().enumerate() {
        prop_assert!(ids.contains(&alternative.as_str()));
        prop_assert!(outcome.topic.as_ref() != Some(alternative));
        prop_assert!(!outcome.alternatives[..i].contains(alternative));
    }
    prop_assert!(serde_json::from_str::<serde_json::Value>(&outcome.to_json()).is_ok());
    let ranking = matcher.ranking(question);
    prop_assert!(ranking.iter().all(|r| (0.0..=1.0).contains(&r.confidence)));
    Ok(())
}

fn on_both(question: &str) -> Result<(), TestCaseError> {
    let fixture_ids = crate::faq::fixture::TOPICS;
    keeps_its_promises(fixture(), &fixture_ids, question)?;
    let faq = shipped();
    let ids: Vec<&str> = faq.kb.topics().iter().map(|t| t.id.as_str()).collect();
    keeps_its_promises(&faq.matcher, &ids, question)
}

/// Words the knowledge base knows, so long questions reach ranking, typo correction and
/// phrase similarity rather than stopping at "no word known".
const QUESTION_PIECES: &[&str] = &[
    "recargar ",
    "saldo ",
    "claro ",
    "movistar ",
    "entel ",
    "bitel ",
    "chip ",
    "imei ",
    "充值",
    "话费",
    "余额",
    "怎么",
    "top up ",
    "balance ",
    "recrgar ",
    "mobistar ",
    "¿",
    "?",
    "!",
    " ",
    "*123#",
    "S/ 10 ",
    "yape ",
    "hola ",
    "gracias ",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_hostile_question_is_answered_or_refused_without_panic(
        question in hostile::any_text(),
    ) {
        on_both(&question)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn a_longest_question_is_matched_in_one_pass(
        question in hostile::long_text(QUESTION_PIECES),
    ) {
        on_both(&question)?;
    }
}

#[test]
fn the_worst_longest_questions_are_matched_without_panic() {
    let mut cases = hostile::worst_cases();
    cases.push(hostile::fill("recargar saldo claro movistar "));
    cases.push(hostile::fill("怎么充值话费余额查询"));
    cases.push(hostile::fill("recrgar sldo mobistar "));
    for question in cases {
        on_both(&question).unwrap();
    }
}
