"""Readers: files, folders, globs, URLs and standard input to raw documents (or rejects).

Every input is streamed: a JSONL file is read line by line, a WARC record by record, a CSV row by
row; only single-document inputs (a text file, an HTML page, a feed) are read whole, under a size
cap. Whatever goes wrong with one input or one record becomes a :class:`~dyadic.model.Reject` with
the reason; it never stops the other inputs.
"""

from __future__ import annotations

import glob
import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from dyadic.errors import InputError
from dyadic.ingest.decode import MAX_INPUT_BYTES, decode_text, looks_binary
from dyadic.ingest.feeds import looks_like_feed, read_feed
from dyadic.ingest.fields import (
    MAX_DOCUMENT_CHARS,
    check_text,
    parse_columns,
    record_to_document,
)
from dyadic.ingest.html import read_html
from dyadic.ingest.record import RawDocument
from dyadic.ingest.sources import FETCH_TIMEOUT, Input, is_url, open_input
from dyadic.ingest.tabular import read_csv
from dyadic.ingest.warc import looks_like_warc, read_warc
from dyadic.model import Reject, content_hash

logger = logging.getLogger(__name__)

#: Input formats; ``auto`` decides per input from its name and first bytes.
FORMATS: tuple[str, ...] = ("auto", "text", "jsonl", "csv", "html", "rss", "warc")

#: File name endings (after any .gz/.bz2/.xz) and the format they mean.
SUFFIX_FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "rss",
    ".atom": "rss",
    ".warc": "warc",
}
_COMPRESSED = (".gz", ".bz2", ".xz")
#: A JSONL line longer than this (in bytes) is rejected without being parsed.
MAX_LINE_BYTES = 256 * 1024 * 1024

Item = RawDocument | Reject

__all__ = [
    "FORMATS",
    "MAX_DOCUMENT_CHARS",
    "ReadOptions",
    "check_text",
    "expand_inputs",
    "read_bytes",
    "read_inputs",
    "record_to_document",
    "sniff_format",
]


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read.

    Attributes:
        columns: field -> input column renames for CSV and JSONL (``{"text": "body"}``).
        follow_links: fetch the page of a feed item that carries no body of its own.
        timeout: seconds to wait for an HTTP server.
    """

    columns: Mapping[str, str] = field(default_factory=dict)
    follow_links: bool = True
    timeout: float = FETCH_TIMEOUT


def expand_inputs(inputs: Iterable[str]) -> Iterator[str | Reject]:
    """Each input as concrete paths: ``-`` and URLs stay, folders are walked, globs expanded.

    An input that names nothing becomes a reject (the others are still read).
    """
    for item in inputs:
        if item == "-" or is_url(item):
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and _known_suffix(p) and not p.name.startswith(".")
            )
            if not found:
                yield Reject(item, None, "folder holds no file Dyadic reads", "ingest")
            yield from (str(p) for p in found)
        elif path.exists():
            yield str(path)
        elif glob.has_magic(item):
            found_paths = sorted(glob.glob(item, recursive=True))  # noqa: PTH207 (absolute patterns too)
            matches = [m for m in found_paths if Path(m).is_file()]
            if not matches:
                yield Reject(item, None, "no files match this pattern", "ingest")
            yield from matches
        else:
            yield Reject(item, None, "no such file or folder", "ingest")


def _known_suffix(path: Path) -> bool:
    name = path.name.lower()
    for suffix in _COMPRESSED:
        name = name.removesuffix(suffix)
    return Path(name).suffix in SUFFIX_FORMATS or name.endswith(".xml")


def read_inputs(
    inputs: Iterable[str],
    *,
    fmt: str = "auto",
    stdin: IO[bytes] | None = None,
    columns: str | Mapping[str, str] | None = None,
    follow_links: bool = True,
) -> Iterator[Item]:
    """Read every input into raw documents; unreadable inputs and records become rejects.

    Args:
        inputs: files, folders, globs, http(s) URLs or ``-`` (standard input).
        fmt: one of :data:`FORMATS`; ``auto`` decides per input.
        stdin: the stream to read for ``-`` (default: the process's standard input).
        columns: CSV/JSONL column map, ``"text=body,date=published"`` or a mapping.
        follow_links: fetch the pages of feed items that carry no body.

    Raises:
        InputError: ``fmt`` or ``columns`` is invalid (a usage error, raised before reading).
    """
    if fmt not in FORMATS:
        raise InputError(
            f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", stage="ingest"
        )
    options = ReadOptions(columns=parse_columns(columns), follow_links=follow_links)
    for origin in expand_inputs(inputs):
        if isinstance(origin, Reject):
            yield origin
            continue
        yield from _read_one(origin, fmt=fmt, stdin=stdin, options=options)


def _read_one(
    origin: str,
    *,
    fmt: str,
    stdin: IO[bytes] | None,
    options: ReadOptions,
    data: bytes | None = None,
) -> Iterator[Item]:
    position: int | None = None
    try:
        with open_input(origin, stdin=stdin, timeout=options.timeout, data=data) as source:
            kind = fmt if fmt != "auto" else sniff_format(source)
            logger.debug("%s: reading as %s", origin, kind)
            for item in _reader(kind, source, options):
                position = item.position
                yield item
            if source.damaged:
                reason = _after(f"{origin}: data ends early ({source.damaged})", position)
                yield Reject(origin, None, reason, "ingest")
    except InputError as exc:
        yield Reject(origin, None, _after(exc.message, position), "ingest", exc.doc_id)
    except Exception as exc:  # a damaged input must not stop the others
        logger.warning("%s: reading failed: %s: %s", origin, type(exc).__name__, exc)
        reason = _after(f"{origin}: unreadable ({type(exc).__name__}: {exc})", position)
        yield Reject(origin, None, reason, "ingest")


def _after(reason: str, position: int | None) -> str:
    return f"{reason} (reading stopped after record {position})" if position else reason


def _reader(kind: str, source: Input, options: ReadOptions) -> Iterator[Item]:
    if kind == "jsonl":
        return _read_jsonl(source, options.columns)
    if kind == "csv":
        return read_csv(source, columns=options.columns)
    if kind == "html":
        return read_html(source)
    if kind == "rss":
        return read_feed(source, follow_links=options.follow_links, timeout=options.timeout)
    if kind == "warc":
        return read_warc(source)
    return _read_text(source.read_all(MAX_INPUT_BYTES), source.origin)


def sniff_format(source: Input) -> str:
    """The format of an opened input, from its first bytes, content type and file name."""
    head = source.head
    if looks_like_warc(head):
        return "warc"
    if looks_like_feed(head):
        return "rss"
    content_type = (source.content_type or "").lower()
    if "rss" in content_type or "atom" in content_type:
        return "rss"
    suffix = Path(source.name).suffix
    if suffix in SUFFIX_FORMATS:
        return SUFFIX_FORMATS[suffix]
    return _sniff_bytes(head, content_type)


def _sniff_bytes(head: bytes, content_type: str = "") -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1024].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if "html" in content_type or start.startswith(
        (b"<!doctype html", b"<html", b"<head", b"<body")
    ):
        return "html"
    if start.startswith(b"<?xml") and b"<html" in start:
        return "html"
    return "text"


def read_bytes(
    data: bytes, *, origin: str, fmt: str = "auto", columns: Mapping[str, str] | None = None
) -> Iterator[Item]:
    """Read one input held in memory (compressed or not) as if it came from ``origin``."""
    options = ReadOptions(columns=dict(columns or {}))
    yield from _read_one(origin, fmt=fmt, stdin=None, options=options, data=data)


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
    if is_url(origin):
        return origin
    name = Path(origin).name
    for suffix in (*_COMPRESSED, ".txt", ".text"):
        name = name.removesuffix(suffix)
    return name


def _read_jsonl(source: Input, columns: Mapping[str, str]) -> Iterator[Item]:
    if source.head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"[":
        yield from _read_json_array(source, columns)
        return
    stream = source.stream
    number = 0
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the line
                line = stream.readline(MAX_LINE_BYTES)
            reason = f"line longer than {MAX_LINE_BYTES} bytes"
            yield Reject(source.origin, number, reason, "ingest")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(_decode_line(line))
        except json.JSONDecodeError as exc:
            yield Reject(
                source.origin, number, f"invalid JSON: {exc.msg} at column {exc.colno}", "ingest"
            )
            continue
        try:
            yield record_to_document(record, origin=source.origin, position=number, columns=columns)
        except InputError as exc:
            yield Reject(source.origin, number, exc.message, "ingest", exc.doc_id)


def _read_json_array(source: Input, columns: Mapping[str, str]) -> Iterator[Item]:
    """A JSON file holding one array of records (read whole, under the input size cap)."""
    try:
        records = json.loads(_decode_line(source.read_all(MAX_INPUT_BYTES)))
    except json.JSONDecodeError as exc:
        reason = f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        yield Reject(source.origin, None, reason, "ingest")
        return
    if not isinstance(records, list):
        yield Reject(source.origin, None, "JSON file is not a list of records", "ingest")
        return
    for number, record in enumerate(records, start=1):
        try:
            yield record_to_document(record, origin=source.origin, position=number, columns=columns)
        except InputError as exc:
            yield Reject(source.origin, number, exc.message, "ingest", exc.doc_id)


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8-sig")
    except UnicodeDecodeError:
        return decode_text(line)
