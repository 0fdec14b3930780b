"""From a raw input record to the text the parser reads, with its dates and dateline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dyadic.document.dateline import parse_dateline
from dyadic.ingest.record import RawDocument
from dyadic.model import Dateline


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """A document ready for the parser: the body after any dateline and what is known of it."""

    raw: RawDocument
    body: str
    offset: int
    published: dt.date | None
    dateline: Dateline | None


def prepare(raw: RawDocument, *, default_date: dt.date | None = None) -> PreparedDocument:
    """Split off the dateline and settle the publication date.

    The publication date is the record's own date, else the dateline's, else ``default_date``.
    """
    published = _as_date(raw.published) or None
    found = parse_dateline(raw.text, published=published or default_date)
    dateline = found.dateline if found else None
    if published is None and dateline is not None and dateline.date:
        published = dt.date.fromisoformat(dateline.date)
    if published is None:
        published = default_date
    offset = found.body_start if found else 0
    return PreparedDocument(raw, raw.text[offset:], offset, published, dateline)


def _as_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    return dt.date.fromisoformat(value[:10])
