#!/bin/sh
# dyad code --explain only observes: on every test input (golden sentences, articles, the sample,
# the store fixtures, tests/explain, and the articles again with the Phoenix dictionaries when ../shared is
# there) the events with --explain are byte-identical to those without it.
set -u
dyad=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat "$root"/tests/golden/*.tsv | perl -CI -MJSON::PP -ne 'next if /^#/ || !/\S/; chomp; my ($d, $s) = split /\t/;
  print encode_json({id => "$.", date => $d, text => $s}), "\n"' > "$tmp/golden.jsonl"
fail=0
n=0
compare() { # name, then dyad code arguments
  name=$1; shift
  "$dyad" code "$@" > "$tmp/plain" 2>/dev/null || { echo "FAIL: $name: dyad code failed"; fail=1; return; }
  "$dyad" code --explain "$@" > "$tmp/explained" 2> "$tmp/trace" || { echo "FAIL: $name: dyad code --explain failed"; fail=1; return; }
  [ -s "$tmp/trace" ] || { echo "FAIL: $name: --explain wrote no trace"; fail=1; }
  if ! cmp -s "$tmp/plain" "$tmp/explained"; then
    echo "FAIL: $name: --explain changes the events"; diff "$tmp/plain" "$tmp/explained" | head -6; fail=1
  fi
  n=$((n + 1))
}
compare golden "$tmp/golden.jsonl"
compare sample --date 2025-11-28 "$root/data/sample/article.txt"
compare store-fixtures "$root/tests/store/articles.jsonl"
# names that come back later in their sentence ("..., the army said"), where the old trace changed events
compare named-again --date 2025-07-01 "$root/tests/explain/named-again.txt"
for f in "$root"/tests/articles/*.txt; do compare "$(basename "$f")" --date 2025-07-01 "$f"; done
P=$root/../shared/phoenix-dictionaries
if [ -d "$P" ]; then
  for f in "$root"/tests/articles/*.txt; do
    compare "phoenix $(basename "$f")" --date 2025-07-01 --actors "$P/Phoenix.Countries.actors.txt" \
      --actors "$P/Phoenix.International.actors.txt" --agents "$P/Phoenix.agents.txt" --verbs "$P/CAMEO.2.0.txt" "$f"
  done
else
  echo "note: $P is absent; the Phoenix half of this test was not run"
fi
[ $fail -eq 0 ] && echo "explain parity: $n inputs, events identical with and without --explain"
exit $fail
