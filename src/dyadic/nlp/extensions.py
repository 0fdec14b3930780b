"""Every Doc extension Dyadic sets, declared in one place.

Stages communicate through these attributes:

- ``doc._.doc_id``: the document id (set by the pipeline before parsing).
- ``doc._.pub_date``: publication date (``datetime.date``) or None.
- ``doc._.offset``: character offset of ``doc.text`` inside the original document text; spans
  reported in Event JSON add it.
- ``doc._.dateline``: the parsed :class:`dyadic.model.Dateline` or None.
- ``doc._.places``: place mentions (``dyadic.document.places.PlaceMention``) found in the text.
- ``doc._.actor_mentions``: actor mentions (``dyadic.actors.ActorMention``), sorted by start.
- ``doc._.quotes``: quotes (``dyadic.model.Quote``) with document-relative spans.
- ``doc._.events``: coded events (``dyadic.model.Event``).
- ``doc._.errors``: ``(stage, message)`` pairs from components that failed on this doc; the
  pipeline turns such a doc into a reject instead of crashing the batch.
"""

from __future__ import annotations

from spacy.tokens import Doc

_DOC_EXTENSIONS: dict[str, object] = {
    "doc_id": None,
    "pub_date": None,
    "offset": 0,
    "dateline": None,
}
_DOC_LIST_EXTENSIONS: tuple[str, ...] = ("places", "actor_mentions", "quotes", "events", "errors")


def register_extensions() -> None:
    """Declare the extensions (idempotent)."""
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in _DOC_LIST_EXTENSIONS:
        if not Doc.has_extension(name):
            # A getter-free default of [] would be shared between docs, so store per doc.
            Doc.set_extension(name, default=None)


register_extensions()
