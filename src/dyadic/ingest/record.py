"""The raw input record every reader produces."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input document before any processing.

    Attributes:
        doc_id: the id given by the input, or one derived from its file name or content.
        text: the document text (decoded, unmodified).
        published: publication date (YYYY-MM-DD) from the input's metadata, if any.
        origin: the input it came from (a path, a URL or "-").
        position: line or record number inside ``origin`` (1-based), if it has several.
    """

    doc_id: str
    text: str
    published: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = "-"
    position: int | None = None
