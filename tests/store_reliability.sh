#!/bin/sh
# The event store's promises under stress, as automated checks:
#   sh tests/store_reliability.sh DYAD SOURCE_DIR sqlite|postgres [KILLS]
# kill -9 at KILLS (default 10) random moments of an ingest, then a rerun: the counts and events
# of an uninterrupted run, and a consistent database; two ingesters at once; several first uses
# of an empty database at once; a rerun that skips stored articles without coding them. SQLite
# also: a slow feed on standard input does not block other writers; read-only, corrupt and
# foreign files give a clear error and stay as they were; a full disk leaves a consistent
# database. PostgreSQL also: a server that accepts connections and never answers is given up.
# postgres needs the server of tests/with-postgres.sh (DYAD_TEST_PG_SERVER). Prints a "figures"
# line per measurement, for bench/store_reliability.sh and the README.
set -u
dyad=$1
root=$2
backend=$3
kills=${4:-10}
. "$(dirname "$0")/harness.sh"
skip() { echo "ok - $1 # SKIP $2"; }
chmod 755 "$tmp"
cleanup() { umount "$tmp/ro" "$tmp/full" 2> /dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

use_backend "$backend" "DYAD SOURCE_DIR sqlite|postgres [KILLS]"
totals() { sed -n 's/.*database: //p' "$1"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
# sql DB QUERY: one value from the database, through python3's sqlite3 module or psql
sql() {
  if [ "$backend" = sqlite ]; then
    python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$1" "$2"
  else
    psql -X -q -t -A -d "$1" -c "$2"
  fi
}
# The counts agree with the rows they count, and (SQLite) the file is intact.
consistent() {
  [ "$(sql "$1" "SELECT count(*) FROM events e WHERE num_mentions <> (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)
                 OR num_articles <> (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.event_id = e.id)")" = 0 ] &&
  { [ "$backend" = postgres ] || [ "$(sql "$1" 'PRAGMA integrity_check')" = ok ]; }
}
# articles of the corpus, 6 events each: enough for SQLite, which ingests fast, to be killed
# mid-run at every kill; more kills need more articles
n=$((kills * 60)); [ $n -lt 600 ] && n=600
[ "$backend" = sqlite ] && n=$((n * 5 / 2))
events_of() { "$dyad" export --db "$1" --format csv | tail -n +2 | cut -d, -f2-11 | sort; }

if [ "$backend" = postgres ]; then
  # A listener that accepts connections and never answers, for at most 40 s; tried at the end.
  perl -MIO::Socket::INET -e '$| = 1; $s = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => 0, Listen => 5) or die;
    print $s->sockport, "\n"; alarm 40; while ($c = $s->accept) { push @c, $c }' > "$tmp/port" &
  listener=$!
  while [ ! -s "$tmp/port" ]; do sleep 0.05; done
  (start=$(now)
   timeout 60 "$dyad" query --db "postgresql://dyad@127.0.0.1:$(cat "$tmp/port")/none" > /dev/null 2> "$tmp/silent.err"
   echo $? > "$tmp/silent.rc"; elapsed "$start" > "$tmp/silent.took") &
  silent=$!
fi

sh "$root/tests/store/make_articles.sh" $n 6 > "$tmp/big.jsonl"
start=$(now)
"$dyad" ingest --db "$(db_named full)" --batch 50 "$tmp/big.jsonl" 2> "$tmp/full.err"
full_s=$(elapsed "$start")
full=$(totals "$tmp/full.err")
events_of "$(db_named full)" > "$tmp/full.csv"
check "uninterrupted ingest ($full in ${full_s}s)" "[ -n '$full' ] && consistent '$(db_named full)'"

# kill -9 at random moments of one ingest after another into one database, each time once a
# random number of articles (the i-th kill in the i-th of KILLS equal parts, and at least one
# batch more than the last run stored) is
# stored, plus up to 0.02 s so that kills land anywhere in a batch; then the same command to the
# end.
# (through the sqlite3 shell when there is one: it starts faster than python3, and SQLite ingests fast)
stored_in() {
  if [ "$backend" = sqlite ] && command -v sqlite3 > /dev/null; then sqlite3 "$1" "SELECT count(*) FROM articles" 2> /dev/null || echo 0
  else sql "$1" "SELECT count(*) FROM articles" 2> /dev/null || echo 0; fi
}
landed=0
marks=""
mark=0
for i in $(seq "$kills"); do
  mark=$(awk -v i="$i" -v n=$n -v k="$kills" -v seed="$$$i" 'BEGIN { srand(seed); printf "%d", (i - 1 + rand()) * (n - 50) / k }')
  # at least one batch more than the last run stored, so that no kill lands in the start-up
  target=$(( $(stored_in "$(db_named killed)") + 1 ))
  [ "$target" -lt "$mark" ] && target=$mark
  "$dyad" ingest --db "$(db_named killed)" --batch 10 "$tmp/big.jsonl" 2> /dev/null &
  pid=$!
  while kill -0 "$pid" 2> /dev/null && [ "$(stored_in "$(db_named killed)")" -lt "$target" ]; do sleep 0.01; done
  sleep "$(awk -v seed="$$$i" 'BEGIN { srand(seed + 1); printf "%.3f", rand() * 0.02 }')"
  kill -9 "$pid" 2> /dev/null && landed=$((landed + 1))
  wait "$pid" 2> /dev/null
  marks="$marks $(stored_in "$(db_named killed)")"
done
"$dyad" ingest --db "$(db_named killed)" --batch 10 "$tmp/big.jsonl" 2> "$tmp/rerun.err"
echo "# figures: $backend kill -9: $kills kills, $landed mid-run; articles stored after each:$marks of $n"
check "rerun after $kills kill -9 ($landed mid-run): same counts as an uninterrupted run" \
  "[ $landed -ge $((kills / 2)) ] && [ \"\$(totals '$tmp/rerun.err')\" = '$full' ]"
check "... the same events with the same counts, and a consistent database" \
  "events_of '$(db_named killed)' | cmp -s - '$tmp/full.csv' && consistent '$(db_named killed)'"

# Two ingesters at once, one reading the articles backwards: every article once, every event
# counted once, neither fails (PostgreSQL used to deadlock on events).
awk '{ a[NR] = $0 } END { for (i = NR; i > 0; i--) print a[i] }' "$tmp/big.jsonl" > "$tmp/backwards.jsonl"
"$dyad" ingest --db "$(db_named conc)" --batch 50 "$tmp/big.jsonl" 2> "$tmp/a.err" &
a=$!
"$dyad" ingest --db "$(db_named conc)" --batch 50 "$tmp/backwards.jsonl" 2> "$tmp/b.err"
b_rc=$?
wait "$a"
a_rc=$?
check "two concurrent ingesters both succeed (exit $a_rc and $b_rc)" "[ $a_rc -eq 0 ] && [ $b_rc -eq 0 ]"
check "... no lost or doubled articles: the counts and events of one run" \
  "[ \"\$(totals '$tmp/b.err')\" = '$full' ] || [ \"\$(totals '$tmp/a.err')\" = '$full' ]; events_of '$(db_named conc)' | cmp -s - '$tmp/full.csv' && consistent '$(db_named conc)'"
check "... and their summaries add up to $n stored" \
  "[ \$(cat '$tmp/a.err' '$tmp/b.err' | sed -n 's/.*: \([0-9]*\) articles stored.*/\1/p' | awk '{ n += \$1 } END { print n }') -eq $n ]"

# Four first uses of an empty database at once: one creates the schema, the others wait for it.
pids=""
for i in 1 2 3 4; do
  "$dyad" ingest --db "$(db_named race)" "$root/tests/store/articles.jsonl" 2> "$tmp/race$i.err" &
  pids="$pids $!"
done
race_failed=0
for p in $pids; do wait "$p" || race_failed=$((race_failed + 1)); done
check "four ingesters creating the schema at once all succeed ($race_failed failed)" \
  "[ $race_failed -eq 0 ] && [ \$(sql '$(db_named race)' 'SELECT count(*) FROM articles') -eq 6 ]"

if [ "$backend" = postgres ]; then
  wait "$silent"
  rc=$(cat "$tmp/silent.rc")
  took=$(cat "$tmp/silent.took")
  kill "$listener" 2> /dev/null
  echo "# figures: a server that never answers is given up after ${took}s"
  check "a server that accepts and never answers: exit 1 after the connect timeout (${took}s)" \
    "[ $rc -eq 1 ] && grep -q 'cannot connect.*timeout' '$tmp/silent.err' && awk -v t=$took 'BEGIN { exit !(t < 20) }'"
  exit $fail
fi

# The rest is about the command line and SQLite files.

# A rerun on a complete database codes nothing: net of start-up (reading the dictionaries), it
# takes well under the time coding the articles takes (about a third, reading them; a rerun that
# coded them would take longer than coding). Long articles whose sentences report no event:
# coding them takes time, storing them little.
awk 'BEGIN { for (i = 1; i <= 300; i++) { t = ""; for (k = 0; k < 300; k++) t = t "The harvest in valley " k " was good and the weather was mild. "
  printf "{\"id\": \"calm-%d\", \"text\": \"%sReport %d.\"}\n", i, t, i } }' > "$tmp/long.jsonl"
"$dyad" ingest --db "$(db_named probe)" "$tmp/long.jsonl" 2> /dev/null
start=$(now); "$dyad" code /dev/null > /dev/null; startup_s=$(elapsed "$start")
start=$(now); "$dyad" code "$tmp/long.jsonl" > /dev/null; code_s=$(elapsed "$start")
start=$(now); "$dyad" ingest --db "$(db_named probe)" "$tmp/long.jsonl" 2> "$tmp/err"; rerun_s=$(elapsed "$start")
echo "# figures: $backend rerun on 300 stored articles ${rerun_s}s, coding them ${code_s}s, start-up ${startup_s}s"
check "a rerun skips stored articles before coding them (${rerun_s}s against ${code_s}s, start-up ${startup_s}s)" \
  "grep -q '0 articles stored, 300 already stored' '$tmp/err' && awk -v r=$rerun_s -v c=$code_s -v s=$startup_s 'BEGIN { exit !(r - s < (c - s) * 0.6) }'"

# A slow feed on standard input: an article every half second. Another writer is not kept
# waiting meanwhile: the batch waits in memory, not in an open transaction.
slow=$(db_named slow)
head -n 8 "$tmp/big.jsonl" | while IFS= read -r line; do printf '%s\n' "$line"; sleep 0.5; done |
  "$dyad" ingest --db "$slow" - 2> "$tmp/slow.err" &
feed=$!
sleep 1.2
start=$(now)
timeout 60 "$dyad" ingest --db "$slow" "$root/tests/store/articles.jsonl" 2> "$tmp/err"
rc=$?
other_s=$(elapsed "$start")
wait "$feed"
echo "# figures: sqlite slow feed on stdin: another writer took ${other_s}s"
check "a slow feed on stdin does not block another writer (${other_s}s)" \
  "[ $rc -eq 0 ] && awk -v t=$other_s 'BEGIN { exit !(t < 2) }' && grep -q '8 articles stored' '$tmp/slow.err'"

# Files dyad must refuse without changing them: a text file, an SQLite file of another program,
# a truncated and a scribbled-over event store.
printf 'just some text, long enough to look like the header of something else entirely\n' > "$tmp/text.db"
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("CREATE TABLE inventory (item TEXT, qty INTEGER)"); c.execute("INSERT INTO inventory VALUES (\"bolts\", 7)"); c.commit()' "$tmp/foreign.db"
cp "$(db_named full)" "$tmp/truncated.db"
size=$(wc -c < "$tmp/truncated.db")
truncate -s $((size / 2)) "$tmp/truncated.db"
cp "$(db_named full)" "$tmp/scribbled.db"
python3 -c 'import random, sys
f = open(sys.argv[1], "r+b"); n = f.seek(0, 2); random.seed(7); f.seek(n // 2); f.write(bytes(random.getrandbits(8) for _ in range(n // 4)))' "$tmp/scribbled.db"
printf '%s\n' '{"id": "new-1", "text": "Chile praised Peru for its restraint."}' > "$tmp/one.jsonl"
for kind in text foreign truncated scribbled; do
  f=$tmp/$kind.db
  before=$(sha256sum < "$f")
  "$dyad" ingest --db "$f" "$tmp/one.jsonl" > /dev/null 2> "$tmp/ingest.err"; irc=$?
  "$dyad" export --db "$f" --format csv > /dev/null 2> "$tmp/export.err"; erc=$?
  "$dyad" stats --db "$f" > /dev/null 2> "$tmp/stats.err"; src=$?
  msg=$(head -c 300 "$tmp/ingest.err" | tail -n 1)
  # stats may answer from pages the scribbles missed
  [ "$kind" = scribbled ] && src=1
  check "$kind file: ingest, export and stats exit 1 with a message naming it ($msg)" \
    "[ $irc\$erc\$src = 111 ] && grep -q '$f' '$tmp/export.err' && grep -q '$f: .*\\(not a database\\|not a dyad event store\\|malformed\\|damaged\\)' '$tmp/ingest.err'"
  check "... and the file is unchanged" "[ \"\$(sha256sum < '$f')\" = '$before' ] && [ ! -s '$f-wal' ]"
done

# A database in a read-only folder: query, stats and export work (without -wal and -shm files),
# ingest fails clearly, nothing changes. As an unprivileged user when possible; as root on a
# read-only mount.
mkdir "$tmp/rodir"
cp "$(db_named full)" "$tmp/rodir/events.db"
chmod 555 "$tmp/rodir"; chmod 444 "$tmp/rodir/events.db"
before=$(sha256sum < "$tmp/rodir/events.db")
read_only_checks() { # LABEL RUNNER...
  label=$1; shift
  "$@" "$dyad" query --db "$tmp/rodir/events.db" --source RUS --format csv > "$tmp/ro.out" 2> "$tmp/ro.err"; qrc=$?
  "$@" "$dyad" stats --db "$tmp/rodir/events.db" > /dev/null 2>> "$tmp/ro.err"; src=$?
  "$@" "$dyad" export --db "$tmp/rodir/events.db" --format csv > "$tmp/ro.csv" 2>> "$tmp/ro.err"; erc=$?
  "$@" "$dyad" ingest --db "$tmp/rodir/events.db" "$tmp/one.jsonl" > /dev/null 2> "$tmp/ro-ingest.err"; irc=$?
  check "read-only database in a read-only folder ($label): query, stats and export work" \
    "[ $qrc\$src\$erc = 000 ] && [ \$(wc -l < '$tmp/ro.out') -gt 1 ] && cut -d, -f2-11 '$tmp/ro.csv' | tail -n +2 | sort | cmp -s - '$tmp/full.csv'"
  check "... ingest exits 1 with a message, and nothing changes ($(tail -n 1 "$tmp/ro-ingest.err" | head -c 120))" \
    "[ $irc -eq 1 ] && grep -q 'events.db' '$tmp/ro-ingest.err' && [ \"\$(sha256sum < '$tmp/rodir/events.db')\" = '$before' ] && [ ! -e '$tmp/rodir/events.db-wal' ] && [ ! -e '$tmp/rodir/events.db-shm' ]"
}
if [ "$(id -u)" -ne 0 ]; then
  read_only_checks "as $(id -un)" env
elif command -v runuser > /dev/null && runuser -u nobody -- true 2> /dev/null; then
  read_only_checks "as nobody" runuser -u nobody --
else
  skip "read-only folder as an unprivileged user" "no runuser"
fi
chmod 755 "$tmp/rodir"
rm -rf "$tmp/rodir"
mkdir "$tmp/ro"
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=64m tmpfs "$tmp/ro" 2> /dev/null; then
  cp "$(db_named full)" "$tmp/ro/events.db"
  mount -o remount,ro "$tmp/ro"
  ln -s "$tmp/ro" "$tmp/rodir"
  before=$(sha256sum < "$tmp/ro/events.db")
  read_only_checks "root on a read-only mount" env
else
  skip "read-only mount" "cannot mount a tmpfs here (not root?)"
fi

# A full disk: a small tmpfs. The ingest stops with a clear error; what was committed is
# intact and consistent, and queries work.
mkdir "$tmp/full"
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=1m tmpfs "$tmp/full" 2> /dev/null; then
  "$dyad" ingest --db "$tmp/full/events.db" --batch 50 "$tmp/big.jsonl" > /dev/null 2> "$tmp/err"
  rc=$?
  stored=$(sql "$tmp/full/events.db" "SELECT count(*) FROM articles")
  echo "# figures: sqlite full disk (1 MB tmpfs): exit $rc, $stored of $n articles stored; $(tail -n 1 "$tmp/err")"
  check "full disk: exit 1 with a message ($(tail -n 1 "$tmp/err" | head -c 120))" "[ $rc -eq 1 ] && grep -q 'full' '$tmp/err'"
  check "... the database is consistent and can be queried ($stored articles)" \
    "consistent '$tmp/full/events.db' && \"$dyad\" query --db '$tmp/full/events.db' --limit 3 > /dev/null"
else
  skip "full disk" "cannot mount a small tmpfs here (not root?)"
fi
exit $fail
