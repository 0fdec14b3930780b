"""The page cache of ``GET /api/events``: a cached page is byte for byte the page a fresh server
gives, long pages are not kept, and the cache stays within its size."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from dyadic.http import ServeOptions, create_app
from dyadic.http.context import MAX_CACHED_PAGE_ROWS, PAGE_CACHE_SIZE

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


def test_long_pages_and_errors_are_not_cached(api_store: Path) -> None:
    with _client(api_store) as client:
        context = client.app.state.dyadic  # type: ignore[attr-defined]
        limit = str(MAX_CACHED_PAGE_ROWS + 1)
        assert client.get("/api/events", params={"limit": limit}).status_code == 200
        assert client.get("/api/events", params={"cursor": "bad"}).status_code == 400
        assert len(context.pages._items) == 0


def test_page_cache_is_bounded() -> None:
    from dyadic.http.pool import ResultCache

    cache = ResultCache(PAGE_CACHE_SIZE)
    for n in range(PAGE_CACHE_SIZE + 50):
        cache.get(("page", n), lambda n=n: n)  # type: ignore[misc]
    assert len(cache._items) == PAGE_CACHE_SIZE
