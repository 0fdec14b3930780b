"""dyadic.store.query: bound parameters, row caps, cursors and the time limit."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from dyadic.errors import UsageError
from dyadic.store import Store, query
from dyadic.store.query import ActorMatch, EventFilter, QueryTimeout
from tests.store.factories import document, event


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("query") / "q.duckdb"
    docs = [
        document(
            f"d{i}",
            f"2022-01-{i + 1:02d}",
            (event("RUSGOV", "UKRGOV", "190", f"2022-01-{i + 1:02d}"),),
        )
        for i in range(12)
    ]
    docs.append(document("quote'd", "2022-02-01", (event("USAGOV", "RUS", "163", "2022-02-01"),)))
    with Store(path) as store:
        store.write(docs)
    return path


def test_query_time_limit_interrupts_a_long_query(store_path: Path) -> None:
    with Store(store_path, read_only=True, time_limit=0.2) as store:
        started = time.perf_counter()
        with pytest.raises(QueryTimeout, match="time limit"):
            query._records(store, "SELECT count(*) FROM range(100000000000) a", [])
        assert time.perf_counter() - started < 5
        # the connection still answers afterwards
        assert query.overview(store)["counts"]["events"] == store.counts()["events"]


def test_query_page_size_is_capped(store_path: Path) -> None:
    with Store(store_path, read_only=True) as store:
        page = query.event_page(store, EventFilter(), limit=10_000)
        total = store.counts()["events"]
    assert page.limit == query.MAX_PAGE_SIZE
    assert len(page.rows) == page.total == total


@pytest.mark.parametrize("value", ["quote'd", "x' OR '1'='1", "%", "d1; DROP TABLE events; --"])
def test_query_values_are_bound_never_formatted(store_path: Path, value: str) -> None:
    with Store(store_path, read_only=True) as store:
        before = store.counts()
        by_id = query.event_page(store, EventFilter(doc_id=value))
        by_text = query.event_page(store, EventFilter(text=value))
        assert store.counts() == before
    assert len(by_id.rows) == (1 if value == "quote'd" else 0)
    assert by_text.rows == []  # no sentence contains these


def test_query_cursor_round_trip(store_path: Path) -> None:
    cursor = query.encode_cursor("-date", dt.date(2022, 1, 5), "abc")
    assert query.decode_cursor(cursor, "-date") == (dt.date(2022, 1, 5), "abc")
    with pytest.raises(UsageError, match="sort"):
        query.decode_cursor(cursor, "goldstein")
    with pytest.raises(UsageError, match="not valid"):
        query.decode_cursor("@@@", "-date")


def test_query_actor_match_by_prefix_or_country(store_path: Path) -> None:
    with Store(store_path, read_only=True) as store:
        by_prefix = query.event_page(store, EventFilter(source=ActorMatch(prefixes=("USA",))))
        by_country = query.event_page(store, EventFilter(target=ActorMatch(countries=("RUS",))))
        nothing = query.event_page(store, EventFilter(actor=ActorMatch()))
    assert [r["source_code"] for r in by_prefix.rows] == ["USAGOV"]
    assert [r["target_code"] for r in by_country.rows] == ["RUS"]
    assert nothing.rows == []


def test_query_export_chunks_cover_every_row_once(store_path: Path) -> None:
    seen: list[str] = []
    after = None
    with Store(store_path, read_only=True) as store:
        while True:
            frame, after = query.export_chunk(store, unit="events", after=after, limit=5)
            seen += frame["cluster_id"].tolist()
            if after is None:
                break
        whole = store.export_frame(unit="events")
    assert sorted(seen) == sorted(whole["cluster_id"])
    assert len(set(seen)) == len(seen)


def test_query_article_missing_is_none(store_path: Path) -> None:
    with Store(store_path, read_only=True) as store:
        assert query.article(store, "nope") is None
        assert query.article(store, "d1")["events"]  # type: ignore[index]
