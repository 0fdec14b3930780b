"""Fuzzing the readers: any bytes in any format give documents or rejects, never an exception,
and every document is codable text."""

from __future__ import annotations

import bz2
import gzip

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadic.errors import InputError
from dyadic.ingest import FORMATS, decode_text, read_bytes
from dyadic.ingest.decode import decompress
from dyadic.ingest.fields import normalise_date, record_to_document
from dyadic.ingest.record import RawDocument
from dyadic.model import Reject
from tests.fuzz.strategies import PIECES, examples, jsonl_bytes, news_text, record_fields

FUZZ = settings(
    max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

#: Byte soups close to what each reader expects.
STARTS = (
    b"", b"{", b"[", b"<", b"<?xml version='1.0'?><rss version='2.0'><channel><item>",
    b"<feed xmlns='http://www.w3.org/2005/Atom'><entry>", b"<!DOCTYPE html><html><body><p>",
    b"WARC/1.0\r\nWARC-Type: response\r\n", b"id,text,date\n", b"id\ttext\n", b"\x1f\x8b",
    b"BZh", b"\xfd7zXZ\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff",
)  # fmt: skip
NAMES = ("in.txt", "in.jsonl", "in.json", "in.csv", "in.tsv", "in.html", "in.rss", "in.warc",
         "in.jsonl.gz", "noname", "in.xml")  # fmt: skip
soup = st.tuples(st.sampled_from(STARTS), st.binary(max_size=300),
                 st.lists(st.sampled_from(PIECES), max_size=10)).map(
    lambda t: t[0] + t[1] + " ".join(t[2]).encode("utf-8", "surrogatepass"))  # fmt: skip


def _check(items: list[RawDocument | Reject]) -> None:
    for item in items:
        if isinstance(item, Reject):
            assert item.reason and item.stage
            continue
        assert isinstance(item, RawDocument)
        assert item.text.strip()
        item.text.encode("utf-8")  # storable: no lone surrogates
        assert isinstance(item.doc_id, str) and item.doc_id


@FUZZ
@given(data=soup, name=st.sampled_from(NAMES), fmt=st.sampled_from(FORMATS))
def test_any_bytes_in_any_format_give_documents_or_rejects(
    data: bytes, name: str, fmt: str
) -> None:
    _check(list(read_bytes(data, origin=name, fmt=fmt)))


@FUZZ
@given(data=soup, compress=st.sampled_from([gzip.compress, bz2.compress]),
       cut=st.floats(min_value=0.0, max_value=1.0))  # fmt: skip
def test_truncated_compressed_inputs_give_documents_or_rejects(
    data: bytes, compress: object, cut: float
) -> None:
    packed = compress(data)  # type: ignore[operator]
    _check(list(read_bytes(packed[: int(len(packed) * cut)], origin="in.jsonl.gz")))


@FUZZ
@given(records=st.lists(record_fields, max_size=6), junk=st.lists(st.binary(max_size=40),
                                                                  max_size=4))  # fmt: skip
def test_jsonl_with_any_records_and_junk_lines(records: list[object], junk: list[bytes]) -> None:
    items = list(read_bytes(jsonl_bytes(records, junk), origin="in.jsonl"))
    _check(items)


@FUZZ
@given(record=record_fields)
def test_record_to_document_accepts_or_raises_input_error(record: dict[str, object]) -> None:
    try:
        raw = record_to_document(record, origin="o", position=1)
    except InputError as exc:
        assert exc.message
    else:
        _check([raw])


@FUZZ
@given(value=st.one_of(st.text(max_size=40), news_text))
def test_normalise_date_gives_an_iso_date_or_input_error(value: str) -> None:
    try:
        found = normalise_date(value)
    except InputError as exc:
        assert exc.message
    else:
        assert found is None or 1800 <= int(found[:4]) <= 2199


@FUZZ
@given(data=st.binary(max_size=400))
def test_decode_text_gives_storable_text(data: bytes) -> None:
    decode_text(data).encode("utf-8")


@FUZZ
@given(data=st.binary(max_size=200))
def test_decompress_gives_bytes_or_input_error(data: bytes) -> None:
    for start in (b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b""):
        try:
            assert isinstance(decompress(start + data), bytes)
        except InputError as exc:
            assert exc.message


@pytest.mark.parametrize("text", ["", " ", "\x00", "\ud800"])
def test_decode_text_of_edge_bytes(text: str) -> None:
    decode_text(text.encode("utf-8", "surrogatepass")).encode("utf-8")


@FUZZ
@given(text=news_text)
def test_news_like_text_file_is_one_document_or_a_reject(text: str) -> None:
    _check(list(read_bytes(text.encode("utf-8", "surrogatepass"), origin="a.txt")))
