"""The page cache of ``GET /api/events``: a cached page is byte for byte the page a fresh server
gives, long pages are not kept, and the cache stays within its size."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from dyadic.http import ServeOptions, create_app
from dyadic.http.context import PageCache

QUERIES = (
    {},
    {"actor": "RUS"},
    {"dyad": "RUS:UKR", "sort": "goldstein"},
    {"limit": "2"},
    {"q": "Geneva", "count": "false"},
    {"unit": "mentions", "sort": "-confidence", "limit": "3"},
)


def _client(api_store: Path) -> TestClient:
    return TestClient(create_app(ServeOptions(db=api_store)), raise_server_exceptions=False)


def test_cached_pages_equal_fresh_pages_byte_for_byte(api_store: Path) -> None:
    with _client(api_store) as warm:
        first = [warm.get("/api/events", params=q).content for q in QUERIES]
        again = [warm.get("/api/events", params=q).content for q in QUERIES]
        context = warm.app.state.dyadic  # type: ignore[attr-defined]
        assert len(context.pages._items) == len(QUERIES)
    fresh = []
    for query in QUERIES:
        with _client(api_store) as cold:
            fresh.append(cold.get("/api/events", params=query).content)
    assert first == again == fresh


def test_pages_follow_their_cursor_from_the_cache(api_store: Path) -> None:
    with _client(api_store) as client:
        seen: list[str] = []
        for _ in range(2):
            cursor = None
            ids = []
            while True:
                params = {"limit": "2", **({"cursor": cursor} if cursor else {})}
                body = client.get("/api/events", params=params).json()
                ids += [e["id"] for e in body["events"]]
                cursor = body["next_cursor"]
                if cursor is None:
                    break
            seen.append(",".join(ids))
        assert seen[0] == seen[1] and seen[0]


def test_errors_are_not_cached(api_store: Path) -> None:
    with _client(api_store) as client:
        context = client.app.state.dyadic  # type: ignore[attr-defined]
        assert client.get("/api/events", params={"cursor": "bad"}).status_code == 400
        assert client.get("/api/events", params={"limit": "501"}).status_code == 400
        assert len(context.pages._items) == 0


def test_page_cache_keeps_its_byte_bound_dropping_the_oldest() -> None:
    cache = PageCache(max_bytes=1000)
    for n in range(30):
        assert cache.get(("page", n), lambda n=n: bytes([n]) * 100) == bytes([n]) * 100  # type: ignore[misc]
    assert cache.size <= 1000 and len(cache._items) == 10
    assert list(cache._items) == [("page", n) for n in range(20, 30)]
    assert cache.get(("big",), lambda: b"x" * 2000) == b"x" * 2000  # larger than the cache
    assert ("big",) not in cache._items
    calls = []
    cache.get(("page", 25), lambda: calls.append(1) or b"")  # type: ignore[func-returns-value]
    assert not calls  # a hit
