"""What every route needs: the options, the store connections, the caches; and query-string
parsing shared by the routes."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Request

from dyadic.aggregate.actors import ActorSpec, parse_actor
from dyadic.errors import UsageError
from dyadic.http.options import ServeOptions
from dyadic.http.pool import ResultCache, StorePool
from dyadic.model import MODALITIES
from dyadic.store.query import ActorMatch, EventFilter

_ROOT = re.compile(r"\d{2}")
_PREFIX = re.compile(r"\d{1,4}")
_PLOVER = re.compile(r"[A-Z_]{2,40}")
_COUNTRY = re.compile(r"[A-Z]{3}")


#: Bytes of encoded event pages kept (a 50-row page is ~50 KB, a 500-row page ~500 KB).
PAGE_CACHE_BYTES = 64 * 1024 * 1024


class PageCache:
    """Encoded pages by their parameters, least recently used dropped past ``max_bytes``."""

    def __init__(self, max_bytes: int = PAGE_CACHE_BYTES) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self._items: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...], compute: Callable[[], bytes]) -> bytes:
        """The cached page of ``key``, computed (outside the lock) when missing."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = compute()
        if len(value) > self.max_bytes:
            return value
        with self._lock:
            if key not in self._items:
                self._items[key] = value
                self.size += len(value)
            while self.size > self.max_bytes:
                self.size -= len(self._items.popitem(last=False)[1])
        return value


@dataclass
class Context:
    """The app's shared state (one per app)."""

    options: ServeOptions
    pool: StorePool
    cache: ResultCache = field(default_factory=ResultCache)
    #: encoded pages of ``GET /api/events`` (the store does not change while served)
    pages: PageCache = field(default_factory=PageCache)


def get_context(request: Request) -> Context:
    context: Context = request.app.state.dyadic
    return context


Ctx = Annotated[Context, Depends(get_context)]


def split(value: str | None) -> list[str]:
    """Items of a comma-separated parameter (empty items dropped)."""
    if not value:
        return []
    return [item.strip() for item in value.split(",") if item.strip()]


def actor_match(spec: ActorSpec) -> ActorMatch:
    return ActorMatch(prefixes=spec.prefixes, countries=spec.countries)


def parse_match(value: str | None, name: str) -> ActorMatch | None:
    """An actor parameter (code, country, group, or several joined by ``,`` or ``+``).

    Raises:
        UsageError: not an actor.
    """
    if value is None or not value.strip():
        return None
    try:
        return actor_match(parse_actor(value))
    except UsageError as exc:
        raise UsageError(f"{name}: {exc.message}") from None


def parse_dyad(value: str | None) -> tuple[ActorMatch, ActorMatch] | None:
    """``A:B`` as two actor matches.

    Raises:
        UsageError: not two actors separated by a colon.
    """
    if value is None or not value.strip():
        return None
    parts = value.split(":")
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise UsageError(f"dyad: {value!r} is not two actors separated by a colon (RUS:UKR)")
    a = parse_match(parts[0], "dyad")
    b = parse_match(parts[1], "dyad")
    assert a is not None and b is not None
    return a, b


def _checked(values: Iterable[str], pattern: re.Pattern[str], name: str, hint: str) -> list[str]:
    out = []
    for value in values:
        if not pattern.fullmatch(value):
            raise UsageError(f"{name}: {value!r} is not {hint}")
        out.append(value)
    return out


def parse_quads(value: str | None) -> tuple[int, ...]:
    quads = []
    for item in split(value):
        if item not in {"1", "2", "3", "4"}:
            raise UsageError(f"quad: {item!r} is not a quad class (1, 2, 3 or 4)")
        quads.append(int(item))
    return tuple(quads)


def parse_modalities(value: str | None) -> tuple[str, ...]:
    items = split(value)
    unknown = [m for m in items if m not in MODALITIES]
    if unknown:
        raise UsageError(f"modality: unknown {unknown[0]!r}; choose from {', '.join(MODALITIES)}")
    return tuple(items)


def event_filter(
    *,
    unit: str = "events",
    actor: str | None = None,
    source: str | None = None,
    target: str | None = None,
    dyad: str | None = None,
    directed: bool = False,
    country: str | None = None,
    cameo: str | None = None,
    root: str | None = None,
    quad: str | None = None,
    plover: str | None = None,
    modality: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    q: str | None = None,
    doc_id: str | None = None,
    location: str | None = None,
    location_country: str | None = None,
    min_confidence: float | None = None,
) -> EventFilter:
    """The filter the query string describes.

    Raises:
        UsageError: a value that is not what its parameter takes.
    """
    countries = _checked(
        [c.upper() for c in split(country)], _COUNTRY, "country", "a 3-letter country code"
    )
    if since is not None and until is not None and since > until:
        raise UsageError(f"since ({since}) is after until ({until})")
    return EventFilter(
        unit=unit,
        actor=parse_match(actor, "actor"),
        source=parse_match(source, "source"),
        target=parse_match(target, "target"),
        dyad=parse_dyad(dyad),
        directed=directed,
        country=tuple(countries),
        cameo=tuple(
            _checked(split(cameo), _PREFIX, "cameo", "a CAMEO code or prefix (1-4 digits)")
        ),
        root=tuple(_checked(split(root), _ROOT, "root", "a 2-digit CAMEO root (01-20)")),
        quad=parse_quads(quad),
        plover=tuple(
            _checked([p.upper() for p in split(plover)], _PLOVER, "plover", "a PLOVER event type")
        ),
        modality=parse_modalities(modality),
        since=since,
        until=until,
        text=q.strip() if q and q.strip() else None,
        doc_id=doc_id,
        location=location or None,
        location_country=location_country.upper() if location_country else None,
        min_confidence=min_confidence,
    )


def cache_key(*parts: Any) -> tuple[Any, ...]:
    """A hashable key of route parameters."""
    return tuple(tuple(p) if isinstance(p, list) else p for p in parts)
