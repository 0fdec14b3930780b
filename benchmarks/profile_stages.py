"""Where Dyadic's own stages spend their time, function by function.

Parses a corpus once with the base spaCy components (not profiled: that is the floor), then runs
each Dyadic component over the parsed documents under a profiler and prints its hottest
functions. cProfile (standard library) is the default because it also counts calls into spaCy's
Cython code: ``Doc.text`` rebuilt from the tokens on every access showed up this way as millions
of ``Token`` constructions. ``--pyinstrument`` gives a call tree instead, when pyinstrument is
installed. For a whole run including the parse, use py-spy from outside::

    py-spy record -o profile.svg -- python -m dyadic code corpus.jsonl.gz --no-store -o /dev/null

Usage: python benchmarks/profile_stages.py [CORPUS] [--limit 200] [--top 25]
                                           [--component dyadic_quotes]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "dyadic" / "data" / "sample" / "sample_news.jsonl"
ALLSIDES = ROOT.parent / "shared" / "data" / "corpus" / "allsides-intl-dev.jsonl.gz"
BASE = ("tok2vec", "tagger", "dyadic_paragraphs", "parser", "attribute_ruler", "lemmatizer", "ner")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--component", action="append", help="profile only these components")
    parser.add_argument("--pyinstrument", action="store_true", help="call tree (pyinstrument)")
    args = parser.parse_args()
    corpus = args.corpus or (ALLSIDES if ALLSIDES.exists() else SAMPLE)

    from dyadic.document.prepare import prepare
    from dyadic.ingest.readers import read_inputs
    from dyadic.ingest.record import RawDocument
    from dyadic.parallel.worker import preload
    from dyadic.pipeline import Coder

    coder = Coder()
    preload(coder)  # the knowledge base and gazetteer load before any clock starts
    nlp = coder.nlp
    raws = list(itertools.islice(read_inputs([str(corpus)]), args.limit))
    docs = []
    for raw in raws:
        if not isinstance(raw, RawDocument):
            continue
        item = prepare(raw)
        doc = nlp.make_doc(item.body)
        doc._.doc_id, doc._.pub_date = raw.doc_id, item.published
        doc._.offset, doc._.dateline = item.offset, item.dateline
        docs.append(doc)
    start = time.perf_counter()
    for name, proc in nlp.pipeline:
        if name in BASE:
            docs = (
                list(proc.pipe(docs, batch_size=32))
                if hasattr(proc, "pipe")
                else [proc(doc) for doc in docs]
            )
    sys.stdout.write(f"parsed {len(docs)} documents of {corpus.name} in "
                     f"{time.perf_counter() - start:.1f} s (not profiled)\n")  # fmt: skip
    for name, proc in nlp.pipeline:
        if name in BASE:
            continue
        if args.component and name not in args.component:
            docs = [proc(doc) for doc in docs]
            continue
        start = time.perf_counter()
        if args.pyinstrument:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.001)
            profiler.start()
            docs = [proc(doc) for doc in docs]
            profiler.stop()
            report = profiler.output_text(unicode=False, color=False)
        else:
            profile = cProfile.Profile()
            profile.enable()
            docs = [proc(doc) for doc in docs]
            profile.disable()
            stream = io.StringIO()
            pstats.Stats(profile, stream=stream).sort_stats("cumulative").print_stats(args.top)
            report = stream.getvalue()
        sys.stdout.write(f"\n=== {name}: {time.perf_counter() - start:.2f} s (profiled) ===\n")
        sys.stdout.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
