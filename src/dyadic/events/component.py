"""The ``dyadic_events`` spaCy component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EventsComponent:
    """Codes events from parsed sentences and sets ``doc._.events``."""

    def __init__(self, nlp: Language, name: str = "dyadic_events") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc
