use super::*;

fn model() -> ScopeModel {
    let mut builder = ScopeBuilder::default();
    for text in [
        "como recargo mi linea claro",
        "recargar saldo con yape",
        "how do i top up my line",
        "top up my sim with alipay",
        "充值 话费",
        "consultar saldo de mi linea",
    ] {
        builder.add(text, true);
    }
    for text in [
        "pagar con alipay en el supermercado",
        "pay with alipay in a restaurant",
        "clima en cusco",
        "abrir cuenta en el banco",
    ] {
        builder.add(text, false);
    }
    builder.finish()
}

#[test]
fn it_learns_what_the_out_of_scope_examples_are_about() {
    let model = model();
    let inside = model.log_odds(&QueryGrams::of("recargar mi linea"));
    let outside = model.log_odds(&QueryGrams::of("pagar en el supermercado"));
    assert!(inside.is_some_and(|z| z > 0.0), "{inside:?}");
    assert!(outside.is_some_and(|z| z < 0.0), "{outside:?}");
}

#[test]
fn it_is_deterministic_and_silent_without_both_kinds() {
    let q = QueryGrams::of("alipay top up");
    assert_eq!(model().log_odds(&q), model().log_odds(&q));
    let mut only_inside = ScopeBuilder::default();
    only_inside.add("recargar", true);
    assert_eq!(only_inside.finish().log_odds(&q), None);
    assert_eq!(ScopeModel::default().log_odds(&q), None);
}
