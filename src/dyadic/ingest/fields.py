"""Records with named fields (JSONL objects, CSV rows) to raw documents, with a column map."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Mapping
from typing import Any

from dyadic.document.dates import parse_date_text
from dyadic.errors import InputError
from dyadic.ingest.record import RawDocument
from dyadic.model import content_hash

logger = logging.getLogger(__name__)

#: The fields a record may carry; a column map renames input columns to these.
FIELDS: tuple[str, ...] = ("id", "text", "date", "title", "source", "url")
#: Documents longer than this are rejected. Anything shorter is coded: the coder splits a long
#: document into parts at paragraph boundaries (:data:`dyadic.pipeline.PART_CHARS`).
MAX_DOCUMENT_CHARS = 100_000_000
#: Publication dates outside these years are rejected (they are typos or placeholders, and
#: dates relative to them would run off the calendar).
YEARS = (1800, 2199)
_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_columns(spec: str | Mapping[str, str] | None) -> dict[str, str]:
    """A column map from ``"text=body,date=published"`` (or a mapping): field -> input column.

    Raises:
        InputError: the spec names a field Dyadic does not know or is malformed.
    """
    if spec is None:
        return {}
    pairs: list[tuple[str, str]]
    if isinstance(spec, str):
        pairs = []
        for part in spec.split(","):
            if not part.strip():
                continue
            field, sep, column = part.partition("=")
            if not sep or not field.strip() or not column.strip():
                raise InputError(
                    f"column map entry {part.strip()!r} is not FIELD=COLUMN "
                    f"(e.g. text=body,date=published)",
                    stage="ingest",
                )
            pairs.append((field.strip(), column.strip()))
    else:
        pairs = [(str(k), str(v)) for k, v in spec.items()]
    unknown = [field for field, _ in pairs if field not in FIELDS]
    if unknown:
        raise InputError(
            f"unknown field(s) {', '.join(unknown)} in the column map; "
            f"fields are {', '.join(FIELDS)}",
            stage="ingest",
        )
    return dict(pairs)


def column_for(field: str, columns: Mapping[str, str]) -> str:
    """The input column that holds ``field``."""
    return columns.get(field, field)


def check_text(text: str) -> str | None:
    """Why ``text`` cannot be coded, or None when it can."""
    if not text.strip():
        return "empty document"
    if len(text) > MAX_DOCUMENT_CHARS:
        return f"document of {len(text)} characters is over the {MAX_DOCUMENT_CHARS} limit"
    return None


def record_to_document(
    record: Any,
    *,
    origin: str,
    position: int | None,
    columns: Mapping[str, str] | None = None,
) -> RawDocument:
    """A record (``id``, ``text``, optional ``date``, ``title``, ``source``, ``url``).

    Args:
        record: a JSON object or CSV row.
        origin: the input it came from.
        position: its line or row number.
        columns: field -> column renames (``{"text": "body"}``).

    Raises:
        InputError: the record is not an object, has no usable text, or has an unreadable date.
    """
    if not isinstance(record, dict):
        raise InputError("record is not a JSON object", stage="ingest")
    columns = columns or {}

    def get(field: str) -> Any:
        return record.get(column_for(field, columns))

    text = get("text")
    raw_id = get("id")
    doc_id = str(raw_id).strip() if raw_id not in (None, "") else None
    if not isinstance(text, str):
        column = column_for("text", columns)
        raise InputError(
            f"record has no {column!r} field (a string)", doc_id=doc_id, stage="ingest"
        )
    text = valid_unicode(text)
    if doc_id:
        doc_id = valid_unicode(doc_id)
    if not doc_id:
        doc_id = content_hash(text)
        logger.debug("%s:%s has no id; using its content hash %s", origin, position, doc_id)
    problem = check_text(text)
    if problem:
        raise InputError(problem, doc_id=doc_id, stage="ingest")
    published = normalise_date(get("date"), doc_id=doc_id)
    return RawDocument(
        doc_id=doc_id,
        text=text,
        published=published,
        title=opt_str(get("title")),
        source=opt_str(get("source")),
        url=opt_str(get("url")),
        origin=origin,
        position=position,
    )


def valid_unicode(text: str) -> str:
    """``text`` with lone UTF-16 surrogates (which JSON can carry but UTF-8 cannot encode)
    replaced by U+FFFD."""
    if _SURROGATE.search(text) is None:
        return text
    logger.debug("replacing lone surrogates in %r...", text[:40])
    return _SURROGATE.sub("\ufffd", text)


def normalise_date(value: Any, *, doc_id: str | None = None) -> str | None:
    """A metadata date as YYYY-MM-DD ("2021-06-16T10:00:00Z", "16 June 2021", ...).

    Raises:
        InputError: the value is not a string or cannot be read as a date.
    """
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"date {value!r} is not a string", doc_id=doc_id, stage="ingest")
    try:
        parsed: dt.date | None = dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        parsed = parse_date_text(value)
    if parsed is None:
        raise InputError(f"unreadable date {value!r}", doc_id=doc_id, stage="ingest")
    if not YEARS[0] <= parsed.year <= YEARS[1]:
        raise InputError(
            f"date {value!r} is outside the years {YEARS[0]}-{YEARS[1]}",
            doc_id=doc_id,
            stage="ingest",
        )
    return parsed.isoformat()


def opt_str(value: Any) -> str | None:
    """``value`` as a stripped string, or None when it is empty."""
    if value is None:
        return None
    text = valid_unicode(str(value).strip())
    return text or None
