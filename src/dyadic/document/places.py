"""Places named in the text (placeholder until the GeoNames resolver lands)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from dyadic.model import Location


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A toponym in the text and the place it names."""

    start: int
    end: int
    location: Location


class PlacesComponent:
    """Finds toponyms and sets ``doc._.places``."""

    def __init__(self, nlp: Language, name: str = "dyadic_places") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = []
        return doc
