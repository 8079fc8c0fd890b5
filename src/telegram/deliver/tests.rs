use std::time::Duration;

use teloxide::types::{InlineKeyboardButtonKind, Seconds};
use teloxide::{ApiError, RequestError};

use super::{classify, markup};
use crate::reminders::{Action, Button, Delivery, Operator, SnoozeChoice};
use crate::telegram::{Cb, FaqCb, LineCb, PlanCb};

#[test]
fn telegrams_errors_sort_into_what_the_scheduler_does_next() {
    let wait = RequestError::RetryAfter(Seconds::from_seconds(7));
    assert_eq!(
        classify(&wait),
        Delivery::RetryAfter(Duration::from_secs(7))
    );
    let blocked = RequestError::Api(ApiError::BotBlocked);
    assert_eq!(classify(&blocked), Delivery::Unreachable);
    let unknown = RequestError::Api(ApiError::Unknown("Bad Gateway".into()));
    assert!(matches!(
        classify(&unknown),
        Delivery::Failed {
            permanent: false,
            ..
        }
    ));
    let empty = RequestError::Api(ApiError::MessageTextIsEmpty);
    assert!(matches!(
        classify(&empty),
        Delivery::Failed {
            permanent: true,
            ..
        }
    ));
}

#[test]
fn each_action_becomes_its_callback_data() {
    let rows = vec![
        vec![
            Button::new("a".into(), Action::Renewed(3)),
            Button::new("b".into(), Action::Snooze(3, SnoozeChoice::Evening)),
        ],
        vec![
            Button::new("c".into(), Action::Topup(Operator::Claro)),
            Button::new("d".into(), Action::LineToppedUp(1)),
            Button::new("e".into(), Action::LineDelete(2)),
        ],
    ];
    let want = [
        vec![
            Cb::Plan(PlanCb::Renewed(3)),
            Cb::Plan(PlanCb::Snooze(3, SnoozeChoice::Evening)),
        ],
        vec![
            Cb::Faq(FaqCb::Topup(Operator::Claro)),
            Cb::Line(LineCb::ToppedUp(1)),
            Cb::Line(LineCb::Delete(2)),
        ],
    ];
    let keyboard = markup(&rows);
    assert_eq!(keyboard.inline_keyboard.len(), 2);
    for (row, want) in keyboard.inline_keyboard.iter().zip(want) {
        let data: Vec<String> = row
            .iter()
            .map(|b| match &b.kind {
                InlineKeyboardButtonKind::CallbackData(data) => data.clone(),
                other => panic!("{other:?}"),
            })
            .collect();
        let want: Vec<String> = want.iter().map(ToString::to_string).collect();
        assert_eq!(data, want);
    }
}
