#!/bin/sh
# Held-out evaluation: scores dyad on the exhaustively annotated articles of bench/eval/news-*/
# (see bench/eval/README.md). Codes each article as the article test does and matches with the
# same code (tests/articles_code.sh, tests/articles_match.pl), then prints a per-article table and
# precision, recall and key-event recall over the whole set: with full event codes and root codes
# only, with and without background rows. The sentences dyad got wrong are printed only with
# --show-failures: the set must not become a tuning set by accident.
# Usage: sh bench/eval/score.sh [--show-failures] path/to/dyad [DIR...]
set -u
root=$(cd "$(dirname "$0")/../.." && pwd) || exit 2
show=
dyad=
dirs=
for a in "$@"; do
  case $a in
    --show-failures) show=--failures ;;
    -*) echo "score: unknown option $a" >&2; exit 2 ;;
    *) if [ -z "$dyad" ]; then dyad=$a; else dirs="$dirs $a"; fi ;;
  esac
done
if [ -z "$dyad" ]; then
  echo "usage: sh $0 [--show-failures] path/to/dyad [DIR...]  (default: every bench/eval/news-*/)" >&2
  exit 2
fi
if [ -z "$dirs" ]; then
  for d in "$root"/bench/eval/news-*/; do
    [ -r "$d/expected.tsv" ] && dirs="$dirs ${d%/}"
  done
fi
[ -n "$dirs" ] || { echo "score: no folders with an expected.tsv in $root/bench/eval/" >&2; exit 2; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM HUP

: > "$tmp/out.tsv"
for d in $dirs; do
  sh "$root/tests/articles_code.sh" "$dyad" "$d" "$tmp/out.tsv" || exit $?
done
# $dirs holds no blanks within a folder name (word splitting is intended here)
# shellcheck disable=SC2086
perl "$root/tests/articles_match.pl" --table $show "$tmp/out.tsv" $dirs
