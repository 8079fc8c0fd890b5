use super::*;

#[test]
fn a_tally_counts_right_wrong_ranked_and_kept_out() {
    let mut t = Tally::default();
    t.add("a", &Outcome::of(Decision::Answer, Some("a"), &[]));
    t.add("a", &Outcome::of(Decision::Answer, Some("b"), &["c", "a"]));
    t.add("a", &Outcome::of(Decision::Suggest, Some("a"), &[]));
    t.add("none", &Outcome::of(Decision::Answer, Some("a"), &[]));
    t.add("none", &Outcome::of(Decision::None, None, &[]));
    assert_eq!(
        t,
        Tally {
            in_scope: 3,
            right: 1,
            wrong: 1,
            top1: 2,
            top3: 3,
            out_of_scope: 2,
            kept_out: 1,
        }
    );
    assert!((t.rates().kept_out - 50.0).abs() < 1e-9);
}
