//! Properties that hold for any plan, lead list, zone and time.

use chrono::{DateTime, FixedOffset, NaiveTime, Utc};
use proptest::prelude::*;

use super::super::{pending, reminder_instants};
use super::{Lead, UserZone};

fn any_zone() -> impl Strategy<Value = UserZone> {
    prop_oneof![
        (0..chrono_tz::TZ_VARIANTS.len()).prop_map(|i| UserZone::Named(chrono_tz::TZ_VARIANTS[i])),
        (-14 * 60..=14 * 60)
            .prop_map(|m: i32| UserZone::Fixed(FixedOffset::east_opt(m * 60).unwrap())),
    ]
}

fn any_instant() -> impl Strategy<Value = DateTime<Utc>> {
    prop_oneof![
        1 => Just(DateTime::<Utc>::MIN_UTC),
        1 => Just(DateTime::<Utc>::MAX_UTC),
        30 => (946_684_800i64..4_102_444_800)
            .prop_map(|s| DateTime::from_timestamp(s, 0).unwrap()),
    ]
}

fn any_lead() -> impl Strategy<Value = Lead> {
    prop_oneof![
        any::<u32>().prop_map(Lead::Days),
        (0u32..=61).prop_map(Lead::Days),
        any::<u32>().prop_map(Lead::Minutes),
        Just(Lead::AtEnd),
    ]
}

proptest! {
    #[test]
    fn reminders_are_sorted_distinct_and_never_after_the_end(
        end in any_instant(),
        leads in prop::collection::vec(any_lead(), 0..8),
        secs in 0u32..86_400,
        zone in any_zone(),
        now in any_instant(),
    ) {
        let remind_at = NaiveTime::from_num_seconds_from_midnight_opt(secs, 0).unwrap();
        let fired = reminder_instants(end, &leads, remind_at, &zone);
        for pair in fired.windows(2) {
            prop_assert!(pair[0].1 < pair[1].1);
        }
        prop_assert!(fired.iter().all(|&(_, at)| at <= end));
        let kept = pending(&fired, end, now);
        prop_assert!(kept.iter().all(|&(_, at)| at >= now && at <= end));
        prop_assert!(kept.len() <= fired.len());
        if end > now && !fired.is_empty() {
            prop_assert!(!kept.is_empty());
        }
    }
}
