#!/bin/sh
# dyad query --country and --near over events placed in a city, a region and a country:
#   sh tests/store_places.sh DYAD SOURCE_DIR sqlite|postgres
# postgres needs the server of tests/with-postgres.sh (DYAD_TEST_PG_SERVER).
set -u
dyad=$1
root=$2
backend=$3
. "$(dirname "$0")/harness.sh"
use_backend "$backend" "DYAD SOURCE_DIR sqlite|postgres"
db=$(db_named main) # on PostgreSQL a private server: its database is ours
# the dates of the articles: 05-01 Kharkiv (city), 05-02 Kharkiv Oblast (region), 05-03 Ukraine
# (country), 05-04 Gaza City, 05-05 Kyiv
"$dyad" ingest --db "$db" "$root/tests/store/places.jsonl" 2> "$tmp/err" || { cat "$tmp/err"; exit 1; }
dates() { "$dyad" query --db "$db" --format csv "$@" | tail -n +2 | cut -d, -f2 | tr -d '"' | tr '\n' ' '; }
check "--country UA: the city, the region and the country" "[ \"\$(dates --country UA)\" = '2025-05-01 2025-05-02 2025-05-03 2025-05-05 ' ]"
check "--country ukr (alpha-3, any case) is the same" "[ \"\$(dates --country ukr)\" = \"\$(dates --country UA)\" ]"
check "--country PS: Gaza City" "[ \"\$(dates --country PS)\" = '2025-05-04 ' ]"
check "--country with no events there: none" "[ -z \"\$(dates --country FR)\" ]"
check "--near Kharkiv, 50 km: the city only (a region has no single point)" "[ \"\$(dates --near 50.0,36.25,50)\" = '2025-05-01 ' ]"
check "--near Kyiv, 600 km: Kyiv and Kharkiv (410 km)" "[ \"\$(dates --near 50.45,30.52,600)\" = '2025-05-01 2025-05-05 ' ]"
check "--near Kyiv, 20 km, and --country UA" "[ \"\$(dates --near 50.45,30.52,20 --country UA)\" = '2025-05-05 ' ]"
check "--near with --country elsewhere: none" "[ -z \"\$(dates --near 50.45,30.52,600 --country PS)\" ]"
check "stats and export take the place filters" \
  "[ \$(\"$dyad\" stats --db '$db' --country UA --table quads | tail -n +2 | cut -f2 | paste -sd+ | bc) -eq 4 ] &&
   [ \$(\"$dyad\" export --db '$db' --format jsonl --near 50.45,30.52,20 | wc -l) -eq 1 ]"
# casualty figures two days apart: the day between is a zero row, as in the periods table
printf '{"id":"c1","date":"2025-06-01","text":"Russian forces shelled Kharkiv, killing 5 people."}\n{"id":"c2","date":"2025-06-03","text":"Russian forces shelled Kyiv, killing 2 people."}\n' > "$tmp/c.jsonl"
"$dyad" ingest --db "$db" "$tmp/c.jsonl" 2> /dev/null
check "stats --table casualties: days without figures are zero rows" \
  "\"$dyad\" stats --db '$db' --table casualties | cut -f1,2 | tr '\n' ' ' | grep -qx 'period	killed 2025-06-01	5 2025-06-02	0 2025-06-03	2 '"
# Kyiv struck is Ukraine, not its government: both figures fall to one dyad
check "stats --table casualty_dyads" "\"$dyad\" stats --db '$db' --table casualty_dyads --format csv | grep -qx 'RUSMIL,UKR,7,0,0,0,0'"
"$dyad" query --db "$db" --country XX > /dev/null 2> "$tmp/err"
check "an unknown country: exit 2 naming it" "[ \$? -eq 2 ] && grep -q \"not 'XX'\" '$tmp/err'"
"$dyad" query --db "$db" --near 50,30 > /dev/null 2> "$tmp/err"
check "--near without a distance: exit 2" "[ \$? -eq 2 ] && grep -q 'LAT,LON,KM' '$tmp/err'"
exit $fail
