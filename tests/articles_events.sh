#!/bin/sh
# Article events: codes the full wire-style articles in tests/articles/ with the default dictionaries
# and compares with tests/articles/expected.tsv. Each produced event is mapped to the expected
# row(s) whose sentence fragment occurs in the produced sentence text. Prints one ok/MISS line per
# expected sentence (and EXTRA lines for events of sentences not listed), then recall (expected
# events produced) and precision (produced events expected; events of sentences marked "-" or not
# listed count as wrong). Fails when either falls below its floor (the floors only ever rise), when
# a fragment does not occur in its article, or when dyad fails.
# Actor codes and event codes match by prefix, as in golden_events.sh: an expected RUS accepts
# RUSMIL, "19" any 19x. The coding and the matching are shared with bench/eval/score.sh
# (tests/articles_code.sh, tests/articles_match.pl).
# Usage: articles_events.sh path/to/dyad repo-root
set -u
if [ $# -ne 2 ]; then
  echo "usage: $0 path/to/dyad repo-root" >&2
  exit 2
fi
dyad=$1
root=$2
here=$(dirname "$0")
dir=$root/tests/articles
ARTICLES_RECALL_FLOOR=${ARTICLES_RECALL_FLOOR:-0.80}
ARTICLES_PRECISION_FLOOR=${ARTICLES_PRECISION_FLOOR:-0.88}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM HUP

: > "$tmp/out.tsv"
sh "$here/articles_code.sh" "$dyad" "$dir" "$tmp/out.tsv" || exit $?
perl "$here/articles_match.pl" --lines --floors "$ARTICLES_RECALL_FLOOR" "$ARTICLES_PRECISION_FLOOR" \
  "$tmp/out.tsv" "$dir"
