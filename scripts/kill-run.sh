#!/usr/bin/env bash
# Kill run: the release binary SIGKILLed at random moments against the loopback Bot API.
# (i) RECARGA_KILL_RUNS (default 15) kills, each in the middle of a batch of RECARGA_KILL_BATCH
#     (default 40) due reminders: prints how long after the restart the rest arrived, and fails
#     if any is lost or arrives more than 10 s after the restart.
# (ii) RECARGA_KILL_MESSAGES (default 600) users write once each at RECARGA_KILL_RATE (default
#     20) messages/s while the bot is killed RECARGA_KILL_RUNS times: prints how many were never
#     answered. RECARGA_KILL_SEED repeats a run. Takes about two minutes plus the build.
set -euo pipefail
cd "$(dirname "$0")/.."
export RECARGA_KILL_RUNS="${RECARGA_KILL_RUNS:-15}"
cargo build --release --locked --bin recarga
exec timeout 900 cargo test --release --locked --test it -- --ignored --nocapture \
  --test-threads 1 kill_run::
