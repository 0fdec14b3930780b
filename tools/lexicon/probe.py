"""Show what Dyadic codes in a few sentences: actor mentions and events with their rules.

A reviewer's aid for the lexicon (run by developers only). Sentences come from the command
line or, one per line, from standard input.

Usage: python tools/lexicon/probe.py [--date YYYY-MM-DD] [--candidates] "Sentence one." ...
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from spacy.language import Language
from spacy.tokens import Doc


def code_sentence(nlp: Language, text: str, day: dt.date | None) -> Doc:
    """Run the full pipeline on ``text`` with publication date ``day``, after a dateline at its
    head ("SHANGHAI, May 21 (Reuters) -"), which the document stage cuts off the same way."""
    from dyadic.document import parse_dateline

    found = parse_dateline(text, published=day)
    doc = nlp.make_doc(text[found.body_start :] if found else text)
    doc._.pub_date = day
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sentences", nargs="*", help="sentences (default: stdin, one a line)")
    parser.add_argument("--date", default="2022-06-15", help="publication date (ISO)")
    parser.add_argument("--candidates", action="store_true", help="also list rule candidates")
    parser.add_argument("--parse", action="store_true", help="also print the dependency parse")
    args = parser.parse_args(argv)
    from dyadic.nlp import get_pipeline

    nlp = get_pipeline()
    day = dt.date.fromisoformat(args.date) if args.date else None
    sentences = args.sentences or [line.strip() for line in sys.stdin if line.strip()]
    for text in sentences:
        doc = code_sentence(nlp, text, day)
        print(f"\n# {text}")
        if args.parse:
            for token in doc:
                print(
                    f"   {token.i:>3} {token.text:<14} {token.lemma_:<12} {token.pos_:<6} "
                    f"{token.dep_:<10} <- {token.head.i}"
                )
        mentions = [
            f"{doc[m.start : m.end].text}={m.actor.code}({m.kind})"
            for m in doc._.actor_mentions or ()
        ]
        print("  actors:", ", ".join(mentions) or "-")
        for event in doc._.events or ():
            src = event.source.code if event.source else None
            tgt = event.target.code if event.target else None
            print(
                f"  EVENT {event.cameo} {src} -> {tgt} [{event.modality}]"
                f" {event.confidence:.4f} {event.evidence.rule}"
            )
        if args.candidates:
            component = nlp.get_pipe("dyadic_events")
            for _, _, found in component.candidates(doc):  # type: ignore[attr-defined]
                for c in found:
                    print(f"  cand {c.code} score={c.score:.2f} {c.rule} {c.trigger.text}")
        if not doc._.events:
            print("  (no event)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
