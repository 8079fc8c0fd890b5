use super::*;
use chrono::TimeZone;

/// Wednesday 2026-11-25, 10:00 in Lima.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 15, 0, 0).unwrap()
}

#[test]
fn a_lead_is_not_read_as_the_end_date() {
    for text in [
        "Can this bot remind me a day before it expires?",
        "recuerdame 2 dias antes de que se acabe",
        "比如套餐到期前三天提醒",
        "能不能提前两天提醒我续费",
    ] {
        assert!(
            reminder_request(text, now(), &UserZone::LIMA).is_none(),
            "{text}"
        );
    }
    // A lead beside a real date leaves the date.
    let draft = plan("remind me 2 days before 15/12");
    let local = draft.ends_at.with_timezone(&chrono_tz::America::Lima);
    assert_eq!(local.format("%m-%d").to_string(), "12-15");
    let draft = plan("套餐12月15号到期，提前三天提醒我");
    let local = draft.ends_at.with_timezone(&chrono_tz::America::Lima);
    assert_eq!(local.format("%m-%d").to_string(), "12-15");
}

fn plan(text: &str) -> Draft {
    match reminder_request(text, now(), &UserZone::LIMA) {
        Some(Request::Plan(draft)) => draft,
        other => panic!("{text:?}: {other:?}"),
    }
}

fn local_day(draft: &Draft) -> String {
    UserZone::LIMA
        .to_local(draft.ends_at)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

#[test]
fn reminder_requests_in_three_languages_find_their_date_and_operator() {
    let cases = [
        ("30天后提醒我续费", "2026-12-25 23:59", Operator::Other),
        ("提醒我下个月15号充值", "2026-12-15 23:59", Operator::Other),
        ("提醒我12月31日充claro", "2026-12-31 23:59", Operator::Claro),
        (
            "recuérdame el 15 que vence mi chip",
            "2026-12-15 23:59",
            Operator::Other,
        ),
        (
            "recuerdame el 15 del proximo mes bitel",
            "2026-12-15 23:59",
            Operator::Bitel,
        ),
        ("avísame en 7 días", "2026-12-02 23:59", Operator::Other),
        (
            "remind me on the 31st to top up claro",
            "2026-12-31 23:59",
            Operator::Claro,
        ),
        (
            "Remind me in 2 weeks about Entel",
            "2026-12-09 23:59",
            Operator::Entel,
        ),
    ];
    for (text, day, operator) in cases {
        let draft = plan(text);
        assert_eq!(local_day(&draft), day, "{text}");
        assert_eq!(draft.operator, operator, "{text}");
    }
}

#[test]
fn questions_that_mention_dates_are_not_reminder_requests() {
    for text in [
        "how many days does a Claro package last?",
        "¿cuántos días dura el paquete de 30 días?",
        "充值后30天有效吗",
        "what happens on the 15th?",
        "remind me how to top up",
        "¿me recuerdas cómo recargar?",
    ] {
        let request = reminder_request(text, now(), &UserZone::LIMA);
        assert!(request.is_none(), "{text}: {request:?}");
    }
}

#[test]
fn a_request_with_a_date_that_does_not_exist_says_so_echoing_it_as_typed() {
    let request = reminder_request("remind me on 31/02", now(), &UserZone::LIMA);
    assert!(
        matches!(request, Some(Request::BadDate(WhenError::ImpossibleDate { ref typed, .. })) if typed == "on 31/02"),
        "{request:?}"
    );
}

#[test]
fn a_long_text_is_searched_only_at_its_start() {
    let text = format!("remind me {} 31/12", "x ".repeat(200));
    assert!(reminder_request(&text, now(), &UserZone::LIMA).is_none());
}

mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::text::hostile;

    /// A request found in any text is a plan ahead of now, or a date refused for a reason other
    /// than "no date here".
    fn finds_a_plan_or_a_reason(text: &str) -> Result<(), TestCaseError> {
        match reminder_request(text, now(), &UserZone::LIMA) {
            Some(Request::Plan(draft)) => {
                prop_assert!(draft.ends_at > now() && draft.period_days >= 1);
            }
            Some(Request::BadDate(error)) => {
                prop_assert!(!matches!(
                    error,
                    WhenError::Unrecognized(_) | WhenError::Empty
                ));
            }
            None => {}
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn hostile_text_never_panics(text in hostile::any_text()) {
            finds_a_plan_or_a_reason(&text)?;
            finds_a_plan_or_a_reason(&format!("remind me {text}"))?;
            finds_a_plan_or_a_reason(&format!("{text}提醒我"))?;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        #[test]
        fn a_longest_message_is_searched_in_bounded_time(
            text in hostile::long_text(hostile::GRAMMAR),
        ) {
            // Only the first 200 characters are searched: every word start times one parse of
            // at most 200 characters, whatever the message's length.
            finds_a_plan_or_a_reason(&format!("recuérdame {text}"))?;
        }
    }

    #[test]
    fn the_worst_longest_messages_are_read_without_panic() {
        for text in hostile::worst_cases() {
            finds_a_plan_or_a_reason(&format!("remind me {text}")).unwrap();
            finds_a_plan_or_a_reason(&format!("提醒我{text}")).unwrap();
        }
    }
}
