"""--scheme plover outputs: every event of dyad code, query and export has a plover field, the
store's records agree with the coder's, and the CSV's plover_ columns load with the csv module
and equal the JSON. Usage: python3 check_plover.py DIR (pcode.jsonl, pexport.jsonl, pquery.jsonl,
pexport.csv)."""
import csv
import json
import sys

d = sys.argv[1]
code = [json.loads(line) for line in open(d + "/pcode.jsonl", encoding="utf-8")]
export = [json.loads(line) for line in open(d + "/pexport.jsonl", encoding="utf-8")]
query = [json.loads(line) for line in open(d + "/pquery.jsonl", encoding="utf-8")]
with open(d + "/pexport.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
bad = []
assert all("plover" in r for r in code + export), "a record without a plover field"
assert query == export, "query and export differ"
def key(r):
    """One event of one sentence: a reciprocal act is two events with the same code."""
    return (r["doc_id"], r["sentence_index"], r["code"], r["source"]["code"], r["target"]["code"])


by_key = {key(r): r["plover"] for r in code}
for e in export:
    if by_key.get(key(e), "missing") != e["plover"]:
        bad.append(f"event {e['id']}: {e['plover']} != the coder's")
for r, e in zip(rows, export):
    p = e["plover"] or {}
    if any((r["plover_" + k] or None) != p.get(k) for k in ("event_type", "mode", "context", "actor_country")):
        bad.append(f"csv row {r['id']}: {r['plover_event_type']} {r['plover_actor_country']}")
    if p and float(r["plover_intensity"]) != p["intensity"]:
        bad.append(f"csv row {r['id']}: intensity")
types = sorted({e["plover"]["event_type"] for e in export if e["plover"]})
for b in bad:
    print("FAIL:", b)
print(f"{len(export)} events, PLOVER types {' '.join(types)}, {len(rows)} csv rows")
sys.exit(1 if bad or not types else 0)
