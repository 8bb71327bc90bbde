#!/bin/sh
# Runs a command against a private PostgreSQL server: sh tests/with-postgres.sh COMMAND [ARG...]
# The server (Debian package postgresql, installed by scripts/install-deps) runs from a temporary
# directory, listens on 127.0.0.1 only at a free port, and is stopped when the command ends.
# The command finds a database in DYAD_TEST_PG_URL, and the databases dyad_main, dyad_noid,
# dyad_full, dyad_killed, dyad_race, dyad_conc and dyad_probe under DYAD_TEST_PG_SERVER. If the server cannot start, this fails:
# PostgreSQL tests never skip.
set -eu
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "with-postgres: FAIL: no PostgreSQL server in /usr/lib/postgresql/*/bin; run sh scripts/install-deps" >&2
  exit 1
fi
tmp=$(mktemp -d /tmp/dyad-pg.XXXXXX)
chmod 755 "$tmp"
# initdb refuses to run as root: then the server runs as the postgres system user.
as_server() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$tmp"
  as_server() { runuser -u postgres -- "$@"; }
fi
stop() {
  as_server "$bindir/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap stop EXIT
trap 'exit 1' INT TERM HUP
as_server "$bindir/initdb" -D "$tmp/data" -U dyad --auth=trust -E UTF8 --locale=C >"$tmp/initdb.log" 2>&1 ||
  { cat "$tmp/initdb.log" >&2; echo "with-postgres: FAIL: initdb failed" >&2; exit 1; }
# A port is free when the server starts on it; try a few from a per-process starting point.
port=$((20000 + $$ % 20000))
started=0
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  if as_server "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 30 \
       -o "-c listen_addresses=127.0.0.1 -p $port -k $tmp -c fsync=off -c full_page_writes=off" start >/dev/null 2>&1; then
    started=1
    break
  fi
  port=$((port + 1))
done
if [ "$started" -ne 1 ]; then
  cat "$tmp/server.log" >&2 || true
  echo "with-postgres: FAIL: the PostgreSQL server did not start" >&2
  exit 1
fi
for name in dyad_test dyad_main dyad_noid dyad_full dyad_killed dyad_race dyad_conc dyad_probe; do
  "$bindir/createdb" -h 127.0.0.1 -p "$port" -U dyad "$name"
done
export DYAD_TEST_PG_URL="postgresql://dyad@127.0.0.1:$port/dyad_test"
export DYAD_TEST_PG_SERVER="postgresql://dyad@127.0.0.1:$port"
status=0
"$@" || status=$?
exit $status
