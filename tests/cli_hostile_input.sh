#!/bin/sh
# dyad code, ingest and validate on input that once crashed them or lost records without a word:
# emoji and combining marks at the start of a phrase, random bytes, JSON Lines with CR line ends,
# several records on a line, a byte order mark, empty ids, impossible dates, a run-on line.
#   sh tests/cli_hostile_input.sh DYAD
set -u
dyad=$1
. "$(dirname "$0")/harness.sh"

# a phrase starting with a variation selector or a lone combining mark (exit 139 before)
printf '\342\232\240\357\270\217 Protesters clashed with police in Nairobi on Monday.\n\342\235\244\357\270\217 Kenyan troops attacked the rebels.\nPolice said \314\201 protesters attacked the embassy.\n' > "$tmp/emoji.txt"
"$dyad" code "$tmp/emoji.txt" > "$tmp/out" 2> "$tmp/err"; s=$?
check "emoji text: code exits 0 (was $s)" "[ $s -eq 0 ]"
"$dyad" code --explain --format tsv "$tmp/emoji.txt" > "$tmp/out" 2> "$tmp/err"; s=$?
check "emoji text: code --explain --format tsv exits 0 (was $s)" "[ $s -eq 0 ]"
"$dyad" code - < "$tmp/emoji.txt" > "$tmp/out" 2> "$tmp/err"; s=$?
check "emoji text: code on stdin exits 0 (was $s)" "[ $s -eq 0 ]"
"$dyad" ingest --db "$tmp/emoji.db" "$tmp/emoji.txt" > "$tmp/out" 2> "$tmp/err"; s=$?
check "emoji text: ingest exits 0 (was $s)" "[ $s -eq 0 ]"
printf '<Validation><Sentences><Sentence date="20250310" id="E-1" category="X"><EventCoding noevents="True"/><Text>%s</Text></Sentence></Sentences></Validation>\n' \
  "$(head -1 "$tmp/emoji.txt")" > "$tmp/emoji.xml"
"$dyad" validate "$tmp/emoji.xml" > "$tmp/out" 2> "$tmp/err"; s=$?
check "emoji text: validate does not crash (was $s)" "[ $s -le 1 ]"

# random bytes (a stack buffer overflow in the phrase lookup under ASan before)
head -c 300000 /dev/urandom > "$tmp/random.bin"
"$dyad" code "$tmp/random.bin" > "$tmp/out" 2> "$tmp/err"; s=$?
check "random bytes: code exits 0 (was $s)" "[ $s -eq 0 ]"

# JSON Lines: CR line ends, two records on a line, a byte order mark; every record is coded
printf '\357\273\277{"id":"a","text":"Russian forces attacked Ukraine."}\r{"id":"b","text":"Russian forces attacked Ukraine."} {"id":"c","text":"Russian forces attacked Ukraine."}\r\n{"id":"d","text":"Russian forces attacked Ukraine."}' > "$tmp/lines.jsonl"
"$dyad" code "$tmp/lines.jsonl" > "$tmp/out" 2> "$tmp/err"; s=$?
ids=$(sed -n 's/^{"doc_id":"\([a-z]*\)".*/\1/p' "$tmp/out" | sort -u | tr -d '\n')
check "JSON Lines: CR, CR LF, two per line and a BOM give every record (got '$ids')" "[ $s -eq 0 ] && [ '$ids' = abcd ]"

# records with an empty id are all stored, each as itself, with a warning naming the line
printf '{"id":"","text":"Russian forces attacked Ukraine."}\n{"id":"","text":"Kenyan police arrested protesters."}\n' > "$tmp/empty-id.jsonl"
"$dyad" ingest --db "$tmp/ids.db" "$tmp/empty-id.jsonl" > "$tmp/out" 2> "$tmp/err"; s=$?
check "empty ids: both records stored" "[ $s -eq 0 ] && grep -q '2 articles stored' '$tmp/err'"
check "empty ids: warned with file:line" "grep -q 'empty-id.jsonl:2: warning: \"id\" is empty' '$tmp/err'"

# impossible dates are warned about and never written
printf '{"id":"f","date":"2025-03-10","text":"Russian forces attacked Ukraine on Feb. 30."}\n{"id":"z","date":"0000-01-01","text":"Russian forces attacked Ukraine yesterday."}\n' > "$tmp/dates.jsonl"
"$dyad" code "$tmp/dates.jsonl" > "$tmp/out" 2> "$tmp/err"; s=$?
check "impossible dates: code exits 0" "[ $s -eq 0 ]"
check "impossible dates: none written" "! grep -q -e '2025-02-30' -e '\"date\":\"0000' -e '--' '$tmp/out'"
check "impossible dates: 'Feb. 30' warned with its offset" "grep -q 'dates.jsonl: byte [0-9]*: warning: .Feb' '$tmp/err'"
check "impossible dates: \"date\" 0000-01-01 warned with file:line" "grep -q 'dates.jsonl:2: warning: \"date\"' '$tmp/err'"

# a run-on line of clauses: every event repeats its sentence, so sentences of 400 tokens (the old
# only limit) made the output 400 times the input; with 512-byte sentences it stays under 250
# (each clause here gives several events, with some 850 bytes of their own with the place object)
awk 'BEGIN { for (i = 0; i < 6000; i++) printf "%s and ", (i % 2 ? "Russia attacked Ukraine" : "Kenya accused Sudan"); print "" }' > "$tmp/run-on.txt"
"$dyad" code "$tmp/run-on.txt" > "$tmp/out" 2> "$tmp/err"; s=$?
in=$(wc -c < "$tmp/run-on.txt"); out=$(wc -c < "$tmp/out")
check "run-on line: output $out bytes for $in of input, under 250 times" "[ $s -eq 0 ] && [ $out -lt $((in * 250)) ]"
check "run-on line: the split is warned about once" "[ \$(grep -c 'split into parts' '$tmp/err') -eq 1 ]"

exit $fail
