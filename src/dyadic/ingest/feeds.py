"""RSS and Atom feeds (feedparser): one document per item, following links to bodiless items."""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import xml.sax
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import feedparser

from dyadic.errors import InputError
from dyadic.ingest.fields import check_text, opt_str
from dyadic.ingest.html import MAX_HTML_BYTES, extract_page, html_to_text, page_document
from dyadic.ingest.record import RawDocument
from dyadic.ingest.sources import FETCH_TIMEOUT, Input, fetch_url, is_url
from dyadic.model import Reject, content_hash

logger = logging.getLogger(__name__)

#: Feeds larger than this are rejected.
MAX_FEED_BYTES = 50 * 1024 * 1024
#: An item's full content (content:encoded, atom:content) shorter than this is not a body.
MIN_CONTENT_CHARS = 200
#: An item's summary shorter than this is a teaser: the item's link is followed for the body.
MIN_SUMMARY_CHARS = 600

Item = RawDocument | Reject


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One feed item before its body is settled.

    Attributes:
        item_id: the item's guid, else its link, else a hash of its title and text (stable across
            polls, so ``dyadic watch`` recognises items it has seen).
        text: the item's own text (content, else summary), HTML removed.
        has_body: whether ``text`` is the article itself rather than a teaser.
    """

    item_id: str
    position: int
    title: str | None
    link: str | None
    published: str | None
    text: str
    has_body: bool


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed: its title and items."""

    title: str | None
    items: tuple[FeedItem, ...]
    #: why the feed's XML is broken (its items up to the break are still read), if it is
    error: str | None = None


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes are an RSS, RDF or Atom document."""
    start = head[:4096].lstrip().lower()
    if not start.startswith(b"<"):
        return False
    return any(tag in start for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def parse_feed(data: bytes, *, origin: str, base_url: str | None = None) -> Feed:
    """Parse RSS/Atom bytes.

    Raises:
        InputError: the bytes are not a feed feedparser can read.
    """
    parsed: Any = feedparser.parse(data)
    entries = parsed.get("entries") or []
    version = parsed.get("version") or ""
    if not entries and not version:
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        raise InputError(f"{origin}: not a readable RSS/Atom feed{detail}", stage="ingest")
    feed_title = opt_str((parsed.get("feed") or {}).get("title"))
    items = tuple(_item(entry, number, base_url) for number, entry in enumerate(entries, start=1))
    problem = parsed.get("bozo_exception")
    error = f"broken XML ({problem})" if isinstance(problem, xml.sax.SAXException) else None
    return Feed(feed_title, items, error)


def _item(entry: Any, position: int, base_url: str | None) -> FeedItem:
    title = opt_str(html_to_text(entry.get("title") or ""))
    link = opt_str(entry.get("link"))
    if link and base_url:  # a relative link, resolved against the feed's own URL
        link = urljoin(base_url, link)
    contents = [html_to_text(c.get("value") or "") for c in entry.get("content") or ()]
    content = max(contents, key=len, default="")
    summary = html_to_text(entry.get("summary") or "")
    if len(content) >= MIN_CONTENT_CHARS:
        text, has_body = content, True
    else:
        text = content if len(content) > len(summary) else summary
        has_body = len(text) >= MIN_SUMMARY_CHARS
    guid = opt_str(entry.get("id"))
    item_id = guid or link or content_hash(title or "", text)
    return FeedItem(item_id, position, title, link, _entry_date(entry), text, has_body)


def _entry_date(entry: Any) -> str | None:
    """The item's date as written (its own time zone, as news dates are), else feedparser's."""
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if not value:
            continue
        date = _written_date(str(value))
        if date:
            return date
        parsed = entry.get(key + "_parsed")
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    return None


def _written_date(value: str) -> str | None:
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def item_document(
    item: FeedItem,
    *,
    origin: str,
    source: str | None,
    follow_links: bool = True,
    timeout: float = FETCH_TIMEOUT,
) -> Item:
    """The document for a feed item: its own body, else the page its link points to.

    When the link cannot be fetched the reject carries no ``doc_id``, so that ``dyadic watch``
    tries the item again at its next poll instead of taking it as seen.
    """
    if not item.has_body and follow_links and item.link and is_url(item.link):
        try:
            fetched = fetch_url(item.link, limit=MAX_HTML_BYTES, timeout=timeout)
        except InputError as exc:
            return Reject(origin, item.position, f"item {item.item_id}: {exc.message}", "ingest")
        page = extract_page(fetched.content, url=fetched.url)
        if page is None:
            reason = f"item {item.item_id}: no main text found at {item.link}"
            return Reject(origin, item.position, reason, "ingest", item.item_id)
        return page_document(
            page,
            doc_id=item.item_id,
            origin=origin,
            position=item.position,
            source=source,
            published=item.published,
        )
    problem = check_text(item.text)
    if problem:
        if not item.text.strip():
            problem = "item has no text" + ("" if item.link else " and no link to follow")
        return Reject(origin, item.position, problem, "ingest", item.item_id)
    return RawDocument(
        doc_id=item.item_id,
        text=item.text,
        published=item.published,
        title=item.title,
        source=source,
        url=item.link,
        origin=origin,
        position=item.position,
    )


def read_feed(
    source: Input, *, follow_links: bool = True, timeout: float = FETCH_TIMEOUT
) -> Iterator[Item]:
    """Every item of an RSS/Atom feed (a file, standard input or a URL) as a document."""
    data = source.read_all(MAX_FEED_BYTES)
    base = source.origin if is_url(source.origin) else None
    feed = parse_feed(data, origin=source.origin, base_url=base)
    yield from feed_documents(
        feed, feed.items, origin=source.origin, follow_links=follow_links, timeout=timeout
    )
    if feed.error:
        reason = f"{source.origin}: {feed.error}; the {len(feed.items)} items before it were read"
        yield Reject(source.origin, None, reason, "ingest")


def feed_documents(
    feed: Feed,
    items: Sequence[FeedItem],
    *,
    origin: str,
    follow_links: bool = True,
    timeout: float = FETCH_TIMEOUT,
) -> Iterator[Item]:
    """Documents for some items of ``feed``."""
    for item in items:
        yield item_document(
            item, origin=origin, source=feed.title, follow_links=follow_links, timeout=timeout
        )
