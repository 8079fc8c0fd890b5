use super::*;

#[test]
fn the_ngram_opinion_adds_in_units_of_the_perfect_score_and_skips_faint_ones() {
    let mut scores = [1.0, 0.0, 2.0];
    add_ngram(&mut scores, &[0.5, 0.0001, 0.4995, 0.9], 0.5, 4.0);
    assert_eq!(scores, [2.0, 0.0, 2.0 + 0.5 * 0.4995 * 4.0]);
    let mut off = [1.0, 0.0];
    add_ngram(&mut off, &[0.5, 0.5], 0.0, 4.0);
    assert_eq!(off, [1.0, 0.0]);
}

#[test]
fn each_neighbouring_topic_is_boosted_once_by_its_share() {
    let mut scores = [1.0, 1.0, 1.0];
    boost_neighbours(&mut scores, &[2, 0, 2, 2, 7], 0.5);
    assert_eq!(scores, [1.0 + 0.5 * 0.2, 1.0, 1.0 + 0.5 * 0.6]);
}

#[test]
fn first_prefers_the_earliest_of_equals() {
    assert_eq!(first(&[0.1, 0.7, 0.7]), Some(1));
    assert_eq!(first(&[]), None);
}
