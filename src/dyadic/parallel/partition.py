"""Splitting inputs into partitions: units of work a Dask worker codes on its own.

Two kinds of partition keep the driver light and the corpus out of its memory:

- **record shards**: JSONL and CSV inputs (and standard input) are cheap to read, so the driver
  streams them and cuts them into shards of ``size`` documents, which travel to the worker as plain
  dicts. A single big file is thus spread over every worker.
- **file groups**: every other input (WARC, HTML, text, feeds, URLs) is read by the worker itself,
  where the expensive part of reading (HTML extraction) happens. Small files are grouped up to
  ``size`` files or :data:`GROUP_BYTES`; a large file (a CC-NEWS WARC) is a partition of its own.

Partitions are numbered in input order, and the driver merges their results in that order, so the
output of a parallel run lists documents exactly as a run in one process does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from dyadic.ingest.readers import SUFFIX_FORMATS, expand_inputs, read_inputs
from dyadic.ingest.record import RawDocument
from dyadic.ingest.sources import is_url
from dyadic.model import Reject
from dyadic.parallel.records import (
    Record,
    raw_from_record,
    raw_to_record,
    reject_from_record,
    reject_to_record,
)

logger = logging.getLogger(__name__)

#: Documents per record shard (and files per file group) unless the caller says otherwise: one
#: ``nlp.pipe`` batch, a few seconds of work, so that the last partitions of a run end close
#: together while per-task overhead (milliseconds) stays negligible.
PARTITION_SIZE = 32
#: A file group closes once its files hold this many bytes; a larger file is a group of its own.
GROUP_BYTES = 8 * 1024 * 1024
#: Formats whose records the driver reads and shards itself.
RECORD_FORMATS = frozenset({"jsonl", "csv"})
_COMPRESSED = (".gz", ".bz2", ".xz")

Item = RawDocument | Reject


@dataclass(frozen=True, slots=True)
class Partition:
    """One unit of work: inputs a worker reads itself, or records the driver read for it.

    Attributes:
        index: position in the run (results are merged in this order).
        files: paths or URLs the worker reads (a file group).
        records: raw documents and rejects as plain dicts (a record shard): ``{"raw": {...}}``
            or ``{"reject": {...}}``.
        fmt: the input format (``auto`` decides per file).
        columns: CSV/JSONL column map, as pairs.
        start: first item of the partition to code (items are what reading yields, in order).
        stop: item after the last one to code (None: to the end).
    """

    index: int
    files: tuple[str, ...] = ()
    records: tuple[Record, ...] = ()
    fmt: str = "auto"
    columns: tuple[tuple[str, str], ...] = ()
    start: int = 0
    stop: int | None = None

    @property
    def size(self) -> int | None:
        """How many items the partition holds, when known without reading its files."""
        if self.files:
            return None if self.stop is None else self.stop - self.start
        end = len(self.records) if self.stop is None else min(self.stop, len(self.records))
        return max(0, end - self.start)

    def slice(self, start: int, stop: int | None) -> Partition:
        """The items ``start`` to ``stop`` of this partition, as a partition (same index)."""
        return replace(self, start=start, stop=stop)

    def describe(self) -> str:
        """A short description for logs and rejects."""
        if self.files:
            what = self.files[0] if len(self.files) == 1 else f"{len(self.files)} files"
        else:
            what = f"{len(self.records)} records"
        where = "" if (self.start, self.stop) == (0, None) else f", items {self.start}-{self.stop}"
        return f"partition {self.index} ({what}{where})"


def items(partition: Partition, *, stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """The items of a partition, read where this runs (the worker), in order."""
    stream: Iterable[Item]
    if partition.files:
        stream = read_inputs(
            partition.files, fmt=partition.fmt, columns=dict(partition.columns), stdin=stdin
        )
    else:
        stream = (item_from_record(record) for record in partition.records)
    for number, item in enumerate(stream):
        if partition.stop is not None and number >= partition.stop:
            return
        if number >= partition.start:
            yield item


def item_to_record(item: Item) -> Record:
    """A raw document or reject as a plain dict."""
    if isinstance(item, Reject):
        return {"reject": reject_to_record(item)}
    return {"raw": raw_to_record(item)}


def item_from_record(record: Mapping[str, Any]) -> Item:
    """The raw document or reject of :func:`item_to_record`."""
    if "reject" in record:
        return reject_from_record(record["reject"])
    return raw_from_record(record["raw"])


def plan(
    inputs: Sequence[str],
    *,
    fmt: str = "auto",
    columns: Mapping[str, str] | None = None,
    stdin: IO[bytes] | None = None,
    size: int = PARTITION_SIZE,
    keep: Callable[[Sequence[RawDocument]], Sequence[bool]] | None = None,
) -> Iterator[Partition]:
    """Partitions for ``inputs``, streamed (a shard is built only when the previous one is taken).

    Args:
        inputs: files, folders, globs, URLs or ``-``, as for ``dyadic code``.
        fmt: input format; ``auto`` decides per file.
        columns: CSV/JSONL column map.
        stdin: what ``-`` reads (default: the process's standard input).
        size: documents per record shard, files per file group.
        keep: given the raw documents read for a shard, says which to code (the others are
            skipped, e.g. because the store already holds them).

    Inputs that name nothing become rejects, carried in a shard like any record.
    """
    if size < 1:
        raise ValueError("partition size must be at least 1")
    pairs = tuple(sorted((columns or {}).items()))
    index = 0
    records: list[Record] = []
    files: list[str] = []
    group_bytes = 0

    def shard(records: list[Record]) -> Partition:
        nonlocal index
        index += 1
        return Partition(index - 1, records=tuple(records), fmt=fmt, columns=pairs)

    def group() -> Partition:
        nonlocal index, files, group_bytes
        partition = Partition(index, files=tuple(files), fmt=fmt, columns=pairs)
        index += 1
        files, group_bytes = [], 0
        return partition

    def take(chunk: list[Item]) -> None:
        wanted = [True] * len(chunk)
        raws = [item for item in chunk if isinstance(item, RawDocument)]
        if keep is not None and raws:
            verdicts = iter(keep(raws))
            wanted = [isinstance(item, Reject) or next(verdicts) for item in chunk]
        records.extend(item_to_record(i) for i, ok in zip(chunk, wanted, strict=True) if ok)

    for origin in expand_inputs(inputs):
        if isinstance(origin, Reject) or _driver_reads(origin, fmt):
            if files:
                yield group()
            stream: Iterable[Item] = (
                [origin]
                if isinstance(origin, Reject)
                else read_inputs([origin], fmt=fmt, columns=dict(pairs), stdin=stdin)
            )
            chunk: list[Item] = []
            for item in stream:
                chunk.append(item)
                if len(chunk) >= size:
                    take(chunk)
                    chunk = []
                while len(records) >= size:
                    yield shard(records[:size])
                    del records[:size]
            take(chunk)
            while len(records) >= size:
                yield shard(records[:size])
                del records[:size]
            continue
        if records:
            yield shard(records)
            records = []
        weight = _bytes(origin)
        if files and (len(files) >= size or group_bytes + weight > GROUP_BYTES):
            yield group()
        files.append(origin)
        group_bytes += weight
    if records:
        yield shard(records)
    if files:
        yield group()


def _driver_reads(origin: str, fmt: str) -> bool:
    """True for inputs the driver shards itself (standard input, JSONL, CSV)."""
    if origin == "-":
        return True
    if fmt != "auto":
        return fmt in RECORD_FORMATS
    if is_url(origin):
        return False
    name = Path(origin).name.lower()
    for suffix in _COMPRESSED:
        name = name.removesuffix(suffix)
    return SUFFIX_FORMATS.get(Path(name).suffix) in RECORD_FORMATS


def _bytes(origin: str) -> int:
    if is_url(origin):
        return 0
    try:
        return Path(origin).stat().st_size
    except OSError:
        return 0  # the worker's reader reports it as a reject
