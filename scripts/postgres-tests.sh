#!/usr/bin/env bash
# Runs the handler, FAQ and scheduler tests on PostgreSQL instead of SQLite: the same SQL, the
# same binary, another backend. Needs a PostgreSQL server and a URL whose user may create
# databases (each test gets its own, dropped at the end), for example:
#   sudo -u postgres psql -c "create user recarga with password 'recarga' createdb"
#   sudo -u postgres createdb -O recarga recarga
set -euo pipefail
cd "$(dirname "$0")/.."
export RECARGA_TEST_POSTGRES="${RECARGA_TEST_POSTGRES:-postgres://recarga:recarga@127.0.0.1/recarga}"
status=0
cargo test --locked --test it -- --skip process --skip load || status=$?
# Drop the per-test databases.
for db in $(psql "$RECARGA_TEST_POSTGRES" -Atc "select datname from pg_database where datname like 'recarga_test_%'"); do
  psql "$RECARGA_TEST_POSTGRES" -qc "drop database $db" || true
done
exit $status
