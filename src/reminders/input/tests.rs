use super::*;
use chrono::TimeZone;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 15, 0, 0).unwrap()
}

#[test]
fn operator_and_label_follow_the_date() {
    let zone = UserZone::parse("America/Lima").unwrap();
    let draft = parse_add("2026-12-31 18:00 Claro chip de mamá", now(), &zone).unwrap();
    assert_eq!(draft.operator, Operator::Claro);
    assert_eq!(draft.label.as_deref(), Some("chip de mamá"));
    assert!(draft.has_time);
    assert_eq!(
        draft.ends_at,
        Utc.with_ymd_and_hms(2026, 12, 31, 23, 0, 0).unwrap()
    );
}

#[test]
fn a_label_without_operator_is_other() {
    let zone = UserZone::parse("America/Lima").unwrap();
    let draft = parse_add("+30d trabajo", now(), &zone).unwrap();
    assert_eq!(draft.operator, Operator::Other);
    assert_eq!(draft.label.as_deref(), Some("trabajo"));
    assert_eq!(draft.period_days, 30);
}

#[test]
fn labels_lose_bidi_overrides_and_controls_and_an_invisible_one_is_none() {
    assert_eq!(
        clean_label(" \u{202E}mamá\u{2066}\u{0007} chip\u{200F}\u{009B} ").as_deref(),
        Some("mamá chip")
    );
    assert_eq!(clean_label("\u{202E}\u{2069}\u{200E}\u{061C}"), None);
    let zone = UserZone::parse("America/Lima").unwrap();
    let draft = parse_add("+30d claro \u{202E}\u{202E}", now(), &zone).unwrap();
    assert_eq!(draft.label, None);
}

#[test]
fn a_label_is_measured_after_cleaning() {
    let zone = UserZone::parse("America/Lima").unwrap();
    let padded = format!("+30d {}{}", "x".repeat(MAX_LABEL), "\u{202E}".repeat(20));
    let draft = parse_add(&padded, now(), &zone).unwrap();
    assert_eq!(draft.label.map(|l| l.chars().count()), Some(MAX_LABEL));
}

#[test]
fn a_draft_survives_its_payload_label_and_all() {
    let draft = Draft {
        operator: Operator::Bitel,
        label: Some("chip | mamá".into()),
        ends_at: Utc.with_ymd_and_hms(2026, 12, 16, 4, 59, 0).unwrap(),
        has_time: false,
        period_days: 21,
        period_known: true,
    };
    let back = decode_draft(&encode_draft(&draft)).unwrap();
    assert!(back.period_known);
    assert_eq!(back.period_days, 21);
    let unknown = Draft {
        period_known: false,
        ..draft.clone()
    };
    assert!(!decode_draft(&encode_draft(&unknown)).unwrap().period_known);
    assert_eq!(back.operator, draft.operator);
    assert_eq!(back.label, draft.label);
    assert_eq!(back.ends_at, draft.ends_at);
    assert_eq!(back.period_days, 21);
    let unlabelled = Draft {
        label: None,
        ..draft
    };
    assert_eq!(
        decode_draft(&encode_draft(&unlabelled)).unwrap().label,
        None
    );
}

#[test]
fn a_payload_out_of_range_is_no_draft() {
    for payload in [
        "",
        "claro",
        "vodafone|@1796000000|0|7|",
        "claro|1796000000|0|7|",
        "claro|@-5|0|7|",
        "claro|@1796000000|2|7|",
        "claro|@1796000000|0|-1|",
        "claro|@1796000000|0|99999|",
    ] {
        assert!(decode_draft(payload).is_none(), "{payload:?}");
    }
    let long = format!("claro|@1796000000|0|7|{}", "x".repeat(MAX_LABEL + 1));
    assert!(decode_draft(&long).is_none());
}

#[test]
fn a_long_label_is_refused() {
    let zone = UserZone::parse("America/Lima").unwrap();
    let long = format!("31/12 entel {}", "x".repeat(41));
    assert_eq!(
        parse_add(&long, now(), &zone).unwrap_err(),
        AddError::LabelTooLong
    );
}
