"""Regression tests for failures the bad-input suite and the fuzzers found, one per fix."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyadic.api import code_text
from dyadic.document.dates import find_time_expressions, resolve_expression
from dyadic.errors import InputError
from dyadic.ingest import decode_text, read_bytes
from dyadic.ingest.decode import looks_binary
from dyadic.ingest.fields import normalise_date, record_to_document
from dyadic.ingest.record import RawDocument
from dyadic.model import Document, Reject


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Naïve — ".encode() + "Café crème".encode("cp1252"), "Naïve — Café crème"),
        ("Café owners in Zürich said the talks failed.".encode("cp1252"),
         "Café owners in Zürich said the talks failed."),
        ("Kyiv’s “talks”".encode("utf-16"), "Kyiv’s “talks”"),
        ("Kyiv’s “talks”".encode("utf-16-be").join([b"\xfe\xff", b""]), "Kyiv’s “talks”"),
        ("Geneva".encode("utf-32"), "Geneva"),
        (b"\xef\xbb\xbfA BOM \xe2\x80\x94 and a stray \x96 dash", "A BOM — and a stray – dash"),
    ],
)  # fmt: skip
def test_decode_mixed_encodings_and_utf16_boms(data: bytes, text: str) -> None:
    assert not looks_binary(data)
    assert decode_text(data) == text


def test_jsonl_lone_surrogate_is_replaced_not_a_crash() -> None:
    line = b'{"id": "s\\udc00", "text": "Russia met China \\ud800 in Moscow.", "title": "\\udfff"}'

    (item,) = read_bytes(line, origin="x.jsonl")
    assert isinstance(item, RawDocument)
    assert item.text == "Russia met China \ufffd in Moscow."
    assert item.doc_id == "s\ufffd" and item.title == "\ufffd"
    item.text.encode("utf-8")  # storable and printable


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "1799-12-31", "2200-01-01"])
def test_metadata_date_off_the_news_calendar_is_refused(value: str) -> None:
    with pytest.raises(InputError, match="outside the years"):
        normalise_date(value)


@pytest.mark.parametrize("value", ["1800-01-01", "2021-06-16", "16 June 2021", "2199-12-31"])
def test_metadata_dates_within_the_calendar_are_read(value: str) -> None:
    assert normalise_date(value) is not None


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
@pytest.mark.parametrize(
    "text", ["on Monday", "next week", "last month", "yesterday", "three days ago", "in June"]
)
def test_relative_dates_at_the_edge_of_the_calendar_resolve_to_nothing_not_a_crash(
    text: str, published: dt.date
) -> None:
    for expression in find_time_expressions(text):
        for future in (False, True):
            resolved = resolve_expression(expression, published, future=future)
            assert resolved is None or resolved.date is None or resolved.date.year in (1, 9999)


def test_code_text_with_a_date_at_the_edge_of_the_calendar_codes(nlp: Language) -> None:
    document = code_text("Russia attacked Ukraine on Monday.", date="0001-01-01")
    assert isinstance(document, Document)


def test_code_text_of_empty_text_raises_input_error() -> None:
    with pytest.raises(InputError, match="empty document"):
        code_text("  \n ")


def test_record_with_lone_surrogate_in_id_gets_a_storable_id() -> None:
    raw = record_to_document({"id": "\ud800", "text": "x y z"}, origin="o", position=1)
    assert raw.doc_id == "\ufffd"


def test_feed_with_broken_xml_keeps_its_items_and_says_where_it_broke() -> None:
    body = "Russia accused Ukraine of shelling civilian areas on Monday, officials said. " * 4
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<item><guid>a</guid><content:encoded xmlns:content='http://purl.org/rss/1.0/modules/"
        f"content/'>{body}</content:encoded></item><item><title>Cut & off"
    ).encode()
    items = list(read_bytes(feed, origin="wire.rss"))
    assert isinstance(items[0], RawDocument) and items[0].doc_id == "a"
    assert isinstance(items[-1], Reject) and "broken XML" in items[-1].reason
