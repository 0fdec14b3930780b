"""Code a fixed corpus and write every field of every result, to prove an optimisation changed
nothing.

Each line is one result in input order: a coded document with its text, sentence offsets, events
(full-precision confidences), quotes and dateline, or a reject. Run it before and after a change
(on two copies of the source, at the same time, so that nobody else's edits fall in between) and
compare the files byte for byte::

    PYTHONPATH=/tmp/before/src python benchmarks/fingerprint.py -o before.jsonl --limit 400
    PYTHONPATH=/tmp/after/src  python benchmarks/fingerprint.py -o after.jsonl --limit 400
    cmp before.jsonl after.jsonl

Default corpus: ../shared/data/corpus/allsides-intl-dev.jsonl.gz when present, else the bundled
sample.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "dyadic" / "data" / "sample" / "sample_news.jsonl"
ALLSIDES = ROOT.parent / "shared" / "data" / "corpus" / "allsides-intl-dev.jsonl.gz"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", help="corpus files (default: see above)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=None, help="code the first N records")
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    import dyadic
    from dyadic.ingest.readers import read_inputs
    from dyadic.model import Reject
    from dyadic.parallel.records import document_to_record, dumps, reject_to_record
    from dyadic.pipeline import Coder

    inputs = args.inputs or [str(ALLSIDES if ALLSIDES.exists() else SAMPLE)]
    coder = Coder(batch_size=args.batch_size)
    items = itertools.islice(read_inputs(inputs), args.limit)
    digest = hashlib.sha256()
    count = 0
    start = time.perf_counter()
    with args.output.open("w", encoding="utf-8") as out:
        for result in coder.code(items):
            if isinstance(result, Reject):
                line = dumps({"reject": reject_to_record(result)})
            else:
                line = dumps(document_to_record(result))
            out.write(line + "\n")
            digest.update(line.encode("utf-8"))
            count += 1
    seconds = time.perf_counter() - start
    sys.stderr.write(
        f"{count} results from {', '.join(inputs)} in {seconds:.1f} s with dyadic at "
        f"{Path(dyadic.__file__).parent}; sha256 {digest.hexdigest()[:16]}\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
