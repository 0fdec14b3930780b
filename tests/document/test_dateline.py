"""Datelines: wire forms, aggregators, date lines; years never guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from dyadic.document.dateline import leading_date, parse_dateline

PUB = dt.date(2021, 6, 16)


@pytest.mark.parametrize(
    ("text", "place", "date", "source", "body"),
    [
        (
            " date 2021-06-16 Brussels, (UrduPoint / Pakistan Point News - 16th Jun, 2021 ) :EU x",
            "Brussels",
            "2021-06-16",
            "UrduPoint / Pakistan Point News",
            "EU x",
        ),
        (
            "MOSCOW, June 16 (Reuters) - Russia said",
            "Moscow",
            "2021-06-16",
            "Reuters",
            "Russia said",
        ),
        ("GENEVA (AP) — The leaders met", "Geneva", None, "AP", "The leaders met"),
        ("KYIV, Ukraine, Feb 24 (AFP) - Troops", "Kyiv", "2021-02-24", "AFP", "Troops"),
        ("WASHINGTON -- The US said", "Washington", None, None, "The US said"),
        ("ST. PETERSBURG, Russia — Putin said", "St. Petersburg", None, None, "Putin said"),
        ("NEW DELHI: The government said", "New Delhi", None, None, "The government said"),
        (
            "MOSCOW, June 16. /TASS/. Russian officials",
            "Moscow",
            "2021-06-16",
            "TASS",
            "Russian officials",
        ),
        ("Brussels, 16 June (AFP) - The EU", "Brussels", "2021-06-16", "AFP", "The EU"),
        ("Beijing, June 15 (Xinhua) -- China", "Beijing", "2021-06-15", "Xinhua", "China"),
        ("WASHINGTON, Monday (AFP) - Biden", "Washington", "2021-06-14", "AFP", "Biden"),
        ("Wednesday, January 23, 2019\u00a0\n\nGermany on", None, "2019-01-23", None, "Germany on"),
        (
            "UNITED NATIONS, June 15, 2021 (AP) — The council",
            "United Nations",
            "2021-06-15",
            "AP",
            "The council",
        ),
        ("(CNN) — The White House said", None, None, "CNN", "The White House said"),
        (
            "Wednesday, January 23, 2019 \n\nGermany on Monday",
            None,
            "2019-01-23",
            None,
            "Germany on Monday",
        ),
        (
            "EU sets out plan\nBy Jane Doe\nBRUSSELS (Reuters) - The EU",
            "Brussels",
            None,
            "Reuters",
            "The EU",
        ),
    ],
)
def test_dateline_forms(
    text: str, place: str | None, date: str | None, source: str | None, body: str
) -> None:
    found = parse_dateline(text, published=PUB)
    assert found is not None
    assert found.dateline.place == place
    assert found.dateline.date == date
    assert found.dateline.source == source
    assert text[found.body_start :].startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE 1-Russia says it will respond",
        "NATO - the alliance said",
        "The EU said on Wednesday - in a statement - that",
        "US President Joe Biden said on Wednesday",
        "Office of the Spokesperson\n\nThe U.S. Department of State held talks.",
        # a hyphen inside a word is no dateline's dash
        "U.S. B-2 stealth bombers dropped bombs on the site overnight.",
        "A U.N.-backed court found the former president guilty.",
        "",
    ],
)
def test_no_dateline(text: str) -> None:
    assert parse_dateline(text, published=PUB) is None


def test_dateline_year_is_not_guessed_without_a_publication_date() -> None:
    found = parse_dateline("MOSCOW, June 16 (Reuters) - Russia said", published=None)
    assert found is not None
    assert found.dateline.place == "Moscow"
    assert found.dateline.date is None


def test_dateline_region_is_kept() -> None:
    found = parse_dateline("ATHENS, Georgia (AP) — Lawmakers voted", published=PUB)
    assert found is not None
    assert (found.dateline.place, found.region) == ("Athens", "Georgia")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides held talks on May 21, 2021. Later, more.", dt.date(2021, 5, 21)),
        ("On 3 February 2022 the ministers met in Lima.", dt.date(2022, 2, 3)),
        ("The ministers met on Monday in Lima.", None),
        ("First paragraph with no date.\n\nSecond paragraph on May 21, 2021.", None),
    ],
)
def test_leading_date(text: str, expected: dt.date | None) -> None:
    assert leading_date(text) == expected
