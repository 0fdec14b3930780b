"""Readers: files, folders, globs and standard input to raw documents (or rejects)."""

from __future__ import annotations

import datetime as dt
import glob
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from dyadic.document.dates import parse_date_text
from dyadic.errors import InputError
from dyadic.ingest.decode import decode_text, decompress, looks_binary
from dyadic.ingest.record import RawDocument
from dyadic.model import Reject, content_hash

logger = logging.getLogger(__name__)

FORMATS: tuple[str, ...] = ("auto", "text", "jsonl")
#: File name endings read when a folder is given.
_KNOWN_SUFFIXES: tuple[str, ...] = (".txt", ".text", ".jsonl", ".ndjson", ".json", ".gz", ".bz2", ".xz")
#: Documents longer than this are rejected (the parser is not meant for books).
MAX_DOCUMENT_CHARS = 1_000_000

Item = RawDocument | Reject


def expand_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """Each input as concrete paths: ``-`` stays, folders are walked, globs are expanded.

    Raises:
        InputError: an input names nothing that exists.
    """
    for item in inputs:
        if item == "-":
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and _known_suffix(p) and not p.name.startswith(".")
            )
            yield from (str(p) for p in found)
        elif path.exists():
            yield str(path)
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputError(f"no files match {item!r}", stage="ingest")
            yield from (m for m in matches if Path(m).is_file())
        else:
            raise InputError(f"no such file or folder: {item!r}", stage="ingest")


def _known_suffix(path: Path) -> bool:
    return path.suffix.lower() in _KNOWN_SUFFIXES


def read_inputs(
    inputs: Iterable[str], *, fmt: str = "auto", stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Read every input into raw documents; unreadable inputs become rejects.

    Args:
        inputs: files, folders, globs or ``-`` (standard input).
        fmt: ``auto`` (decide per input from its name and content), ``text`` or ``jsonl``.
        stdin: the stream to read for ``-`` (default: the process's standard input).
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", stage="ingest")
    for origin in expand_inputs(inputs):
        try:
            if origin == "-":
                stream = stdin if stdin is not None else sys.stdin.buffer
                data = stream.read()
            else:
                data = Path(origin).read_bytes()
            data = decompress(data, origin=origin)
        except (OSError, InputError) as exc:
            yield Reject(origin, None, str(exc), "ingest")
            continue
        yield from read_bytes(data, origin=origin, fmt=fmt)


def read_bytes(data: bytes, *, origin: str, fmt: str = "auto") -> Iterator[Item]:
    """Read one input's (decompressed) bytes."""
    kind = fmt if fmt != "auto" else sniff_format(data, origin)
    if kind == "jsonl":
        yield from _read_jsonl(data, origin)
    else:
        yield from _read_text(data, origin)


def sniff_format(data: bytes, origin: str) -> str:
    """``jsonl`` when the name or the first non-blank byte says JSON, else ``text``."""
    name = origin.lower()
    for suffix in (".gz", ".bz2", ".xz"):
        name = name.removesuffix(suffix)
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    return "jsonl" if data.lstrip()[:1] == b"{" else "text"


def _read_text(data: bytes, origin: str) -> Iterator[Item]:
    if looks_binary(data):
        yield Reject(origin, None, "binary content, not text", "ingest")
        return
    text = decode_text(data)
    doc_id = _id_from_origin(origin, text)
    problem = check_text(text)
    if problem:
        yield Reject(origin, None, problem, "ingest", doc_id)
        return
    yield RawDocument(doc_id=doc_id, text=text, origin=origin)


def _id_from_origin(origin: str, text: str) -> str:
    if origin == "-":
        return "stdin-" + content_hash(text)
    name = Path(origin).name
    for suffix in (".gz", ".bz2", ".xz", ".txt", ".text"):
        name = name.removesuffix(suffix)
    return name


def check_text(text: str) -> str | None:
    """Why ``text`` cannot be coded, or None when it can."""
    if not text.strip():
        return "empty document"
    if len(text) > MAX_DOCUMENT_CHARS:
        return f"document of {len(text)} characters is over the {MAX_DOCUMENT_CHARS} limit"
    return None


def _read_jsonl(data: bytes, origin: str) -> Iterator[Item]:
    text = decode_text(data)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Reject(origin, number, f"invalid JSON: {exc.msg} at column {exc.colno}", "ingest")
            continue
        try:
            yield record_to_document(record, origin=origin, position=number)
        except InputError as exc:
            yield Reject(origin, number, exc.message, "ingest", exc.doc_id)


def record_to_document(record: Any, *, origin: str, position: int | None) -> RawDocument:
    """A JSON record (``id``, ``text``, optional ``date``, ``title``, ``source``, ``url``).

    Raises:
        InputError: the record is not an object, has no usable text, or has an unreadable date.
    """
    if not isinstance(record, dict):
        raise InputError("record is not a JSON object", stage="ingest")
    text = record.get("text")
    raw_id = record.get("id")
    doc_id = str(raw_id) if raw_id not in (None, "") else None
    if not isinstance(text, str):
        raise InputError("record has no text field (a string)", doc_id=doc_id, stage="ingest")
    if doc_id is None:
        doc_id = content_hash(text)
        logger.debug("%s:%s has no id; using its content hash %s", origin, position, doc_id)
    problem = check_text(text)
    if problem:
        raise InputError(problem, doc_id=doc_id, stage="ingest")
    published = _record_date(record.get("date"), doc_id)
    return RawDocument(
        doc_id=doc_id,
        text=text,
        published=published,
        title=_opt_str(record.get("title")),
        source=_opt_str(record.get("source")),
        url=_opt_str(record.get("url")),
        origin=origin,
        position=position,
    )


def _record_date(value: Any, doc_id: str) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"date {value!r} is not a string", doc_id=doc_id, stage="ingest")
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        parsed = parse_date_text(value)
    if parsed is None:
        raise InputError(f"unreadable date {value!r}", doc_id=doc_id, stage="ingest")
    return parsed.isoformat()


def _opt_str(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
