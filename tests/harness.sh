# The frame every shell test shares, sourced after it has read its arguments:
#   check NAME CONDITION  evaluates CONDITION, prints "ok - NAME" or "FAIL - NAME" and remembers a
#                         failure in $fail, which the test exits with;
#   $tmp                  a private folder, removed when the test exits.
fail=0
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; fail=1; fi; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
