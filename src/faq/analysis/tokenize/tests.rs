//! Tests of tokenisation: stems, CJK n-grams, synonyms, stop words.

use super::*;

fn groups(raw: &[&[&str]]) -> Vec<Vec<String>> {
    raw.iter()
        .map(|g| g.iter().map(|s| s.to_string()).collect())
        .collect()
}

fn tokens(tokenizer: &Tokenizer, text: &str) -> Vec<String> {
    tokenizer.tokenize(&normalize(text))
}

#[test]
fn latin_words_are_stemmed_and_stop_words_dropped() {
    let t = Tokenizer::default();
    assert_eq!(
        tokens(&t, "How do I recharge my phone?"),
        ["recharg", "phon"]
    );
    assert_eq!(tokens(&t, "¿Cómo recargo mi chip?"), ["recarg", "chip"]);
}

#[test]
fn meaningful_small_words_survive() {
    let t = Tokenizer::default();
    assert_eq!(tokens(&t, "I can not top up"), ["can", "not", "top", "up"]);
    assert_eq!(tokens(&t, "no llegó la recarga"), ["no", "lleg", "recarg"]);
    assert_eq!(
        tokens(&t, "充值不到账"),
        ["充", "值", "不", "到", "账", "充值", "值不", "不到", "到账"]
    );
}

#[test]
fn cjk_runs_give_unigrams_and_bigrams_split_at_stop_words() {
    let t = Tokenizer::default();
    assert_eq!(tokens(&t, "我的余额怎么查"), ["余", "额", "余额", "查"]);
}

#[test]
fn traditional_chinese_yields_the_same_tokens_as_simplified() {
    let t = Tokenizer::default();
    assert_eq!(tokens(&t, "怎麼查餘額"), tokens(&t, "怎么查余额"));
}

#[test]
fn synonyms_map_to_the_first_entry_of_their_group() {
    let g = groups(&[&["top up", "recharge", "recarga", "充值", "加值"]]);
    let t = Tokenizer::new(g.iter().map(Vec::as_slice));
    assert_eq!(tokens(&t, "recharging claro"), ["top up", "clar"]);
    assert_eq!(tokens(&t, "recargué"), ["top up"]);
    assert_eq!(tokens(&t, "給claro加值"), ["给", "clar", "top up"]);
}

#[test]
fn the_longest_phrase_wins() {
    let g = groups(&[&["mi claro", "app claro"], &["claro", "克拉罗"]]);
    let t = Tokenizer::new(g.iter().map(Vec::as_slice));
    assert_eq!(tokens(&t, "descarga mi claro"), ["descarg", "mi clar"]);
    assert_eq!(tokens(&t, "克拉罗 saldo"), ["clar", "sald"]);
}

#[test]
fn a_synonym_overrides_a_stop_word() {
    let g = groups(&[&["what", "que"]]);
    let t = Tokenizer::new(g.iter().map(Vec::as_slice));
    assert_eq!(tokens(&t, "que es esto"), ["what"]);
}

#[test]
fn groups_sharing_an_entry_are_merged_under_the_earliest() {
    let g = groups(&[
        &["top up", "recharge", "充值"],
        &["充值", "儲值", "加值"],
        &["saldo"],
    ]);
    let t = Tokenizer::new(g.iter().map(Vec::as_slice));
    assert_eq!(tokens(&t, "储值"), ["top up"]);
    assert_eq!(
        tokens(&t, "recharge 加值 saldo"),
        ["top up", "top up", "sald"]
    );
}

#[test]
fn units_split_scripts_inside_one_word() {
    let units = Units::of(&normalize("SIM卡"));
    assert_eq!(units.keys, ["sim", "卡"]);
    assert_eq!(units.cjk, [false, true]);
    assert_eq!(units.lens, [3, 1]);
}

#[test]
fn a_place_is_one_weak_token_and_leaks_no_synonym() {
    // Regression: "纳斯卡" (Nazca) used to yield "卡", the SIM-card synonym, as a weak word.
    let g = groups(&[&["卡", "sim"]]);
    let t = Tokenizer::new(g.iter().map(Vec::as_slice));
    assert_eq!(tokens(&t, "纳斯卡"), ["纳 斯 卡"]);
    assert!(t.is_weak("纳 斯 卡"));
    assert!(!t.is_weak("卡"));
    assert!(t.is_concept("卡"));
}

#[test]
fn weak_words_count_but_are_marked() {
    let t = Tokenizer::default();
    assert_eq!(
        tokens(&t, "best signal in Cusco"),
        ["best", "signal", "cusc"]
    );
    assert!(t.is_weak("best") && t.is_weak("cusc") && !t.is_weak("signal"));
}
