"""Event dates: which time expression dates an event, and how it resolves against publication."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyadic.document.dates import (
    event_date,
    find_time_expressions,
    parse_date_text,
    resolve_expression,
    resolve_weekday,
)

WED = dt.date(2021, 6, 16)  # a Wednesday


@pytest.mark.parametrize(
    ("name", "future", "expected"),
    [
        ("wednesday", False, dt.date(2021, 6, 16)),  # "said Wednesday" on a Wednesday: that day
        ("tuesday", False, dt.date(2021, 6, 15)),
        ("thursday", False, dt.date(2021, 6, 10)),
        ("monday", False, dt.date(2021, 6, 14)),
        ("wednesday", True, dt.date(2021, 6, 16)),
        ("friday", True, dt.date(2021, 6, 18)),
        ("monday", True, dt.date(2021, 6, 21)),
    ],
)
def test_resolve_weekday_news_convention(name: str, future: bool, expected: dt.date) -> None:
    assert resolve_weekday(name, WED, future=future) == expected


@pytest.mark.parametrize(
    ("text", "future", "date", "granularity"),
    [
        ("on Wednesday", False, "2021-06-16", "day"),
        ("Sunday", False, "2021-06-13", "day"),
        ("last Monday", False, "2021-06-14", "day"),
        ("next Monday", False, "2021-06-21", "day"),
        ("on Friday", True, "2021-06-18", "day"),
        ("today", False, "2021-06-16", "day"),
        ("yesterday", False, "2021-06-15", "day"),
        ("last night", False, "2021-06-15", "day"),
        ("tomorrow", False, "2021-06-17", "day"),
        ("three days ago", False, "2021-06-13", "day"),
        ("last week", False, "2021-06-07", "week"),
        ("this week", False, "2021-06-14", "week"),
        ("next week", False, "2021-06-21", "week"),
        ("two weeks ago", False, "2021-05-31", "week"),
        ("last month", False, "2021-05-01", "month"),
        ("next month", False, "2021-07-01", "month"),
        ("on 24 February", False, "2021-02-24", "day"),
        ("on 24 February", True, "2022-02-24", "day"),
        ("on June 30", False, "2021-06-30", "day"),  # weeks ahead: this year's, whatever the tense
        ("on August 30", False, "2020-08-30", "day"),
        ("in July", False, "2021-07-01", "month"),
        ("on June 16", False, "2021-06-16", "day"),
        ("on Feb. 24, 2022", False, "2022-02-24", "day"),
        ("24th of February 2022", False, "2022-02-24", "day"),
        ("2022-02-24", False, "2022-02-24", "day"),
        ("in March", False, "2021-03-01", "month"),
        ("in September", False, "2020-09-01", "month"),
        ("in September", True, "2021-09-01", "month"),
        ("in March 2014", False, "2014-03-01", "month"),
        ("in 2014", False, None, "year"),
        ("last year", False, None, "year"),
    ],
)
def test_resolve_expression_table(
    text: str, future: bool, date: str | None, granularity: str
) -> None:
    (expression,) = find_time_expressions(text)
    resolved = resolve_expression(expression, WED, future=future)
    assert resolved is not None
    assert (resolved.date.isoformat() if resolved.date else None) == date
    assert resolved.granularity == granularity


@pytest.mark.parametrize(
    "text",
    ["We may act.", "The march went on.", "Officials said so.", "A 2-1 vote", "the 1990s"],
)
def test_not_time_expressions(text: str) -> None:
    assert find_time_expressions(text) == []


def test_relative_expression_needs_a_publication_date() -> None:
    (expression,) = find_time_expressions("on Monday")
    assert resolve_expression(expression, None) is None


def test_parse_date_text() -> None:
    assert parse_date_text("16th Jun, 2021") == dt.date(2021, 6, 16)
    assert parse_date_text("not a date") is None
    assert parse_date_text("") is None


def _trigger(doc_nlp: Language, text: str, word: str) -> tuple[object, object]:
    doc = doc_nlp(text)
    sent = next(iter(doc.sents))
    token = next(t for t in doc if t.text == word)
    return sent, token


@pytest.mark.parametrize(
    ("text", "trigger", "modality", "expected"),
    [
        # the date on the trigger's own verb
        (
            "Russia and Ukraine held talks in Istanbul on Tuesday.",
            "held",
            "asserted",
            ("2021-06-15", "text"),
        ),
        # an infinitive of purpose takes the date of its verb
        (
            "Envoys met in Rome on Thursday to discuss the situation in Afghanistan.",
            "discuss",
            "asserted",
            ("2021-06-10", "text"),
        ),
        # a noun trigger: the light verb's date counts
        ("The two leaders held talks on Monday.", "talks", "asserted", ("2021-06-14", "text")),
        # reported present-tense content takes the date of the saying
        (
            "Borrell said Wednesday the bloc needs to push back against Moscow.",
            "push",
            "asserted",
            ("2021-06-16", "text"),
        ),
        # a past event inside reported speech does not take the date of the saying
        (
            "He said on Tuesday that Russian troops attacked Kharkiv.",
            "attacked",
            "asserted",
            ("2021-06-16", "publication"),
        ),
        (
            "He said on Tuesday that Russian troops attacked Kharkiv on Monday.",
            "attacked",
            "asserted",
            ("2021-06-14", "text"),
        ),
        # a date in another clause of the sentence is not the event's
        (
            "Leaders who will debate it at a summit next week are looking to fashion a plan.",
            "fashion",
            "asserted",
            ("2021-06-16", "publication"),
        ),
        (
            "Leaders who will debate it at a summit next week are looking to fashion a plan.",
            "debate",
            "intended",
            ("2021-06-21", "text"),
        ),
        # intended events look forward
        (
            "The ministers will meet in Geneva on Friday.",
            "meet",
            "intended",
            ("2021-06-18", "text"),
        ),
        # background events: before publication unless the text dates them
        (
            "The EU imposed sanctions on Moscow after the arrest of Navalny.",
            "imposed",
            "reported_past",
            (None, "before_publication"),
        ),
        (
            "Russia invaded Ukraine on 24 February.",
            "invaded",
            "reported_past",
            ("2021-02-24", "text"),
        ),
        ("Russia annexed Crimea in 2014.", "annexed", "reported_past", (None, "text")),
        # a bound is not a date
        (
            "Sanctions have been imposed since March.",
            "imposed",
            "asserted",
            ("2021-06-16", "publication"),
        ),
    ],
)
def test_event_date_attachment(
    doc_nlp: Language,
    text: str,
    trigger: str,
    modality: str,
    expected: tuple[str | None, str],
) -> None:
    sent, token = _trigger(doc_nlp, text, trigger)
    assert event_date(sent, token, WED, modality=modality) == expected  # type: ignore[arg-type]


def test_event_date_without_publication_date(doc_nlp: Language) -> None:
    sent, token = _trigger(doc_nlp, "The ministers met in Lima on Monday.", "met")
    assert event_date(sent, token, None, modality="asserted") == (None, "text")  # type: ignore[arg-type]
    sent, token = _trigger(doc_nlp, "The ministers met in Lima.", "met")
    assert event_date(sent, token, None, modality="asserted") == (None, "publication")  # type: ignore[arg-type]
