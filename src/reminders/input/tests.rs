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

mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::clock::{EARLIEST_SECS, LATEST_SECS};
    use crate::text::hostile;

    fn is_clean(label: &str) -> bool {
        clean_label(label).as_deref() == Some(label)
    }

    /// What `/add` makes of any text: a draft whose label is clean and short, or an error.
    fn drafts_are_clean(text: &str) -> Result<(), TestCaseError> {
        let zone = UserZone::LIMA;
        if let Ok(draft) = parse_add(text, now(), &zone) {
            prop_assert!(draft.ends_at > now());
            prop_assert!(draft.period_days >= 1);
            if let Some(label) = &draft.label {
                prop_assert!(is_clean(label) && label.chars().count() <= MAX_LABEL);
            }
        }
        Ok(())
    }

    fn any_draft() -> impl Strategy<Value = Draft> {
        let label = hostile::text_up_to(60)
            .prop_map(|raw| clean_label(&raw).filter(|l| l.chars().count() <= MAX_LABEL));
        let period = prop_oneof![(1..=MAX_PERIOD_DAYS).prop_map(Some), Just(None)];
        (
            prop::sample::select(Operator::ALL.to_vec()),
            label,
            EARLIEST_SECS..=LATEST_SECS,
            any::<bool>(),
            period,
        )
            .prop_map(|(operator, label, secs, has_time, period)| Draft {
                operator,
                label,
                ends_at: DateTime::from_timestamp(secs, 0).unwrap(),
                has_time,
                // A period nobody gave is stored as 0 and read back as the placeholder 1.
                period_days: period.unwrap_or(1),
                period_known: period.is_some(),
            })
    }

    proptest! {
        #[test]
        fn a_label_is_cleaned_once_and_for_all(raw in hostile::any_text()) {
            if let Some(label) = clean_label(&raw) {
                prop_assert!(is_clean(&label));
                prop_assert!(!label.is_empty() && label.chars().count() <= raw.chars().count());
                prop_assert!(!label.chars().any(|c| c.is_control()));
                let bidi = ['\u{202E}', '\u{2066}', '\u{200F}', '\u{061C}'];
                prop_assert!(!label.contains(bidi), "{:?}", label);
            }
        }

        #[test]
        fn hostile_add_arguments_never_panic_and_labels_stay_clean(text in hostile::any_text()) {
            drafts_are_clean(&text)?;
            let labelled = format!("+30d {text}");
            drafts_are_clean(&labelled)?;
        }

        #[test]
        fn a_draft_reads_back_from_its_payload(draft in any_draft()) {
            prop_assert_eq!(decode_draft(&encode_draft(&draft)), Some(draft));
        }

        #[test]
        fn no_payload_makes_the_draft_decoder_panic(payload in hostile::any_text()) {
            if let Some(draft) = decode_draft(&payload) {
                prop_assert_eq!(decode_draft(&encode_draft(&draft)), Some(draft));
            }
        }

        #[test]
        fn an_operator_reads_back_from_its_code_in_any_case(op in prop::sample::select(Operator::ALL.to_vec())) {
            prop_assert_eq!(Operator::parse(op.code()), Some(op));
            prop_assert_eq!(Operator::parse(&op.code().to_uppercase()), Some(op));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        #[test]
        fn a_longest_add_message_is_read_in_one_pass(text in hostile::long_text(hostile::GRAMMAR)) {
            drafts_are_clean(&text)?;
        }
    }

    #[test]
    fn the_worst_longest_messages_are_read_without_panic() {
        for text in hostile::worst_cases() {
            drafts_are_clean(&text).unwrap();
            drafts_are_clean(&format!("+30d claro {text}")).unwrap();
            let payload = format!("claro|@1796000000|0|7|{text}");
            if let Some(draft) = decode_draft(&payload) {
                assert!(draft.label.is_none_or(|l| l.chars().count() <= MAX_LABEL));
            }
        }
    }
}
