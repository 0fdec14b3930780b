"""Score Dyadic on the fresh hand-labelled sentences in tools/eval/fresh/ (a developer's aid).

Each TSV row is a sentence written for Dyadic in the style of wire news by a writer who saw no
Dyadic code and no dev gold, with the event one careful coder would assign (CODING.md):
``id, date, sentence, code, source, target, source_span, target_span, modality, note``, code
``NONE`` for a sentence that reports no event. One writer labelled each set, so the labels are
those of a single coder: CODING.md's conventions, not a gold standard.

For each sentence the main event (the most confident one) is compared with the label: its root,
its five-way class, and the countries of its source and target (an IGO by its first six
letters); a NONE sentence that gets any event is a false event. "Any event right" counts a
sentence whose events include one with the labelled root, source and target.

Usage: python tools/eval/score_fresh.py [--errors] tools/eval/fresh/set_c_heldout.tsv ...
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lexicon"))

from probe import code_sentence

from dyadic.actors.resolve import country_of
from dyadic.events.codes import FIVE_CLASS_BY_ROOT
from dyadic.model import Actor, Event


def country(code: str | None) -> str:
    """The country part of an actor code (an IGO by its first six letters; otherwise as Dyadic
    reads it, a multinational company "MNCUSA" by its home country, as a coder's "USABUS"; a
    code with no country, "REB", by its first three letters)."""
    if not code:
        return ""
    if code.startswith("IGO"):
        return code[:6]
    return country_of(code) or code[:3]


def code_of(actor: Actor | None) -> str:
    return country(actor.code if actor else None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--errors", action="store_true", help="print each disagreement")
    args = parser.parse_args(argv)
    from dyadic.nlp import get_pipeline

    nlp = get_pipeline()
    counts: Counter[str] = Counter()
    for path in args.sets:
        with path.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        for row in rows:
            doc = code_sentence(nlp, row["sentence"], dt.date.fromisoformat(row["date"]))
            events: list[Event] = list(doc._.events or ())
            main_event = max(events, key=lambda e: e.confidence) if events else None
            label = row["code"].strip()
            wrong = score(row, label, events, main_event, counts)
            if args.errors and wrong:
                got = (
                    f"{main_event.cameo} {main_event.source.code if main_event.source else None}"
                    f"->{main_event.target.code if main_event.target else None}"
                    if main_event
                    else "-"
                )
                print(f"{row['id']} {','.join(wrong)}: want {label} {row['source']}->"
                      f"{row['target']}, got {got}\n  {row['sentence']}")  # fmt: skip
    report(counts)
    return 0


def score(
    row: dict[str, str],
    label: str,
    events: list[Event],
    main_event: Event | None,
    counts: Counter[str],
) -> list[str]:
    """Count one sentence; the names of what it got wrong."""
    if label.upper() == "NONE":
        counts["none"] += 1
        counts["false"] += main_event is not None
        return ["FALSE EVENT"] if main_event else []
    counts["events"] += 1
    if main_event is None:
        return ["MISSED"]
    counts["found"] += 1
    wrong = []
    source, target = country(row["source"]), country(row["target"])
    counts["root"] += main_event.cameo_root == label[:2]
    counts["five"] += FIVE_CLASS_BY_ROOT[main_event.cameo_root] == FIVE_CLASS_BY_ROOT[label[:2]]
    counts["source"] += code_of(main_event.source) == source
    if target:
        counts["targets"] += 1
        counts["target"] += code_of(main_event.target) == target
    counts["any"] += any(
        e.cameo_root == label[:2]
        and code_of(e.source) == source
        and (not target or code_of(e.target) == target)
        for e in events
    )
    if main_event.cameo_root != label[:2]:
        wrong.append("ROOT")
    if code_of(main_event.source) != source:
        wrong.append("SOURCE")
    if target and code_of(main_event.target) != target:
        wrong.append("TARGET")
    return wrong


def report(counts: Counter[str]) -> None:
    n = max(counts["events"], 1)
    print(
        f"sentences with an event: {counts['events']}; event found {counts['found'] / n:.3f}, "
        f"root {counts['root'] / n:.3f}, five-way class {counts['five'] / n:.3f}, "
        f"source country {counts['source'] / n:.3f}, "
        f"target country {counts['target'] / max(counts['targets'], 1):.3f}, "
        f"some event right in root, source and target {counts['any'] / n:.3f}"
    )
    print(f"sentences with no event: {counts['none']}; given one {counts['false']}")


if __name__ == "__main__":
    raise SystemExit(main())
