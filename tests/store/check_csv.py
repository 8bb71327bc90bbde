"""Reads a `dyad export --format csv` file the way analysts do, with Python's csv module, and
checks the types a reader that honours quotes gets: every text column quoted (RFC 4180), so that
CAMEO codes keep their leading zeros; numbers unquoted. Usage: python3 check_csv.py FILE"""
import csv
import re
import sys

TEXT = {"date", "source", "target", "code", "root", "doc_id", "url", "source_text", "target_text", "sentence",
        "reported_by", "verb", "verb_pattern", "source_actor_entry", "source_agent_entry", "target_actor_entry",
        "target_agent_entry", "title", "article_source", "dict_version", "status", "claimed_by", "disputed_by",
        "place_name", "place_country", "place_country3", "place_admin1", "place_admin1_name", "place_precision",
        "factuality", "date_precision"}
NUMBERS = {"id": int, "quad_class": int, "goldstein": float, "num_mentions": int, "num_sources": int, "num_articles": int,
           "sentence_index": int, "source_start": int, "target_start": int, "killed": int, "wounded": int,
           "missing": int, "detained": int, "displaced": int, "place_geonames_id": int, "place_lat": float,
           "place_lon": float, "background": int}


def fields(line):
    """Splits one physical line into (quoted, text) pairs; the export has no line breaks in fields."""
    out, i = [], 0
    while i <= len(line):
        if line.startswith('"', i):
            j, text = i + 1, ""
            while True:
                k = line.index('"', j)
                text += line[j:k]
                if line.startswith('""', k):
                    text, j = text + '"', k + 2
                    continue
                out.append((True, text))
                i = k + 2
                break
        else:
            k = line.find(",", i)
            k = len(line) if k < 0 else k
            out.append((False, line[i:k]))
            i = k + 1
    return out


def main(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open(path, encoding="utf-8") as f:
        raw = [fields(line.rstrip("\n")) for line in f]
    header = [text for _, text in raw[0]]
    assert all(quoted for quoted, _ in raw[0]), "header names are quoted"
    assert rows, "no rows"
    zeros = 0
    for n, (row, cells) in enumerate(zip(rows, raw[1:]), start=2):
        assert len(cells) == len(header), f"line {n}: {len(cells)} fields"
        for name, (quoted, text) in zip(header, cells):
            if name in TEXT:
                assert quoted or text == "", f"line {n}: {name} {text!r} is not quoted"
                assert isinstance(row[name], str)
            elif text:
                assert not quoted, f"line {n}: {name} is quoted"
                NUMBERS[name](row[name])
        assert re.fullmatch(r"\d{2,4}", row["code"]) and row["code"].startswith(row["root"]), f"line {n}: code {row['code']!r}"
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", row["date"]) or row["date"] == "", f"line {n}: date {row['date']!r}"
        zeros += row["code"].startswith("0")
    assert zeros, "no code with a leading zero to check"
    assert set(header) == TEXT | set(NUMBERS), f"columns not checked: {set(header) ^ (TEXT | set(NUMBERS))}"
    for row in rows:
        for entry in ("verb_pattern", "source_actor_entry"):
            assert re.fullmatch(r"[^/]+\.txt:\d+", row[entry] or "x.txt:1"), f"{entry} {row[entry]!r} is no file:line"
    print(f"{len(rows)} rows, {zeros} codes with a leading zero kept")


main(sys.argv[1])
