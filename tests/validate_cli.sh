#!/bin/sh
# dyad validate on records written for dyad (tests/validate/records.xml) with the default
# dictionaries: exact PASS/FAIL per record, totals, skipped categories, the unsupported <Config>
# option reported, and bad input (missing file, not XML, broken XML) handled with a message.
set -u
dyad=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$dyad" validate "$root/tests/validate/records.xml" > "$tmp/out" 2> "$tmp/err"
status=$?
cat "$tmp/out"
[ "$status" -eq 1 ] || fail "exit status $status, expected 1 (one record fails on purpose)"
grep -q "^PASS OWN-01 " "$tmp/out" || fail "OWN-01 (a visit) should pass"
grep -q "^PASS OWN-02 " "$tmp/out" || fail "OWN-02 (an attack) should pass"
grep -q "^PASS OWN-03 " "$tmp/out" || fail "OWN-03 (no events) should pass"
grep -q "^FAIL OWN-04 .*expected UKR>RUS:042 | produced RUSMIL>UKR:190" "$tmp/out" || fail "OWN-04 should fail, listing both codings"
grep -q "note: its <Parse> has other words than its <Text> ('Russian' in the text, 'Ukrainian' in the parse)" "$tmp/out" \
    || fail "OWN-04's parse has other words than its text; the note must say where"
grep -c "note: its <Parse>" "$tmp/out" | grep -qx 1 || fail "only OWN-04 has a parse with other words"
grep -q "OWN-05" "$tmp/out" && fail "OWN-05 is not in <Include> and must be skipped"
grep -q "^records: 3 passed, 1 failed (1 skipped" "$tmp/out" || fail "records summary"
grep -q "^codings: 2 passed, 1 failed" "$tmp/out" || fail "codings summary"
grep -q "^unexpected codings: 1 of 3 produced" "$tmp/out" || fail "unexpected codings summary"
grep -q 'Config option="write_actor_text"> is not supported' "$tmp/err" || fail "unsupported <Config> option not reported"

"$dyad" validate --category CONFLICT "$root/tests/validate/records.xml" > "$tmp/out" 2>/dev/null
grep -q "^records: 1 passed, 1 failed (3 skipped" "$tmp/out" || fail "--category CONFLICT"

"$dyad" validate "$tmp/missing.xml" > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] || fail "a missing records file must exit 2"
grep -q "missing.xml" "$tmp/err" || fail "a missing records file must be named"

printf 'just text, no records\n' > "$tmp/text.xml"
"$dyad" validate "$tmp/text.xml" > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] || fail "a file without records must exit 2"
grep -q "text.xml" "$tmp/err" || fail "a file without records must be named"

# broken XML: the records before the break are still run, the break is reported with its line
head -15 "$root/tests/validate/records.xml" > "$tmp/broken.xml"
printf '<Sentence id="X"><Text>unclosed\n' >> "$tmp/broken.xml"
"$dyad" validate "$tmp/broken.xml" > "$tmp/out" 2> "$tmp/err"
grep -q "broken.xml:[0-9]*: warning: XML" "$tmp/err" || fail "broken XML not reported with a line"
grep -q "^PASS OWN-01 " "$tmp/out" || fail "records before broken XML must still run"

"$dyad" validate > /dev/null 2>&1
[ $? -eq 2 ] || fail "no records file must exit 2"
echo "validate_cli: all checks passed"
