#!/bin/sh
# dyad serve's JSON API over plain HTTP (curl): filters and pages as dyad query, statistics as
# dyad stats, an event's mentions with offsets and file:line entries, and the limits: read-only,
# bounded parameters, no body, loopback Host only, clear errors for a bad database.
#   sh tests/serve_api.sh DYAD SOURCE_DIR sqlite|postgres
# postgres needs the server of tests/with-postgres.sh (DYAD_TEST_PG_SERVER).
set -u
dyad=$1
root=$2
backend=$3
. "$(dirname "$0")/harness.sh"
. "$root/tests/serve/lib.sh"
trap 'serve_stop; rm -rf "$tmp"' EXIT
use_backend "$backend" "DYAD SOURCE_DIR sqlite|postgres"
db=$(db_named main)
serve_db "$dyad" "$root" "$db"
sum_before=$( { cksum < "$db"; } 2> /dev/null)
serve_start "$dyad" "$db" "$tmp" || exit 1
get() { curl -s --max-time 10 "$serve_url$1"; }
status() { curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$@"; }
# jq-free JSON checks: perl's core JSON::PP reads the answer; $j is the decoded object
js() { perl -MJSON::PP -e 'local $/; my $j = decode_json(<STDIN>); exit !(eval $ARGV[0])' "$1"; }

check "listens on 127.0.0.1 by default" "echo '$serve_url' | grep -q '^http://127.0.0.1:[0-9]*/\$'"
check "/api/events: every event, first page" "get api/events | js 'scalar(@{\$j->{events}}) == 11 && !\$j->{more}'"
check "/api/events?source=RUS: actor prefix as in dyad query" \
  "get 'api/events?source=RUS' | js 'join(\",\", map { \$_->{source} } @{\$j->{events}}) eq \"RUSMIL,RUSGOV\"'"
check "pages: limit and offset, more" \
  "get 'api/events?limit=3&offset=4' | js '\$j->{events}[0]{source} eq \"DEU\" && \$j->{more} && scalar(@{\$j->{events}}) == 3'"
check "last page has no more" "get 'api/events?limit=5&offset=6' | js '!\$j->{more} && scalar(@{\$j->{events}}) == 5'"
check "filters: from, to, quad, root, code, text" \
  "get 'api/events?from=2025-04-01&to=2025-04-03&quad=1' | js 'scalar(@{\$j->{events}}) == 2' &&
   get 'api/events?root=19' | js '\$j->{events}[0]{num_mentions} == 4' &&
   get 'api/events?code=1123' | js '\$j->{events}[0]{target} eq \"UKRGOV\"' &&
   get 'api/events?text=nuclear%20sanctions' | js '\$j->{events}[0]{source} eq \"IGOEUREEC\"'"
"$dyad" stats --db "$db" --by month > "$tmp/stats.txt"
check "/api/stats by month: the periods of dyad stats" \
  "get 'api/stats?by=month' | js 'my \$p = \$j->{periods}[0]; \$p->{period} eq \"2025-03\" && \$p->{events} == 6 && \$p->{mentions} == 9 && join(\",\", @{\$p->{quad}}) eq \"2,1,2,1\" && \$p->{goldstein} == -7.4' &&
   grep -q '^2025-03	6	9	2	1	2	1	-7.4	' '$tmp/stats.txt'"
check "/api/stats: totals, top dyads, countries (an event once per country; IGO is a prefix, not a country, left to the map)" \
  "get api/stats | js '\$j->{events} == 11 && \$j->{mentions} == 14 && \$j->{dyads}[0]{source} eq \"RUSMIL\" && \$j->{dyads}[0]{mentions} == 4 &&
     (grep { \$_->{country} eq \"UKR\" && \$_->{events} == 4 } @{\$j->{countries}}) && (grep { \$_->{country} eq \"IGO\" && \$_->{events} == 1 } @{\$j->{countries}})'"
check "/api/stats with a dyad and with words (full-text path)" \
  "get 'api/stats?source=RUS&target=UKR&by=week' | js '\$j->{events} == 2 && \$j->{periods}[0]{period} eq \"2025-03-03\"' &&
   get 'api/stats?text=ceasefire' | js '\$j->{events} == 1 && \$j->{dyads}[0]{source} eq \"RUSGOV\"'"
check "/api/stats with no matching event: zeros and empty lists" \
  "get 'api/stats?source=ZZZ' | js '\$j->{events} == 0 && !@{\$j->{periods}} && !@{\$j->{dyads}} && !@{\$j->{countries}}'"
check "/api/event/1: four mentions with source, verb and target offsets and file:line entries" \
  "get api/event/1 | js 'my \$m = \$j->{mentions}; scalar(@\$m) == 4 && \$m->[3]{source}{start} == 13 && \$m->[3]{source}{end} == 27 &&
     substr(\$m->[3]{sentence}, \$m->[3]{verb}{start}, \$m->[3]{verb}{end} - \$m->[3]{verb}{start}) eq \"attacked\" &&
     \$m->[0]{entries}{verb_pattern} =~ /verbs.txt:[0-9]+\$/ && \$m->[0]{article}{doc_id} eq \"wire-001\"'"
hostile=$(get 'api/events?source=CHL' | perl -MJSON::PP -e 'local $/; print decode_json(<STDIN>)->{events}[0]{id}')
check "hostile article: its text comes back as JSON strings, byte for byte" \
  "get api/event/$hostile | js '\$j->{mentions}[0]{sentence} =~ /<script>window.__pwned=1<\\/script> \"leak\" &amp;/ && \$j->{mentions}[0]{article}{title} =~ /^<img src=x/'"
check "a British spelling still finds the verb (criticised: CRITICIZE)" \
  "get api/event/$hostile | js '\$j->{mentions}[0]{verb}{start} == 6 && \$j->{mentions}[0]{verb}{end} == 16'"
check "headers: JSON type, CSP without inline script, nosniff" \
  "curl -s -D - -o /dev/null '${serve_url}api/events' | tr -d '\r' > '$tmp/h' && grep -q '^Content-Type: application/json' '$tmp/h' &&
   grep -q \"^Content-Security-Policy: default-src 'none'; script-src 'self';\" '$tmp/h' && grep -q '^X-Content-Type-Options: nosniff' '$tmp/h'"
check "the page and its script are served from the binary" \
  "[ \$(status '$serve_url') = 200 ] && [ \$(status '${serve_url}app.js') = 200 ] && get '' | grep -q '<script src=\"/app.js\" defer></script>' && ! get '' | grep -q '<script>'"
check "unknown event: 404; bad id: 400; unknown path: 404" \
  "[ \$(status '${serve_url}api/event/999') = 404 ] && [ \$(status '${serve_url}api/event/1x') = 400 ] && [ \$(status '${serve_url}api/nothing') = 404 ]"
check "bad parameters: 400 with a message" \
  "[ \$(status '${serve_url}api/events?limit=501') = 400 ] && [ \$(status '${serve_url}api/events?offset=1000001') = 400 ] &&
   [ \$(status '${serve_url}api/events?from=2025-13-01') = 400 ] && [ \$(status '${serve_url}api/events?source=r%27us') = 400 ] &&
   [ \$(status '${serve_url}api/stats?by=year') = 400 ] && get 'api/events?colour=red' | grep -q 'unknown parameter'"
long=$(head -c 300 /dev/zero | tr '\0' a)
check "a parameter over 200 bytes: 400" "[ \$(status '${serve_url}api/events?text=$long') = 400 ]"
big=$(head -c 40000 /dev/zero | tr '\0' a)
check "a 40 kB header is refused" "[ \$(status -H 'X-Big: $big' '${serve_url}api/events') -ge 400 ] || [ \$(status -H 'X-Big: $big' '${serve_url}api/events') = 000 ]"
check "no write method: POST, PUT, DELETE are 405" \
  "[ \$(status -X POST -d x=1 '${serve_url}api/events') = 405 ] && [ \$(status -X PUT '${serve_url}api/event/1') = 405 ] && [ \$(status -X DELETE '${serve_url}api/event/1') = 405 ]"
check "a GET with a body: 413" "[ \$(status -X GET -d x=1 '${serve_url}api/events') = 413 ]"
check "another Host (DNS rebinding): 403" "[ \$(status -H 'Host: attacker.example:80' '${serve_url}api/events') = 403 ]"
serve_stop
[ "$backend" = postgres ] && exit $fail
check "the database file is unchanged (read-only)" "[ \"\$(cksum < '$db')\" = '$sum_before' ]"

serve_start "$dyad" "$db" "$tmp" || exit 1
get api/stats > /dev/null
printf '%s\n' '{"id": "later-1", "date": "2025-05-01", "text": "Kenya praised Brazil for its help."}' > "$tmp/later.jsonl"
"$dyad" ingest --db "$db" "$tmp/later.jsonl" 2> /dev/null
sleep 1.2
check "statistics and pages follow an ingest that runs meanwhile" \
  "get api/stats | js '\$j->{events} == 12' && get 'api/events?source=KEN' | js '\$j->{events}[0]{target} eq \"BRAGOV\"'"
serve_stop

"$dyad" serve --db "$tmp/missing.db" --port 0 > /dev/null 2> "$tmp/err"
check "missing database: exit 1 naming it" "[ \$? -eq 1 ] && grep -q 'missing.db' '$tmp/err'"
head -c 8192 /dev/urandom > "$tmp/corrupt.db"
"$dyad" serve --db "$tmp/corrupt.db" --port 0 > /dev/null 2> "$tmp/err"
check "corrupt database: exit 1 naming it" "[ \$? -eq 1 ] && grep -q 'corrupt.db' '$tmp/err'"
"$dyad" serve --db "$db" --bind not-an-address > /dev/null 2> "$tmp/err"
check "bad --bind: exit 2" "[ \$? -eq 2 ] && grep -q 'IPv4 or IPv6' '$tmp/err'"
exit $fail
