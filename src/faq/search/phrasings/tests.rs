use super::*;

const P: Bm25Params = Bm25Params {
    k1: 1.2,
    b: 0.75,
    topic_weight: 0.5,
    cosine_mix: 0.25,
};

#[test]
fn each_topic_keeps_its_best_phrasing() {
    let mut phrasings = Phrasings::default();
    phrasings.add(0, &[1, 2]);
    phrasings.add(0, &[1, 3, 3]);
    phrasings.add(2, &[4]);
    phrasings.finish(&[1.0; 5], &P);
    let query = [(1, 1.0), (2, 1.0)];
    let q_norm = 2f32.sqrt();
    let best = phrasings.best(0, &query, &[1.0; 5], q_norm, &P);
    assert!((best.cosine - 1.0).abs() < 1e-5, "{best:?}");
    assert!(best.bm25 > 1.5, "{best:?}");
    assert_eq!(
        phrasings.best(1, &query, &[1.0; 5], q_norm, &P),
        Best::default()
    );
    assert_eq!(
        phrasings.best(2, &query, &[1.0; 5], q_norm, &P),
        Best::default()
    );
    let (all, nearest) = phrasings.best_of(&[0, 1, 2], &query, &[1.0; 5], q_norm, &P);
    assert!((all[0].bm25 - best.bm25).abs() < 1e-5, "{all:?} {best:?}");
    assert!(
        (all[0].cosine - best.cosine).abs() < 1e-5,
        "{all:?} {best:?}"
    );
    assert_eq!(all[1..], [Best::default(), Best::default()]);
    // Both documents of topic 0 share a term with the query; topic 2's does not.
    assert_eq!(nearest, [0, 0]);
}
