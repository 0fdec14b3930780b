"""The driver of a parallel run: plan partitions, keep the workers busy, isolate what fails, and
merge the Parquet parts into the output and the store in input order.

Memory stays bounded on both sides: the driver reads at most ``window`` partitions ahead of the
one it merges next, workers hold one row group of coded documents at a time, and the store is
written in batches. A partition whose task fails (after Dask's retries) is split into pieces until
the document that breaks it stands alone; that document becomes a reject with stage ``worker``
and the rest of the partition is coded as usual.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from dyadic.api import CodeSummary, record_run_end
from dyadic.ingest.record import RawDocument
from dyadic.model import Document, Reject, content_hash, iso_date
from dyadic.parallel.cluster import Executor, dask_executor
from dyadic.parallel.partition import PARTITION_SIZE, Partition, item_from_record, plan
from dyadic.parallel.worker import (
    TaskOptions,
    code_partition,
    count_items,
    describe_item,
    iter_part,
)
from dyadic.pipeline import DEFAULT_BATCH_SIZE
from dyadic.store.db import BATCH_SIZE, Store

logger = logging.getLogger(__name__)

#: A failed partition is split into this many pieces, and a failed piece again, until the
#: document that fails stands alone: few rounds (each may cost a worker restart), and the pieces
#: that succeed are kept.
SPLIT_WAYS = 8
#: Environment variable naming the folder where workers write their Parquet parts.
PARTS_DIR_ENV = "DYADIC_PARTS_DIR"

Result = Document | Reject
#: Called after each merged partition with (partitions merged, partitions started).
ProgressCallback = Callable[[int, int], None]


@dataclass
class ParallelSummary(CodeSummary):
    """What a parallel run did: the counts of :class:`dyadic.api.CodeSummary`, and partitions."""

    partitions: int = 0
    #: partitions that failed at least once and were split to isolate a document
    split: int = 0


@dataclass
class _Slot:
    """A partition of the plan and the pieces its tasks produced (several once it was split)."""

    partition: Partition
    outstanding: int = 0
    pieces: list[tuple[int, str | list[Reject]]] = field(default_factory=list)
    split: bool = False


@dataclass(frozen=True)
class _Job:
    kind: str  # "code", "count" or "describe"
    partition: Partition
    error: str = ""  # for count/describe jobs: why the partition is being split
    #: a second try of a single document that failed: a worker that dies takes down the tasks
    #: queued on it too, so one failure alone does not prove the document guilty
    confirm: bool = False


def code_parallel(
    inputs: Iterable[str],
    *,
    out: IO[str] | None = None,
    db: str | Path | None = None,
    date: dt.date | str | None = None,
    fmt: str = "auto",
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    stdin: IO[bytes] | None = None,
    on_result: Callable[[Result], None] | None = None,
    columns: str | Mapping[str, str] | None = None,
    workers: int = 2,
    scheduler: str | None = None,
    parts_dir: str | Path | None = None,
    partition_size: int = PARTITION_SIZE,
    on_progress: ProgressCallback | None = None,
    executor: Executor | None = None,
    task: Callable[..., dict[str, Any]] = code_partition,
) -> ParallelSummary:
    """Code inputs on a Dask cluster; same inputs, outputs and store as :func:`dyadic.api.code`.

    Args:
        workers: processes of the ``LocalCluster`` to start (ignored with ``scheduler``).
        scheduler: address of a running Dask scheduler (``tcp://host:8786``) to join instead.
        parts_dir: where workers write Parquet parts; on a remote cluster it must be a folder
            the workers and this machine share (default: ``$DYADIC_PARTS_DIR``, else a temporary
            folder). The run's parts are deleted once merged.
        partition_size: documents per record shard, files per file group.
        on_progress: called after each merged partition with (merged, started).
        executor: run tasks here instead of a Dask cluster (tests use an inline executor).
        task: the function that codes a partition (tests wrap it to break on a document).

    Returns:
        A :class:`ParallelSummary`; ``documents_in == coded + rejected`` always holds.

    Raises:
        UsageError: the cluster cannot be started or reached.
        ConfigError: the workers cannot write to ``parts_dir``.
    """
    from dyadic.ingest.fields import parse_columns  # noqa: PLC0415

    inputs = [str(i) for i in inputs]
    column_map = parse_columns(columns)
    options = TaskOptions(model=model, batch_size=batch_size, date=iso_date(date))
    summary = ParallelSummary()
    with contextlib.ExitStack() as stack:
        folder = stack.enter_context(_parts_folder(parts_dir))
        store = stack.enter_context(Store(db)) if db else None
        keep = None
        if store is not None:
            run_id = store.start_run(
                inputs,
                options={"format": fmt, "date": date, "model": model, "workers": workers,
                         "scheduler": scheduler},
            )  # fmt: skip
            stack.callback(record_run_end, store, run_id, summary)
            if out is None:
                keep = _unstored(store, summary)
        if executor is None:
            executor = stack.enter_context(
                dask_executor(
                    workers=workers, scheduler=scheduler, options=options, parts_dir=folder
                )
            )
        merger = _Merger(summary=summary, store=store, out=out, on_result=on_result)
        driver = _Driver(executor=executor, task=task, options=options, folder=folder)
        partitions = plan(
            inputs, fmt=fmt, columns=column_map, stdin=stdin, size=partition_size, keep=keep
        )
        for slot in driver.run(partitions, on_progress=on_progress):
            merger.merge(slot)
        merger.close()
        summary.partitions = driver.started
        summary.split = driver.split
        summary.finished = True
    return summary


class _Driver:
    """Submits partitions, splits failed ones, and yields finished partitions in order."""

    def __init__(
        self,
        *,
        executor: Executor,
        task: Callable[..., dict[str, Any]],
        options: TaskOptions,
        folder: Path,
    ) -> None:
        self.executor = executor
        self.task = task
        self.options = options
        self.folder = folder
        self.jobs: dict[object, _Job] = {}
        self.slots: dict[int, _Slot] = {}
        self.started = 0
        self.merged = 0
        self.split = 0

    def run(
        self, partitions: Iterable[Partition], *, on_progress: ProgressCallback | None
    ) -> Iterator[_Slot]:
        planned = iter(partitions)
        exhausted = False
        while True:
            window = 3 * self.executor.workers() + 2
            while not exhausted and self.started - self.merged < window:
                partition = next(planned, None)
                if partition is None:
                    exhausted = True
                    break
                self.slots[partition.index] = _Slot(partition, outstanding=1)
                self._submit(_Job("code", partition))
                self.started += 1
            while self.merged in self.slots and self.slots[self.merged].outstanding == 0:
                yield self.slots.pop(self.merged)
                self.merged += 1
                if on_progress is not None:
                    on_progress(self.merged, self.started)
            if exhausted and self.merged == self.started:
                return
            handle, result, error = self.executor.next_done()
            job = self.jobs.pop(handle)
            if error is not None and self.executor.fatal(error):
                raise error
            self._settle(job, result, error)

    def _submit(self, job: _Job) -> None:
        if job.kind == "code":
            handle = self.executor.submit(self.task, job.partition, self.options, str(self.folder))
        elif job.kind == "count":
            handle = self.executor.submit(count_items, job.partition)
        else:
            handle = self.executor.submit(describe_item, job.partition)
        self.jobs[handle] = job

    def _settle(self, job: _Job, result: Any, error: BaseException | None) -> None:
        slot = self.slots[job.partition.index]
        partition = job.partition
        if job.kind == "code":
            if error is None:
                slot.pieces.append((partition.start, str(result["path"])))
                slot.outstanding -= 1
            else:
                if not slot.split:
                    slot.split = True
                    self.split += 1
                logger.warning(
                    "%s failed (%s: %s); splitting it to find the document that breaks it",
                    partition.describe(), type(error).__name__, error,
                )  # fmt: skip
                reason = f"{type(error).__name__}: {error}"
                self._isolate(slot, partition, reason, confirmed=job.confirm)
        elif job.kind == "count":
            if error is None:
                whole = partition.slice(partition.start, partition.start + int(result))
                self._isolate(slot, whole, job.error, confirmed=False)
            else:  # even reading it breaks the worker: set the whole partition aside
                reason = f"reading stopped its worker ({type(error).__name__}: {error})"
                rejects = [Reject(name, None, reason, "worker") for name in partition.files]
                slot.pieces.append((partition.start, rejects))
                slot.outstanding -= 1
        else:
            where = result if error is None else {"input": partition.describe()}
            slot.pieces.append((partition.start, [_poison(where, job.error)]))
            slot.outstanding -= 1

    def _isolate(self, slot: _Slot, partition: Partition, reason: str, *, confirmed: bool) -> None:
        """Replace the failed code job of ``partition`` by jobs on its pieces, a second try of a
        single document, or (when that failed too) a reject."""
        size = partition.size
        if size is None:
            self._submit(_Job("count", partition, reason))
            return
        if size == 0:
            slot.outstanding -= 1
        elif size == 1 and not confirmed:
            self._submit(_Job("code", partition, confirm=True))
        elif size == 1:
            if partition.records:
                item = item_from_record(partition.records[partition.start])
                where = (
                    {"input": item.input, "position": item.position, "doc_id": item.doc_id}
                    if isinstance(item, Reject)
                    else {"input": item.origin, "position": item.position, "doc_id": item.doc_id}
                )
                slot.pieces.append((partition.start, [_poison(where, reason)]))
                slot.outstanding -= 1
            else:
                self._submit(_Job("describe", partition, reason))
        else:
            ways = min(SPLIT_WAYS, size)
            bounds = [partition.start + size * k // ways for k in range(ways + 1)]
            slot.outstanding += ways - 1
            for lo, hi in itertools.pairwise(bounds):
                self._submit(_Job("code", partition.slice(lo, hi)))


def _poison(where: Mapping[str, Any], reason: str) -> Reject:
    logger.warning("document %s set aside: it breaks the worker that codes it", where)
    return Reject(
        str(where.get("input")),
        where.get("position"),
        f"coding this document stopped its worker ({reason}); set aside",
        "worker",
        where.get("doc_id"),
    )


class _Merger:
    """Writes finished partitions to the output and the store, in input order."""

    def __init__(
        self,
        *,
        summary: ParallelSummary,
        store: Store | None,
        out: IO[str] | None,
        on_result: Callable[[Result], None] | None,
    ) -> None:
        self.summary = summary
        self.store = store
        self.out = out
        self.on_result = on_result
        self.pending: list[Document] = []

    def merge(self, slot: _Slot) -> None:
        for _, piece in sorted(slot.pieces, key=lambda p: p[0]):
            if isinstance(piece, list):
                for reject in piece:
                    self._add(reject)
                continue
            for results in iter_part(piece):
                for result in results:
                    self._add(result)
            Path(piece).unlink(missing_ok=True)

    def _add(self, result: Result) -> None:
        summary = self.summary
        summary.documents_in += 1
        if isinstance(result, Reject):
            summary.rejected += 1
            summary.rejects.append(result)
        else:
            summary.coded += 1
            summary.events += len(result.events)
            if self.out is not None:
                self.out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            if self.store is not None:
                self.pending.append(result)
                if len(self.pending) >= BATCH_SIZE:
                    summary.stored += self.store.write(self.pending)
                    self.pending = []
        if self.on_result is not None:
            self.on_result(result)

    def close(self) -> None:
        if self.store is not None:
            self.summary.stored += self.store.write(self.pending)
            self.store.write_rejects(self.summary.rejects)
        self.pending = []


def _unstored(
    store: Store, summary: ParallelSummary
) -> Callable[[Sequence[RawDocument]], list[bool]]:
    """A shard filter: documents the store holds with the same text are skipped (a resumed run)."""

    def keep(raws: Sequence[RawDocument]) -> list[bool]:
        known = store.stored_hashes([raw.doc_id for raw in raws])
        verdicts = [known.get(raw.doc_id) != content_hash(raw.text) for raw in raws]
        summary.already_stored += verdicts.count(False)
        return verdicts

    return keep


@contextlib.contextmanager
def _parts_folder(parts_dir: str | Path | None) -> Iterator[Path]:
    """A fresh folder for this run's parts inside ``parts_dir`` (or $DYADIC_PARTS_DIR, or the
    system's temporary folder), removed at the end."""
    root = parts_dir or os.environ.get(PARTS_DIR_ENV)
    if root:
        Path(root).mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="dyadic-parts-", dir=root))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
