#!/bin/sh
# Every output of the bundled articles (tests/store/articles.jsonl) loads with Python's json and
# csv modules, the JSON records of dyad code, query and export validate against
# docs/event-record.schema.json, and the GDELT tables carry the codebooks' columns:
#   sh tests/outputs.sh DYAD SOURCE_DIR
set -u
dyad=$1
root=$2
. "$(dirname "$0")/harness.sh"
schema=$root/docs/event-record.schema.json
articles=$root/tests/store/articles.jsonl

"$dyad" ingest --db "$tmp/db" "$articles" 2> /dev/null
"$dyad" code "$articles" > "$tmp/code.jsonl"
"$dyad" query --db "$tmp/db" --format jsonl > "$tmp/query.jsonl"
"$dyad" export --db "$tmp/db" --format jsonl > "$tmp/export.jsonl"
"$dyad" export --db "$tmp/db" --format csv > "$tmp/export.csv"
"$dyad" export --db "$tmp/db" --header > "$tmp/gdelt.tsv"
"$dyad" export --db "$tmp/db" --format gdelt-mentions --header > "$tmp/mentions.tsv"

check "code, query and export JSON Lines match the schema ($(python3 "$root/tests/outputs/schema_check.py" "$schema" "$tmp/code.jsonl" "$tmp/query.jsonl" "$tmp/export.jsonl" | tr '\n' ' '))" \
  "python3 '$root/tests/outputs/schema_check.py' '$schema' '$tmp/code.jsonl' '$tmp/query.jsonl' '$tmp/export.jsonl' > '$tmp/schema.out' || { cat '$tmp/schema.out'; false; }"
# the validator catches what the schema forbids: a number for a code, an unknown field, a path
sed -e 's/"code":"190"/"code":190/' "$tmp/export.jsonl" > "$tmp/bad1.jsonl"
sed -e 's/"negated":false/"negated":false,"extra":1/' "$tmp/code.jsonl" > "$tmp/bad2.jsonl"
sed -e 's/"verb_pattern":"verbs.txt/"verb_pattern":"\/build\/verbs.txt/' "$tmp/code.jsonl" > "$tmp/bad3.jsonl"
for i in 1 2 3; do
  check "the validator rejects bad record $i" "! python3 '$root/tests/outputs/schema_check.py' '$schema' '$tmp/bad$i.jsonl' > /dev/null"
done
check "all outputs load with json and csv and agree ($(python3 "$root/tests/outputs/check_outputs.py" "$tmp" | tail -n 1))" \
  "python3 '$root/tests/outputs/check_outputs.py' '$tmp' > '$tmp/check.out' || { cat '$tmp/check.out'; false; }"

# --scheme plover: every record of code, query and export carries a PLOVER field that matches
# the schema, the three agree, and the CSV gains the plover_ columns
"$dyad" code --scheme plover "$articles" > "$tmp/pcode.jsonl"
"$dyad" query --db "$tmp/db" --format jsonl --scheme plover > "$tmp/pquery.jsonl"
"$dyad" export --db "$tmp/db" --format jsonl --scheme plover > "$tmp/pexport.jsonl"
"$dyad" export --db "$tmp/db" --format csv --scheme plover > "$tmp/pexport.csv"
check "--scheme plover: records match the schema" \
  "python3 '$root/tests/outputs/schema_check.py' '$schema' '$tmp/pcode.jsonl' '$tmp/pquery.jsonl' '$tmp/pexport.jsonl' > '$tmp/schema.out' || { cat '$tmp/schema.out'; false; }"
check "--scheme plover: code, query and export agree, csv loads ($(python3 "$root/tests/outputs/check_plover.py" "$tmp" | tail -n 1))" \
  "python3 '$root/tests/outputs/check_plover.py' '$tmp' > '$tmp/plover.out' || { cat '$tmp/plover.out'; false; }"
check "--scheme is checked" "! \"$dyad\" code --scheme gdelt '$articles' > /dev/null 2>&1 && ! \"$dyad\" stats --db '$tmp/db' --scheme plover > /dev/null 2>&1"

# the dictionary version follows the files' contents, not their folder
cp -r "$root/data/dict" "$tmp/dict"
v1=$("$dyad" code "$articles" | head -n 1 | sed 's/.*"dict_version":"\([0-9a-f]*\)".*/\1/')
v2=$("$dyad" code --dict-dir "$tmp/dict" "$articles" | head -n 1 | sed 's/.*"dict_version":"\([0-9a-f]*\)".*/\1/')
echo "# a comment" >> "$tmp/dict/verbs.txt"
v3=$("$dyad" code --dict-dir "$tmp/dict" "$articles" | head -n 1 | sed 's/.*"dict_version":"\([0-9a-f]*\)".*/\1/')
check "dict_version: same files in another folder keep it ($v1 $v2), a changed file changes it ($v3)" \
  "[ '$v1' = '$v2' ] && [ '$v2' != '$v3' ] && [ \${#v3} -eq 16 ]"
check "provenance names files within the dictionary folder" \
  "\"$dyad\" code --dict-dir '$tmp/dict' '$articles' | grep -q '\"verb_pattern\":\"verbs.txt:[0-9]*\"' && ! grep -q '$tmp' '$tmp/code.jsonl'"
exit $fail
