"""Fuzzing the dateline parser, date reading and resolution: no input makes them raise, and what
they return is well formed."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from dyadic.document.dateline import leading_date, parse_dateline
from dyadic.document.dates import find_time_expressions, parse_date_text, resolve_expression
from dyadic.document.parts import split_parts
from tests.fuzz.strategies import any_date, examples, news_text

FUZZ = settings(max_examples=examples(300), deadline=None)


@FUZZ
@given(text=st.one_of(news_text, st.text()), published=st.one_of(st.none(), any_date))
def test_dateline_parser_never_raises_and_splits_inside_the_text(
    text: str, published: dt.date | None
) -> None:
    found = parse_dateline(text, published=published)
    if found is None:
        return
    assert 0 <= found.body_start <= len(text)
    dateline = found.dateline
    if dateline.date is not None:
        dt.date.fromisoformat(dateline.date)
    if dateline.span is not None:
        assert 0 <= dateline.span[0] <= dateline.span[1] <= len(text)


@FUZZ
@given(text=st.one_of(news_text, st.text()))
def test_leading_date_never_raises(text: str) -> None:
    found = leading_date(text)
    assert found is None or isinstance(found, dt.date)


@FUZZ
@given(text=st.one_of(news_text, st.text()), published=st.one_of(st.none(), any_date),
       future=st.booleans())  # fmt: skip
def test_time_expressions_resolve_or_give_none(
    text: str, published: dt.date | None, future: bool
) -> None:
    for expression in find_time_expressions(text):
        resolved = resolve_expression(expression, published, future=future)
        assert resolved is None or resolved.date is None or isinstance(resolved.date, dt.date)


@settings(max_examples=examples(150), deadline=None)
@given(text=st.one_of(news_text, st.text(max_size=40)), relative=st.one_of(st.none(), any_date))
def test_parse_date_text_gives_a_date_or_none(text: str, relative: dt.date | None) -> None:
    found = parse_date_text(text, relative_to=relative)
    assert found is None or isinstance(found, dt.date)


@FUZZ
@given(text=st.one_of(news_text, st.text()), max_chars=st.integers(min_value=2, max_value=80))
def test_parts_cover_the_text_in_order_within_the_limit(text: str, max_chars: int) -> None:
    spans = split_parts(text, max_chars=max_chars)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(0 <= b - a <= max_chars for a, b in spans)
    assert all(b > a for a, b in spans) or text == ""
