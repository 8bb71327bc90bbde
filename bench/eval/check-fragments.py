#!/usr/bin/env python3
# Checks an annotated folder of bench/eval (default: every news-*/ beside this file) before it is
# scored: each expected.tsv row's fragment is 20+ characters and occurs exactly once in its
# article, inside one sentence, and every sentence of every article (headline and dateline
# included) has exactly one row. The sentence split here is deliberately simple (paragraphs, the
# dateline, then ". ", "? ", "! " before a capital, quote, digit or bracket, except after an
# initial or a title); it only has to agree with how the articles were written, not with dyad.
# Also checks the event syntax and that no event has the same source and target.
import glob
import os
import re
import sys

DATELINE = re.compile(r"^([A-Z][A-Za-z0-9 .,/'-]*\(Dyad Wire\) - )")
ABBREV = re.compile(r"(?:\b[A-Z]|\bMr|\bMrs|\bMs|\bDr|\bGen|\bCol|\bLt|\bSt|\bJr|\bNo)\.$")
BOUNDARY = re.compile(r"(?<=[.!?])[\"\u201d]?\s+(?=[\"\u201c(A-Z0-9])")
EVENT = re.compile(r"^[A-Z]{3,}>[A-Z]{3,}:\d{2,4}$")


def sentences(text):
    """(start, end) byte offsets of the sentences of an article."""
    spans = []
    for para in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        start, body = para.start(), para.group()
        m = DATELINE.match(body)
        if m:
            spans.append((start, start + len(m.group(1)) - 1))
            start, body = start + len(m.group(1)), body[len(m.group(1)):]
        pos = 0
        for b in BOUNDARY.finditer(body):
            if ABBREV.search(body[pos:b.start()]):
                continue
            end = b.start() + (1 if body[b.start()] in "\"\u201d" else 0)
            spans.append((start + pos, start + end))
            pos = b.end()
        spans.append((start + pos, start + len(body)))
    return spans


def check(folder):
    errors = []
    tsv = os.path.join(folder, "expected.tsv")
    rows = {}
    with open(tsv, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            where = "%s:%d" % (tsv, n)
            if len(cols) < 4:
                errors.append("%s: expected at least 4 tab-separated columns" % where)
                continue
            name, date, frag, events = cols[:4]
            if not re.match(r"^\d{4}-\d\d-\d\d$", date):
                errors.append("%s: date %r is not YYYY-MM-DD" % (where, date))
            if len(frag) < 20:
                errors.append("%s: fragment shorter than 20 characters: %r" % (where, frag))
            for mark in cols[4:]:
                if mark not in ("", "key", "background"):
                    errors.append("%s: column %r is neither key nor background" % (where, mark))
            if events != "-":
                for ev in events.split(" "):
                    if not EVENT.match(ev):
                        errors.append("%s: event %r is not SOURCE>TARGET:CODE" % (where, ev))
                    elif ev.split(">")[0] == ev.split(">")[1].split(":")[0]:
                        errors.append("%s: event %r has the same source and target" % (where, ev))
            rows.setdefault(name, []).append((where, frag))
    for name, arows in rows.items():
        path = os.path.join(folder, name)
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            errors.append("%s: cannot read article: %s" % (path, e))
            continue
        spans = sentences(text)
        covered = [[] for _ in spans]
        for where, frag in arows:
            hits = [m.start() for m in re.finditer(re.escape(frag), text)]
            if len(hits) != 1:
                errors.append("%s: fragment occurs %d times in %s: %r" % (where, len(hits), name, frag))
                continue
            inside = [i for i, (s, e) in enumerate(spans) if s <= hits[0] and hits[0] + len(frag) <= e]
            if not inside:
                errors.append("%s: fragment crosses a sentence boundary: %r" % (where, frag))
            else:
                covered[inside[0]].append(where)
        for (s, e), by in zip(spans, covered):
            if len(by) != 1:
                errors.append("%s: sentence at byte %d has %d rows (%s): %r"
                              % (path, s, len(by), ", ".join(by), text[s:e][:70]))
    return errors, sum(len(sentences(open(os.path.join(folder, n), encoding="utf-8").read()))
                       for n in rows if os.path.exists(os.path.join(folder, n))), len(rows)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    folders = sys.argv[1:] or sorted(glob.glob(os.path.join(here, "news-*")))
    bad = False
    for folder in folders:
        errors, nsent, narticles = check(folder)
        for e in errors:
            print(e)
        bad = bad or bool(errors)
        print("%s: %d articles, %d sentences, %s" % (folder, narticles, nsent,
                                                   "%d errors" % len(errors) if errors else "ok"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
