"""Loads every output of the bundled articles the way analysts do (json, csv) and checks that
they agree: the JSON records of dyad code, query and export share one layout and one event's
values; the GDELT tables have the codebook's columns in its order. Usage:
python3 check_outputs.py DIR, where DIR holds code.jsonl, query.jsonl, export.jsonl, export.csv,
gdelt.tsv and mentions.tsv (both with --header)."""
import csv
import json
import re
import sys

# The GDELT 2.0 event codebook's 61 columns and the mentions codebook's 16, in order.
GDELT_EVENTS = ("GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
                + " ".join(f"{a}{c}" for a in ("Actor1", "Actor2") for c in (
                    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code"))
                + " IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions "
                "NumSources NumArticles AvgTone "
                + " ".join(f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in (
                    "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"))
                + " DATEADDED SOURCEURL").split()
GDELT_MENTIONS = ("GlobalEventID EventTimeDate MentionTimeDate MentionType MentionSourceName MentionIdentifier "
                  "SentenceID Actor1CharOffset Actor2CharOffset ActionCharOffset InRawText Confidence "
                  "MentionDocLen MentionDocTone MentionDocTranslationInfo Extras").split()
# values the store merges over an event's mentions: the code record's when there is one mention
MERGED = {"date_precision", "background", "factuality"}
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def jsonl(path):
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def tsv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def same_layout(code, stored):
    """Every field of a code record is in the store's record, with the same value where the store keeps one."""
    by_key = {(r["doc_id"], r["sentence_index"], r["code"], r["source"]["code"], r["target"]["code"]): r for r in code}
    matched = 0
    for e in stored:
        key = (e["doc_id"], e["sentence_index"], e["code"], e["source"]["code"], e["target"]["code"])
        c = by_key.get(key)
        check(c is not None, f"event {e['id']}: no code record for {key}")
        if c is None:
            continue
        matched += 1
        missing = set(c) - set(e) - {"event_index", "disputes"}
        check(not missing, f"event {e['id']}: fields of dyad code missing: {missing}")
        for k in set(c) & set(e) - MERGED - {"place", "claimed_by", "disputed_by", "casualties"}:
            check(c[k] == e[k], f"event {e['id']}: {k} {c[k]!r} != {e[k]!r}")
        for k in MERGED:
            check(e[k] is not None or c[k] is None, f"event {e['id']}: {k} is null")
            check(e["num_mentions"] > 1 or c[k] == e[k], f"event {e['id']}: {k} {c[k]!r} != {e[k]!r}")
        if c["place"] and e["place"]:
            for k in ("name", "geonames_id", "country", "admin1", "precision"):
                check(c["place"][k] == e["place"][k], f"event {e['id']}: place {k}")
        check(e["id"] >= 1 and e["num_mentions"] >= 1, f"event {e['id']}: counts")
    return matched


def gdelt(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
    check(header == GDELT_EVENTS, f"gdelt header {header}")
    rows = tsv(path)
    for r in rows:
        check(None not in r and len(r) == 61, f"gdelt row {r['GLOBALEVENTID']}: not 61 columns")
        year = int(r["Year"])
        check(year <= float(r["FractionDate"]) < year + 1, f"FractionDate {r['FractionDate']}")
        check(r["IsRootEvent"] in ("0", "1"), "IsRootEvent")
        check(r["EventCode"].startswith(r["EventRootCode"]), "EventRootCode")
        for a in ("Actor1", "Actor2"):
            code = r[a + "Code"]
            check(not code or code.startswith(r[a + "CountryCode"]) or code.startswith("IGO") or code.startswith("NGO"),
                  f"{a}CountryCode of {code}")
            check(r[a + "Type1Code"] in code, f"{a}Type1Code of {code}")
    paris = [r for r in rows if r["ActionGeo_FullName"].startswith("Paris")]
    check(paris and paris[0]["ActionGeo_Type"] == "4" and paris[0]["ActionGeo_CountryCode"] == "FR"
          and paris[0]["ActionGeo_FeatureID"] == "2988507" and abs(float(paris[0]["ActionGeo_Lat"]) - 48.8534) < 1e-3,
          "ActionGeo of the meeting in Paris")
    filled = sum(1 for c in GDELT_EVENTS if any(r[c] for r in rows))
    return rows, filled


def mentions(path, events):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
    check(header == GDELT_MENTIONS, f"mentions header {header}")
    rows = tsv(path)
    ids = {r["GLOBALEVENTID"] for r in events}
    for r in rows:
        check(len(r) == 16 and None not in r, "mentions row: not 16 columns")
        check(r["GlobalEventID"] in ids, f"mention of unknown event {r['GlobalEventID']}")
        check(int(r["SentenceID"]) >= 1 and int(r["MentionDocLen"]) > int(r["Actor1CharOffset"]), "SentenceID, offsets")
        check(re.fullmatch(r"\d{14}", r["MentionTimeDate"]) is not None, "MentionTimeDate")
        check(re.fullmatch(r"<DICT_VERSION>[0-9a-f]{16}</DICT_VERSION>", r["Extras"]) is not None, "Extras")
    return rows


def main(d):
    code, query, export = jsonl(d + "/code.jsonl"), jsonl(d + "/query.jsonl"), jsonl(d + "/export.jsonl")
    check(query == export, "query and export write the same records")
    matched = same_layout(code, export)
    versions = {r["dict_version"] for r in code + export}
    check(len(versions) == 1, f"one dictionary version: {versions}")
    text = open(d + "/code.jsonl", encoding="utf-8").read() + open(d + "/export.jsonl", encoding="utf-8").read()
    check('":"/' not in text, "no absolute paths in provenance")
    with open(d + "/export.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    check(len(rows) == len(export) and all(r["dict_version"] in versions for r in rows), "csv rows")
    check([int(r["id"]) for r in rows] == [e["id"] for e in export], "csv ids")
    events, filled = gdelt(d + "/gdelt.tsv")
    check(len(events) == len(export), "one GDELT row per event")
    m = mentions(d + "/mentions.tsv", events)
    check(len(m) == sum(e["num_mentions"] for e in export), "one mention row per mention")
    for f in failures:
        print("FAIL:", f)
    print(f"{len(code)} code records, {len(export)} stored events ({matched} matched to code records), "
          f"{len(rows)} csv rows, {len(events)} GDELT rows with {filled} of 61 columns filled, {len(m)} mentions")
    return 1 if failures else 0


sys.exit(main(sys.argv[1]))
