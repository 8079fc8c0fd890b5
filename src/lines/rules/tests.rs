use super::*;

const URL: &str = "https://example.pe/a";

/// A valid file for the four operators, with `extra` appended to Bitel's table, or with
/// `replace` swapped in for one of its lines.
fn file(edit: impl Fn(String) -> String) -> String {
    let mut text = String::from("[notice]\ndays = 15\nsources = [\"https://osiptel.example/n\"]\n");
    for op in ["claro", "movistar", "entel", "bitel"] {
        text.push_str(&format!(
            "[operators.{op}]\nchecked = \"2026-02-24\"\n\
             [[operators.{op}.restriction]]\ndays = 60\nsources = [\"{URL}\"]\n\
             [[operators.{op}.cutoff]]\ndays = 270\nsources = [\"{URL}\"]\n"
        ));
    }
    edit(text)
}

fn problems(text: &str) -> Vec<String> {
    LineRules::parse(text, "test")
        .expect_err("refused")
        .problems
}

#[test]
fn the_shipped_rules_file_is_valid_and_covers_the_four_operators() {
    let rules = LineRules::embedded();
    assert_eq!(rules.len(), 4);
    let bitel = rules.of(Operator::Bitel).expect("bitel");
    let days: Vec<u32> = bitel.cutoff.iter().map(|c| c.days).collect();
    assert_eq!(days, vec![240, 255], "both sources, earliest first");
    assert!(rules
        .of(Operator::Movistar)
        .expect("movistar")
        .restriction
        .is_empty());
    assert_eq!(rules.notice.as_ref().map(|n| n.days), Some(15));
    assert!(rules.of(Operator::Other).is_none());
}

#[test]
fn the_shipped_file_on_disk_loads_like_the_embedded_copy() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    assert_eq!(LineRules::load_dir(&dir), Ok(LineRules::embedded()));
}

#[test]
fn a_valid_file_loads() {
    assert!(LineRules::parse(&file(|t| t), "test").is_ok());
}

#[test]
fn a_missing_operator_is_refused() {
    let text = file(|t| t.replace("operators.entel", "operators.entel_gone"));
    let found = problems(&text);
    assert!(
        found.iter().any(|p| p.contains("`entel` is missing")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.contains("`entel_gone` is not an operator")),
        "{found:?}"
    );
}

#[test]
fn zero_negative_and_huge_days_are_refused() {
    for bad in ["0", "-5", "731", "99999999999"] {
        let text = file(|t| t.replacen("days = 60", &format!("days = {bad}"), 1));
        let found = problems(&text);
        assert!(
            found.iter().any(|p| p.contains("is not between 1 and 730")),
            "{bad}: {found:?}"
        );
    }
}

#[test]
fn a_number_without_a_source_is_refused() {
    let text = file(|t| t.replacen(&format!("sources = [\"{URL}\"]"), "sources = []", 1));
    let found = problems(&text);
    assert!(
        found.iter().any(|p| p.contains("has no source URL")),
        "{found:?}"
    );
    let text = file(|t| t.replacen(&format!("days = 60\nsources = [\"{URL}\"]"), "days = 60", 1));
    assert!(problems(&text)
        .iter()
        .any(|p| p.contains("has no source URL")));
}

#[test]
fn a_source_that_is_not_a_web_address_is_refused() {
    for bad in ["la republica", "ftp://example.pe/x", "https://"] {
        let text = file(|t| t.replacen(URL, bad, 1));
        let found = problems(&text);
        assert!(
            found.iter().any(|p| p.contains("is not an http(s) URL")),
            "{bad}: {found:?}"
        );
    }
}

#[test]
fn a_checked_date_that_does_not_parse_is_refused() {
    for bad in ["2026-02-30", "24/02/2026", "soon"] {
        let text = file(|t| t.replacen("2026-02-24", bad, 1));
        let found = problems(&text);
        assert!(
            found.iter().any(|p| p.contains("is not a date")),
            "{bad}: {found:?}"
        );
    }
}

#[test]
fn a_restriction_after_the_cut_off_is_refused() {
    let text = file(|t| t.replacen("days = 60", "days = 300", 1));
    let found = problems(&text);
    assert!(
        found
            .iter()
            .any(|p| p.contains("must come before the cut-off")),
        "{found:?}"
    );
}

#[test]
fn the_same_number_twice_in_a_stage_is_refused() {
    let text = file(|t| {
        format!("{t}[[operators.bitel.cutoff]]\ndays = 270\nsources = [\"https://other.pe/b\"]\n")
    });
    assert!(problems(&text)
        .iter()
        .any(|p| p.contains("the same number twice")));
}

#[test]
fn an_unknown_field_or_a_stage_misspelled_is_refused() {
    let text = file(|t| {
        t.replacen(
            "[[operators.claro.cutoff]]",
            "[[operators.claro.cut_off]]",
            1,
        )
    });
    assert!(LineRules::parse(&text, "test").is_err());
}

#[test]
fn a_stage_no_source_states_is_unknown_not_an_error() {
    let text = file(|t| {
        t.replacen(
            &format!("[[operators.entel.restriction]]\ndays = 60\nsources = [\"{URL}\"]\n"),
            "",
            1,
        )
    });
    let rules = LineRules::parse(&text, "test").expect("valid");
    assert!(rules
        .of(Operator::Entel)
        .unwrap()
        .claims(Stage::Restriction)
        .is_empty());
}
