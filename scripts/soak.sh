#!/usr/bin/env bash
# Soak: the release binary for RECARGA_SOAK_SECS (default 600) against the loopback Bot API with
# Telegram's limits enforced: RECARGA_SOAK_USERS (default 1000) people write in three languages
# (questions, plans added, renewed, deleted with a button, nonsense), RECARGA_SOAK_REMINDERS
# (default 1500) reminders of 500 other people fall due throughout, 429s (retry_after 1-5 s) are
# injected every 15 s, every method answers 502 for RECARGA_SOAK_OUTAGE_SECS (default 120) from a
# third of the run, one person blocks the bot and comes back, and the bot is SIGKILLed
# RECARGA_SOAK_KILLS (default 20) times at random moments (RECARGA_SOAK_SEED repeats a run), each
# followed by an immediate restart. Prints replies (latency, lost and why), plans lost, reminders
# due/sent/late/duplicated/lost, apologies and the bot's memory; fails on a plan, reminder or
# reply lost (other than at a kill), a duplicate outside the documented window, an apology, or
# memory that doubles. Takes the run plus about a minute, plus the builds.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --bin recarga
target="${CARGO_TARGET_DIR:-target}"
export RECARGA_SOAK_BIN="$PWD/$target/release/recarga"
case "$target" in /*) RECARGA_SOAK_BIN="$target/release/recarga" ;; esac
exec timeout $(( ${RECARGA_SOAK_SECS:-600} + 900 )) cargo test --locked --test it -- \
  --ignored --nocapture --exact soak::a_soak_with_faults_and_kills_loses_no_plan_no_reminder_and_no_reply
