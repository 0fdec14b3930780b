"""WARC archives (warcio), e.g. Common Crawl's CC-NEWS: HTML responses to documents, streamed."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dyadic.errors import InputError
from dyadic.ingest.fields import normalise_date
from dyadic.ingest.html import MAX_HTML_BYTES, extract_page, page_document
from dyadic.ingest.record import RawDocument
from dyadic.ingest.sources import Input
from dyadic.model import Reject

logger = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def looks_like_warc(head: bytes) -> bool:
    """True when the bytes open a WARC record."""
    return head.lstrip(b"\r\n")[:5] == b"WARC/"


def read_warc(source: Input) -> Iterator[RawDocument | Reject]:
    """Every HTML page in a WARC file, one document each, streamed record by record.

    Only successful (HTTP 200) HTML responses and HTML resource records are documents; requests,
    metadata, redirects and non-HTML payloads (images, PDFs, robots.txt) are skipped and counted
    in one log line per file. A page with no main text, or over the size cap, is rejected.

    Raises:
        InputError: the archive is corrupt (the documents before the damage are kept).
    """
    skipped: Counter[str] = Counter()
    position = 0
    pages = 0
    try:
        for record in ArchiveIterator(source.stream):
            position += 1
            why_not = _not_a_page(record)
            if why_not:
                skipped[why_not] += 1
                continue
            pages += 1
            yield _document(record, source.origin, position)
    except ArchiveLoadFailed as exc:
        raise InputError(
            f"{source.origin}: damaged WARC after record {position} ({exc})", stage="ingest"
        ) from exc
    finally:
        if skipped:
            logger.info("%s: skipped %s", source.origin, _counts(skipped))
    if pages == 0:
        detail = f" (skipped {_counts(skipped)})" if skipped else ""
        raise InputError(f"{source.origin}: no HTML pages in this WARC{detail}", stage="ingest")


def _counts(skipped: Counter[str]) -> str:
    return ", ".join(f"{n} {why}" for why, n in sorted(skipped.items()))


def _not_a_page(record: Any) -> str | None:
    if record.rec_type not in {"response", "resource"}:
        return f"{record.rec_type} records"
    headers = record.http_headers
    if record.rec_type == "response":
        if headers is None:
            return "responses without HTTP headers"
        status = headers.get_statuscode()
        if status != "200":
            return f"HTTP {status} responses"
        content_type = headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return "non-HTML payloads"
    return None


def _document(record: Any, origin: str, position: int) -> RawDocument | Reject:
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    doc_id = url or headers.get_header("WARC-Record-ID") or f"{origin}#{position}"
    content = record.content_stream().read(MAX_HTML_BYTES + 1)
    if len(content) > MAX_HTML_BYTES:
        return Reject(origin, position, f"page over {MAX_HTML_BYTES} bytes", "ingest", doc_id)
    page = extract_page(content, url=url)
    if page is None:
        return Reject(origin, position, f"no main text found in the page {url}", "ingest", doc_id)
    try:
        retrieved = normalise_date(headers.get_header("WARC-Date"))
    except InputError:
        retrieved = None
    return page_document(page, doc_id=doc_id, origin=origin, position=position, retrieved=retrieved)
