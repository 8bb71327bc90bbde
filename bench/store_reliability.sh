#!/bin/sh
# The event store's reliability checks, repeated: sh bench/store_reliability.sh [KILLS] [ROUNDS]
# Runs tests/store_reliability.sh ROUNDS times (default 5) on SQLite and on PostgreSQL (a
# private server on 127.0.0.1, tests/with-postgres.sh), with KILLS kill -9 (default 50) per
# round, and prints every check that failed, the figures of every round and the totals: kills
# that landed mid-run, concurrent ingests, schema races, probes.
set -eu
kills=${1:-50}
rounds=${2:-5}
cd "$(dirname "$0")/.."
. bench/release-dyad.sh
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for backend in sqlite postgres; do
  for round in $(seq "$rounds"); do
    if [ $backend = postgres ]; then
      sh tests/with-postgres.sh sh tests/store_reliability.sh "$dyad" . $backend "$kills" > "$log.$round" 2>&1 || true
    else
      sh tests/store_reliability.sh "$dyad" . $backend "$kills" > "$log.$round" 2>&1 || true
    fi
    grep -E '^(FAIL|# figures)' "$log.$round" | sed "s/^/$backend round $round: /"
    cat "$log.$round" >> "$log.$backend"
    rm -f "$log.$round"
  done
  checks=$(grep -c '^ok\|^FAIL' "$log.$backend")
  failed=$(grep -c '^FAIL' "$log.$backend" || true)
  landed=$(sed -n 's/.*kill -9: [0-9]* kills, \([0-9]*\) mid-run.*/\1/p' "$log.$backend" | awk '{ n += $1 } END { print n + 0 }')
  echo "$backend: $rounds rounds, $((rounds * kills)) kill -9 ($landed mid-run), $rounds x 2 concurrent ingesters, $rounds x 4 schema races: $checks checks, $failed failed"
  rm -f "$log.$backend"
done
