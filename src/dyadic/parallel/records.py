"""Plain, lossless records of raw documents, coded documents and rejects (what crosses processes).

Event JSON v1 (``Document.to_dict``) is the public output; it leaves out the text, the sentence
offsets, the dateline's source and span, and rounds confidences. A worker's results must reach the
store exactly as an in-process run would have written them, so the records here keep every field.
They are plain dicts of JSON values: Dask moves them between processes and Parquet parts hold them
as JSON text.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any

from dyadic.ingest.record import RawDocument
from dyadic.model import Actor, Dateline, Document, Event, Quote, Reject

Record = dict[str, Any]


def raw_to_record(raw: RawDocument) -> Record:
    """A raw input document as a plain dict."""
    return dataclasses.asdict(raw)


def raw_from_record(record: Mapping[str, Any]) -> RawDocument:
    """The raw input document of :func:`raw_to_record`."""
    return RawDocument(**record)


def reject_to_record(reject: Reject) -> Record:
    """A reject as a plain dict."""
    return reject.to_dict()


def reject_from_record(record: Mapping[str, Any]) -> Reject:
    """The reject of :func:`reject_to_record`."""
    return Reject(**record)


def document_to_record(document: Document) -> Record:
    """A coded document with every field (text, sentences, full-precision scores)."""
    record = document.to_dict()
    record["text"] = document.text
    record["sentences"] = [list(span) for span in document.sentences]
    dateline = document.dateline
    record["dateline"] = (
        {
            "place": dateline.place,
            "date": dateline.date,
            "source": dateline.source,
            "span": list(dateline.span) if dateline.span else None,
        }
        if dateline
        else None
    )
    record["events"] = [_event_record(event) for event in document.events]
    record["quotes"] = [_quote_record(quote) for quote in document.quotes]
    return record


def document_from_record(record: Mapping[str, Any]) -> Document:
    """The coded document of :func:`document_to_record`, equal field by field to the original."""
    dateline = record.get("dateline")
    return Document(
        doc_id=record["doc_id"],
        text=record["text"],
        published=record.get("published"),
        title=record.get("title"),
        source=record.get("source"),
        url=record.get("url"),
        dateline=_dateline(dateline) if dateline else None,
        events=tuple(_event(e) for e in record.get("events") or ()),
        quotes=tuple(_quote(q) for q in record.get("quotes") or ()),
        sentences=tuple((int(s[0]), int(s[1])) for s in record.get("sentences") or ()),
    )


def dumps(record: Mapping[str, Any]) -> str:
    """Compact JSON text of a record (floats keep full precision)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _event_record(event: Event) -> Record:
    record = event.to_dict()
    record["confidence"] = event.confidence  # to_dict rounds it for display
    return record


def _event(record: Mapping[str, Any]) -> Event:
    event = Event.from_dict(record)
    # from_dict keeps lists from JSON as given; the coder's events hold tuples and plain dicts
    return dataclasses.replace(
        event,
        mentions=tuple(int(i) for i in event.mentions),
        plover=dict(record.get("plover") or {}),
    )


def _quote_record(quote: Quote) -> Record:
    record = quote.to_dict()
    record["speaker"] = quote.speaker.to_dict() if quote.speaker else None
    return record


def _quote(record: Mapping[str, Any]) -> Quote:
    speaker = record.get("speaker")
    return Quote(
        speaker=Actor.from_dict(speaker) if speaker else None,
        text=record["text"],
        direct=bool(record["direct"]),
        span=(int(record["span"][0]), int(record["span"][1])),
        sentence_index=record.get("sentence_index"),
        event_ids=tuple(record.get("event_ids") or ()),
    )


def _dateline(record: Mapping[str, Any]) -> Dateline:
    span = record.get("span")
    return Dateline(
        place=record.get("place"),
        date=record.get("date"),
        source=record.get("source"),
        span=(int(span[0]), int(span[1])) if span else None,
    )
