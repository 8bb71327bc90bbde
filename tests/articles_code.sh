#!/bin/sh
# Codes every article listed in DIR/expected.tsv with `dyad code --format tsv --date DATE FILE`
# and appends dyad's rows to OUT, each prefixed by a tab-separated tag "DIR/FILE" (whatever doc_id
# dyad reports), the form tests/articles_match.pl expects. Shared by tests/articles_events.sh and
# bench/eval/score.sh so that both code the articles the same way.
# Usage: articles_code.sh path/to/dyad DIR OUT
set -u
if [ $# -ne 3 ]; then
  echo "usage: $0 path/to/dyad DIR OUT" >&2
  exit 2
fi
dyad=$1
dir=$2
out=$3
expected=$dir/expected.tsv
[ -x "$dyad" ] || { echo "articles: $dyad is not executable" >&2; exit 2; }
[ -r "$expected" ] || { echo "articles: cannot read $expected" >&2; exit 2; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM HUP

# one "file<TAB>date" line per article, in the order of expected.tsv
perl -ne 'next if /^#/ || !/\S/; chomp; my ($f, $d) = split /\t/; next if $seen{$f}++; print "$f\t$d\n"' \
  "$expected" > "$tmp/articles" || exit 2
n=0
while IFS='	' read -r file date; do
  n=$((n + 1))
  [ -r "$dir/$file" ] || { echo "articles: missing article $dir/$file" >&2; exit 1; }
  case $date in
    [0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]) ;;
    *) echo "articles: $expected: bad date '$date' for $file" >&2; exit 1 ;;
  esac
  if ! "$dyad" code --format tsv --date "$date" "$dir/$file" > "$tmp/raw" 2> "$tmp/err"; then
    echo "articles: dyad code failed on $dir/$file:" >&2
    cat "$tmp/err" >&2
    exit 1
  fi
  perl -ne 'BEGIN { $f = shift } next if $. == 1; print "$f\t$_"' "$dir/$file" "$tmp/raw" >> "$out" || exit 1
done < "$tmp/articles"
[ "$n" -gt 0 ] || { echo "articles: no articles listed in $expected" >&2; exit 1; }
exit 0
