# Shared by the dyad serve tests (sourced): a test database from tests/store's articles and the
# hostile article beside this file, and a server on 127.0.0.1 at a free port.
#   serve_db DYAD ROOT DB        ingests the fixtures into DB
#   serve_start DYAD DB TMP      starts dyad serve; sets serve_url and serve_pid
#   serve_stop                   stops it (also run on exit)
serve_db() {
  "$1" ingest --db "$3" "$2/tests/store/articles.jsonl" "$2/tests/serve/hostile.jsonl" 2> /dev/null
}
serve_pid=""
serve_stop() { [ -n "$serve_pid" ] && kill "$serve_pid" 2> /dev/null && wait "$serve_pid" 2> /dev/null; serve_pid=""; }
serve_start() {
  : > "$3/serve.out"
  "$1" serve --db "$2" --port 0 > "$3/serve.out" 2> "$3/serve.err" &
  serve_pid=$!
  serve_url=""
  for _ in $(seq 100); do
    serve_url=$(sed -n 's/^dyad serve: \(http:.*\)$/\1/p' "$3/serve.out")
    [ -n "$serve_url" ] && return 0
    kill -0 "$serve_pid" 2> /dev/null || break
    sleep 0.1
  done
  echo "FAIL - dyad serve did not start:"; cat "$3/serve.err"
  return 1
}
