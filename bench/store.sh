#!/bin/sh
# Event store benchmark: sh bench/store.sh RUNS OUT.md
# Generates a news corpus (bench/make_corpus.py, fixed seed) whose articles are spread over ten
# years of dates, so that deduplication leaves more than 1,000,000 distinct events, and ingests
# it with `dyad ingest` (the whole pipeline: coding and storing) into SQLite and into PostgreSQL
# (a private server on 127.0.0.1 started by tests/with-postgres.sh, fsync off). Measures the
# ingest rate, then the median wall time of RUNS runs of each query, stats and export command on
# both databases, and writes a markdown section to OUT.md.
# DYAD_BENCH_SENTENCES (default 1900000) sets the corpus size.
set -eu
if [ $# -ne 2 ]; then echo "usage: sh bench/store.sh RUNS OUT.md" >&2; exit 2; fi
runs=$1
case $2 in /*) out=$2 ;; *) out=$PWD/$2 ;; esac
cd "$(dirname "$0")/.."
if [ -z "${DYAD_TEST_PG_SERVER:-}" ]; then
  sh scripts/install-deps --bench
  exec sh tests/with-postgres.sh sh bench/store.sh "$runs" "$out"
fi
sentences=${DYAD_BENCH_SENTENCES:-1900000}
. bench/release-dyad.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sh bench/store_corpus.sh "$sentences" "$work/corpus.jsonl"
articles=$(wc -l < "$work/corpus.jsonl")

median() { sort -n | awk '{a[NR]=$1} END{print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
wall() { /usr/bin/time -f '%e' -o "$work/t" "$@" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; exit 1; }; cat "$work/t"; }

/usr/bin/time -f '%e' -o "$work/t" "$dyad" code "$work/corpus.jsonl" > "$work/coded.jsonl"
code_s=$(cat "$work/t")
mentions=$(wc -l < "$work/coded.jsonl")
rm "$work/coded.jsonl"

# The query commands; DB stands for the database.
cat > "$work/commands" <<'EOF'
query --db DB --source RUS --target UKR --from 2020-01-01 --to 2020-12-31 --format csv
query --db DB --root 19 --quad 4 --limit 1000
query --db DB --text "ceasefire violating" --limit 1000 --format jsonl
stats --db DB --by month
stats --db DB --dyad RUS,UKR --by week
export --db DB --format csv --from 2024-01-01 --to 2024-12-31
export --db DB --format gdelt
EOF

# bench BACKEND DB: ingest, then time every command; appends table rows to $work/BACKEND.*
bench() {
  name=$1 db=$2
  ingest_s=$(wall "$dyad" ingest --db "$db" "$work/corpus.jsonl")
  summary=$(sed -n 's/.*database: //p' "$work/err")
  events=$(echo "$summary" | awk -F', ' '{print $3+0}')
  echo "| $name | $ingest_s | $(awk -v a="$articles" -v s="$ingest_s" 'BEGIN{printf "%.0f", a/s}') |" \
       "$(awk -v m="$mentions" -v s="$ingest_s" 'BEGIN{printf "%.0f", m/s}') | $events | $summary |" >> "$work/ingest.md"
  while IFS= read -r cmd; do
    : > "$work/times"
    for i in $(seq "$runs"); do
      eval "set -- $cmd"
      args=""
      for a in "$@"; do [ "$a" = DB ] && a=$db; args="$args '$a'"; done
      eval "wall \"\$dyad\" $args" >> "$work/times"
    done
    echo "$(median < "$work/times")" >> "$work/$name.latency"
  done < "$work/commands"
}
: > "$work/ingest.md"; : > "$work/SQLite.latency"; : > "$work/PostgreSQL.latency"
bench SQLite "$work/events.db"
sqlite_mb=$(du -m "$work/events.db" | cut -f1)
bench PostgreSQL "$DYAD_TEST_PG_SERVER/dyad_main"

{
  echo "## Event store (\`sh bench/store.sh $runs OUT.md\`)"
  echo
  echo "Corpus: \`python3 bench/make_corpus.py corpus.jsonl $sentences\`, article k re-dated to 2016-01-01 +"
  echo "(k x 7919 mod 3653) days: $articles articles, $sentences sentences, $mentions events coded by \`dyad code\`"
  echo "(${code_s} s for \`dyad code\` alone). Ingest is \`dyad ingest --db DB corpus.jsonl\`: coding and storing."
  echo "SQLite: a file in a temporary directory (WAL; ${sqlite_mb} MB after ingest). PostgreSQL: a local server"
  echo "started by \`tests/with-postgres.sh\` (fsync off, 127.0.0.1). $(nproc) cores."
  echo
  echo "| backend | ingest (s) | articles/s | events/s | distinct events | database after ingest |"
  echo "|---|---|---|---|---|---|"
  cat "$work/ingest.md"
  echo
  echo "Median wall time in seconds of $runs runs (output to /dev/null):"
  echo
  echo "| command | SQLite | PostgreSQL |"
  echo "|---|---|---|"
  paste -d'|' "$work/commands" "$work/SQLite.latency" "$work/PostgreSQL.latency" |
    awk -F'|' '{printf "| `dyad %s` | %s | %s |\n", $1, $2, $3}'
} > "$out"
cat "$out"
