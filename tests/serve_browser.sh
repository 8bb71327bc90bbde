#!/bin/sh
# dyad serve in a real browser (Debian's chromium, driven by npm playwright-core from the build's
# web/node_modules): the timeline, map, dyad view and table show the fixtures' counts, an event's
# page marks its sentences, and the hostile article's markup never runs. Exits 77 (skipped) only
# when chromium cannot start.
#   sh tests/serve_browser.sh DYAD SOURCE_DIR NODE_MODULES [SCREENSHOT.png]
set -u
dyad=$1 root=$2 modules=$3 shot=${4:-}
if [ ! -x /usr/bin/chromium ]; then echo "SKIP - /usr/bin/chromium is not installed (scripts/install-deps)"; exit 77; fi
tmp=$(mktemp -d)
. "$root/tests/serve/lib.sh"
trap 'serve_stop; rm -rf "$tmp"' EXIT
serve_db "$dyad" "$root" "$tmp/events.db"
serve_start "$dyad" "$tmp/events.db" "$tmp" || exit 1
node "$root/tests/serve/browser.cjs" "$modules" "$serve_url" $shot
