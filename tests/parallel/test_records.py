"""Unit tests for the lossless records that carry documents between processes."""

from __future__ import annotations

import json

import pytest

from dyadic.ingest.record import RawDocument
from dyadic.model import Actor, Dateline, Document, Event, Evidence, Location, Quote, Reject
from dyadic.parallel.records import (
    document_from_record,
    document_to_record,
    dumps,
    raw_from_record,
    raw_to_record,
    reject_from_record,
    reject_to_record,
)

BIDEN = Actor("US President Joe Biden", "USAGOV", "USA", ("GOV",), "Joe Biden", "kb:biden")
PUTIN = Actor("Putin", "RUSGOV", "RUS", ("GOV",), "Vladimir Putin", None)
EVENT = Event(
    event_id="e1",
    sentence_index=0,
    sentence="Biden met Putin in Geneva.",
    source=BIDEN,
    target=PUTIN,
    cameo="044",
    cameo_root="04",
    goldstein=1.0,
    quad_class=1,
    plover={"type": "CONSULT", "mode": "visit"},
    modality="asserted",
    date="2021-06-16",
    date_basis="publication",
    location=Location("Geneva", "CHE", 46.20222, 6.14569, 2660646),
    confidence=0.123456789012345,  # Event JSON rounds this; the records must not
    evidence=Evidence((6, 9), (0, 5), (10, 15), "meet.dobj.v1"),
    mentions=(3, 5),
)
BARE_EVENT = Event(
    event_id="e2",
    sentence_index=1,
    sentence="Protesters marched.",
    source=None,
    target=None,
    cameo="141",
    cameo_root="14",
    goldstein=None,
    quad_class=3,
    plover={},
    modality="reported_past",
    date=None,
    date_basis="before_publication",
    location=None,
    confidence=0.0,
    evidence=Evidence(None, None, None, ""),
)
QUOTE = Quote(
    speaker=Actor("Borrell", "IGOEUREEC", None, ("IGO",), "Josep Borrell", "kb:borrell"),
    text="We believe ...",
    direct=True,
    span=(30, 44),
    sentence_index=2,
    event_ids=("e1",),
)

DOCUMENTS = [
    Document(
        doc_id="full",
        text="GENEVA (Wire) - Biden met Putin in Geneva. Protesters marched.",
        published="2021-06-16",
        title="Summit",
        source="Wire",
        url="https://example.org/a",
        dateline=Dateline("Geneva", None, "Wire", (0, 15)),
        events=(EVENT, BARE_EVENT),
        quotes=(QUOTE, Quote(None, "unattributed words here", False, (1, 2))),
        sentences=((16, 42), (43, 62)),
    ),
    Document(doc_id="empty", text="Nothing happened.", published=None),
]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.doc_id)
def test_document_record_round_trip_keeps_every_field(document: Document) -> None:
    record = json.loads(dumps(document_to_record(document)))  # through JSON, as in a part
    back = document_from_record(record)
    assert back == document
    assert back.sentences == document.sentences  # not part of Document equality
    assert back.dateline == document.dateline
    assert [e.confidence for e in back.events] == [e.confidence for e in document.events]
    assert [q.speaker for q in back.quotes] == [q.speaker for q in document.quotes]
    assert back.to_dict() == document.to_dict()  # the Event JSON written from it is the same


def test_document_record_keeps_full_precision_confidence_unlike_event_json() -> None:
    record = document_to_record(DOCUMENTS[0])
    assert record["events"][0]["confidence"] == EVENT.confidence
    assert DOCUMENTS[0].to_dict()["events"][0]["confidence"] == round(EVENT.confidence, 4)


@pytest.mark.parametrize(
    "raw",
    [
        RawDocument("a", "text", "2021-01-01", "t", "s", "u", "in.jsonl", 3, "2021-01-02"),
        RawDocument("b", "text only"),
    ],
)
def test_raw_record_round_trip(raw: RawDocument) -> None:
    assert raw_from_record(json.loads(dumps(raw_to_record(raw)))) == raw


@pytest.mark.parametrize(
    "reject",
    [Reject("in.jsonl", 4, "invalid JSON", "ingest"), Reject("x", None, "boom", "worker", "d1")],
)
def test_reject_record_round_trip(reject: Reject) -> None:
    assert reject_from_record(json.loads(dumps(reject_to_record(reject)))) == reject


def test_document_record_from_a_coded_document(nlp: object) -> None:
    from dyadic.api import code_text

    document = code_text(
        'MOSCOW (Wire) - Russia expelled ten German diplomats. "We will respond," Berlin said.',
        date="2022-04-05",
    )
    back = document_from_record(json.loads(dumps(document_to_record(document))))
    assert back == document
    assert back.sentences == document.sentences
