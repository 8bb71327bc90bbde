#!/bin/sh
# The PETRARCH validation suite (third-party, in ../shared beside the repository): dyad codes
# every record's text with its own pipeline and the dictionaries the records file names. Fails
# when the share of expected codings produced falls below RECALL_FLOOR or the share of produced
# codings that were not expected rises above UNEXPECTED_CEILING; both only ever tighten.
# Skips (exit 77, shown by CTest as skipped) when ../shared is absent.
set -u
dyad=$1
root=$2
RECALL_FLOOR=${RECALL_FLOOR:-90.0}
UNEXPECTED_CEILING=${UNEXPECTED_CEILING:-5.0}
records=$root/../shared/petrarch-validation/PETR.UnitTest.records.xml
if [ ! -f "$records" ]; then
  echo "SKIPPED: $records is absent; the PETRARCH validation suite was not run"
  exit 77
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$dyad" validate "$records" > "$out" 2>/dev/null
status=$?
if [ "$status" -gt 1 ]; then echo "dyad validate failed with status $status"; exit 1; fi
tail -3 "$out"
recall=$(sed -n 's/^codings: .*produced: \([0-9.]*\)%.*/\1/p' "$out")
unexpected=$(sed -n 's/^unexpected codings: .*(\([0-9.]*\)%).*/\1/p' "$out")
[ -n "$recall" ] && [ -n "$unexpected" ] || { echo "no summary in the output of dyad validate"; exit 1; }
awk -v r="$recall" -v u="$unexpected" -v rf="$RECALL_FLOOR" -v uc="$UNEXPECTED_CEILING" 'BEGIN {
  ok = (r + 0 >= rf + 0) && (u + 0 <= uc + 0)
  printf "validation: %.1f%% of expected codings produced (floor %.1f%%), %.1f%% of produced codings unexpected (ceiling %.1f%%)\n", r, rf, u, uc
  exit ok ? 0 : 1 }'
