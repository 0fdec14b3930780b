"""spaCy factories for Dyadic's components (``nlp.add_pipe("dyadic_events")`` after import)."""

from __future__ import annotations

from spacy.language import Language

from dyadic.actors.component import ActorsComponent
from dyadic.document.places import PlacesComponent
from dyadic.document.quotes import QuotesComponent
from dyadic.events.component import EventsComponent
from dyadic.nlp.extensions import register_extensions

register_extensions()


@Language.factory("dyadic_places", assigns=["doc._.places"], requires=["doc.ents"])
def make_places(nlp: Language, name: str) -> PlacesComponent:
    """Toponyms resolved offline against GeoNames."""
    return PlacesComponent(nlp, name)


@Language.factory(
    "dyadic_actors",
    assigns=["doc._.actor_mentions"],
    requires=["doc.ents", "token.dep", "token.lemma"],
)
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    """Actor mentions resolved by date against the knowledge base, with coreference."""
    return ActorsComponent(nlp, name)


@Language.factory("dyadic_quotes", assigns=["doc._.quotes"], requires=["doc._.actor_mentions"])
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    """Direct and indirect quotations attributed to speakers."""
    return QuotesComponent(nlp, name)


@Language.factory(
    "dyadic_events",
    assigns=["doc._.events"],
    requires=["token.dep", "token.lemma", "doc._.actor_mentions"],
)
def make_events(nlp: Language, name: str) -> EventsComponent:
    """CAMEO events with PLOVER types, modality, dates, places and evidence."""
    return EventsComponent(nlp, name)
