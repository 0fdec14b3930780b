"""Dyadic's Python API: code text and files, read the store."""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from dyadic.errors import InputError
from dyadic.ingest.fields import check_text
from dyadic.ingest.readers import read_inputs
from dyadic.ingest.record import RawDocument
from dyadic.model import Document, Reject, content_hash, iso_date
from dyadic.pipeline import Coder
from dyadic.store.db import Store

logger = logging.getLogger(__name__)


@dataclass
class CodeSummary:
    """What a coding run did: documents in = coded + rejected."""

    documents_in: int = 0
    coded: int = 0
    rejected: int = 0
    events: int = 0
    stored: int = 0
    rejects: list[Reject] = field(default_factory=list)
    #: documents skipped because the store already holds them with the same text (a resumed run)
    already_stored: int = 0
    finished: bool = False


def _date(value: dt.date | str | None) -> dt.date | None:
    iso = iso_date(value)
    return dt.date.fromisoformat(iso) if iso else None


def code_text(
    text: str,
    *,
    date: dt.date | str | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    source: str | None = None,
    model: str | None = None,
) -> Document:
    """Code one text.

    Args:
        text: the document text (a dateline at its head is recognised).
        date: the publication date; without it, the dateline's date (if any) is used.
        doc_id: an id for the document (default: a hash of the text).

    Returns:
        The coded :class:`~dyadic.model.Document`.

    Raises:
        InputError: the text is empty or cannot be coded.
    """
    problem = check_text(text)
    if problem:
        raise InputError(problem, doc_id=doc_id, stage="ingest")
    raw = RawDocument(
        doc_id=doc_id or content_hash(text),
        text=text,
        published=iso_date(date),
        title=title,
        source=source,
    )
    result = Coder(model=model).code_one(raw)
    if isinstance(result, Reject):
        raise InputError(result.reason, doc_id=raw.doc_id, stage=result.stage)
    return result


def code_file(
    path: str | Path,
    *,
    date: dt.date | str | None = None,
    fmt: str = "auto",
    model: str | None = None,
    columns: str | Mapping[str, str] | None = None,
) -> list[Document]:
    """Code every document in a file (plain text or HTML: one document; JSONL, CSV, feeds and
    WARC: one per record; ``columns`` maps CSV/JSONL columns, e.g. ``"text=body"``).

    Rejected records are logged and skipped; use :func:`code` to get them too.
    """
    results = iter_code([str(path)], date=date, fmt=fmt, model=model, columns=columns)
    return [r for r in results if isinstance(r, Document)]


def iter_code(
    inputs: Iterable[str],
    *,
    date: dt.date | str | None = None,
    fmt: str = "auto",
    model: str | None = None,
    batch_size: int = 32,
    stdin: IO[bytes] | None = None,
    columns: str | Mapping[str, str] | None = None,
    keep: Callable[[RawDocument], bool] | None = None,
) -> Iterator[Document | Reject]:
    """Stream coded documents and rejects for files, folders, globs, URLs or ``-``
    (``columns``: CSV/JSONL column map, e.g. ``"text=body,date=published"``; ``keep``: documents
    for which it returns False are skipped before coding)."""
    coder = Coder(model=model, default_date=_date(date), batch_size=batch_size)
    items: Iterable[RawDocument | Reject] = read_inputs(
        inputs, fmt=fmt, stdin=stdin, columns=columns
    )
    if keep is not None:
        items = (item for item in items if isinstance(item, Reject) or keep(item))
    yield from coder.code(items)


def code(
    inputs: Iterable[str],
    *,
    out: IO[str] | None = None,
    db: str | Path | None = None,
    date: dt.date | str | None = None,
    fmt: str = "auto",
    model: str | None = None,
    batch_size: int = 32,
    stdin: IO[bytes] | None = None,
    on_result: Callable[[Document | Reject], None] | None = None,
    columns: str | Mapping[str, str] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> CodeSummary:
    """Code inputs, write Event JSON lines to ``out`` and store into the DuckDB file ``db``.

    With a store and no ``out``, documents the store already holds with the same text are skipped
    without coding (``already_stored``), so a rerun of an interrupted run resumes where it stopped.
    The run is recorded in the store's ``runs`` table.

    With ``workers`` above 1 (a local Dask cluster) or a ``scheduler`` address (a running one),
    the same coding runs in parallel (:func:`dyadic.parallel.code_parallel`) with the same
    results; ``on_progress`` then gets (partitions merged, partitions started).

    Returns:
        A :class:`CodeSummary`; ``documents_in == coded + rejected`` always holds.
    """
    if workers > 1 or scheduler:
        from dyadic.parallel import code_parallel  # noqa: PLC0415 (Dask loads only when used)

        return code_parallel(
            inputs, out=out, db=db, date=date, fmt=fmt, model=model, batch_size=batch_size,
            stdin=stdin, on_result=on_result, columns=columns, workers=workers,
            scheduler=scheduler, on_progress=on_progress,
        )  # fmt: skip
    summary = CodeSummary()
    inputs = [str(i) for i in inputs]
    with ExitStack() as stack:
        store = stack.enter_context(Store(db)) if db else None
        keep = None
        if store is not None:
            run_id = store.start_run(inputs, options={"format": fmt, "date": date, "model": model})
            stack.callback(record_run_end, store, run_id, summary)
            if out is None:
                keep = functools.partial(_not_stored, store, summary)
        pending: list[Document] = []
        for result in iter_code(
            inputs,
            date=date,
            fmt=fmt,
            model=model,
            batch_size=batch_size,
            stdin=stdin,
            columns=columns,
            keep=keep,
        ):
            summary.documents_in += 1
            if isinstance(result, Reject):
                summary.rejected += 1
                summary.rejects.append(result)
            else:
                summary.coded += 1
                summary.events += len(result.events)
                if out is not None:
                    out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
                pending.append(result)
                if store is not None and len(pending) >= 256:
                    summary.stored += store.write(pending)
                    pending = []
            if on_result is not None:
                on_result(result)
        if store is not None:
            summary.stored += store.write(pending)
            store.write_rejects(summary.rejects)
            summary.finished = True
    return summary


def _not_stored(store: Store, summary: CodeSummary, raw: RawDocument) -> bool:
    if store.stored_hashes([raw.doc_id]).get(raw.doc_id) == content_hash(raw.text):
        summary.already_stored += 1
        return False
    return True


def record_run_end(store: Store, run_id: str, summary: CodeSummary) -> None:
    """Write a run's counts and status to the store's ``runs`` table (one process or Dask)."""
    counts = {
        "documents_in": summary.documents_in, "coded": summary.coded,
        "rejected": summary.rejected, "already_stored": summary.already_stored,
        "events": summary.events, "stored": summary.stored,
    }  # fmt: skip
    try:
        store.finish_run(run_id, counts=counts, status="finished" if summary.finished else "failed")
    except Exception:  # recording the run must not hide the error that ended it
        logger.warning("could not record the end of run %s", run_id, exc_info=True)
