#!/usr/bin/env python3
"""Check the held-out evaluation articles and their annotations (bench/eval/news-*/).

Why: the scorer trusts expected.tsv blindly.  A fragment that is not byte-exact, that occurs twice,
that straddles two sentences, or a sentence with no row at all would silently turn into false
positives or lost recall.  This script catches those before anyone scores dyad on the set.

Usage: python3 bench/eval/check-annotations.py [DIR ...]   (default: every bench/eval/news-*/)
Exit status 0 when every check passes, 1 otherwise; problems are printed as FILE:LINE: message.
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CAMEO_TABLE = os.path.join(HERE, "..", "..", "..", "shared", "reference", "cameo-codes.tsv")

# Tokens that end in a period without ending a sentence (wire style: U.S., U.N., Gen., Sept.).
ABBREV = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "gov", "sen",
          "rep", "st", "jr", "sr", "no", "jan", "feb", "aug", "sept", "sep", "oct", "nov",
          "dec", "inc", "corp", "co", "ltd", "vs"}
BOUNDARY = re.compile(r'[.!?]["\'\u201d\u2019)]*\s+(?=["\'\u201c\u2018(]?[A-Z0-9])')
DATELINE = re.compile(r"^[A-Z][A-Z .'/-]+, ([A-Z][a-z]+) (\d{1,2}) \(Dyad Wire\) - ")
MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
          "Aug": 8, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
EVENT = re.compile(r"^([A-Z]{3,})>([A-Z]{3,}):([0-9]{2,4})$")
# A period inside a fragment that is not a decimal point: sentence splitters disagree there.
INNER_PERIOD = re.compile(r"\.(?!\d)(?=.)")

problems = []


def problem(where, message):
    problems.append("%s: %s" % (where, message))


def load_cameo_codes():
    """The CAMEO code table from ../shared, or None (printed) when it is absent."""
    if not os.path.exists(CAMEO_TABLE):
        print("SKIP: %s not found; event codes are checked for shape only" % CAMEO_TABLE)
        return None
    with open(CAMEO_TABLE, encoding="utf-8") as table:
        return {line.split("\t", 1)[0] for line in table if line.strip()} - {"code"}


def is_abbreviation(text, period_at):
    """True when the period at text[period_at] closes an abbreviation, not a sentence."""
    word = re.search(r"(\S+)$", text[:period_at])
    if not word:
        return False
    token = word.group(1).lstrip("\"'(\u201c")
    if re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", token):  # U.S, U.N, single initials
        return True
    return token.lower() in ABBREV


def split_sentences(text):
    """Sentences of an article as (start, end) character spans, paragraph by paragraph."""
    spans = []
    for para in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", text):
        start = para.start()
        body = para.group(0)
        cut = 0
        for boundary in BOUNDARY.finditer(body):
            if body[boundary.start()] == "." and is_abbreviation(body, boundary.start()):
                continue
            end = boundary.start() + len(boundary.group(0).rstrip())
            spans.append((start + cut, start + end))
            cut = boundary.end()
        spans.append((start + cut, start + len(body.rstrip())))
    return spans


def read_rows(tsv):
    """Rows of expected.tsv as dicts, with the line number for messages."""
    rows = []
    with open(tsv, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            where = "%s:%d" % (tsv, number)
            if len(fields) != 6:
                problem(where, "expected 6 tab-separated columns, found %d" % len(fields))
                continue
            rows.append(dict(where=where, file=fields[0], date=fields[1], fragment=fields[2],
                             events=fields[3], key=fields[4], background=fields[5]))
    return rows


def check_events(row, codes):
    """Shape, code and actor checks of one row's events; returns the well-formed ones."""
    if row["events"] == "-":
        return []
    events = []
    for event in row["events"].split(" "):
        match = EVENT.match(event)
        if not match:
            problem(row["where"], "event %r is not SOURCE>TARGET:CODE" % event)
            continue
        events.append(event)
        source, target, code = match.groups()
        if source == target:
            problem(row["where"], "event %r has the same actor as source and target" % event)
        if codes is not None and code not in codes:
            problem(row["where"], "event %r: %s is not a CAMEO code" % (event, code))
        elif codes is None and not 1 <= int(code[:2]) <= 20:
            problem(row["where"], "event %r: root %s is not 01-20" % (event, code[:2]))
    return events


def check_row(row, codes):
    """Column checks that need no article text."""
    try:
        datetime.date.fromisoformat(row["date"])
    except ValueError:
        problem(row["where"], "date %r is not YYYY-MM-DD" % row["date"])
    if len(row["fragment"]) < 20:
        problem(row["where"], "fragment %r is shorter than 20 characters" % row["fragment"])
    if INNER_PERIOD.search(row["fragment"].rstrip(".")):
        problem(row["where"], "fragment %r has a period inside it (U.S., Jr.): pick another piece"
                % row["fragment"])
    if row["key"] not in ("", "key"):
        problem(row["where"], "5th column must be 'key' or empty, not %r" % row["key"])
    if row["background"] not in ("", "background"):
        problem(row["where"], "6th column must be 'background' or empty")
    events = check_events(row, codes)
    if not events and (row["key"] or row["background"]):
        problem(row["where"], "a row marked key or background must have events")
    return events


def check_dateline(path, text, date):
    """The dateline's month and day agree with the row date."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    match = DATELINE.match(paragraphs[1]) if len(paragraphs) > 1 else None
    if not match:
        problem(path, "second paragraph does not open with a dateline 'CITY, Mon D (Dyad Wire) - '")
        return
    month, day = MONTHS.get(match.group(1)), int(match.group(2))
    if month is None:
        problem(path, "dateline month %r is not wire style (Jan, Feb, March ... Sept, Oct)"
                % match.group(1))
    elif (month, day) != (date.month, date.day):
        problem(path, "dateline %s %d disagrees with the row date %s" % (match.group(1), day, date))


def check_article(directory, name, rows):
    """Fragments exact and unique, each inside one sentence; every sentence has a row."""
    path = os.path.join(directory, name)
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    spans = split_sentences(text)
    covered = [False] * len(spans)
    dates = {row["date"] for row in rows}
    if len(dates) != 1:
        problem(path, "rows give several dates: %s" % ", ".join(sorted(dates)))
    else:
        try:
            check_dateline(path, text, datetime.date.fromisoformat(dates.pop()))
        except ValueError:
            pass  # already reported by check_row
    for row in rows:
        count = text.count(row["fragment"])
        if count != 1:
            problem(row["where"], "fragment %r occurs %d times in %s" % (row["fragment"], count, name))
            continue
        start = text.index(row["fragment"])
        end = start + len(row["fragment"])
        inside = [i for i, (s, e) in enumerate(spans) if s <= start and end <= e]
        if not inside:
            problem(row["where"], "fragment %r straddles a sentence boundary" % row["fragment"])
        for i in inside:
            covered[i] = True
    for (s, e), seen in zip(spans, covered):
        if not seen:
            line = text.count("\n", 0, s) + 1
            problem("%s:%d" % (path, line), "sentence has no row: %r" % text[s:e][:70])
    if not any(row["key"] for row in rows):
        problem(path, "no row is marked key")
    body = spans[1:-3]  # without headline, byline and the two copyright sentences
    if not 12 <= len(body) <= 25:
        print("note: %s has %d body sentences (guide: 12-25)" % (path, len(body)))
    return spans, [len(text[s:e].split()) for s, e in body]


def check_directory(directory, codes):
    """All checks for one news-X directory; returns summary figures."""
    tsv = os.path.join(directory, "expected.tsv")
    if not os.path.exists(tsv):
        problem(directory, "no expected.tsv")
        return None
    rows = read_rows(tsv)
    articles = sorted(f for f in os.listdir(directory) if f.endswith(".txt"))
    for number, name in enumerate(articles, 1):
        if not name.startswith("%02d-" % number):
            problem(os.path.join(directory, name), "expected the file number %02d" % number)
    events, roots, sentences, words = [], set(), 0, []
    for row in rows:
        row_events = check_row(row, codes)
        events += row_events
        roots.update(e.split(":")[1][:2] for e in row_events)
    for name in sorted(set(r["file"] for r in rows) - set(articles)):
        problem(tsv, "rows name %s, which is not in %s" % (name, directory))
    for name in articles:
        mine = [r for r in rows if r["file"] == name]
        if not mine:
            problem(os.path.join(directory, name), "article has no rows in expected.tsv")
            continue
        spans, lengths = check_article(directory, name, mine)
        sentences += len(spans)
        words += lengths
    return dict(articles=len(articles), sentences=sentences, rows=len(rows), events=len(events),
                key=sum(1 for r in rows if r["key"]),
                background=sum(1 for r in rows if r["background"]),
                mean_words=sum(words) / len(words) if words else 0.0,
                missing_roots=sorted({"%02d" % i for i in range(1, 21)} - roots))


def main(argv):
    directories = argv[1:] or sorted(
        os.path.join(HERE, d) for d in os.listdir(HERE)
        if d.startswith("news-") and os.path.isdir(os.path.join(HERE, d)))
    if not directories:
        print("no bench/eval/news-*/ directories to check")
        return 1
    codes = load_cameo_codes()
    for directory in directories:
        summary = check_directory(directory, codes)
        if summary:
            print(directory + ": %(articles)d articles, %(sentences)d sentences, %(rows)d rows, "
                  "%(events)d events (%(key)d key rows, %(background)d background rows), "
                  "%(mean_words).1f words per body sentence, CAMEO roots absent: %(missing_roots)s"
                  % summary)
    for line in problems:
        print(line)
    print("%d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
