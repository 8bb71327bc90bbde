#!/bin/sh
# dyad tag on bad input: warnings name the input and position, the run goes on, nothing crashes.
set -u
dyad=$1
. "$(dirname "$0")/harness.sh"

: > "$tmp/empty.txt"
"$dyad" tag "$tmp/empty.txt" > "$tmp/out" 2> "$tmp/err"
check "empty file exits 0 with header only" "[ \$? -eq 0 ] && [ \$(wc -l < '$tmp/out') -eq 1 ]"

head -c 200000 /dev/urandom > "$tmp/binary.bin"
"$dyad" tag --input-format text "$tmp/binary.bin" > "$tmp/out" 2> "$tmp/err"
check "binary data is processed" "[ \$? -eq 0 ] && grep -q 'invalid UTF-8' '$tmp/err'"
check "binary warning names the input and byte" "grep -q 'binary.bin: byte [0-9]*: warning' '$tmp/err'"

printf 'Troops\000 advanced.\000\000 Police withdrew.\n' > "$tmp/nul.txt"
"$dyad" tag "$tmp/nul.txt" > "$tmp/out" 2> "$tmp/err"
check "NUL bytes act as spaces" "[ \$? -eq 0 ] && grep -q 'withdrew' '$tmp/out'"

head -c 50000000 /dev/zero | tr '\0' 'a' > "$tmp/line.txt"
printf ' end. Next sentence.\n' >> "$tmp/line.txt"
/usr/bin/env time -f '%M' -o "$tmp/rss" "$dyad" tag "$tmp/line.txt" > "$tmp/out" 2> "$tmp/err" || true
check "50 MB single line: output reaches the end" "grep -q 'Next' '$tmp/out'"
rss_kb=$(tail -1 "$tmp/rss" 2>/dev/null || echo 0)
check "50 MB single line: peak RSS under 400 MB (was ${rss_kb} kB)" "[ '${rss_kb:-0}' -lt 400000 ]"

{ printf 'Before. '; head -c 1048576 /dev/zero | tr '\0' 'b'; printf ' After the long token.\n'; } > "$tmp/token.txt"
"$dyad" tag "$tmp/token.txt" > "$tmp/out" 2> "$tmp/err"
check "1 MB token: text after it is tagged" "[ \$? -eq 0 ] && grep -q 'After' '$tmp/out'"

printf '{"id":"a","text":"Rebels attacked."}\n{broken\n{"id":"c","text":"Police fled."}\n' > "$tmp/in.jsonl"
"$dyad" tag "$tmp/in.jsonl" > "$tmp/out" 2> "$tmp/err"
check "broken JSON line: exit 0" "[ \$? -eq 0 ]"
check "broken JSON line: warning names file and line" "grep -q 'in.jsonl:2: warning: invalid JSON' '$tmp/err'"
check "broken JSON line: records around it are processed" "grep -q '# doc = a' '$tmp/out' && grep -q '# doc = c' '$tmp/out'"

"$dyad" tag "$tmp/missing.txt" > "$tmp/out" 2> "$tmp/err"
check "missing file: non-zero exit and message" "[ \$? -ne 0 ] && grep -q 'missing.txt: cannot open' '$tmp/err'"

"$dyad" tag --input-format xml "$tmp/in.jsonl" > /dev/null 2> "$tmp/err"
check "bad option value: exit 2 with message" "[ \$? -eq 2 ] && grep -q 'auto, text or jsonl' '$tmp/err'"

"$dyad" frobnicate > /dev/null 2> "$tmp/err"
check "unknown command: exit 2 with usage" "[ \$? -eq 2 ] && grep -q 'usage: dyad' '$tmp/err'"

exit $fail
