use chrono::{DateTime, Utc};
use proptest::prelude::*;

use super::plan::MAX_PAGE;
use super::*;
use crate::faq::{CATEGORY_IDS, MAX_TOPIC_ID_BYTES};
use crate::reminders::when::{EARLIEST_SECS, LATEST_SECS, MAX_PERIOD_DAYS};
use crate::reminders::Operator;
use crate::reminders::SnoozeChoice;

const SETTINGS: [Setting; 3] = [Setting::Leads, Setting::RemindAt, Setting::Zone];

mod props;

fn any_operator() -> impl Strategy<Value = Operator> {
    proptest::sample::select(Operator::ALL.to_vec())
}

fn any_topic() -> impl Strategy<Value = Topic> {
    "[a-z0-9-]{1,32}".prop_map(|id| Topic::new(&id).expect("a well-formed id"))
}

fn any_plan_number() -> impl Strategy<Value = i64> {
    prop_oneof![1..=100i64, Just(i64::MAX), 1..=i64::MAX]
}

fn any_faq() -> impl Strategy<Value = FaqCb> {
    prop_oneof![
        Just(FaqCb::Home),
        proptest::sample::select(CATEGORY_IDS.to_vec())
            .prop_map(|id| FaqCb::Category(Category::new(id).expect("a known category"))),
        any_topic().prop_map(FaqCb::Topic),
        any_topic().prop_map(FaqCb::Answer),
        any_topic().prop_map(FaqCb::Sources),
        any_operator().prop_map(FaqCb::Topup),
        (any::<bool>(), any_topic(), any_question()).prop_map(|(helpful, topic, question)| {
            FaqCb::Feedback {
                helpful,
                topic,
                question,
            }
        }),
        (
            proptest::sample::select(Reason::ALL.to_vec()),
            any_topic(),
            any_question()
        )
            .prop_map(|(reason, topic, question)| FaqCb::Reason {
                reason,
                topic,
                question
            }),
    ]
}

fn any_question() -> impl Strategy<Value = Option<i64>> {
    proptest::option::of(any_plan_number())
}

fn any_instant() -> impl Strategy<Value = DateTime<Utc>> {
    prop_oneof![Just(LATEST_SECS), EARLIEST_SECS..=LATEST_SECS]
        .prop_map(|secs| DateTime::from_timestamp(secs, 0).unwrap())
}

fn any_add() -> impl Strategy<Value = AddCb> {
    let instant = any_instant();
    prop_oneof![
        Just(AddCb::Start),
        Just(AddCb::Cancel),
        Just(AddCb::Skip),
        Just(AddCb::SaveLabelled),
        any_operator().prop_map(AddCb::Operator),
        any_operator().prop_map(AddCb::TypeDate),
        (
            any_operator(),
            proptest::sample::select(DAY_PRESETS.to_vec())
        )
            .prop_map(|(op, days)| AddCb::Days(op, days)),
        (any_operator(), instant, any::<bool>(), 0..=MAX_PERIOD_DAYS).prop_map(
            |(operator, ends_at, has_time, period_days)| AddCb::Save {
                operator,
                ends_at,
                has_time,
                period_days,
            }
        ),
    ]
}

fn any_plan() -> impl Strategy<Value = PlanCb> {
    prop_oneof![
        any_plan_number().prop_map(PlanCb::Fix),
        any_plan_number().prop_map(PlanCb::Delete),
        any_plan_number().prop_map(PlanCb::DeleteConfirmed),
        any_plan_number().prop_map(PlanCb::Renew),
        any_plan_number().prop_map(PlanCb::Renewed),
        any_plan_number().prop_map(PlanCb::Tomorrow),
        (
            any_plan_number(),
            proptest::sample::select(SnoozeChoice::ALL.to_vec())
        )
            .prop_map(|(n, choice)| PlanCb::Snooze(n, choice)),
        (any_plan_number(), any_instant(), 1..=MAX_PERIOD_DAYS).prop_map(
            |(number, ends_at, days)| PlanCb::RenewTo {
                number,
                ends_at,
                days
            }
        ),
        any_plan_number().prop_map(PlanCb::RenewChoices),
        any_plan_number().prop_map(PlanCb::Undo),
        Just(PlanCb::Keep),
        Just(PlanCb::Calendar),
        (1..=MAX_PAGE).prop_map(PlanCb::Page),
    ]
}

fn any_line() -> impl Strategy<Value = LineCb> {
    let op = proptest::sample::select(crate::lines::OPERATORS.to_vec());
    prop_oneof![
        Just(LineCb::Start),
        Just(LineCb::FromMenu),
        op.clone().prop_map(LineCb::Operator),
        op.clone().prop_map(LineCb::TypeDate),
        (op, 0..=1u32).prop_map(|(op, days)| LineCb::DaysAgo(op, days)),
        any_plan_number().prop_map(LineCb::ToppedUp),
        any_plan_number().prop_map(LineCb::Delete),
    ]
}

fn any_menu() -> impl Strategy<Value = MenuCb> {
    prop_oneof![
        Just(MenuCb::Home),
        Just(MenuCb::Plans),
        Just(MenuCb::Settings),
        proptest::sample::select(Item::ALL.to_vec()).prop_map(MenuCb::Open),
        proptest::sample::select(Lang::ALL.to_vec()).prop_map(MenuCb::Lang),
    ]
}

fn any_zone_choice() -> impl Strategy<Value = Cb> {
    proptest::sample::select(chrono_tz::TZ_VARIANTS.to_vec())
        .prop_map(|tz| Cb::Set(Setting::Zone, tz.name()))
}

fn any_cb() -> impl Strategy<Value = Cb> {
    let preset = proptest::sample::select(SETTINGS.to_vec()).prop_flat_map(|which| {
        proptest::sample::select(presets(which).to_vec()).prop_map(move |v| Cb::Set(which, v))
    });
    prop_oneof![
        Just(Cb::Lang(None)),
        proptest::sample::select(Lang::ALL.to_vec()).prop_map(|l| Cb::Lang(Some(l))),
        any_faq().prop_map(Cb::Faq),
        any_add().prop_map(Cb::Add),
        preset,
        any_plan().prop_map(Cb::Plan),
        any_line().prop_map(Cb::Line),
        any_menu().prop_map(Cb::Menu),
        any_zone_choice(),
    ]
}

proptest! {
    #[test]
    fn every_button_fits_in_64_bytes_and_reads_back_as_itself(cb in any_cb()) {
        let data = cb.to_string();
        prop_assert!(data.len() <= MAX_DATA_BYTES, "{data} is {} bytes", data.len());
        prop_assert_eq!(data.parse::<Cb>(), Ok(cb));
    }

    #[test]
    fn no_string_makes_the_parser_panic_and_what_it_accepts_is_canonical(data in "\\PC{0,70}") {
        if let Ok(cb) = data.parse::<Cb>() {
            prop_assert_eq!(cb.to_string(), data);
        }
    }
}

#[test]
fn the_widest_values_of_every_field_still_fit() {
    let widest = [
        Cb::Add(AddCb::Save {
            operator: Operator::Movistar,
            ends_at: DateTime::from_timestamp(LATEST_SECS, 0).unwrap(),
            has_time: true,
            period_days: MAX_PERIOD_DAYS,
        }),
        Cb::Plan(PlanCb::DeleteConfirmed(i64::MAX)),
        Cb::Plan(PlanCb::RenewTo {
            number: i64::MAX,
            ends_at: DateTime::from_timestamp(LATEST_SECS, 0).unwrap(),
            days: MAX_PERIOD_DAYS,
        }),
        Cb::Plan(PlanCb::Snooze(i64::MAX, SnoozeChoice::Tomorrow)),
        Cb::Plan(PlanCb::Page(MAX_PAGE)),
        Cb::Faq(FaqCb::Feedback {
            helpful: false,
            topic: Topic::new("buy-sim-resident-foreigner").unwrap(),
            question: Some(i64::MAX),
        }),
        Cb::Faq(FaqCb::Reason {
            reason: Reason::WrongTopic,
            topic: Topic::new("buy-sim-resident-foreigner").unwrap(),
            question: Some(i64::MAX),
        }),
        Cb::Set(Setting::Zone, "America/New_York"),
    ];
    for cb in widest {
        assert!(cb.to_string().len() <= MAX_DATA_BYTES, "{cb}");
    }
    for tz in chrono_tz::TZ_VARIANTS {
        let data = Cb::Set(Setting::Zone, tz.name()).to_string();
        assert!(data.len() <= MAX_DATA_BYTES, "{data}");
    }
    let longest_topic = "t".repeat(MAX_TOPIC_ID_BYTES);
    let widest_faq = Cb::Faq(FaqCb::Sources(Topic::new(&longest_topic).unwrap()));
    assert!(widest_faq.to_string().len() <= MAX_DATA_BYTES);
    let widest_question = format!(":{}", i64::MAX).len();
    assert!("fbr:w:".len() + MAX_TOPIC_ID_BYTES + widest_question <= MAX_DATA_BYTES);
}

#[test]
fn old_remind_me_tomorrow_buttons_still_read_and_new_snoozes_carry_their_choice() {
    assert_eq!("rm:tm:4".parse::<Cb>(), Ok(Cb::Plan(PlanCb::Tomorrow(4))));
    assert_eq!(
        "rm:sz:4:e".parse::<Cb>(),
        Ok(Cb::Plan(PlanCb::Snooze(4, SnoozeChoice::Evening)))
    );
    assert_eq!(
        "add:ok:claro:@1790000000:0:0".parse::<Cb>(),
        Ok(Cb::Add(AddCb::Save {
            operator: Operator::Claro,
            ends_at: DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
            has_time: false,
            period_days: 0,
        })),
        "0: the period is unknown"
    );
}

#[test]
fn old_feedback_buttons_still_read_without_a_question_and_new_ones_carry_it() {
    let topic = Topic::new("balance-check").unwrap();
    assert_eq!(
        "fb:0:balance-check".parse::<Cb>(),
        Ok(Cb::Faq(FaqCb::Feedback {
            helpful: false,
            topic,
            question: None,
        }))
    );
    assert_eq!(
        "fbr:o:balance-check:12".parse::<Cb>(),
        Ok(Cb::Faq(FaqCb::Reason {
            reason: Reason::Outdated,
            topic,
            question: Some(12),
        }))
    );
}

/// Forged button data, and the field each is refused for.
const FORGED: &[(&str, CbError)] = &[
    ("add:ok:claro:@8210266876799:0:1", CbError::Field("end")),
    ("add:ok:claro:@-5:0:1", CbError::Field("end")),
    ("add:ok:claro:@1790000000:0:-1", CbError::Field("period")),
    ("add:ok:claro:@1790000000:0:99999", CbError::Field("period")),
    ("add:ok:claro:@1790000000:2:1", CbError::Field("has_time")),
    ("add:ok:claro:@1790000000:0", CbError::Unknown),
    (
        "add:ok:vodafone:@1790000000:0:1",
        CbError::Field("operator"),
    ),
    ("add:d:entel:8", CbError::Field("days")),
    ("plan:del:0", CbError::Field("plan")),
    ("plan:del:-1", CbError::Field("plan")),
    ("plan:del:+1", CbError::Field("plan")),
    ("plan:del:01", CbError::Field("plan")),
    ("plan:del:99999999999999999999", CbError::Field("plan")),
    ("plans:p:0", CbError::Field("page")),
    ("faq:a:No-Topic", CbError::Field("topic")),
    ("faq:t:", CbError::Field("topic")),
    ("faq:src:claro_topup", CbError::Field("topic")),
    ("fb:1:claro topup", CbError::Field("topic")),
    ("faq:c:nowhere", CbError::Field("category")),
    ("fb:2:balance-check", CbError::Field("vote")),
    ("fb:0:balance-check:0", CbError::Field("question")),
    ("fb:0:balance-check:-3", CbError::Field("question")),
    ("fb:0:balance-check:07", CbError::Field("question")),
    ("fb:0:balance-check:7:8", CbError::Unknown),
    ("fbr:x:balance-check:7", CbError::Field("reason")),
    ("fbr:w:No_Topic:7", CbError::Field("topic")),
    ("fbr:w", CbError::Unknown),
    ("set:tz:Mars/Olympus", CbError::Field("preset")),
    ("set:leads:999d", CbError::Field("preset")),
    ("set:color:red", CbError::Unknown),
    ("set:tz:europe/london", CbError::Field("preset")),
    ("set:tz:Europe/London ", CbError::Field("preset")),
    ("st:wallpaper", CbError::Field("item")),
    ("st:lang:fr", CbError::Field("lang")),
    ("st:tz:extra", CbError::Unknown),
    ("menu:nowhere", CbError::Unknown),
    ("lang:zh-hant", CbError::Field("lang")),
    ("rm:tm", CbError::Unknown),
    ("line:op:other", CbError::Field("operator")),
    ("line:ago:bitel:2", CbError::Field("days")),
    ("line:top:-1", CbError::Field("line")),
    ("line:del:0", CbError::Field("line")),
    ("rm:sz:3:x", CbError::Field("snooze")),
    ("rm:sz:3:", CbError::Field("snooze")),
    ("rm:sz:0:h", CbError::Field("plan")),
    ("rm:sz:3", CbError::Unknown),
    ("plan:rn:3:@1790000000:0", CbError::Field("days")),
    ("plan:rn:3:@1790000000:99999", CbError::Field("days")),
    ("plan:rn:3:@8210266876799:30", CbError::Field("end")),
    ("plan:rn:3:1790000000:30", CbError::Field("end")),
    ("plan:undo:-3", CbError::Field("plan")),
    ("", CbError::Unknown),
];

#[test]
fn forged_data_is_refused_with_the_field_it_got_wrong() {
    for &(data, error) in FORGED {
        assert_eq!(data.parse::<Cb>(), Err(error), "{data}");
    }
    let long = format!("faq:a:{}", "x".repeat(60));
    assert_eq!(long.parse::<Cb>(), Err(CbError::TooLong));
}

#[test]
fn a_topic_button_is_read_by_the_id_syntax_not_by_a_list_of_topics() {
    // A topic added to the knowledge base files gets buttons without a code change; whether
    // the knowledge base has it is the handler's question (it answers "expired" otherwise).
    let cb: Cb = "faq:a:a-topic-added-later".parse().unwrap();
    assert_eq!(
        cb,
        Cb::Faq(FaqCb::Answer(Topic::new("a-topic-added-later").unwrap()))
    );
    let widest = "t".repeat(MAX_TOPIC_ID_BYTES);
    assert!(format!("faq:t:{widest}").parse::<Cb>().is_ok());
    assert_eq!(
        format!("faq:t:{widest}t").parse::<Cb>(),
        Err(CbError::Field("topic"))
    );
}
