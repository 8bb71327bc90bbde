#!/bin/sh
# Messages that tell a person what went wrong instead of waiting or going quiet:
#   sh tests/cli_friendly.sh DYAD SOURCE_DIR
set -u
dyad=$1
root=$2
. "$(dirname "$0")/harness.sh"
printf 'Russia attacked Ukraine.\n' > "$tmp/a.txt"
cp "$tmp/a.txt" "$tmp/b.txt"

"$dyad" code "$tmp/a.txt" "$tmp/b.txt" > /dev/null 2> "$tmp/err"
check "plain text without --date: one warning that dates cannot be resolved" \
  "[ \$(grep -c 'no --date: relative dates' '$tmp/err') -eq 1 ] && grep -q 'a.txt: warning' '$tmp/err'"
"$dyad" code --date 2025-03-01 "$tmp/a.txt" > /dev/null 2> "$tmp/err"
check "... and none with --date" "! grep -q 'relative dates' '$tmp/err'"
printf '{"id":"x","date":"2025/03/01","text":"Russia attacked Ukraine."}\n' > "$tmp/d.jsonl"
"$dyad" code --date 2025-03-01 "$tmp/d.jsonl" > /dev/null 2> "$tmp/err"
check "a JSON date that is not YYYY-MM-DD: a warning with file and line" "grep -q 'd.jsonl:1: warning: \"date\" .2025/03/01.' '$tmp/err'"

if command -v script > /dev/null 2>&1; then
  timeout 10 script -qec "'$dyad' code" /dev/null > "$tmp/tty" 2>&1 < /dev/null; rc=$?
  check "dyad code on a terminal without a file: a hint and exit 2, no wait" \
    "[ $rc -eq 2 ] && grep -q 'standard input is a terminal' '$tmp/tty'"
else
  echo "ok - SKIP: no script(1) to give dyad code a terminal"
fi
check "dyad code reading a pipe still works" "printf 'Russia attacked Ukraine.\n' | '$dyad' code 2>/dev/null | grep -q '\"code\":\"190\"'"

"$dyad" validate "$tmp/missing.xml" > /dev/null 2> "$tmp/err"
check "dyad validate names a missing records file (exit 2)" \
  "[ \$? -eq 2 ] && grep -q 'missing.xml: cannot open the records file' '$tmp/err'"

printf 'just some words\n' > "$tmp/noverbs.txt"
"$dyad" code --verbs "$tmp/noverbs.txt" "$tmp/a.txt" > /dev/null 2> "$tmp/err"
check "a verbs file without verb blocks: exit 1 naming it" \
  "[ \$? -eq 1 ] && grep -q 'noverbs.txt: no verb blocks' '$tmp/err'"

"$dyad" ingest --db "$tmp/e.db" --date 2025-03-01 "$tmp/a.txt" 2> "$tmp/err"
check "ingest progress counts mentions by that name" "grep -q 'progress articles=1 .* mentions=1 ' '$tmp/err'"
printf 'Russian forces shelled Kharkiv.\nUkraine attacked Russia in Kursk.\n' > "$tmp/two.txt"
"$dyad" code --explain --date 2025-01-01 "$tmp/two.txt" 2> "$tmp/err" > /dev/null
check "--explain counts sentences from 1 in the sentence and the place traces alike" \
  "grep -q '^sentence 2: Ukraine attacked' '$tmp/err' && grep -Eq '^event 2 \(sentence 2, UKR(MIL)?>RUS' '$tmp/err' && ! grep -q '(sentence 0' '$tmp/err'"
exit $fail
