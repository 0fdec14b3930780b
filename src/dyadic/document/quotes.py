"""Quotations and their speakers (placeholder until the quote attributor lands)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuotesComponent:
    """Finds quotations and sets ``doc._.quotes``."""

    def __init__(self, nlp: Language, name: str = "dyadic_quotes") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        return doc
