#!/usr/bin/env bash
# Load runs: RECARGA_LOAD_REMINDERS (default 10000) reminders fall due in the same minute; the
# release binary delivers them to a loopback Bot API that enforces Telegram's limits (30
# messages/s overall, 1/s per chat). The first run prints the time to deliver them all and fails
# on any lost or duplicated reminder or any 429; the second has two people a second write to the
# bot during the burst and prints the replies' latency (p50/p95/max). Each takes about count/20
# seconds plus the build.
set -euo pipefail
cd "$(dirname "$0")/.."
export RECARGA_LOAD_REMINDERS="${RECARGA_LOAD_REMINDERS:-10000}"
for run in a_minute_of_ten_thousand_reminders_is_delivered_once_each_without_429 \
           replies_stay_prompt_while_ten_thousand_reminders_go_out; do
  cargo test --release --locked --test it -- --ignored --nocapture --exact "load::$run"
done
