"""Fuzzing ``code_text`` end to end (spaCy and every Dyadic component): any text gives a coded
document whose offsets, indices and dates are consistent, or an InputError; never a crash."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from dyadic.api import code_text
from dyadic.errors import InputError
from dyadic.ingest.record import RawDocument
from dyadic.model import Document
from dyadic.pipeline import Coder
from tests.fuzz.strategies import any_date, examples, news_date, news_text

CODE_FUZZ = settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def check_document(document: Document) -> None:
    """Every offset inside the text, every index inside the sentences, dates ISO, JSON-able."""
    text = document.text
    n = len(document.sentences)
    for start, end in document.sentences:
        assert 0 <= start <= end <= len(text)
    for event in document.events:
        assert 0 <= event.sentence_index < n
        assert all(0 <= i < n for i in event.mentions)
        for span in (event.evidence.trigger, event.evidence.source, event.evidence.target):
            if span is not None:
                assert 0 <= span[0] <= span[1] <= len(text), (span, len(text))
        if event.date is not None:
            dt.date.fromisoformat(event.date)
        assert event.cameo and event.cameo.startswith(event.cameo_root)
    for quote in document.quotes:
        assert 0 <= quote.span[0] <= quote.span[1] <= len(text)
        assert quote.sentence_index is None or 0 <= quote.sentence_index < n
    json.dumps(document.to_dict(), ensure_ascii=False).encode("utf-8")


@CODE_FUZZ
@given(text=news_text, date=st.one_of(st.none(), news_date, any_date))
def test_code_text_codes_any_text_or_raises_input_error(
    nlp: Language, text: str, date: dt.date | None
) -> None:
    try:
        document = code_text(text, date=date)
    except InputError as exc:
        assert exc.message
        return
    check_document(document)


@CODE_FUZZ
@given(paragraphs=st.lists(news_text, min_size=1, max_size=8), part_chars=st.integers(20, 400))
def test_document_in_small_parts_keeps_offsets_consistent(
    nlp: Language, paragraphs: list[str], part_chars: int
) -> None:
    text = "\n\n".join(paragraphs)
    if not text.strip():
        return
    result = Coder(part_chars=part_chars).code_one(
        RawDocument(doc_id="f", text=text, published="2022-02-24")
    )
    if isinstance(result, Document):
        assert result.text == text
        check_document(result)
    else:
        assert result.reason
