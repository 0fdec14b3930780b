"""The coder: raw documents in, coded documents (or rejects) out, one batched spaCy pass."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from dyadic.document.prepare import PreparedDocument, prepare
from dyadic.ingest.record import RawDocument
from dyadic.model import Document, Reject, iso_date
from dyadic.nlp.load import get_pipeline

logger = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 32

Item = RawDocument | Reject
Result = Document | Reject


@dataclass
class Coder:
    """Codes documents with one spaCy pipeline, loaded once.

    Args:
        model: the spaCy pipeline name (default: settings.spacy_model_name()).
        batch_size: documents per ``nlp.pipe`` batch.
        default_date: publication date for documents that carry none.
    """

    model: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    default_date: dt.date | None = None

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
        for slot, item in enumerate(chunk):
            if isinstance(item, Reject):
                results[slot] = item
                continue
            try:
                prepared = prepare(item, default_date=self.default_date)
                doc = self.nlp.make_doc(prepared.body)
            except Exception as exc:  # a broken document must not stop the batch
                results[slot] = _reject(item, exc, "document")
                continue
            doc._.doc_id = item.doc_id
            doc._.pub_date = prepared.published
            doc._.offset = prepared.offset
            doc._.dateline = prepared.dateline
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
        return [result for result in results if result is not None]


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
    offset = prepared.offset
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
