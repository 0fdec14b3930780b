"""HTML pages: main text and metadata extracted with trafilatura."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import trafilatura

from dyadic.errors import InputError
from dyadic.ingest.fields import check_text, normalise_date
from dyadic.ingest.record import RawDocument
from dyadic.ingest.sources import Input, is_url
from dyadic.model import Reject, content_hash

logger = logging.getLogger(__name__)

#: HTML pages larger than this are rejected before parsing.
MAX_HTML_BYTES = 20 * 1024 * 1024
#: Extracted text shorter than this (in words) is navigation left-overs, not an article.
MIN_PAGE_WORDS = 5

_BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
     "table", "section", "article", "header", "footer", "pre", "hr", "dd", "dt", "figcaption"}
)  # fmt: skip
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


@dataclass(frozen=True, slots=True)
class Page:
    """The main text of an HTML page and its metadata (None when the page does not say)."""

    text: str
    title: str | None
    date: str | None
    sitename: str | None
    url: str | None


def extract_page(content: bytes | str, *, url: str | None = None) -> Page | None:
    """The main text and metadata of an HTML page, or None when it has no main text.

    Paragraphs are separated by blank lines; a first line that repeats the title is dropped
    (the title is kept as metadata), so that a dateline opens the text.
    """
    result = trafilatura.bare_extraction(
        content,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return None
    text = getattr(result, "text", None) or ""
    title = _clean(getattr(result, "title", None))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and title and _same(lines[0], title):
        lines = lines[1:]
    if sum(len(line.split()) for line in lines) < MIN_PAGE_WORDS:
        return None
    return Page(
        text="\n\n".join(lines),
        title=title,
        date=_safe_date(getattr(result, "date", None)),
        sitename=_clean(getattr(result, "sitename", None)),
        url=_clean(getattr(result, "url", None)) or url,
    )


class _TextParser(HTMLParser):
    """Collects the text of an HTML fragment, with blank lines between blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style"}:
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"}:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's summary or content), paragraphs kept."""
    if not fragment or not fragment.strip():
        return ""
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    return _tidy("".join(parser.parts))


def _tidy(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _same(line: str, title: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().lower()

    return norm(line) == norm(title)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _safe_date(value: object) -> str | None:
    try:
        return normalise_date(value) if isinstance(value, str) else None
    except InputError:
        return None


def page_document(
    page: Page,
    *,
    doc_id: str,
    origin: str,
    position: int | None = None,
    source: str | None = None,
    published: str | None = None,
    retrieved: str | None = None,
) -> RawDocument | Reject:
    """A raw document from an extracted page (a reject when its text cannot be coded)."""
    problem = check_text(page.text)
    if problem:
        return Reject(origin, position, problem, "ingest", doc_id)
    return RawDocument(
        doc_id=doc_id,
        text=page.text,
        published=published or page.date,
        title=page.title,
        source=source or page.sitename,
        url=page.url,
        origin=origin,
        position=position,
        retrieved=retrieved,
    )


def read_html(source: Input) -> Iterator[RawDocument | Reject]:
    """One HTML page (a file, standard input or a URL) as one document."""
    data = source.read_all(MAX_HTML_BYTES)
    url = source.origin if is_url(source.origin) else None
    page = extract_page(data, url=url)
    if page is None:
        doc_id = url or _id_from_path(source.origin, data)
        yield Reject(source.origin, None, "no main text found in the HTML page", "ingest", doc_id)
        return
    doc_id = url or _id_from_path(source.origin, page.text.encode())
    yield page_document(page, doc_id=doc_id, origin=source.origin)


def _id_from_path(origin: str, data: bytes) -> str:
    if origin == "-":
        return "stdin-" + content_hash(data.decode("utf-8", "replace"))
    name = Path(origin).name
    for suffix in (".gz", ".bz2", ".xz", ".html", ".htm", ".xhtml"):
        name = name.removesuffix(suffix)
    return name
