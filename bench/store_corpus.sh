#!/bin/sh
# The event store benchmarks' corpus: sh bench/store_corpus.sh SENTENCES OUT.jsonl
# bench/make_corpus.py's news text (fixed seed) with article k re-dated to 2016-01-01 plus
# (k * 7919 mod 3653) days, so that deduplication leaves about as many distinct events as
# sentences with an event (1,900,000 sentences give more than 1,000,000).
set -eu
cd "$(dirname "$0")/.."
raw=$(mktemp)
trap 'rm -f "$raw"' EXIT
python3 bench/make_corpus.py "$raw" "$1"
python3 - "$raw" "$2" <<'PY'
import datetime, json, sys
start = datetime.date(2016, 1, 1)
with open(sys.argv[1], encoding="utf-8") as inp, open(sys.argv[2], "w", encoding="utf-8") as out:
    for k, line in enumerate(inp):
        article = json.loads(line)
        article["date"] = (start + datetime.timedelta(days=k * 7919 % 3653)).isoformat()
        out.write(json.dumps(article) + "\n")
PY
