"""One benchmark pass over a corpus, run in a fresh process so that its peak memory is its own.

Usage: python benchmarks/passes.py PASS CORPUS.jsonl[.gz] [--batch-size 32] [--workers N]
PASS is one of:

- ``bare``: the base spaCy pipeline alone (``nlp.pipe`` over the texts, same model and batch
  size): the physical reference, since every Dyadic run parses the same texts.
- ``e2e``: ``dyadic.api.code`` end to end: read the file, code, write Event JSON lines and store
  into a fresh DuckDB file.
- ``stages``: the same work as ``e2e`` with a clock around every stage (each spaCy component over
  a batch, then assembling, JSON output and the store).
- ``dask``: ``dyadic.parallel.code_parallel`` on a LocalCluster of ``--workers`` processes.

Prints one JSON object on standard output (seconds, documents, sentences, peak memory, ...).
"""

from __future__ import annotations

import argparse
import gzip
import io
import itertools
import json
import os
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

#: spaCy components that make up the parse (everything the base model does).
PARSE_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
#: Dyadic's stages, by spaCy component name.
STAGE_OF = {
    "dyadic_paragraphs": "document",
    "dyadic_places": "places",
    "dyadic_actors": "actors",
    "dyadic_quotes": "quotes",
    "dyadic_events": "events",
}


WARM_UP = "Russia and the European Union met in Brussels on Monday."


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def read_texts(corpus: Path) -> list[str]:
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def bare(corpus: Path, batch_size: int) -> dict[str, Any]:
    from dyadic.nlp.load import load_base

    start = time.perf_counter()
    nlp = load_base()
    load = time.perf_counter() - start
    texts = read_texts(corpus)
    nlp(WARM_UP)
    start, cpu = time.perf_counter(), cpu_seconds()
    sentences = tokens = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        sentences += sum(1 for _ in doc.sents)
        tokens += len(doc)
    return {
        "seconds": time.perf_counter() - start,
        "cpu_seconds": cpu_seconds() - cpu,
        "documents": len(texts),
        "sentences": sentences,
        "tokens": tokens,
        "load_seconds": load,
        "pipeline": nlp.pipe_names,
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
    }


def e2e(corpus: Path, batch_size: int) -> dict[str, Any]:
    from dyadic.api import code
    from dyadic.model import Document
    from dyadic.parallel.worker import preload
    from dyadic.pipeline import Coder

    start = time.perf_counter()
    preload(Coder(batch_size=batch_size))  # pipeline, knowledge base, gazetteer: once a process
    load = time.perf_counter() - start
    counts: dict[str, int] = defaultdict(int)

    def count(result: object) -> None:
        if isinstance(result, Document):
            counts["sentences"] += len(result.sentences)

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.duckdb"
        with (Path(folder) / "out.jsonl").open("w", encoding="utf-8") as out:
            start, cpu = time.perf_counter(), cpu_seconds()
            summary = code([str(corpus)], out=out, db=db, batch_size=batch_size, on_result=count)
            seconds = time.perf_counter() - start
            cpu = cpu_seconds() - cpu
        db_mb = db.stat().st_size / 1e6
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "documents": summary.documents_in,
        "coded": summary.coded,
        "rejected": summary.rejected,
        "events": summary.events,
        "sentences": counts["sentences"],
        "load_seconds": load,
        "db_mb": db_mb,
    }


def stages(corpus: Path, batch_size: int) -> dict[str, Any]:
    """The e2e work with a clock around each stage; spaCy components run batch by batch."""
    from dyadic.document.prepare import prepare
    from dyadic.ingest.readers import read_inputs
    from dyadic.model import Document, Reject
    from dyadic.parallel.worker import preload
    from dyadic.pipeline import Coder, assemble
    from dyadic.store.db import BATCH_SIZE, Store

    start = time.perf_counter()
    coder = Coder(batch_size=batch_size)
    preload(coder)
    nlp = coder.nlp
    load = time.perf_counter() - start
    seconds: dict[str, float] = defaultdict(float)
    per_component: dict[str, float] = defaultdict(float)
    documents = sentences = 0
    reader = iter(read_inputs([str(corpus)]))
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "s.duckdb") as store:
        out = io.StringIO()
        pending: list[Document] = []
        total_start = time.perf_counter()
        while True:
            start = time.perf_counter()
            chunk = list(itertools.islice(reader, batch_size * 4))
            seconds["ingest"] += time.perf_counter() - start
            if not chunk:
                break
            start = time.perf_counter()
            prepared = [prepare(raw) for raw in chunk if not isinstance(raw, Reject)]
            seconds["document"] += time.perf_counter() - start
            start = time.perf_counter()
            docs = []
            for item in prepared:
                doc = nlp.make_doc(item.body)
                doc._.doc_id = item.raw.doc_id
                doc._.pub_date = item.published
                doc._.offset = item.offset
                doc._.dateline = item.dateline
                docs.append(doc)
            seconds["parse"] += time.perf_counter() - start
            for name, proc in nlp.pipeline:
                start = time.perf_counter()
                if hasattr(proc, "pipe"):
                    docs = list(proc.pipe(docs, batch_size=batch_size))
                else:
                    docs = [proc(doc) for doc in docs]
                elapsed = time.perf_counter() - start
                per_component[name] += elapsed
                seconds["parse" if name in PARSE_COMPONENTS else STAGE_OF.get(name, name)] += (
                    elapsed
                )
            start = time.perf_counter()
            results = [assemble(doc, item) for doc, item in zip(docs, prepared, strict=True)]
            seconds["assemble"] += time.perf_counter() - start
            start = time.perf_counter()
            for result in results:
                if isinstance(result, Document):
                    out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            seconds["output"] += time.perf_counter() - start
            start = time.perf_counter()
            for result in results:
                if isinstance(result, Document):
                    documents += 1
                    sentences += len(result.sentences)
                    pending.append(result)
            if len(pending) >= BATCH_SIZE:
                store.write(pending)
                pending = []
            seconds["store"] += time.perf_counter() - start
        start = time.perf_counter()
        store.write(pending)
        seconds["store"] += time.perf_counter() - start
        total = time.perf_counter() - total_start
    return {
        "seconds": total,
        "stages": dict(seconds),
        "components": dict(per_component),
        "load_seconds": load,
        "documents": documents,
        "sentences": sentences,
    }


def dask(corpus: Path, batch_size: int, workers: int, partition_size: int) -> dict[str, Any]:
    from dyadic.parallel.cluster import dask_executor
    from dyadic.parallel.run import code_parallel
    from dyadic.parallel.worker import TaskOptions

    with tempfile.TemporaryDirectory() as folder:
        parts = Path(folder) / "parts"
        parts.mkdir()
        start = time.perf_counter()
        with dask_executor(
            workers=workers,
            scheduler=None,
            options=TaskOptions(batch_size=batch_size),
            parts_dir=parts,
        ) as executor:
            startup = time.perf_counter() - start
            with (Path(folder) / "out.jsonl").open("w", encoding="utf-8") as out:
                start, cpu = time.perf_counter(), cpu_seconds()
                summary = code_parallel(
                    [str(corpus)],
                    out=out,
                    db=Path(folder) / "bench.duckdb",
                    batch_size=batch_size,
                    executor=executor,
                    parts_dir=parts,
                    partition_size=partition_size,
                )
                seconds = time.perf_counter() - start
                driver_cpu = cpu_seconds() - cpu
            worker_rss = executor.client.run(peak_rss_mb)
    return {
        "workers": workers,
        "seconds": seconds,
        "startup_seconds": startup,
        "driver_cpu_seconds": driver_cpu,
        "documents": summary.documents_in,
        "events": summary.events,
        "partitions": summary.partitions,
        "partition_size": partition_size,
        "worker_peak_rss_mb": sorted(worker_rss.values()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", choices=["bare", "e2e", "stages", "dask"])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--partition-size", type=int, default=32)
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    if args.name == "bare":
        result = bare(args.corpus, args.batch_size)
    elif args.name == "e2e":
        result = e2e(args.corpus, args.batch_size)
    elif args.name == "stages":
        result = stages(args.corpus, args.batch_size)
    else:
        result = dask(args.corpus, args.batch_size, args.workers, args.partition_size)
    result.update(
        {"pass": args.name, "peak_rss_mb": peak_rss_mb(), "load": [load_before, os.getloadavg()[0]]}
    )
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
