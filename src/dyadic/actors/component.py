"""The ``dyadic_actors`` spaCy component (placeholder: NER countries only; replaced by the KB)."""

from __future__ import annotations

import pycountry
from spacy.language import Language
from spacy.tokens import Doc

from dyadic.actors.mention import ActorMention
from dyadic.model import Actor


class ActorsComponent:
    """Finds actor mentions and sets ``doc._.actor_mentions``."""

    def __init__(self, nlp: Language, name: str = "dyadic_actors") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[ActorMention] = []
        for ent in doc.ents:
            if ent.label_ not in {"GPE", "NORP", "ORG"}:
                continue
            try:
                country = pycountry.countries.search_fuzzy(ent.text)[0]
            except LookupError:
                continue
            actor = Actor(text=ent.text, code=country.alpha_3, country=country.alpha_3)
            mentions.append(ActorMention(ent.start, ent.end, ent.root.i, actor, "country"))
        doc._.actor_mentions = mentions
        return doc
