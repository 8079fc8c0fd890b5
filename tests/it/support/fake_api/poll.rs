//! `getUpdates` as Telegram answers it: confirm by `offset`, then hold the request until an
//! update is queued or `timeout` passes; at most `limit` updates; a newer poll ends a held one.
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::checks::Answer;
use super::telegram::State;
use super::{Poll, Shared};

const CONFLICT: &str = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";

/// `getUpdates`: confirms by `offset`, then holds the request until an update is queued, its
/// `timeout` passes, or a newer poll takes over (that one wins; this one gets Telegram's 409).
pub(super) async fn poll(shared: &Shared, body: &Value) -> Answer {
    let started = Instant::now();
    let timeout = body["timeout"].as_u64();
    let offset = body["offset"].as_i64();
    let limit = body["limit"].as_u64().unwrap_or(100).clamp(1, 100) as usize;
    let generation = {
        let mut state = shared.lock();
        if let Some(fault) = state.take_fault("getupdates", None) {
            return fault;
        }
        state.confirm(offset);
        state.poll_generation += 1;
        state.poll_generation
    };
    shared.wake.notify_waiters();
    let deadline =
        tokio::time::Instant::from_std(started) + Duration::from_secs(timeout.unwrap_or(0));
    loop {
        let woken = shared.wake.notified();
        tokio::pin!(woken);
        // Registered before looking, so a push between the look and the wait is not missed.
        woken.as_mut().enable();
        {
            let mut state = shared.lock();
            let superseded = state.poll_generation != generation;
            if superseded || !state.updates.is_empty() || tokio::time::Instant::now() >= deadline {
                return finish(&mut state, superseded, limit, (timeout, offset), started);
            }
        }
        tokio::select! {
            () = &mut woken => {}
            () = tokio::time::sleep_until(deadline) => {}
        }
    }
}

/// Ends a poll: Telegram's 409 when a newer poll took over, else at most `limit` queued
/// updates; recorded in `polls` with its `timeout` and `offset`.
fn finish(
    state: &mut State,
    superseded: bool,
    limit: usize,
    (timeout, offset): (Option<u64>, Option<i64>),
    started: Instant,
) -> Answer {
    let (status, answer) = if superseded {
        (
            409,
            json!({"ok": false, "error_code": 409, "description": CONFLICT}),
        )
    } else {
        let updates: Vec<Value> = state.updates.iter().take(limit).cloned().collect();
        let now = Instant::now();
        for id in updates.iter().filter_map(|u| u["update_id"].as_i64()) {
            state.handed.entry(id).or_insert(now);
        }
        (200, json!({"ok": true, "result": updates}))
    };
    let updates = answer["result"].as_array().map_or(0, Vec::len);
    state.polls.push(Poll {
        timeout,
        offset,
        held: started.elapsed(),
        updates,
        status,
    });
    (status, answer)
}
