use super::*;

const P: Bm25Params = Bm25Params {
    k1: 1.2,
    b: 0.75,
    topic_weight: 0.5,
    cosine_mix: 0.25,
};

fn toks(text: &str) -> Vec<(String, f32)> {
    text.split_whitespace()
        .map(|t| (t.to_owned(), 1.0))
        .collect()
}

fn query(text: &str) -> Vec<QueryTerm> {
    let term = |(token, weight): (String, f32)| QueryTerm {
        token,
        weight,
        if_unknown: weight,
    };
    toks(text).into_iter().map(term).collect()
}

fn index(topics: &[&[&str]]) -> Index {
    let mut index = Index::new(topics.len());
    for (topic, phrasings) in topics.iter().enumerate() {
        let mut all = Vec::new();
        for phrasing in *phrasings {
            index.add_phrasing(topic, &toks(phrasing));
            all.extend(toks(phrasing));
        }
        index.add_topic(topic, &all);
    }
    index.finish(&P);
    index
}

#[test]
fn the_topic_sharing_rare_words_scores_highest() {
    let index = index(&[
        &["recarg clar", "sald clar"],
        &["recarg movist", "sald movist"],
    ]);
    let scores = index.score(&query("recarg movist"), &P);
    assert!(scores.per_topic[1] > scores.per_topic[0]);
    assert_eq!(scores.known, 2);
}

#[test]
fn an_exact_phrasing_scores_close_to_the_ideal() {
    let index = index(&[
        &["imei regist", "bloque imei"],
        &["sald clar", "recarg clar"],
    ]);
    let scores = index.score(&query("imei regist"), &P);
    let confidence = scores.per_topic[0] / scores.ideal;
    assert!(confidence > 0.8 && confidence < 1.3, "{confidence}");
    assert!((scores.coverage[0] - 1.0).abs() < 1e-5);
}

#[test]
fn unknown_tokens_lower_the_confidence_and_the_coverage() {
    let index = index(&[&["imei regist"], &["sald clar"]]);
    let plain = index.score(&query("imei regist"), &P);
    let noisy = index.score(&query("imei regist weather forecast"), &P);
    assert!(noisy.per_topic[0] / noisy.ideal < plain.per_topic[0] / plain.ideal);
    assert!(noisy.coverage[0] < 0.5);
    assert_eq!(noisy.known, 2);
}

#[test]
fn a_query_with_no_known_token_scores_zero_everywhere() {
    let index = index(&[&["imei regist"], &["sald clar"]]);
    let scores = index.score(&query("hello world"), &P);
    assert!(scores.per_topic.iter().all(|&s| s == 0.0));
    assert_eq!(scores.known, 0);
}

#[test]
fn topics_with_any_finds_the_topics_containing_a_token() {
    let index = index(&[&["imei regist"], &["sald clar"], &["clar movist"]]);
    assert_eq!(index.topics_with_any(&["clar"]), [false, true, true]);
    assert_eq!(index.topics_with_any(&["nothing"]), [false, false, false]);
}
