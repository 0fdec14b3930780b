"""The raw input record every reader produces."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input document before any processing.

    Attributes:
        doc_id: the id given by the input, or one derived from its file name, URL or content.
        text: the document text (decoded; for HTML, feeds and WARC, the extracted main text).
        published: publication date (YYYY-MM-DD) from the input's metadata, if any.
        title: the headline, when the input carries one.
        source: the publisher or site name, when known.
        url: where the document was published, when known.
        origin: the input it came from (a path, a URL or "-").
        position: line, row, item or record number inside ``origin`` (1-based), if it has several.
        retrieved: when the document was fetched or crawled (YYYY-MM-DD, e.g. a WARC record's
            date); the last resort for the publication date, after the text's own dateline.
    """

    doc_id: str
    text: str
    published: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = "-"
    position: int | None = None
    retrieved: str | None = None
