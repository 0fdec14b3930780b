"""The coder: raw documents in, coded documents (or rejects) out, one batched spaCy pass."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from dyadic.document.language import not_english
from dyadic.document.parts import split_parts
from dyadic.document.prepare import PreparedDocument, prepare
from dyadic.ingest.record import RawDocument
from dyadic.model import Document, Reject, iso_date
from dyadic.nlp.load import get_pipeline

logger = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 32
#: A document body longer than this is parsed in parts of at most this many characters, cut at
#: paragraph boundaries (parsing time and memory grow faster than the text; a long news article
#: is ~20,000).
PART_CHARS = 50_000

Item = RawDocument | Reject
Result = Document | Reject


@dataclass
class Coder:
    """Codes documents with one spaCy pipeline, loaded once.

    Args:
        model: the spaCy pipeline name (default: settings.spacy_model_name()).
        batch_size: documents per ``nlp.pipe`` batch.
        default_date: publication date for documents that carry none.
        part_chars: longer document bodies are parsed in parts of at most this many characters.
    """

    model: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    default_date: dt.date | None = None
    part_chars: int = PART_CHARS

    def __post_init__(self) -> None:
        self.nlp: Language = get_pipeline(self.model)

    def code(self, items: Iterable[Item]) -> Iterator[Result]:
        """Code every raw document; rejects pass through, and every input yields one result,
        in input order."""
        for chunk in minibatch(items, size=self.batch_size * 4):
            yield from self._code_chunk(chunk)

    def code_one(self, raw: RawDocument) -> Result:
        """Code a single document."""
        return next(self.code([raw]))

    def _code_chunk(self, chunk: Sequence[Item]) -> list[Result]:
        results: list[Result | None] = [None] * len(chunk)
        docs: list[Doc] = []
        prepared_by_slot: dict[int, PreparedDocument] = {}
        long_documents: dict[int, PreparedDocument] = {}
        for slot, item in enumerate(chunk):
            if isinstance(item, Reject):
                results[slot] = item
                continue
            try:
                prepared = prepare(item, default_date=self.default_date)
                problem = not_english(prepared.body)
                if problem:
                    results[slot] = Reject(
                        item.origin, item.position, problem, "document", item.doc_id
                    )
                    continue
                if len(prepared.body) > self.part_chars:
                    long_documents[slot] = prepared
                    continue
                doc = self._make_doc(prepared, 0, len(prepared.body))
            except Exception as exc:  # a broken document must not stop the batch
                results[slot] = _reject(item, exc, "document")
                continue
            doc.user_data["dyadic_slot"] = slot
            prepared_by_slot[slot] = prepared
            docs.append(doc)
        try:
            parsed = list(self.nlp.pipe(docs, batch_size=self.batch_size))
        except Exception:
            logger.warning(
                "a batch failed in the parser; coding its %d documents one by one", len(docs)
            )
            parsed = []
            for doc in docs:
                slot = doc.user_data["dyadic_slot"]
                try:
                    parsed.append(self.nlp(doc))
                except Exception as exc:  # isolate the document that breaks the parser
                    results[slot] = _reject(prepared_by_slot[slot].raw, exc, "nlp")
        for doc in parsed:
            slot = doc.user_data["dyadic_slot"]
            results[slot] = assemble(doc, prepared_by_slot[slot])
        for slot, prepared in long_documents.items():
            results[slot] = self._code_in_parts(prepared)
        return [result for result in results if result is not None]

    def _make_doc(self, prepared: PreparedDocument, start: int, end: int) -> Doc:
        """The Doc of ``prepared.body[start:end]`` with the document's extensions set."""
        doc = self.nlp.make_doc(prepared.body[start:end])
        doc._.doc_id = prepared.raw.doc_id
        doc._.pub_date = prepared.published
        doc._.offset = prepared.offset + start
        doc._.dateline = prepared.dateline
        return doc

    def _code_in_parts(self, prepared: PreparedDocument) -> Result:
        """Code a long document part by part (at paragraph boundaries) and join the parts; only
        one part's Doc is in memory at a time."""
        raw = prepared.raw
        spans = split_parts(prepared.body, max_chars=self.part_chars)
        logger.info("document %s: %d characters, coded in %d parts",
                    raw.doc_id, len(prepared.body), len(spans))  # fmt: skip
        pieces: list[Document] = []
        try:
            docs = (self._make_doc(prepared, start, end) for start, end in spans)
            for doc in self.nlp.pipe(docs, batch_size=1):
                piece = assemble(doc, prepared)
                if isinstance(piece, Reject):
                    return piece
                pieces.append(piece)
        except Exception as exc:  # a broken document must not stop the batch
            return _reject(raw, exc, "nlp")
        return join_parts(pieces)


def _reject(raw: RawDocument, exc: Exception, stage: str) -> Reject:
    logger.warning("document %s rejected in stage %s: %s", raw.doc_id, stage, exc)
    return Reject(raw.origin, raw.position, f"{type(exc).__name__}: {exc}", stage, raw.doc_id)


def assemble(doc: Doc, prepared: PreparedDocument) -> Result:
    """Turn an annotated Doc into a coded Document, or a reject if a component failed on it."""
    raw = prepared.raw
    errors = doc._.errors or []
    if errors:
        stage, message = errors[0]
        return Reject(raw.origin, raw.position, message, stage, raw.doc_id)
    offset = int(doc._.offset or 0)  # where this Doc (a whole body or one part) starts
    sentences = tuple((sent.start_char + offset, sent.end_char + offset) for sent in doc.sents)
    return Document(
        doc_id=raw.doc_id,
        text=raw.text,
        published=iso_date(prepared.published),
        title=raw.title,
        source=raw.source or (prepared.dateline.source if prepared.dateline else None),
        url=raw.url,
        dateline=prepared.dateline,
        events=tuple(doc._.events or ()),
        quotes=tuple(doc._.quotes or ()),
        sentences=sentences,
    )


def join_parts(pieces: Sequence[Document]) -> Document:
    """One document from the documents coded from its parts, in order: sentences, events and
    quotes concatenated, sentence indices counted across the whole document (character offsets
    already are)."""
    sentences: list[tuple[int, int]] = []
    events = []
    quotes = []
    for piece in pieces:
        shift = len(sentences)
        events += [
            dataclasses.replace(
                event,
                sentence_index=event.sentence_index + shift,
                mentions=tuple(index + shift for index in event.mentions),
            )
            for event in piece.events
        ]
        quotes += [
            quote
            if quote.sentence_index is None
            else dataclasses.replace(quote, sentence_index=quote.sentence_index + shift)
            for quote in piece.quotes
        ]
        sentences += piece.sentences
    return dataclasses.replace(
        pieces[0], events=tuple(events), quotes=tuple(quotes), sentences=tuple(sentences)
    )
