"""A small store of hand-built documents and a test client of the HTTP app over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dyadic.http import ServeOptions, create_app
from dyadic.model import Actor, Document, Event, Evidence, Location, Quote
from dyadic.store import Store
from tests.store.factories import document, event

GENEVA = Location("Geneva", "CHE", 46.2, 6.15, 2660646)
KYIV = Location("Kyiv", "UKR", 50.45, 30.52, 703448)

SUMMIT_TEXT = (
    "GENEVA (Test Wire) - U.S. President Joe Biden met Russian President Vladimir Putin in "
    "Geneva on Wednesday.\n\n"
    'EU foreign policy chief Josep Borrell said "we must prepare for a further downturn" '
    "with Russia.\n\n"
    "Police detained 100% of the_protesters in Moscow."
)


def _span(text: str, part: str, *, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def summit_document() -> Document:
    """A document with real sentences, evidence spans, a quote and a location."""
    text = SUMMIT_TEXT
    first_end = text.index("\n\n")
    second_start = first_end + 2
    second_end = text.index("\n\n", second_start)
    third_start = second_end + 2
    sentences = ((0, first_end + 2), (second_start, second_end + 2), (third_start, len(text)))
    meet = Event(
        event_id="summit-meet",
        sentence_index=0,
        sentence=text[:first_end],
        source=Actor("U.S. President Joe Biden", "USAGOV", "USA", ("GOV",), "Joe Biden", "biden"),
        target=Actor(
            "Russian President Vladimir Putin", "RUSGOV", "RUS", ("GOV",), "Vladimir Putin"
        ),
        cameo="044",
        cameo_root="04",
        goldstein=1.0,
        quad_class=1,
        plover={"type": "CONSULT", "mode": "visit"},
        modality="asserted",
        date="2021-06-16",
        date_basis="publication",
        location=GENEVA,
        confidence=0.86,
        evidence=Evidence(
            trigger=_span(text, "met"),
            source=_span(text, "U.S. President Joe Biden"),
            target=_span(text, "Russian President Vladimir Putin"),
            rule="meet.dobj.v1",
        ),
    )
    second = text[second_start:second_end]
    downturn = Event(
        event_id="summit-downturn",
        sentence_index=1,
        sentence=second,
        source=Actor("Josep Borrell", "IGOEUREEC", None, (), "Josep Borrell"),
        target=Actor("Russia", "RUS", "RUS", ()),
        cameo="012",
        cameo_root="01",
        goldstein=-0.4,
        quad_class=1,
        plover={"type": "DISAPPROVE", "mode": None},
        modality="intended",
        date="2021-06-16",
        date_basis="publication",
        location=None,
        confidence=0.5,
        evidence=Evidence(
            trigger=_span(text, "prepare"),
            source=_span(text, "Josep Borrell"),
            target=_span(text, "Russia", after=second_start),
            rule="quote.pessimism.v1",
        ),
    )
    third = text[third_start:]
    detain = Event(
        event_id="summit-detain",
        sentence_index=2,
        sentence=third,
        source=Actor("Police", "RUSCOP", "RUS", ("COP",)),
        target=None,
        cameo="173",
        cameo_root="17",
        goldstein=-5.0,
        quad_class=4,
        plover={"type": "COERCE", "mode": "arrest"},
        modality="asserted",
        date="2021-06-16",
        date_basis="publication",
        location=Location("Moscow", "RUS", 55.75, 37.62, 524901),
        confidence=0.6,
        evidence=Evidence(
            trigger=_span(text, "detained"), source=_span(text, "Police"), target=None, rule="r"
        ),
    )
    quote_span = _span(text, "we must prepare for a further downturn")
    quote = Quote(
        speaker=Actor("Josep Borrell", "IGOEUREEC", None, (), "Josep Borrell"),
        text="we must prepare for a further downturn",
        direct=True,
        span=quote_span,
        sentence_index=1,
    )
    return Document(
        doc_id="summit",
        text=text,
        published="2021-06-16",
        title="Biden meets Putin in Geneva",
        source="Test Wire",
        url="javascript:alert(1)",  # a hostile address: served as data, never as a link
        events=(meet, downturn, detain),
        quotes=(quote,),
        sentences=sentences,
    )


def build_documents() -> list[Document]:
    """Monthly RUS-UKR talks through 2021, a war in 2022, an EU-Russia row, and the summit."""
    docs: list[Document] = [summit_document()]
    for month in range(1, 13):
        day = f"2021-{month:02d}-10"
        docs.append(
            document(
                f"talks-{month:02d}",
                day,
                (
                    event("RUSGOV", "UKRGOV", "040", day, location=GENEVA),
                    event("UKRGOV", "RUSGOV", "040", day, sentence_index=1),
                ),
                source="Wire A",
            )
        )
    for month, day in ((2, 24), (3, 1), (3, 8), (4, 3)):
        date = f"2022-{month:02d}-{day:02d}"
        docs.append(
            document(
                f"war-{month:02d}-{day:02d}",
                date,
                (
                    event("RUSMIL", "UKR", "190", date, location=KYIV),
                    event("UKRGOV", "RUS", "111", date, sentence_index=1),
                    event("RUSMIL", "UKR", "195", date, sentence_index=2, confidence=0.4),
                    event("IGOEUREEC", "RUS", "163", date, sentence_index=3),
                ),
                source="Wire B",
            )
        )
    docs.append(
        document(
            "denial",
            "2022-03-09",
            (event("RUS", "UKR", "190", "2022-03-09", modality="negated"),),
        )
    )
    docs.append(document("undated", None, (event("RUS", "UKR", "111", None),)))
    return docs


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("http") / "events.duckdb"
    with Store(path) as store:
        store.write(build_documents())
    return path


@pytest.fixture(scope="session")
def client(store_path: Path) -> Iterator[TestClient]:
    """A client of the app over the test store, with coding off."""
    app = create_app(ServeOptions(db=store_path))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def make_client(store_path: Path, **options: object) -> TestClient:
    """A client of an app with other options (closed by the caller)."""
    app = create_app(ServeOptions(db=store_path, **options))  # type: ignore[arg-type]
    return TestClient(app, raise_server_exceptions=False)
