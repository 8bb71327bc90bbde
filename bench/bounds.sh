#!/bin/sh
# Resource bounds of the batch commands: sh bench/bounds.sh OUT.md
# On the event store corpus (bench/store_corpus.sh, 1,900,000 sentences, about 290 MB of JSON
# Lines): wall time and peak resident memory of `dyad code` on the whole file, of `dyad ingest`
# into SQLite (more than 1,000,000 distinct events) and of `dyad export` of every event as JSON
# Lines and as GDELT. The point is that memory stays bounded (streamed input and output, batched
# transactions), whatever the size of the input or of the store. Writes a markdown table to OUT.md.
set -eu
if [ $# -ne 1 ]; then echo "usage: sh bench/bounds.sh OUT.md" >&2; exit 2; fi
case $1 in /*) out=$1 ;; *) out=$PWD/$1 ;; esac
cd "$(dirname "$0")/.."
. bench/release-dyad.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sh bench/store_corpus.sh "${DYAD_BENCH_SENTENCES:-1900000}" "$work/corpus.jsonl"

# measure LABEL OUTPUT COMMAND...: one table row, time and peak RSS from GNU time
measure() {
  label=$1 output=$2
  shift 2
  /usr/bin/time -f '%e %M' -o "$work/t" "$@" > "$output" 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r secs kb < "$work/t"
  lines=$(wc -l < "$output")
  echo "| $label | $secs | $((kb / 1024)) | $lines |" >> "$work/rows"
}
measure "\`dyad code corpus.jsonl\`" "$work/coded.jsonl" "$dyad" code "$work/corpus.jsonl"
rm "$work/coded.jsonl"
measure "\`dyad ingest --db DB corpus.jsonl\`" /dev/null "$dyad" ingest --db "$work/db" "$work/corpus.jsonl"
measure "\`dyad export --db DB --format jsonl\`" "$work/export" "$dyad" export --db "$work/db" --format jsonl
measure "\`dyad export --db DB --format gdelt\`" "$work/export" "$dyad" export --db "$work/db" --format gdelt
{
  echo "Corpus: $(wc -l < "$work/corpus.jsonl") articles, $(($(wc -c < "$work/corpus.jsonl") / 1000000)) MB of JSON Lines;"
  echo "SQLite database after ingest: $(($(wc -c < "$work/db") / 1000000)) MB. $(nproc) cores, commit $(git rev-parse --short HEAD)."
  echo
  echo "| command | wall (s) | peak RSS (MB) | output lines |"
  echo "|---|---|---|---|"
  cat "$work/rows"
} > "$out"
cat "$out"
