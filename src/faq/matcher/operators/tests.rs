use super::*;

fn spot(text: &str) -> Vec<&'static str> {
    let groups = [vec!["claro".to_string(), "克拉罗".to_string()]];
    let tokenizer = Tokenizer::new(groups.iter().map(Vec::as_slice));
    let spotter = OperatorSpotter::new(&tokenizer);
    let normalized = normalize(text);
    spotter.spot(&normalized, &tokenizer.tokenize(&normalized))
}

#[test]
fn operator_names_are_found_in_any_case_and_inflection() {
    assert_eq!(spot("How to recharge CLARO"), ["claro"]);
    assert_eq!(spot("recargar Movistar y Entel"), ["movistar", "entel"]);
    assert_eq!(spot("bitel?"), ["bitel"]);
}

#[test]
fn chinese_and_company_names_count() {
    assert_eq!(spot("克拉羅怎么充值"), ["claro"]);
    assert_eq!(spot("telefónica prepago"), ["movistar"]);
    assert_eq!(spot("viettel"), ["bitel"]);
}

#[test]
fn a_question_without_operator_names_none() {
    assert!(spot("how do I check my balance").is_empty());
    assert!(spot("clarification").is_empty());
}
