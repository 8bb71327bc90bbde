#!/bin/sh
# Background events in the store (schema version 5): stored with factuality and date precision,
# left out of dyad stats and the GDELT exports by default, kept by query and the csv and jsonl
# exports; --background and --factuality checked; a version 4 store migrated by the next ingest.
#   sh tests/store_background.sh DYAD SOURCE_DIR sqlite|postgres
# tests/store/background.jsonl: five events, two of them background (2014, March 2022).
set -u
dyad=$1
root=$2
backend=$3
. "$(dirname "$0")/harness.sh"

use_backend "$backend" "DYAD SOURCE_DIR sqlite|postgres"
db=$(db_named main)
rows() { "$@" | tail -n +2 | wc -l | tr -d ' '; }
# the events column of stats --table quads, summed
counted() { "$dyad" stats --db "$db" --table quads --format csv "$@" | awk -F, 'NR > 1 { n += $2 } END { print n + 0 }'; }

"$dyad" ingest --db "$db" "$root/tests/store/background.jsonl" 2> "$tmp/err" || cat "$tmp/err"
"$dyad" query --db "$db" --format csv > "$tmp/all.csv"
check "query keeps background events by default (5 events)" "[ \$(tail -n +2 '$tmp/all.csv' | wc -l) -eq 5 ]"
check "csv carries factuality, date_precision and background" \
  "head -n 1 '$tmp/all.csv' | grep -q '\"factuality\",\"date_precision\",\"background\"\$' &&
   grep -q '^[0-9]*,\"2014-01-01\",\"RUS[A-Z]*\",\"UKR\",\"192\".*,\"asserted\",\"year\",1\$' '$tmp/all.csv' &&
   grep -q '^[0-9]*,\"2025-03-10\",\"RUSGOV\",\"UKRGOV\",\"1123\".*,\"reported\",\"day\",0\$' '$tmp/all.csv'"
check "jsonl carries them" \
  "\"$dyad\" query --db '$db' --format jsonl --source CHN | grep -q '\"date_precision\":\"month\",\"background\":true' &&
   \"$dyad\" query --db '$db' --format jsonl --source CHN | grep -q '\"factuality\":\"asserted\"'"
check "tsv carries them" \
  "\"$dyad\" query --db '$db' --format tsv --code 1123 | grep -q '	reported	day	0	Russia accused'"
check "the terminal table dates background events as far as known, marked (bg)" \
  "\"$dyad\" query --db '$db' | grep -q '^2014 (bg) ' && \"$dyad\" query --db '$db' | grep -q '^2022-03 (bg) '"
check "--background only / exclude" \
  "[ \$(rows \"$dyad\" query --db '$db' --format csv --background only) -eq 2 ] &&
   [ \$(rows \"$dyad\" query --db '$db' --format csv --background exclude) -eq 3 ]"
check "--factuality" \
  "[ \$(rows \"$dyad\" query --db '$db' --format csv --factuality reported) -eq 1 ] &&
   [ \$(rows \"$dyad\" query --db '$db' --format csv --factuality asserted,reported) -eq 5 ] &&
   [ \$(rows \"$dyad\" query --db '$db' --format csv --factuality intended) -eq 0 ]"
check "stats leave background events out by default (3 of 5)" \
  "[ \$(counted) -eq 3 ] && [ \$(counted --background include) -eq 5 ] && [ \$(counted --background only) -eq 2 ]"
check "stats --table periods has no row for 2014" \
  "! \"$dyad\" stats --db '$db' --by month | grep -q '^2014' && \"$dyad\" stats --db '$db' --by month --background only | grep -q '^2014-01'"
check "gdelt exports leave them out by default, csv and jsonl keep them" \
  "[ \$(\"$dyad\" export --db '$db' | wc -l) -eq 3 ] && [ \$(\"$dyad\" export --db '$db' --background include | wc -l) -eq 5 ] &&
   [ \$(\"$dyad\" export --db '$db' --format gdelt-mentions | wc -l) -eq 3 ] &&
   [ \$(rows \"$dyad\" export --db '$db' --format csv) -eq 5 ] && [ \$(\"$dyad\" export --db '$db' --format jsonl | wc -l) -eq 5 ]"
for cmd in query stats export; do
  "$dyad" $cmd --db "$db" --background maybe > "$tmp/out" 2> "$tmp/err"; s=$?
  check "$cmd --background maybe: exit 2 naming the values (was $s)" \
    "[ $s -eq 2 ] && grep -q 'exclude, include or only' '$tmp/err' && [ ! -s '$tmp/out' ]"
  "$dyad" $cmd --db "$db" --factuality asserted,rumoured > "$tmp/out" 2> "$tmp/err"; s=$?
  check "$cmd --factuality asserted,rumoured: exit 2 naming the values (was $s)" \
    "[ $s -eq 2 ] && grep -q 'asserted, reported, intended, hypothetical' '$tmp/err' && [ ! -s '$tmp/out' ]"
  check "$cmd --help describes --background and --factuality" \
    "\"$dyad\" $cmd --help | grep -q -- '--background B' && \"$dyad\" $cmd --help | grep -q -- '--factuality LIST'"
done

# dyad serve: /api/stats as dyad stats, /api/events as dyad query
. "$root/tests/serve/lib.sh"
trap 'serve_stop; rm -rf "$tmp"' EXIT
if serve_start "$dyad" "$db" "$tmp"; then
  get() { curl -s --max-time 10 "$serve_url$1"; }
  js() { perl -MJSON::PP -e 'local $/; my $j = decode_json(<STDIN>); exit !(eval $ARGV[0])' "$1"; }
  check "/api/stats leaves background events out unless asked" \
    "get api/stats | js '\$j->{events} == 3' && get 'api/stats?background=include' | js '\$j->{events} == 5' &&
     get 'api/stats?background=only&by=month' | js '\$j->{events} == 2 && \$j->{periods}[0]{period} eq \"2014-01\"'"
  check "/api/events keeps them, with factuality, date_precision and background" \
    "get api/events | js 'scalar(@{\$j->{events}}) == 5 && (grep { \$_->{background} && \$_->{date_precision} eq \"year\" && \$_->{factuality} eq \"asserted\" } @{\$j->{events}}) == 1' &&
     get 'api/events?background=exclude' | js 'scalar(@{\$j->{events}}) == 3 && !grep { \$_->{background} } @{\$j->{events}}'"
  check "background=maybe: 400 naming the values" \
    "[ \$(curl -s -o '$tmp/bad' -w '%{http_code}' '${serve_url}api/stats?background=maybe') = 400 ] && grep -q 'exclude, include or only' '$tmp/bad'"
  serve_stop
else
  fail=1
fi

# A version 4 store: the three columns dropped, as dyad wrote it before version 5.
v4() {
  if [ "$backend" = sqlite ]; then
    python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for s in sys.argv[2:]: c.execute(s)
c.commit()' "$db" "$@"
  else
    for s in "$@"; do psql -q "$db" -c "$s" > /dev/null; done
  fi
}
export PATH="$PATH:$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
v4 "ALTER TABLE events DROP COLUMN factuality" "ALTER TABLE events DROP COLUMN date_precision" \
  "ALTER TABLE events DROP COLUMN background" "UPDATE dyad_meta SET value = '4' WHERE key = 'schema_version'"
check "a version 4 store is read as it is: nothing is background, factuality empty" \
  "[ \$(counted) -eq 5 ] && [ \$(rows \"$dyad\" query --db '$db' --format csv --background only) -eq 0 ] &&
   \"$dyad\" query --db '$db' --format csv --code 1123 | grep -q ',,,\$'"
"$dyad" ingest --db "$db" < /dev/null 2> "$tmp/err"
check "the next ingest migrates it: background computed again, factuality unknown" \
  "[ \$(counted) -eq 3 ] && [ \$(rows \"$dyad\" query --db '$db' --format csv --background only) -eq 2 ] &&
   \"$dyad\" query --db '$db' --format csv --code 1123 | grep -q ',,,0\$' &&
   \"$dyad\" query --db '$db' --format jsonl --source CHN | grep -q '\"date_precision\":null,\"background\":true'"
exit $fail
