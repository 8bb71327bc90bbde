#!/bin/sh
# dyad serve benchmark: sh bench/serve.sh RUNS OUT.md
# Builds a SQLite store of more than 1,000,000 events from bench/store_corpus.sh's corpus with
# `dyad ingest` (or takes DYAD_BENCH_DB, an existing store), starts `dyad serve` on 127.0.0.1 and
# writes a markdown section to OUT.md: the start-up time (every event read once) and, per API
# request, the median over RUNS requests of curl's total time. DYAD_BENCH_SENTENCES (default
# 1900000) sets the corpus size.
set -eu
if [ $# -ne 2 ]; then echo "usage: sh bench/serve.sh RUNS OUT.md" >&2; exit 2; fi
runs=$1
case $2 in /*) out=$2 ;; *) out=$PWD/$2 ;; esac
cd "$(dirname "$0")/.."
sentences=${DYAD_BENCH_SENTENCES:-1900000}
. bench/release-dyad.sh
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2> /dev/null; rm -rf "$work"' EXIT
db=${DYAD_BENCH_DB:-}
if [ -z "$db" ]; then
  db=$work/events.db
  sh bench/store_corpus.sh "$sentences" "$work/corpus.jsonl"
  "$dyad" ingest --db "$db" "$work/corpus.jsonl" 2> "$work/ingest.err"
fi
: > "$work/serve.out"
start=$(date +%s.%N)
"$dyad" serve --db "$db" --port 0 > "$work/serve.out" 2> "$work/serve.err" &
pid=$!
until grep -q '^dyad serve: http' "$work/serve.out"; do
  kill -0 "$pid" 2> /dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 0.05
done
ready=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
url=$(sed -n 's/^dyad serve: //p' "$work/serve.out")
summary=$(curl -s "${url}api/stats?by=month" |
  perl -MJSON::PP -e 'local $/; my $j = decode_json(<STDIN>); print "$j->{events} events, $j->{mentions} mentions"')
id=$(curl -s "${url}api/events?offset=500000&limit=1" | sed -n 's/^{"events":\[{"id":\([0-9]*\).*/\1/p')

median() { sort -n | awk '{a[NR]=$1} END{print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
cat > "$work/requests" <<EOF2
api/stats?by=day
api/stats?by=month
api/stats?source=RUS&target=UKR&by=week
api/stats?quad=4&from=2020-01-01&to=2020-12-31
api/events?limit=50
api/events?source=RUS&target=UKR&limit=50&offset=500
api/events?root=19&quad=4&limit=500
api/events?offset=1000000&limit=50
api/event/$id
api/events?text=ceasefire%20violating&limit=50
api/stats?text=ceasefire%20violating
EOF2
{
  echo "## dyad serve (\`sh bench/serve.sh $runs OUT.md\`)"
  echo
  echo "Store: SQLite, \`dyad ingest\` of \`sh bench/store_corpus.sh $sentences corpus.jsonl\` ($summary)."
  echo "\`dyad serve --db DB --port 0\` is ready (every event's keys read into memory) in $ready s. Median of"
  echo "$runs requests with \`curl -s -o /dev/null -w '%{time_total}'\` on 127.0.0.1, one after another; $(nproc) cores."
  echo
  echo "| request | median (ms) | bytes |"
  echo "|---|---|---|"
  while IFS= read -r path; do
    : > "$work/times"
    for _ in $(seq "$runs"); do
      curl -s -o "$work/body" -w '%{time_total}\n' "$url$path" >> "$work/times"
    done
    ms=$(median < "$work/times" | awk '{ printf "%.1f", $1 * 1000 }')
    echo "| \`/$path\` | $ms | $(wc -c < "$work/body") |"
  done < "$work/requests"
} > "$out"
cat "$out"
