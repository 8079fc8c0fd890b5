#!/usr/bin/env bash
# Scripted end-to-end runs of the real bot against ../shared/harness, an independent Telegram Bot
# API emulator (telegram-test-api plus a compat layer with real long polling, Telegram's errors and
# fault injection; see its README). How to run: `scripts/harness-e2e.sh` runs every scenario in
# scripts/harness/*.mjs; `scripts/harness-e2e.sh idle storm` runs those two. It copies the harness
# (read-only) to a temp folder, installs it with npm, builds `cargo build --release --locked`, runs
# each scenario with `node run-scenario.mjs <scenario> -- target/release/recarga`, prints each
# run's output and a summary, and exits 1 if any scenario failed. Needs node >= 20, npm and cargo.
# Settings: HARNESS_DIR (default ../shared/harness from the repo root), RECARGA_E2E_IDLE_SECS
# (idle.mjs, default 180), RECARGA_E2E_LANG (es|en|zh, default es), HARNESS_ARGS (extra runner
# options, e.g. "--verbose --keep-tmp"); RECARGA_* variables in the environment reach the bot.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
harness_src="${HARNESS_DIR:-$repo/../shared/harness}"
target_dir="${CARGO_TARGET_DIR:-$repo/target}"
bot="$target_dir/release/recarga"

if [[ ! -f "$harness_src/run-scenario.mjs" ]]; then
  echo "harness-e2e: no harness at $harness_src (set HARNESS_DIR)" >&2
  exit 2
fi

scenarios=()
if (($# == 0)); then
  scenarios=("$repo"/scripts/harness/*.mjs)
else
  for name in "$@"; do
    name="${name%.mjs}"
    if [[ -f "$name.mjs" ]]; then
      scenarios+=("$(cd "$(dirname "$name")" && pwd)/$(basename "$name").mjs")
    elif [[ -f "$repo/scripts/harness/$name.mjs" ]]; then
      scenarios+=("$repo/scripts/harness/$name.mjs")
    else
      echo "harness-e2e: no scenario $name (see scripts/harness/)" >&2
      exit 2
    fi
  done
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/recarga-e2e-XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp -r "$harness_src" "$work/harness"
chmod -R u+w "$work/harness"
echo "== installing the harness in $work/harness"
# The lock file pins telegram-test-api; fall back to `npm install` only if it no longer fits.
(cd "$work/harness" && { npm ci --no-audit --no-fund --loglevel=error || npm install --no-audit --no-fund --loglevel=error; })

echo "== building the bot (release)"
(cd "$repo" && cargo build --release --locked)

declare -a summary=()
failed=0
for scenario in "${scenarios[@]}"; do
  name="$(basename "$scenario" .mjs)"
  echo
  echo "== scenario $name"
  started=$SECONDS
  # shellcheck disable=SC2086 # HARNESS_ARGS is a list of options
  if (cd "$work/harness" && node run-scenario.mjs "$scenario" \
        --env "RECARGA_FAQ_DIR=$repo/locales" ${HARNESS_ARGS:-} -- "$bot"); then
    summary+=("PASS  $name  ($((SECONDS - started)) s)")
  else
    summary+=("FAIL  $name  ($((SECONDS - started)) s)")
    failed=$((failed + 1))
  fi
done

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
echo "${#scenarios[@]} scenarios, $failed failed"
((failed == 0))
