use chrono::{TimeZone, Utc};

use super::*;

fn draft(label: Option<&str>) -> Draft {
    Draft {
        operator: Operator::Bitel,
        label: label.map(String::from),
        ends_at: Utc.with_ymd_and_hms(2026, 12, 16, 4, 59, 0).unwrap(),
        has_time: false,
        period_days: 21,
        period_known: true,
    }
}

fn topic(id: &str) -> Topic {
    Topic::new(id).unwrap()
}

/// One of every variant (and both shapes of the optional fields).
fn every_variant() -> Vec<Awaiting> {
    vec![
        Awaiting::PlanFlow(None),
        Awaiting::PlanFlow(Some(Operator::Claro)),
        Awaiting::PlanDate(Operator::Other),
        Awaiting::PlanLabel(draft(None)),
        Awaiting::PlanReady(draft(Some("chip | mamá"))),
        Awaiting::FixDate(7),
        Awaiting::LineDate(Operator::Entel),
        Awaiting::Comment {
            topic: topic("claro-topup"),
            question: Some(12),
        },
        Awaiting::Comment {
            topic: topic("balance-check"),
            question: None,
        },
    ]
}

#[test]
fn every_variant_survives_its_row() {
    for awaiting in every_variant() {
        let (kind, payload) = awaiting.encode();
        let back = Awaiting::decode(kind, &payload).unwrap();
        assert_eq!(back.encode(), (kind, payload.clone()), "{awaiting:?}");
        assert_eq!(
            std::mem::discriminant(&back),
            std::mem::discriminant(&awaiting)
        );
        assert_eq!(back.plan_operator(), awaiting.plan_operator());
    }
    let Ok(Awaiting::PlanReady(back)) =
        Awaiting::decode("add-ready", &encode_draft(&draft(Some("chip | mamá"))))
    else {
        panic!("a draft row");
    };
    assert_eq!(back.label.as_deref(), Some("chip | mamá"));
    assert_eq!(back.ends_at, draft(None).ends_at);
    assert_eq!((back.period_days, back.period_known), (21, true));
}

#[test]
fn rows_are_spelled_as_they_always_were() {
    let rows: Vec<(&str, String)> = every_variant().iter().map(Awaiting::encode).collect();
    let expected = [
        ("add-flow", ""),
        ("add-flow", "claro"),
        ("add-date", "other"),
        ("add-label", "bitel|@1797397140|0|21|"),
        ("add-ready", "bitel|@1797397140|0|21|chip | mamá"),
        ("fix-date", "7"),
        ("line-date", "entel"),
        ("faq-comment", "claro-topup:12"),
        ("faq-comment", "balance-check"),
    ];
    let expected: Vec<(&str, String)> = expected
        .into_iter()
        .map(|(kind, payload)| (kind, payload.to_owned()))
        .collect();
    assert_eq!(rows, expected);
}

#[test]
fn rows_stored_today_read_as_what_they_meant() {
    assert!(matches!(
        Awaiting::decode("add-flow", ""),
        Ok(Awaiting::PlanFlow(None))
    ));
    assert!(matches!(
        Awaiting::decode("add-flow", "movistar"),
        Ok(Awaiting::PlanFlow(Some(Operator::Movistar)))
    ));
    assert!(matches!(
        Awaiting::decode("add-date", "entel"),
        Ok(Awaiting::PlanDate(Operator::Entel))
    ));
    let Ok(Awaiting::PlanLabel(label)) = Awaiting::decode("add-label", "claro|@1796014740|1|0|")
    else {
        panic!("a label step");
    };
    assert_eq!(label.operator, Operator::Claro);
    assert!(label.has_time && !label.period_known && label.label.is_none());
    assert!(matches!(
        Awaiting::decode("fix-date", "3"),
        Ok(Awaiting::FixDate(3))
    ));
    assert!(matches!(
        Awaiting::decode("line-date", "bitel"),
        Ok(Awaiting::LineDate(Operator::Bitel))
    ));
    let Ok(Awaiting::Comment { topic, question }) =
        Awaiting::decode("faq-comment", "claro-topup:4")
    else {
        panic!("a comment");
    };
    assert_eq!((topic.id(), question), ("claro-topup", Some(4)));
    let Ok(Awaiting::Comment { topic, question }) = Awaiting::decode("faq-comment", "claro-topup")
    else {
        panic!("a comment on an answer from a menu");
    };
    assert_eq!((topic.id(), question), ("claro-topup", None));
}

#[test]
fn unknown_kinds_and_bad_operators_are_refused() {
    let refused = |kind: &str, payload: &str| Awaiting::decode(kind, payload).unwrap_err();
    // Unknown kinds, including a known kind in another case.
    for kind in ["", "add", "ADD-DATE", "reminder", "faq-comment "] {
        assert_eq!(refused(kind, "claro"), BadPending::Kind, "{kind:?}");
    }
    // Operators: not ours, not exact, or not a line's.
    for (kind, payload) in [
        ("add-flow", "vodafone"),
        ("add-flow", "Claro"),
        ("add-date", ""),
        ("add-date", "otro"),
        ("line-date", "other"),
        ("line-date", "vodafone"),
        ("line-date", ""),
    ] {
        assert_eq!(
            refused(kind, payload),
            BadPending::Payload("operator"),
            "{kind} {payload:?}"
        );
    }
}

#[test]
fn bad_plan_numbers_and_drafts_are_refused() {
    let refused = |kind: &str, payload: &str| Awaiting::decode(kind, payload).unwrap_err();
    for payload in ["", "0", "-3", "x", "99999999999999999999", "1.5"] {
        assert_eq!(
            refused("fix-date", payload),
            BadPending::Payload("plan number"),
            "{payload:?}"
        );
    }
    for kind in ["add-label", "add-ready"] {
        for payload in [
            "",
            "claro",
            "claro|@-5|0|7|",
            "claro|@1796000000|2|7|",
            "x|@1|0|0|",
        ] {
            assert_eq!(
                refused(kind, payload),
                BadPending::Payload("draft"),
                "{kind} {payload:?}"
            );
        }
    }
}

#[test]
fn bad_topics_and_question_numbers_are_refused() {
    let refused = |kind: &str, payload: &str| Awaiting::decode(kind, payload).unwrap_err();
    for payload in [
        "",
        "Claro-Topup",
        "claro topup",
        "claro_topup:1",
        &"x".repeat(200),
    ] {
        assert_eq!(
            refused("faq-comment", payload),
            BadPending::Payload("topic"),
            "{payload:?}"
        );
    }
    for payload in [
        "claro-topup:",
        "claro-topup:0",
        "claro-topup:x",
        "claro-topup:-1",
    ] {
        assert_eq!(
            refused("faq-comment", payload),
            BadPending::Payload("question"),
            "{payload:?}"
        );
    }
}

mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::text::hostile;

    proptest! {
        #[test]
        fn no_stored_row_makes_the_decoder_panic_and_what_it_reads_is_canonical(
            kind in prop_oneof![
                prop::sample::select(&[
                    PLAN_FLOW, PLAN_DATE, PLAN_LABEL, PLAN_READY, FIX_DATE, LINE_DATE, COMMENT,
                ][..]).prop_map(str::to_owned),
                hostile::text_up_to(12),
            ],
            payload in hostile::any_text(),
        ) {
            if let Ok(awaiting) = Awaiting::decode(&kind, &payload) {
                let (kind, payload) = awaiting.encode();
                let again = Awaiting::decode(kind, &payload);
                prop_assert_eq!(again.map(|a| a.encode()), Ok((kind, payload)));
            }
        }
    }
}
