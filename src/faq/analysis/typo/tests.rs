use super::*;
use crate::faq::analysis::normalize::normalize;

fn lexicon(words: &[&str]) -> Lexicon {
    Lexicon::new(words.iter().copied())
}

#[test]
fn one_typo_in_a_medium_word_is_fixed() {
    let lex = lexicon(&["recarg", "movist", "sald"]);
    assert_eq!(lex.nearest("recrag", 1), Some("recarg"));
    assert_eq!(lex.nearest("movistr", 1), Some("movist"));
    assert_eq!(lex.nearest("rexarg", 1), Some("recarg"));
}

#[test]
fn two_typos_need_a_long_word() {
    let lex = lexicon(&["portabilidad"]);
    assert_eq!(lex.nearest("portavilidat", 2), Some("portabilidad"));
    assert_eq!(lex.nearest("portavilidat", 1), None);
}

#[test]
fn ties_go_to_the_more_frequent_word() {
    let lex = lexicon(&["balanc", "balanz", "balanz"]);
    assert_eq!(lex.nearest("balans", 1), Some("balanz"));
}

#[test]
fn correct_only_touches_unknown_long_latin_words() {
    let lex = lexicon(&["recarg", "chip", "claro"]);
    let mut units = Units::of(&normalize("recrgar chpi claor 充值"));
    lex.correct(&mut units);
    // "chpi" is too short to guess; "claor" is five letters so it is fixed.
    assert_eq!(units.keys, ["recarg", "chpi", "claro", "充", "值"]);
}

#[test]
fn a_word_far_from_everything_stays_as_typed() {
    let lex = lexicon(&["recarg", "sald"]);
    assert_eq!(lex.nearest("weather", 1), None);
}
