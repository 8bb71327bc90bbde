# The frame every shell test shares, sourced after it has read its arguments:
#   check NAME CONDITION  evaluates CONDITION, prints "ok - NAME" or "FAIL - NAME" and remembers a
#                         failure in $fail, which the test exits with;
#   $tmp                  a private folder, removed when the test exits.
fail=0
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; fail=1; fi; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

# use_backend BACKEND ARGUMENTS: for the store tests, checks BACKEND (sqlite, or postgres with the
# private server of tests/with-postgres.sh) and defines db_named NAME, the file or URL of the test's
# database NAME. ARGUMENTS is the test's argument list for the usage message.
use_backend() {
  case $1 in
    sqlite) db_named() { echo "$tmp/$1.db"; } ;;
    postgres)
      if [ -z "${DYAD_TEST_PG_SERVER:-}" ]; then echo "FAIL - no PostgreSQL server (run through tests/with-postgres.sh)"; exit 1; fi
      db_named() { echo "$DYAD_TEST_PG_SERVER/dyad_$1"; } ;;
    *) echo "usage: $(basename "$0") $2" >&2; exit 2 ;;
  esac
}
