"""From a raw input record to the text the parser reads, with its dates and dateline."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from dyadic.document.dateline import leading_date, parse_dateline
from dyadic.ingest.record import RawDocument
from dyadic.model import Dateline

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """A document ready for the parser: the body after any dateline and what is known of it.

    Attributes:
        raw: the input record.
        body: the text the parser reads (the record's text after its dateline).
        offset: where ``body`` starts in the record's text.
        published: the publication date settled by :func:`prepare`.
        dateline: the dateline, if the text opens with one.
        date_source: where ``published`` came from: "metadata", "dateline", "first_sentence",
            "retrieved", "default" or None.
    """

    raw: RawDocument
    body: str
    offset: int
    published: dt.date | None
    dateline: Dateline | None
    date_source: str | None = None


def prepare(raw: RawDocument, *, default_date: dt.date | None = None) -> PreparedDocument:
    """Split off the dateline and settle the publication date.

    The publication date is the first known of: the record's own date (metadata), the dateline's
    date, a full date in the first sentence, the date the record was retrieved (a WARC record's
    crawl date), and ``default_date`` (the caller's ``--date``).
    """
    published = _as_date(raw.published)
    source = "metadata" if published else None
    found = parse_dateline(raw.text, published=published or default_date)
    dateline = found.dateline if found else None
    offset = found.body_start if found else 0
    body = raw.text[offset:]
    if published is None and dateline is not None and dateline.date:
        published, source = dt.date.fromisoformat(dateline.date), "dateline"
    if published is None:
        first = leading_date(body)
        if first is not None:
            published, source = first, "first_sentence"
    if published is None and raw.retrieved:
        published, source = _as_date(raw.retrieved), "retrieved"
    if published is None and default_date is not None:
        published, source = default_date, "default"
    return PreparedDocument(raw, body, offset, published, dateline, source)


def _as_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        logger.debug("unreadable date %r", value)
        return None
