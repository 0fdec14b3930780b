"""Documents to table rows: validated, so that one bad record never fails a whole batch."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

from dyadic.model import Document, Event, content_hash, iso_date
from dyadic.store.cluster import cluster_key


@dataclass
class Rows:
    """The rows one batch of documents adds to each table."""

    documents: list[list[Any]] = field(default_factory=list)
    sentences: list[list[Any]] = field(default_factory=list)
    mentions: list[list[Any]] = field(default_factory=list)
    quotes: list[list[Any]] = field(default_factory=list)

    def extend(self, other: Rows) -> None:
        self.documents += other.documents
        self.sentences += other.sentences
        self.mentions += other.mentions
        self.quotes += other.quotes


def mention_id(doc_id: str, event_id: str) -> str:
    """The store's key of an event mention (event ids are only promised unique in a document)."""
    return content_hash(doc_id, event_id)


def document_rows(document: Document) -> Rows:
    """All rows of one document.

    Raises:
        ValueError: a field cannot be stored (a malformed date, a non-numeric score, ...).
    """
    if not document.doc_id:
        raise ValueError("document has no doc_id")
    published = iso_date(document.published)
    dateline = document.dateline
    dateline_date = _date(dateline.date if dateline else None, "dateline date")
    rows = Rows()
    rows.documents.append(
        [
            document.doc_id, document.content_hash, document.title, document.source, document.url,
            published, dateline.place if dateline else None, dateline_date,
            len(document.sentences), len(document.events), len(document.quotes), document.text,
        ]
    )  # fmt: skip
    for index, (start, end) in enumerate(document.sentences):
        rows.sentences.append([document.doc_id, index, start, end, document.text[start:end]])
    seen: set[str] = set()
    for event in document.events:
        row = _mention_row(document, event, published or dateline_date)
        if row[0] not in seen:  # the coder merges repeats; a duplicate id is the same mention
            seen.add(row[0])
            rows.mentions.append(row)
    for index, quote in enumerate(document.quotes):
        speaker = quote.speaker
        rows.quotes.append(
            [
                content_hash(document.doc_id, str(index), quote.text), document.doc_id,
                speaker.code if speaker else None,
                (speaker.name or speaker.text) if speaker else None,
                speaker.actor_id if speaker else None,
                quote.text, quote.direct, int(quote.span[0]), int(quote.span[1]),
                quote.sentence_index, list(quote.event_ids),
            ]
        )  # fmt: skip
    return rows


def _mention_row(document: Document, event: Event, fallback_date: str | None) -> list[Any]:
    src, tgt, loc = event.source, event.target, event.location
    if not event.cameo or not event.cameo_root:
        raise ValueError(f"event {event.event_id} has no CAMEO code")
    date = _date(event.date, f"date of event {event.event_id}")
    goldstein = _number(event.goldstein, f"goldstein of event {event.event_id}")
    confidence = _number(event.confidence, f"confidence of event {event.event_id}")
    key = cluster_key(
        src.code if src else None,
        src.country if src else None,
        tgt.code if tgt else None,
        tgt.country if tgt else None,
        event.cameo_root,
        event.modality,
    )
    return [
        mention_id(document.doc_id, event.event_id), event.event_id, document.doc_id,
        event.sentence_index, event.sentence,
        src.text if src else None, src.code if src else None, src.country if src else None,
        list(src.sectors) if src else None, src.name if src else None,
        src.actor_id if src else None,
        tgt.text if tgt else None, tgt.code if tgt else None, tgt.country if tgt else None,
        list(tgt.sectors) if tgt else None, tgt.name if tgt else None,
        tgt.actor_id if tgt else None,
        event.cameo, event.cameo_root, goldstein, int(event.quad_class),
        event.plover.get("type"), event.plover.get("mode"), event.modality,
        date, event.date_basis, date or fallback_date, key,
        loc.name if loc else None, loc.country if loc else None,
        _number(loc.lat, "latitude") if loc else None,
        _number(loc.lon, "longitude") if loc else None,
        loc.geonameid if loc else None,
        confidence, event.evidence.rule, json.dumps(event.evidence.to_dict()),
        [int(i) for i in event.mentions],
    ]  # fmt: skip


def _date(value: str | None, what: str) -> str | None:
    try:
        return iso_date(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} {value!r} is not a YYYY-MM-DD date") from None


def _number(value: float | None, what: str) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} {value!r} is not a number") from None
    if math.isnan(number) or math.isinf(number):
        raise ValueError(f"{what} is {number}")
    return number
