use super::*;
use crate::faq::fixture;

fn detect(text: &str) -> Option<SmallTalk> {
    let kb = fixture::knowledge_base();
    let detector = SmallTalkDetector::new(&kb);
    let content = ["recarg", "sald", "clar", "充"];
    detector.detect(&Units::of(&normalize(text)), |units| {
        units.keys.iter().any(|k| content.contains(&k.as_str()))
    })
}

#[test]
fn a_bare_greeting_in_any_language_is_a_greeting() {
    assert_eq!(detect("Hello!"), Some(SmallTalk::Greeting));
    assert_eq!(detect("¡Hola!"), Some(SmallTalk::Greeting));
    assert_eq!(detect("你好"), Some(SmallTalk::Greeting));
    assert_eq!(detect("good morning"), Some(SmallTalk::Greeting));
}

#[test]
fn thanks_wins_over_other_small_talk_in_one_message() {
    assert_eq!(detect("ok thanks"), Some(SmallTalk::Thanks));
    assert_eq!(detect("muchas gracias amigo"), Some(SmallTalk::Thanks));
    assert_eq!(detect("謝謝"), Some(SmallTalk::Thanks));
}

#[test]
fn a_greeting_followed_by_a_question_is_not_small_talk() {
    assert_eq!(detect("hola, como recargo claro"), None);
    assert_eq!(detect("你好，怎么充值"), None);
    assert_eq!(detect("hi what is my saldo"), None);
}

#[test]
fn a_few_unknown_words_around_a_greeting_are_tolerated() {
    assert_eq!(detect("hello dear robot"), Some(SmallTalk::Greeting));
    assert_eq!(detect("hello my dear little robot from the future"), None);
}

#[test]
fn a_message_without_any_phrase_is_not_small_talk() {
    assert_eq!(detect("robot"), None);
    assert_eq!(detect(""), None);
}
