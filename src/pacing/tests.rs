use super::*;

fn pacer() -> Pacer {
    Pacer::new(Limits::TELEGRAM)
}

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

#[tokio::test(start_paused = true)]
async fn replies_to_different_chats_go_out_at_once_up_to_the_overall_limit() {
    let pacer = pacer();
    let now = Instant::now();
    for chat in 0..28 {
        assert!(pacer
            .try_acquire(now, chat, Lane::Reply, Kind::Message)
            .is_ok());
    }
    let wait = pacer
        .try_acquire(now, 99, Lane::Reply, Kind::Message)
        .unwrap_err();
    assert_eq!(wait, now + Duration::from_secs(1));
}

#[tokio::test(start_paused = true)]
async fn a_chat_gets_one_new_message_a_second_but_edits_are_not_held() {
    let pacer = pacer();
    let now = Instant::now();
    pacer
        .try_acquire(now, 7, Lane::Reply, Kind::Message)
        .unwrap();
    assert_eq!(
        pacer.try_acquire(now + ms(300), 7, Lane::Reply, Kind::Message),
        Err(now + Duration::from_secs(1))
    );
    assert!(pacer
        .try_acquire(now + ms(300), 7, Lane::Reply, Kind::Edit)
        .is_ok());
    assert!(pacer
        .try_acquire(now + ms(1000), 7, Lane::Reply, Kind::Message)
        .is_ok());
}

#[tokio::test(start_paused = true)]
async fn reminders_are_spaced_evenly_and_leave_replies_their_share() {
    let pacer = pacer();
    let start = Instant::now();
    let mut at = start;
    let mut times = Vec::new();
    // Ask as fast as possible for 2 seconds' worth of reminders to distinct chats.
    for chat in 0..40 {
        loop {
            match pacer.try_acquire(at, chat, Lane::Reminder, Kind::Message) {
                Ok(()) => break,
                Err(until) => at = until,
            }
        }
        times.push(at);
    }
    let gaps: Vec<Duration> = times.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(gaps.iter().all(|gap| *gap >= ms(50)), "{gaps:?}");
    // In the busiest second there is still room for 8 replies, at once.
    let busy = times[39];
    for chat in 100..108 {
        assert!(
            pacer
                .try_acquire(busy, chat, Lane::Reply, Kind::Message)
                .is_ok(),
            "reply {chat} had to wait behind reminders"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn replies_in_the_window_hold_back_reminders_not_the_other_way_round() {
    let pacer = pacer();
    let now = Instant::now();
    for chat in 0..20 {
        pacer
            .try_acquire(now, chat, Lane::Reply, Kind::Message)
            .unwrap();
    }
    assert!(pacer
        .try_acquire(now, 50, Lane::Reminder, Kind::Message)
        .is_err());
    for chat in 20..28 {
        assert!(pacer
            .try_acquire(now, chat, Lane::Reply, Kind::Message)
            .is_ok());
    }
}

#[tokio::test(start_paused = true)]
async fn a_429_pauses_every_lane_until_retry_after_has_passed() {
    let pacer = pacer();
    pacer.pause(Duration::from_secs(3));
    let now = Instant::now();
    for lane in [Lane::Reply, Lane::Reminder] {
        assert_eq!(
            pacer.try_acquire(now, 1, lane, Kind::Edit),
            Err(now + Duration::from_secs(3))
        );
    }
    // A shorter retry_after never shortens a longer pause.
    pacer.pause(Duration::from_secs(1));
    assert!(pacer
        .try_acquire(now + ms(2000), 1, Lane::Reply, Kind::Edit)
        .is_err());
    assert!(pacer
        .try_acquire(now + ms(3000), 1, Lane::Reply, Kind::Edit)
        .is_ok());
}

#[tokio::test(start_paused = true)]
async fn acquire_waits_then_takes_the_slot() {
    let pacer = pacer();
    let start = Instant::now();
    pacer.acquire(1, Lane::Reply, Kind::Message).await;
    pacer.acquire(1, Lane::Reply, Kind::Message).await;
    assert!(Instant::now() - start >= Duration::from_secs(1));
}

#[tokio::test(start_paused = true)]
async fn the_chat_table_forgets_idle_chats() {
    let pacer = pacer();
    let now = Instant::now();
    for chat in 0..CHATS_KEPT as i64 {
        let at = now + ms(chat as u64 * 50);
        pacer
            .try_acquire(at, chat, Lane::Reply, Kind::Message)
            .unwrap();
    }
    let later = now + Duration::from_secs(3600);
    pacer
        .try_acquire(later, -1, Lane::Reply, Kind::Message)
        .unwrap();
    assert!(pacer.lock().chats.len() < 100);
}
