use super::*;

#[test]
fn codes_prices_and_long_numbers_are_claims_years_and_percentages_are_not() {
    let answer = "Dial <code>*515#</code> or call <code>0800-79123</code> (free), \
                  or (01) 6117777. Since 2021-2022, S/ 5 or S/10.50 buys 50% more; \
                  in 2021. 5 GB. Try <code>/add 2026-12-31 claro</code>.";
    assert_eq!(
        claims(answer),
        ["*515#", "0800-79123", "S/ 5", "S/ 10.50", "(01) 6117777"]
    );
}

#[test]
fn a_claim_matches_a_fact_written_differently_but_not_a_longer_number() {
    assert!(appears_in("0800-79123", "call 0800 79123 (free)"));
    assert!(appears_in("(01) 6117777", "Lima: 01-611-7777."));
    assert!(appears_in("S/ 5", "minimum S/5 per top-up"));
    assert!(!appears_in("S/ 5", "minimum S/50 per top-up"));
    assert!(!appears_in("*51#", "dial *515#"));
    assert!(appears_in("S/ 1", "10 MB for S/1 (2015)"));
}

#[test]
fn a_parenthesis_naming_a_source_kind_is_a_research_note() {
    assert_eq!(
        research_note("Works (Blog, 2026) today").as_deref(),
        Some("(Blog, 2026)")
    );
    assert_eq!(
        research_note("可以（新闻报道）").as_deref(),
        Some("（新闻报道）")
    );
    assert_eq!(research_note("Ask (prensa)").as_deref(), Some("(prensa)"));
    assert_eq!(research_note("Dial (free) or see the app (Mi Claro)"), None);
}
