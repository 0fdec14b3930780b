"""Preparing a document: the body after the dateline and the publication date's precedence."""

from __future__ import annotations

import datetime as dt

import pytest

from dyadic.document.prepare import prepare
from dyadic.ingest.record import RawDocument

BODY = "MOSCOW, June 16 (Reuters) - Russia said it would respond."


@pytest.mark.parametrize(
    ("raw", "default", "published", "source"),
    [
        (RawDocument("m", BODY, published="2021-06-17"), None, "2021-06-17", "metadata"),
        (RawDocument("d", BODY), None, None, None),  # "June 16" with no year: not guessed
        (RawDocument("d", BODY), dt.date(2021, 6, 20), "2021-06-16", "dateline"),
        (
            RawDocument("f", "On May 21, 2021, the two sides met in Lima."),
            None,
            "2021-05-21",
            "first_sentence",
        ),
        (
            RawDocument("r", "The two sides met in Lima.", retrieved="2022-01-05"),
            dt.date(2020, 1, 1),
            "2022-01-05",
            "retrieved",
        ),
        (
            RawDocument("x", "The two sides met in Lima."),
            dt.date(2020, 1, 1),
            "2020-01-01",
            "default",
        ),
        (RawDocument("n", "The two sides met in Lima."), None, None, None),
    ],
)
def test_publication_date_precedence(
    raw: RawDocument, default: dt.date | None, published: str | None, source: str | None
) -> None:
    prepared = prepare(raw, default_date=default)
    assert (prepared.published.isoformat() if prepared.published else None) == published
    assert prepared.date_source == source


def test_body_and_offset_after_the_dateline() -> None:
    prepared = prepare(RawDocument("m", BODY, published="2021-06-16"))
    assert prepared.body == "Russia said it would respond."
    assert BODY[prepared.offset :] == prepared.body
    assert prepared.dateline is not None and prepared.dateline.place == "Moscow"
    assert prepared.dateline.date == "2021-06-16"


def test_metadata_beats_the_dateline() -> None:
    raw = RawDocument(
        "m", "Wednesday, January 23, 2019\n\nGermany banned the airline.", published="2019-01-24"
    )
    prepared = prepare(raw)
    assert prepared.published == dt.date(2019, 1, 24)
    assert prepared.dateline is not None and prepared.dateline.date == "2019-01-23"
    assert prepared.body == "Germany banned the airline."
