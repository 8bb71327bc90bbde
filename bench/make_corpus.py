#!/usr/bin/env python3
"""Writes a synthetic news corpus (JSON Lines, one article per line) for the benchmarks.

The sentences are generated from dyad's own templates and word lists, with a fixed seed, so that
every run measures the same text. Usage: make_corpus.py OUT.jsonl [SENTENCES]
"""
import json
import random
import sys

ACTORS = ["Russia", "Ukraine", "the United States", "China", "Iran", "Israel", "Hamas", "NATO",
          "the European Union", "Turkey", "India", "Pakistan", "Sudan's army", "the Rapid Support Forces",
          "Ukrainian forces", "Russian troops", "Israeli police", "Iranian officials", "the Kremlin",
          "the White House", "French President Emmanuel Macron", "Chancellor Friedrich Merz",
          "Prime Minister Keir Starmer", "Foreign Minister Wang Yi", "the United Nations",
          "Secretary-General Antonio Guterres", "protesters", "rebels", "the ministry", "Kenya's government",
          "Brazilian President Luiz Inacio Lula da Silva", "Japan", "South Korea", "North Korea", "Venezuela",
          "Colombian troops", "the African Union", "Ethiopia", "Somalia", "the Houthis", "Hezbollah"]
PLACES = ["Kyiv", "Moscow", "Gaza", "Khartoum", "Beijing", "Tehran", "Brussels", "Geneva", "Doha", "Cairo",
          "the Donbas region", "the Red Sea", "the border area", "New Delhi", "Islamabad", "Caracas", "Nairobi"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
        "last week", "yesterday", "earlier this month", "overnight"]
REPORTERS = ["officials said", "the ministry said", "a spokesman said", "state media reported",
             "according to a statement", "diplomats said", "the army said", "witnesses said"]
TRANSITIVE = [("accused", "of violating the ceasefire"), ("criticised", "over the strikes"),
              ("threatened", "with new sanctions"), ("urged", "to return to talks"), ("praised", "for its restraint"),
              ("condemned", "after the attack"), ("met", "in " + "Geneva"), ("hosted", "for two days of talks"),
              ("attacked", "near the border"), ("warned", "against escalation"), ("expelled diplomats from", ""),
              ("imposed sanctions on", "over its nuclear programme"), ("signed an agreement with", "on energy"),
              ("rejected a proposal from", ""), ("called on", "to release the hostages"), ("shelled positions held by", ""),
              ("sent aid to", "after the floods"), ("recalled its ambassador from", ""), ("thanked", "for the support"),
              ("detained", "at the checkpoint"), ("blamed", "for the blast"), ("invited", "to the summit")]
INTRANSITIVE = ["withdrew from the talks", "denied the allegations", "declined to comment", "vowed to retaliate",
                "said it would not negotiate", "has repeatedly denied involvement", "will meet again next week",
                "did not reject the plan", "is ready to resume negotiations", "launched a wave of drone strikes",
                "was attacked by gunmen", "were killed in the fighting", "agreed to a 30-day truce"]
NUMBERS = ["two", "three", "12", "1,200", "at least 40", "about 2.5 million", "dozens of", "hundreds of"]


def clause(rng):
    a, b = rng.sample(ACTORS, 2)
    if rng.random() < 0.6:
        verb, tail = rng.choice(TRANSITIVE)
        text = f"{a} {verb} {b} {tail}".strip()
    else:
        text = f"{a} {rng.choice(INTRANSITIVE)}"
    if rng.random() < 0.5:
        text += " " + rng.choice(DAYS)
    return text


def sentence(rng):
    kind = rng.random()
    if kind < 0.3:
        s = f"{clause(rng)}, {rng.choice(REPORTERS)}."
    elif kind < 0.45:
        s = f"{rng.choice(ACTORS)} said {clause(rng)}."
    elif kind < 0.55:
        s = f"{clause(rng)} after {clause(rng)}."
    elif kind < 0.65:
        s = f"\"We will not accept this,\" {rng.choice(ACTORS)} said in {rng.choice(PLACES)}."
    elif kind < 0.75:
        s = f"{rng.choice(NUMBERS).capitalize()} people were wounded in {rng.choice(PLACES)}, {rng.choice(REPORTERS)}."
    else:
        s = clause(rng) + "."
    return s[0].upper() + s[1:]


def main():
    out = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 120000
    rng = random.Random(20251129)
    written = 0
    with open(out, "w", encoding="utf-8") as f:
        article = 0
        while written < total:
            n = min(rng.randint(8, 30), total - written)
            text = " ".join(sentence(rng) for _ in range(n))
            article += 1
            f.write(json.dumps({"id": f"bench-{article}", "date": "2025-11-28", "source": "dyad-bench",
                                "text": text}) + "\n")
            written += n
    print(f"{out}: {written} sentences in {article} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
