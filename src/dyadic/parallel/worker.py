"""What runs on a worker: code one partition into a Parquet part (module-level functions over
plain data, so that Dask can ship them and one process can run them inline)."""

from __future__ import annotations

import datetime as dt
import functools
import importlib.metadata
import json
import logging
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dyadic.document.gazetteer import get_gazetteer
from dyadic.errors import ConfigError
from dyadic.ingest.record import RawDocument
from dyadic.model import Document, Reject
from dyadic.parallel import partition as partitions
from dyadic.parallel.partition import Partition
from dyadic.parallel.records import (
    document_from_record,
    document_to_record,
    dumps,
    reject_from_record,
    reject_to_record,
)
from dyadic.pipeline import DEFAULT_BATCH_SIZE, Coder

logger = logging.getLogger(__name__)

#: Rows per Parquet row group: a worker never holds more coded documents than this.
ROW_GROUP = 64

#: The columns of a Parquet part, one row per result, in input order.
PART_SCHEMA = pa.schema(
    [
        pa.field("item", pa.int64(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("doc_id", pa.string()),
        pa.field("content_hash", pa.string()),
        pa.field("events", pa.int32(), nullable=False),
        pa.field("record", pa.string(), nullable=False),
    ],
    metadata={"dyadic": "coded partition; record: a document or reject as JSON (every field)"},
)


@dataclass(frozen=True, slots=True)
class TaskOptions:
    """How every partition of a run is coded (the same options as an in-process run).

    Attributes:
        model: spaCy pipeline name (None: the default).
        batch_size: documents per ``nlp.pipe`` batch.
        date: publication date (YYYY-MM-DD) for documents that carry none.
    """

    model: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    date: str | None = None


@functools.lru_cache(maxsize=2)
def worker_coder(options: TaskOptions) -> Coder:
    """The coder of this process, built once per worker (the pipeline loads on first use)."""
    default = dt.date.fromisoformat(options.date) if options.date else None
    return Coder(model=options.model, batch_size=options.batch_size, default_date=default)


def code_partition(partition: Partition, options: TaskOptions, parts_dir: str) -> dict[str, Any]:
    """Code a partition and write its results to a Parquet part in ``parts_dir``.

    The part is written under a temporary name and renamed when complete, so a retried or
    duplicated task never leaves half a part behind.

    Returns:
        ``{"index", "start", "path", "items", "documents", "rejects", "events"}``.
    """
    coder = worker_coder(options)
    folder = Path(parts_dir)
    stop = "end" if partition.stop is None else str(partition.stop)
    final = folder / f"part-{partition.index:06d}-{partition.start:06d}-{stop}.parquet"
    partial = folder / f".{final.name}.{uuid.uuid4().hex[:8]}.tmp"
    counts = {"items": 0, "documents": 0, "rejects": 0, "events": 0}
    rows: list[dict[str, Any]] = []
    try:
        with pq.ParquetWriter(partial, PART_SCHEMA, compression="zstd") as writer:
            for result in coder.code(partitions.items(partition)):
                rows.append(_row(partition.start + counts["items"], result))
                counts["items"] += 1
                if isinstance(result, Reject):
                    counts["rejects"] += 1
                else:
                    counts["documents"] += 1
                    counts["events"] += len(result.events)
                if len(rows) >= ROW_GROUP:
                    writer.write_table(pa.Table.from_pylist(rows, schema=PART_SCHEMA))
                    rows = []
            if rows or not counts["items"]:
                writer.write_table(pa.Table.from_pylist(rows, schema=PART_SCHEMA))
        partial.replace(final)
    finally:
        partial.unlink(missing_ok=True)
    return {"index": partition.index, "start": partition.start, "path": str(final), **counts}


def count_items(partition: Partition) -> int:
    """How many items reading the partition yields (to split it without coding it)."""
    size = partition.size
    if size is not None:
        return size
    return sum(1 for _ in partitions.items(partition))


def describe_item(partition: Partition) -> dict[str, Any]:
    """Where the first item of the partition comes from: ``{"input", "position", "doc_id"}``."""
    for item in partitions.items(partition):
        if isinstance(item, Reject):
            return {"input": item.input, "position": item.position, "doc_id": item.doc_id}
        return {"input": item.origin, "position": item.position, "doc_id": item.doc_id}
    return {"input": partition.describe(), "position": None, "doc_id": None}


#: Coded once by :func:`warm_up`, so that the knowledge base and the gazetteer load at startup.
WARM_UP_TEXT = "Russia and the European Union met in Brussels on Monday, officials said."


def preload(coder: Coder) -> None:
    """Build now what the pipeline builds lazily on first use: the knowledge base and gazetteer
    (by coding one sentence) and the gazetteer's table of small towns (several seconds in all,
    which would otherwise land on the first partition)."""
    coder.code_one(RawDocument(doc_id="warm-up", text=WARM_UP_TEXT, published="2021-06-16"))
    get_gazetteer().fallback_candidates("Brussels")


def warm_up(options: TaskOptions) -> dict[str, str]:
    """Load the pipeline and its tables in this process (see :func:`preload`).

    Returns:
        ``{"pid", "pipeline", "dyadic"}``: the driver checks that every worker runs its version.
    """
    coder = worker_coder(options)
    preload(coder)
    meta = coder.nlp.meta
    pipeline = f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}"
    return {"pid": str(os.getpid()), "pipeline": pipeline, "dyadic": dyadic_version()}


def dyadic_version() -> str:
    """The installed Dyadic version."""
    try:
        return importlib.metadata.version("dyadic")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def probe_folder(parts_dir: str, token: str) -> str:
    """Write a marker file into ``parts_dir`` (the driver checks it sees it: a shared folder).

    Raises:
        ConfigError: the folder cannot be written from this worker.
    """
    path = Path(parts_dir) / f".probe-{token}"
    try:
        path.write_text(token, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            f"worker cannot write to the parts folder {parts_dir} ({exc}); set DYADIC_PARTS_DIR "
            "to a folder shared by the workers and this machine",
            stage="parallel",
        ) from exc
    return str(path)


def read_part(path: str | Path) -> list[Document | Reject]:
    """Every result in a part, in input order (a small part; the driver streams big ones)."""
    return [result for batch in iter_part(path) for result in batch]


def iter_part(path: str | Path) -> Iterator[list[Document | Reject]]:
    """The results of a part, one row group (a list of results) at a time."""
    handle = pq.ParquetFile(path)
    for group in range(handle.num_row_groups):
        table = handle.read_row_group(group, columns=["kind", "record"])
        kinds = table.column("kind").to_pylist()
        texts = table.column("record").to_pylist()
        yield [_result(kind, text) for kind, text in zip(kinds, texts, strict=True)]


def _row(item: int, result: Document | Reject) -> dict[str, Any]:
    if isinstance(result, Reject):
        return {
            "item": item,
            "kind": "reject",
            "doc_id": result.doc_id,
            "content_hash": None,
            "events": 0,
            "record": dumps(reject_to_record(result)),
        }
    return {
        "item": item,
        "kind": "document",
        "doc_id": result.doc_id,
        "content_hash": result.content_hash,
        "events": len(result.events),
        "record": dumps(document_to_record(result)),
    }


def _result(kind: str, text: str) -> Document | Reject:
    record = json.loads(text)
    return reject_from_record(record) if kind == "reject" else document_from_record(record)
