#!/bin/sh
# dyad ingest, query, stats and export on the bundled articles in tests/store/:
#   sh tests/store_cli.sh DYAD SOURCE_DIR sqlite|postgres
# postgres needs the server of tests/with-postgres.sh (DYAD_TEST_PG_SERVER).
set -u
dyad=$1
root=$2
backend=$3
data=$root/tests/store
. "$(dirname "$0")/harness.sh"

use_backend "$backend" "DYAD SOURCE_DIR sqlite|postgres"
main=$(db_named main)
q() { "$dyad" query --db "$main" --format csv "$@" | tail -n +2 | tr -d '"'; }
# the summary line's database counts: "N articles, N sentences, N events, N mentions"
totals() { sed -n 's/.*database: //p' "$1"; }

"$dyad" ingest --db "$main" "$data/articles.jsonl" > "$tmp/out" 2> "$tmp/err"
check "ingest exits 0" "[ \$? -eq 0 ]"
first=$(totals "$tmp/err")
mentions=$("$dyad" code "$data/articles.jsonl" | wc -l)
check "every event of dyad code is stored as a mention ($mentions)" "echo '$first' | grep -q ', $mentions mentions'"
check "the same event in four sentences of three articles is one event" \
  "q --source RUSMIL --code 190 | cut -d, -f2-5,9-11 | grep -qx '2025-03-09,RUSMIL,UKR,190,4,2,3'"
check "progress is plain lines when stderr is not a terminal" "grep -q '^dyad ingest: progress articles=6 total=6 .* done' '$tmp/err'"

"$dyad" ingest --db "$main" "$data/articles.jsonl" 2> "$tmp/err"
check "ingesting again stores nothing" "grep -q '0 articles stored, 6 already stored' '$tmp/err' && [ \"\$(totals '$tmp/err')\" = '$first' ]"
"$dyad" ingest --db "$main" "$data/duplicates.jsonl" 2> "$tmp/err"
check "same id with other text, same text under another id: stored once" \
  "grep -q '0 articles stored, 2 already stored' '$tmp/err' && [ \"\$(totals '$tmp/err')\" = '$first' ]"

"$dyad" ingest --db "$main" "$data/malformed.jsonl" 2> "$tmp/err"
check "a malformed line is reported with input and line" "grep -q 'malformed.jsonl:2: warning: invalid JSON' '$tmp/err'"
check "... skipped, and the rest stored" "grep -q '2 articles stored, 0 already stored, 1 malformed' '$tmp/err'"

printf '%s\n' '{"text": "Chile praised Peru for its restraint."}' > "$tmp/a.jsonl"
printf '%s\n' '{"text": "Peru praised Chile for its restraint."}' > "$tmp/b.jsonl"
printf 'Peru criticised Chile over its fishing fleet.' > "$tmp/c.txt"
"$dyad" ingest --db "$(db_named noid)" "$tmp/a.jsonl" "$tmp/b.jsonl" "$tmp/c.txt" 2> "$tmp/err"
"$dyad" ingest --db "$(db_named noid)" "$tmp/c.txt" - < "$tmp/c.txt" 2>> "$tmp/err"
check "records and files without ids are told apart by their text" \
  "grep -q '3 articles stored, 0 already stored' '$tmp/err' && grep -q '0 articles stored, 2 already stored' '$tmp/err'"
check "--source is a prefix (RUS: RUSGOV, RUSMIL)" "[ \"\$(q --source RUS | cut -d, -f3 | sort -u | tr '\n' ' ')\" = 'RUSGOV RUSMIL ' ]"
check "--target" "[ \"\$(q --target UKR | cut -d, -f3 | sort | tr '\n' ' ')\" = 'FRAGOV RUSGOV RUSMIL ' ]"
check "--from and --to" "[ \"\$(q --from 2025-04-01 --to 2025-04-02 | cut -d, -f3 | tr '\n' ' ')\" = 'IGOEUREEC RUSGOV ' ]"
check "--root" "[ \"\$(q --root 19 | wc -l)\" -eq 1 ]"
check "--code" "q --code 1123 | grep -q '^[0-9]*,2025-04-02,RUSGOV,UKRGOV,1123,'"
check "--quad" "[ \"\$(q --quad 1 | cut -d, -f3 | tr '\n' ' ')\" = 'FRAGOV UKRGOV INDGOV TURGOV KENGOV BRAGOV ' ]"
check "--text (full-text search on sentences)" "[ \"\$(q --text 'nuclear sanctions' | cut -d, -f3)\" = 'IGOEUREEC' ]"
check "--text finds words in any mention's sentence" "[ \"\$(q --text 'hours later' | cut -d, -f3)\" = 'RUSMIL' ]"
"$dyad" query --db "$main" --format csv --text '"NEAR( nuclear* OR' > "$tmp/weird" 2>&1
check "--text with search syntax: taken as words, no error" "[ \$? -eq 0 ] && [ \$(wc -l < '$tmp/weird') -eq 1 ]"
"$dyad" export --db "$main" --format csv > "$tmp/export.csv"
check "csv export read with Python's csv module: text quoted, codes keep leading zeros ($(python3 "$root/tests/store/check_csv.py" "$tmp/export.csv" 2>&1 | tail -n 1))" \
  "python3 '$root/tests/store/check_csv.py' '$tmp/export.csv' > /dev/null"

# Injection: SQL, LIKE and full-text search syntax in article fields and in every filter. Stored
# as given; filters find exactly the rows they should (a prefix is only ever a prefix, '%' and '_'
# included); no error; the database does not change.
cat > "$tmp/probes.txt" <<'PROBES'
'
''
' OR '1'='1
'; DROP TABLE events; --
%
_
R%
RUS%
_US
R_S
\
\%
"
"RUS"
NEAR(
NEAR(a b)
*
RUS*
-
-RUS
text:war
sentences_fts:x
{text}: x
^war
AND
OR NOT
( )
"a" "b"
É
PROBES
printf '\377\376\n' >> "$tmp/probes.txt"
python3 - "$tmp/probes.txt" "$tmp/probe-articles.jsonl" <<'PY'
import json, sys
probes = open(sys.argv[1], encoding="utf-8", errors="surrogateescape").read().split("\n")[:-1]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i, p in enumerate(probes[:-1]):
        out.write(json.dumps({"id": "probe " + p, "source": p, "url": "https://example.org/?q=" + p, "title": p,
                              "date": "2025-07-%02d" % (1 + i), "text": "Kenya criticised Somalia over %s deal %d." % (p, i)}) + "\n")
PY
probe_db=$(db_named probe)
"$dyad" ingest --db "$probe_db" "$data/articles.jsonl" 2> /dev/null
"$dyad" ingest --db "$probe_db" "$tmp/probe-articles.jsonl" 2> "$tmp/err"
n_probes=$(wc -l < "$tmp/probes.txt")
check "articles with SQL, LIKE and search syntax in every field are stored" "grep -q '$((n_probes - 1)) articles stored' '$tmp/err'"
"$dyad" export --db "$probe_db" --format jsonl > "$tmp/all.jsonl"
[ "$backend" = sqlite ] && sum_before=$(sha256sum < "$probe_db")
i=0
while IFS= read -r probe; do
  i=$((i + 1))
  for opt in source target text; do
    "$dyad" query --db "$probe_db" --format jsonl "--$opt" "$probe" > "$tmp/probe.$i.$opt" 2> "$tmp/probe.$i.$opt.err"
    echo $? >> "$tmp/probe.$i.$opt.err"
  done
done < "$tmp/probes.txt"
python3 - "$tmp" "$n_probes" > "$tmp/probe.report" <<'PY'
import json, sys
tmp, n = sys.argv[1], int(sys.argv[2])
probes = open(tmp + "/probes.txt", encoding="utf-8", errors="surrogateescape").read().split("\n")[:-1]
events = [json.loads(l) for l in open(tmp + "/all.jsonl", encoding="utf-8")]
# actor codes in queries are case-insensitive: dyad upper-cases their ASCII letters
def ascii_upper(s): return "".join(c.upper() if c.isascii() else c for c in s)
articles = {e["doc_id"] for e in events}
bad = 0
for i, p in enumerate(probes, start=1):
    if i < n and "probe " + p not in articles:
        print("article id not stored as given:", repr(p)); bad += 1
    # invalid UTF-8 reads as U+FFFD, as stored text does
    clean = p.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    for opt in ("source", "target", "text"):
        err = open("%s/probe.%d.%s.err" % (tmp, i, opt), encoding="utf-8", errors="replace").read().split("\n")
        got = [json.loads(l)["id"] for l in open("%s/probe.%d.%s" % (tmp, i, opt), encoding="utf-8")]
        if err[-2] != "0" or len(err) > 2:
            print("--%s %r: exit %s, %s" % (opt, p, err[-2], err[:-2])); bad += 1
        elif opt != "text" and got != [e["id"] for e in events if e[opt]["code"].startswith(ascii_upper(clean))]:
            print("--%s %r: wrong rows %s" % (opt, p, got)); bad += 1
        elif opt == "text" and not set(got) <= {e["id"] for e in events}:
            print("--text %r: rows that do not exist" % p); bad += 1
print("%d probes x 3 filters, %d failures" % (len(probes), bad))
PY
check "every filter with every probe: no error, exactly the right rows ($(tail -n 1 "$tmp/probe.report"))" \
  "tail -n 1 '$tmp/probe.report' | grep -q ' 0 failures' || { cat '$tmp/probe.report'; false; }"
check "... and the database did not change" \
  "\"$dyad\" export --db '$probe_db' --format jsonl | cmp -s - '$tmp/all.jsonl' && { [ '$backend' = postgres ] || [ \"\$(sha256sum < '$probe_db')\" = '${sum_before:-}' ]; }"
check "jsonl format" "\"$dyad\" query --db '$probe_db' --format jsonl --root 19 | grep -q '\"num_mentions\":4'"
check "tsv format" "\"$dyad\" query --db '$main' --source KEN --format tsv | grep -q 'Kenya hosted Somalia'"
check "table format: aligned, cut at a word to COLUMNS" \
  "COLUMNS=80 \"$dyad\" query --db '$main' --source KEN > '$tmp/t' && python3 -c 'import sys; sys.exit(max(len(l.rstrip(\"\\n\")) for l in open(sys.argv[1], encoding=\"utf-8\")) > 80)' '$tmp/t' && grep -q '^2025-06-01  KENGOV ' '$tmp/t' && grep -q '…\$' '$tmp/t'"
check "table format: --sort mentions puts the event with four mentions first" \
  "\"$dyad\" query --db '$main' --sort mentions | sed -n 2p | grep -q '^2025-03-09  RUSMIL'"
check "actor codes are case-insensitive" \
  "[ \"\$(q --source rusmil)\" = \"\$(q --source RUSMIL)\" ] && [ -n \"\$(q --source rusmil)\" ] && [ \"\$(q --claimed-by rus)\" = \"\$(q --claimed-by RUS)\" ]"

"$dyad" stats --db "$main" --by month > "$tmp/stats"
check "stats by month: events per period with quad classes, Goldstein sum, mean and mention-weighted mean" \
  "grep -q '^2025-03	6	9	2	1	2	1	-7.4	-1.23	-4.16\$' '$tmp/stats'"
check "stats: one header line and no other table" \
  "[ \$(grep -c period '$tmp/stats') -eq 1 ] && ! grep -q '^#' '$tmp/stats'"
check "stats --table roots, actors, dyads" \
  "\"$dyad\" stats --db '$main' --table roots | grep -q '^19	1	4	0	0	0	1	-10.0	-10.00	-10.00\$' &&
   \"$dyad\" stats --db '$main' --table actors --top 2 | tail -n +2 | cut -f1,2 | tr '\n' ' ' | grep -qx 'UKRGOV	3 FRAGOV	2 ' &&
   \"$dyad\" stats --db '$main' --table dyads | grep -q '^RUSMIL	UKR	1	4	'"
check "stats --dyad, one direction and --both" \
  "\"$dyad\" stats --db '$main' --dyad RUS,UKR --by week | grep -q '^2025-03-03	1	4	0	0	0	1	-10.0' &&
   [ \$(\"$dyad\" stats --db '$main' --dyad ukr,rus --table dyads | wc -l) -eq 1 ] &&
   [ \$(\"$dyad\" stats --db '$main' --dyad ukr,rus --both --table dyads | wc -l) -eq 3 ]"
check "stats --by-country: RUS and RUSMIL are one country" \
  "\"$dyad\" stats --db '$main' --table dyads --by-country | grep -q '^RUS	UKR	2	5	'"
check "stats: days without events are zero rows between the first and the last" \
  "\"$dyad\" stats --db '$main' --from 2025-03-09 --to 2025-03-12 | cut -f1,2 | tr '\n' ' ' | grep -qx 'period	events 2025-03-09	1 2025-03-10	3 2025-03-11	0 2025-03-12	2 '"
check "stats --format table: aligned" \
  "\"$dyad\" stats --db '$main' --table quads --format table | grep -q '^quad_class  events  mentions'"
# every table in every format loads with Python's csv module: one header, rows as wide as it
for table in periods roots quads actors dyads status casualties casualty_dyads; do
  for by in day week month; do
    "$dyad" stats --db "$main" --table "$table" --by "$by" --format csv > "$tmp/s.$table.$by.csv"
    "$dyad" stats --db "$main" --table "$table" --by "$by" > "$tmp/s.$table.$by.tsv"
  done
done
"$dyad" stats --db "$main" --table dyads --source ZZZ --format csv > "$tmp/s.empty.csv"
python3 - "$tmp" > "$tmp/csv.report" <<'PY'
import csv, glob, sys
bad = 0
files = sorted(glob.glob(sys.argv[1] + "/s.*.csv") + glob.glob(sys.argv[1] + "/s.*.tsv"))
for f in files:
    rows = list(csv.reader(open(f, newline="", encoding="utf-8"), delimiter="\t" if f.endswith(".tsv") else ","))
    head = rows[0] if rows else []
    if not head or len(set(head)) != len(head) or any(len(r) != len(head) or r == head for r in rows[1:]):
        print("not one tidy table:", f); bad += 1
    for r in rows[1:]:
        for cell, name in zip(r, head):
            if name not in ("period", "root", "quad_class", "actor", "country", "source", "target",
                            "source_country", "target_country", "status") and cell != "":
                float(cell)
print("%d tables, %d bad" % (len(files), bad))
PY
check "every stats table loads with Python's csv module, numbers as numbers ($(tail -n 1 "$tmp/csv.report"))" \
  "grep -q '^49 tables, 0 bad\$' '$tmp/csv.report' && [ \"\$(cat '$tmp/s.empty.csv')\" = 'source,target,events,mentions,quad1,quad2,quad3,quad4,goldstein,goldstein_mean,goldstein_weighted' ]"
check "stats: a bad --table is exit 2" "\"$dyad\" stats --db '$main' --table nope 2>&1 >/dev/null | grep -q 'periods, roots'; [ \$? -eq 0 ]"

"$dyad" export --db "$main" > "$tmp/gdelt"
check "gdelt export: one row per event, 61 tab-separated columns" \
  "[ \$(wc -l < '$tmp/gdelt') -eq 12 ] && awk -F'\t' 'NF != 61 { bad = 1 } END { exit bad }' '$tmp/gdelt'"
check "gdelt columns: SQLDATE, actors, codes, counts, SOURCEURL" \
  "awk -F'\t' '\$2 == 20250309 && \$6 == \"RUSMIL\" && \$16 == \"UKR\" && \$27 == \"190\" && \$29 == \"19\" && \$30 == 4 && \$32 == 4 && \$33 == 2 && \$34 == 3 && \$61 ~ /^https:/ { ok = 1 } END { exit !ok }' '$tmp/gdelt'"
check "csv and jsonl exports" "[ \$(\"$dyad\" export --db '$main' --format csv | wc -l) -eq 13 ] && [ \$(\"$dyad\" export --db '$main' --format jsonl | wc -l) -eq 12 ]"

"$dyad" query --db "$tmp/none/x.db" > /dev/null 2> "$tmp/err"
check "bad --db: exit 1 with a message" "[ \$? -eq 1 ] && grep -q 'none/x.db' '$tmp/err'"
"$dyad" query --db "postgresql://nobody@127.0.0.1:1/none" > /dev/null 2> "$tmp/err"
check "unreachable PostgreSQL: exit 1 with a message" "[ \$? -eq 1 ] && grep -q 'cannot connect' '$tmp/err'"
"$dyad" query --db "$main" --from 2025/01/01 > /dev/null 2> "$tmp/err"
check "bad --from: exit 2" "[ \$? -eq 2 ] && grep -q 'YYYY-MM-DD' '$tmp/err'"

exit $fail
