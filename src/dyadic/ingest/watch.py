"""Watching feeds: poll RSS/Atom feeds on a schedule and code only the items not seen before.

What has been seen is what the store holds (``Store.known_documents``) plus what this process has
already read, keyed by each item's stable id (its guid, else its link). Items whose link could not
be fetched are rejected without an id, so they are tried again at the next poll.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from dyadic.errors import InputError, UsageError
from dyadic.ingest.feeds import MAX_FEED_BYTES, feed_documents, parse_feed
from dyadic.ingest.record import RawDocument
from dyadic.ingest.sources import FETCH_TIMEOUT, is_url, open_input
from dyadic.model import Document, Reject
from dyadic.pipeline import Coder
from dyadic.store.db import Store

logger = logging.getLogger(__name__)

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"": 1.0, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}

Item = RawDocument | Reject


def parse_interval(text: str) -> float:
    """Seconds in an interval such as ``15m``, ``90s``, ``1h`` or ``1d`` (a bare number: seconds).

    Raises:
        UsageError: the text is not such an interval, or is zero.
    """
    match = _INTERVAL.match(text)
    if not match:
        raise UsageError(f"interval {text!r} is not a number with s, m, h or d (e.g. 15m)")
    seconds = float(match[1]) * _UNIT_SECONDS[match[2].lower()]
    if seconds <= 0:
        raise UsageError(f"interval {text!r} must be longer than zero")
    return seconds


@dataclass
class FeedWatcher:
    """Reads feeds and yields documents for the items not seen before.

    Args:
        feeds: feed URLs (or paths to feed files).
        known: given item ids, returns those already stored.
        follow_links: fetch the page of an item that has no body.
        timeout: seconds to wait for a server.
    """

    feeds: Sequence[str]
    known: Callable[[Sequence[str]], set[str]]
    follow_links: bool = True
    timeout: float = FETCH_TIMEOUT
    seen: set[str] = field(default_factory=set)

    def poll(self) -> Iterator[Item]:
        """One pass over every feed: documents (or rejects) for new items only."""
        for url in self.feeds:
            try:
                with open_input(url, timeout=self.timeout) as source:
                    data = source.read_all(MAX_FEED_BYTES)
                feed = parse_feed(data, origin=url, base_url=url if is_url(url) else None)
            except InputError as exc:
                yield Reject(url, None, exc.message, "ingest")
                continue
            ids = [item.item_id for item in feed.items]
            old = self.known(ids) | (self.seen & set(ids))
            new = [item for item in feed.items if item.item_id not in old]
            logger.info("%s: %d items, %d new", url, len(feed.items), len(new))
            for result in feed_documents(
                feed, new, origin=url, follow_links=self.follow_links, timeout=self.timeout
            ):
                if result.doc_id is not None:
                    self.seen.add(result.doc_id)
                yield result


@dataclass
class PollSummary:
    """What one poll did."""

    poll: int
    new: int = 0
    coded: int = 0
    rejected: int = 0
    events: int = 0
    rejects: list[Reject] = field(default_factory=list)


def watch_feeds(
    feeds: Sequence[str],
    *,
    db: str | Path,
    every: float = 900.0,
    polls: int | None = None,
    out: IO[str] | None = None,
    model: str | None = None,
    follow_links: bool = True,
    on_poll: Callable[[PollSummary], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> list[PollSummary]:
    """Poll ``feeds`` every ``every`` seconds, coding new items into the store ``db``.

    Args:
        feeds: feed URLs or files.
        db: the DuckDB store (what it holds counts as seen).
        every: seconds between the starts of two polls.
        polls: stop after this many polls (None: until interrupted).
        out: where to write Event JSON lines for newly coded documents.
        on_poll: called with each poll's summary.
        sleep: the waiting function (tests pass a fake).

    Returns:
        The summary of every poll.
    """
    coder = Coder(model=model)
    summaries: list[PollSummary] = []
    with Store(db) as store:
        watcher = FeedWatcher(feeds, known=store.known_documents, follow_links=follow_links)
        number = 0
        while polls is None or number < polls:
            number += 1
            started = time.monotonic()
            summary = PollSummary(number)
            documents: list[Document] = []
            for result in coder.code(watcher.poll()):
                if isinstance(result, Reject):
                    summary.rejected += 1
                    summary.rejects.append(result)
                    if result.doc_id is not None:
                        summary.new += 1
                    continue
                summary.new += 1
                summary.coded += 1
                summary.events += len(result.events)
                documents.append(result)
                if out is not None:
                    out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            store.write(documents)
            store.write_rejects(summary.rejects)
            if out is not None:
                out.flush()
            summaries.append(summary)
            if on_poll is not None:
                on_poll(summary)
            if polls is None or number < polls:
                sleep(max(0.0, every - (time.monotonic() - started)))
    return summaries
