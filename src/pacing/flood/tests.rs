use chrono::TimeZone;

use super::*;

fn at(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_790_000_000 + secs, 0).unwrap()
}

#[test]
fn the_limit_is_kept_then_one_warning_then_silence_until_the_window_ends() {
    let flood = Flood::new(3, TimeDelta::minutes(1));
    let verdicts: Vec<Verdict> = (0..6).map(|i| flood.check(7, at(i))).collect();
    assert_eq!(
        verdicts,
        [
            Verdict::Allow,
            Verdict::Allow,
            Verdict::Allow,
            Verdict::Warn,
            Verdict::Drop,
            Verdict::Drop
        ]
    );
    assert_eq!(
        flood.check(8, at(5)),
        Verdict::Allow,
        "another user is not affected"
    );
    assert_eq!(flood.check(7, at(60)), Verdict::Allow, "a new window");
    assert_eq!(flood.check(7, at(61)), Verdict::Allow);
}

#[test]
fn a_clock_that_goes_back_starts_a_new_window_rather_than_locking_the_user_out() {
    let flood = Flood::new(1, TimeDelta::minutes(1));
    assert_eq!(flood.check(7, at(100)), Verdict::Allow);
    assert_eq!(flood.check(7, at(101)), Verdict::Warn);
    assert_eq!(flood.check(7, at(50)), Verdict::Allow);
}

#[test]
fn ended_windows_are_swept_so_memory_stays_bounded() {
    let flood = Flood::new(20, TimeDelta::minutes(1));
    for user in 0..i64::try_from(SWEEP_AT).unwrap() {
        flood.check(user, at(0));
    }
    assert_eq!(flood.tracked(), SWEEP_AT);
    flood.check(-1, at(120));
    assert_eq!(flood.tracked(), 1);
}
