"""How much time the actors component adds to the spaCy parse.

Parses a corpus once with the base pipeline (tagger, parser, NER) plus the places stage the
actors component reads, then runs only the actors component over the parsed documents, and
reports actors time / parse time. The knowledge base loads once before timing (reported apart).

Usage: python benchmarks/actors_overhead.py [CORPUS.jsonl ...] [--limit N]
Default corpus: the bundled sample (src/dyadic/data/sample/sample_news.jsonl), plus the open
corpus in ../shared when present.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def read_texts(paths: list[Path], limit: int) -> list[tuple[str, dt.date | None]]:
    texts: list[tuple[str, dt.date | None]] = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                date = record.get("date")
                texts.append((record["text"], dt.date.fromisoformat(date[:10]) if date else None))
                if len(texts) >= limit:
                    return texts
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()
    paths = args.corpus or [ROOT / "src" / "dyadic" / "data" / "sample" / "sample_news.jsonl"]
    shared_open = ROOT.parent / "shared" / "data" / "corpus" / "open"
    if not args.corpus and shared_open.is_dir():
        paths += sorted(shared_open.glob("*.jsonl"))

    import dyadic.components  # noqa: F401  (registers the factories)
    from dyadic.actors.component import ActorsComponent
    from dyadic.actors.kb import get_kb
    from dyadic.actors.matcher import get_matcher
    from dyadic.nlp.extensions import register_extensions
    from dyadic.nlp.load import load_base

    register_extensions()
    start = time.perf_counter()
    get_kb()
    get_matcher()
    kb_seconds = time.perf_counter() - start

    nlp = load_base()
    nlp.add_pipe("dyadic_places")
    actors = ActorsComponent(nlp)
    texts = read_texts(paths, args.limit)
    docs = []
    for text, date in texts:
        doc = nlp.make_doc(text)
        doc._.pub_date = date
        docs.append(doc)
    nlp("Warm-up sentence about Russia and the European Union.")

    start = time.perf_counter()
    parsed = list(nlp.pipe(docs, batch_size=32))
    parse_seconds = time.perf_counter() - start
    start = time.perf_counter()
    mentions = 0
    for doc in parsed:
        mentions += len(actors(doc)._.actor_mentions)
    actors_seconds = time.perf_counter() - start

    words = sum(len(doc) for doc in parsed)
    report = {
        "documents": len(parsed),
        "tokens": words,
        "mentions": mentions,
        "kb_load_seconds": round(kb_seconds, 2),
        "parse_seconds": round(parse_seconds, 2),
        "actors_seconds": round(actors_seconds, 2),
        "overhead": round(actors_seconds / parse_seconds, 4) if parse_seconds else None,
    }
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
