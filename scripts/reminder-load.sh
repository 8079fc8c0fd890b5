#!/usr/bin/env bash
# Load run: RECARGA_LOAD_REMINDERS (default 10000) reminders fall due in the same minute; the
# release binary delivers them to a loopback Bot API that enforces Telegram's limits (30
# messages/s overall, 1/s per chat). Prints the time to deliver them all, and fails on any lost
# or duplicated reminder or any 429. Takes about count/30 seconds plus the build.
set -euo pipefail
cd "$(dirname "$0")/.."
export RECARGA_LOAD_REMINDERS="${RECARGA_LOAD_REMINDERS:-10000}"
cargo test --release --test it -- --ignored --nocapture --exact \
  load::a_minute_of_ten_thousand_reminders_is_delivered_once_each_without_429
