use chrono::TimeZone;

use super::*;
use crate::reminders::when::parse_end;

fn typed(text: &str) -> NewEnd {
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 15, 0, 0).unwrap();
    parse_end(text, now, &UserZone::LIMA).unwrap().into()
}

#[test]
fn a_typed_length_is_the_new_period_and_a_typed_date_keeps_the_old_one() {
    let length = typed("+30d");
    assert_eq!(length.period_days, Some(30));
    assert!(!length.has_time);
    // A date is only a distance from today: renewing must not take it as the plan's period.
    let date = typed("31/12");
    assert_eq!(date.period_days, None);
    assert_eq!(
        date.ends_at,
        Utc.with_ymd_and_hms(2027, 1, 1, 4, 59, 0).unwrap()
    );
    assert!(typed("31/12 18:00").has_time);
}
