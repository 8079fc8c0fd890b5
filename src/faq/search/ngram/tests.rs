use super::*;

fn model() -> NgramModel {
    let mut builder = NgramBuilder::new(3);
    builder.add(0, "como recargo mi linea claro");
    builder.add(0, "recargar saldo");
    builder.add(1, "cuanto saldo me queda");
    builder.add(1, "consultar saldo y megas");
    builder.add(2, "怎么充值");
    builder.add(2, "充值话费");
    builder.finish(0.1)
}

#[test]
fn word_pieces_find_the_topic_of_an_inflected_or_misspelt_word() {
    let p = model().probabilities("recargue mi linia", 0.5);
    assert!(p[0] > p[1] && p[0] > p[2], "{p:?}");
    let p = model().probabilities("consulto mis megas", 0.5);
    assert!(p[1] > p[0], "{p:?}");
}

#[test]
fn cjk_pieces_match_inside_an_unsegmented_run() {
    let p = model().probabilities("我想充值一下", 0.5);
    assert!(p[2] > 0.5, "{p:?}");
}

#[test]
fn probabilities_sum_to_one_or_are_all_zero_for_unknown_text() {
    let p = model().probabilities("recarga saldo 充值", 0.5);
    assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-4, "{p:?}");
    assert!(model()
        .probabilities("zzz qqq", 0.5)
        .iter()
        .all(|&x| x == 0.0));
    assert!(model().probabilities("", 0.5).iter().all(|&x| x == 0.0));
}

#[test]
fn a_topic_without_texts_gets_no_probability() {
    let mut builder = NgramBuilder::new(2);
    builder.add(0, "recargar saldo");
    let p = builder.finish(0.1).probabilities("zzz recargar", 0.5);
    assert_eq!(p, vec![1.0, 0.0]);
}

#[test]
fn a_gram_used_by_too_many_topics_is_ignored() {
    let n = MAX_GRAM_TOPICS + 2;
    let mut builder = NgramBuilder::new(n);
    for topic in 0..n {
        builder.add(topic, &format!("common {}", "x".repeat(topic + 1)));
    }
    let model = builder.finish(0.1);
    assert!(model.probabilities("common", 0.5).iter().all(|&p| p == 0.0));
    let p = model.probabilities("common xxx", 0.5);
    assert!(p[2] > p[0] && p[2] > p[n - 1], "{:?}", &p[..4]);
}

#[test]
fn texts_added_out_of_topic_order_count_as_in_order() {
    let texts = [
        (0, "recargar saldo"),
        (1, "consultar saldo"),
        (0, "recarga claro"),
    ];
    let mut in_order = NgramBuilder::new(2);
    let mut shuffled = NgramBuilder::new(2);
    for i in [0, 2, 1] {
        in_order.add(texts[i].0, texts[i].1);
    }
    for (topic, text) in texts {
        shuffled.add(topic, text);
    }
    let question = "recargo mi saldo claro";
    assert_eq!(
        in_order.finish(0.1).probabilities(question, 0.5),
        shuffled.finish(0.1).probabilities(question, 0.5)
    );
}

#[test]
fn a_lower_temperature_makes_the_winner_surer() {
    let soft = model().probabilities("recargar", 1.0);
    let sharp = model().probabilities("recargar", 0.1);
    assert!(sharp[0] > soft[0], "{soft:?} {sharp:?}");
}

#[test]
fn grams_are_distinct_and_cover_both_scripts() {
    let mut out = Vec::new();
    grams("top up 充值", &mut out);
    let mut sorted = out.clone();
    sorted.dedup();
    assert_eq!(out, sorted);
    // "^top$": 3 trigrams + 2 four-grams + the word; "^up$": 2 trigrams + the word (its
    // only four-gram); 充值: 2 characters + 1 bigram.
    assert_eq!(out.len(), 6 + 3 + 3);
}
