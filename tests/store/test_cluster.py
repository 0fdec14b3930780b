"""Cross-article clustering: which mentions become one event, and incremental = from scratch."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadic.store import Store
from dyadic.store.cluster import cluster_key, modality_group
from tests.store.factories import document, event


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (("RUSMIL", "RUS"), ("UKR", "UKR"), "RUS|UKR|19|factual"),  # international: countries
        (("RUS", "RUS"), ("UKRGOV", "UKR"), "RUS|UKR|19|factual"),
        (("IGOEUREEC", None), ("RUSGOV", "RUS"), "IGOEUREEC|RUS|19|factual"),  # IGO stays whole
        (("RUSCOP", "RUS"), ("RUSOPP", "RUS"), "RUSCOP|RUSOPP|19|factual"),  # domestic: sectors
        (("UKRCVL", "UKR"), (None, None), "UKRCVL|-|19|factual"),  # no target
    ],
)
def test_cluster_key_levels(
    source: tuple[str | None, str | None], target: tuple[str | None, str | None], expected: str
) -> None:
    assert cluster_key(*source, *target, "19", "asserted") == expected


@pytest.mark.parametrize(
    ("modality", "group"),
    [
        ("asserted", "factual"),
        ("reported_past", "factual"),
        ("negated", "negated"),
        (None, "unknown"),
    ],
)
def test_modality_group(modality: str | None, group: str) -> None:
    assert modality_group(modality) == group


def _day(day: int) -> str:
    return f"2022-02-{day:02d}"


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ([1, 2], {1: 2}),  # within a day: one event
        ([1, 3], {1: 1, 3: 1}),  # two days apart: separate events
        ([1, 2, 3, 4, 5], {1: 2, 3: 2, 5: 1}),  # daily reports do not merge into one endless event
        ([2, 1, 2], {1: 3}),  # order does not matter
        ([1, 4, 5], {1: 1, 4: 2}),
    ],
)
def test_events_are_two_day_windows_from_block_start(
    days: list[int], expected: dict[int, int]
) -> None:
    docs = [
        document(f"d{i}", "2022-02-28", (event("RUS", "UKR", "190", _day(day)),))
        for i, day in enumerate(days)
    ]
    with Store(":memory:") as store:
        store.write(docs)
        events = store.events_frame()
    got = {ts.day: n for ts, n in zip(events["first_date"], events["num_mentions"], strict=True)}
    assert got == expected


def test_undated_mentions_are_events_of_their_own() -> None:
    docs = [document(f"d{i}", None, (event("RUS", "UKR", "190", None),)) for i in range(2)]
    with Store(":memory:") as store:
        store.write(docs)
        assert store.events_frame()["num_mentions"].tolist() == [1, 1]


def _written(store: Store, writes: list[list[tuple[str, int]]]) -> None:
    for batch in writes:
        store.write(
            [
                document(name, "2022-02-28", (event("RUS", "UKR", "190", _day(day)),))
                for name, day in batch
            ]
        )


@pytest.mark.parametrize(
    "writes",
    [
        [[("a", 1), ("b", 2), ("c", 3), ("d", 4)], [("e", 5)]],  # appending to a block
        [[("b", 2), ("c", 3), ("d", 4)], [("a", 1)]],  # prepending shifts every window
        [[("a", 1), ("c", 3)], [("b", 2)]],  # filling a gap merges two blocks
        [[("a", 1), ("b", 2), ("c", 3), ("d", 4)], [("b", 9)]],  # moving a day splits a block
        [[("a", 1), ("b", 2)], [("b", 2)], [("a", 7)]],  # rewrite, no-op, move
    ],
)
def test_incremental_writes_equal_one_write(writes: list[list[tuple[str, int]]]) -> None:
    final: dict[str, int] = {}
    for batch in writes:
        final.update(batch)
    with Store(":memory:") as incremental, Store(":memory:") as scratch:
        _written(incremental, writes)
        _written(scratch, [sorted(final.items())])
        for table, key in (("events", "cluster_id"), ("mentions", "mention_id")):
            pd.testing.assert_frame_equal(
                incremental.table_frame(table, order_by=[key]),
                scratch.table_frame(table, order_by=[key]),
            )


def test_events_across_articles_count_articles_and_sources(tmp_path: Path) -> None:
    docs = [
        document(
            "a", "2022-02-24", (event("RUSMIL", "UKR", "190", "2022-02-24"),), source="Wire A"
        ),
        document(
            "b", "2022-02-25", (event("RUS", "UKRGOV", "195", "2022-02-25"),), source="Wire B"
        ),
        document("c", "2022-02-25", (event("RUS", "UKR", "193", "2022-02-24"),), source="Wire A"),
        document("d", "2022-02-25", (event("RUS", "UKR", "112", "2022-02-25"),)),  # other root
        document(
            "e",
            "2022-02-25",
            (event("RUS", "UKR", "190", "2022-02-25", modality="negated"),),  # a denial
        ),
    ]
    with Store(tmp_path / "c.duckdb") as store:
        store.write(docs)
        events = store.events_frame().set_index("cluster_key")
        fighting = events.loc["RUS|UKR|19|factual"]
        assert fighting["num_articles"] == 3
        assert fighting["num_mentions"] == 3
        assert fighting["num_sources"] == 2
        assert sorted(fighting["doc_ids"]) == ["a", "b", "c"]
        assert len(events) == 3
        mentions = store.mentions_frame()
        assert mentions["cluster_id"].notna().all()
        assert set(mentions["cluster_id"]) == set(store.events_frame()["cluster_id"])


def test_representative_is_most_confident_mention(tmp_path: Path) -> None:
    docs = [
        document("a", "2022-02-24", (event("RUS", "UKR", "190", "2022-02-24", confidence=0.5),)),
        document("b", "2022-02-24", (event("RUS", "UKR", "193", "2022-02-24", confidence=0.9),)),
    ]
    with Store(tmp_path / "r.duckdb") as store:
        store.write(docs)
        (row,) = store.events_frame().to_dict("records")
        assert row["cameo"] == "193"
        assert row["doc_id"] == "b"
        assert row["confidence"] == pytest.approx(0.9)


# -- incremental clustering equals clustering from scratch -------------------------------------

KEYS = [("RUS", "UKR", "190"), ("USAGOV", "RUSGOV", "040")]

# few keys and a short month so that blocks of consecutive days form, merge and split
mention_strategy = st.tuples(st.integers(0, len(KEYS) - 1), st.one_of(st.none(), st.integers(0, 6)))
doc_strategy = st.lists(mention_strategy, min_size=0, max_size=4)


def _doc(name: str, mentions: list[tuple[int, int | None]], version: int) -> object:
    events = tuple(
        event(
            *KEYS[k],
            None if day is None else f"2022-03-{day + 1:02d}",
            sentence_index=i,
            event_id=f"{name}-{i}",
        )
        for i, (k, day) in enumerate(mentions)
    )
    return document(name, "2022-03-15", events, text=f"{name} v{version} {mentions}")


@pytest.mark.slow
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    docs=st.lists(doc_strategy, min_size=1, max_size=8),
    rewrites=st.lists(st.tuples(st.integers(0, 7), doc_strategy), max_size=4),
    batch=st.integers(1, 4),
)
def test_incremental_clustering_equals_from_scratch(
    docs: list[list[tuple[int, int | None]]],
    rewrites: list[tuple[int, list[tuple[int, int | None]]]],
    batch: int,
) -> None:
    final = {f"d{i}": (m, 0) for i, m in enumerate(docs)}
    with Store(":memory:") as incremental:
        written = [_doc(name, m, v) for name, (m, v) in final.items()]
        for start in range(0, len(written), batch):
            incremental.write(written[start : start + batch])
        for n, (index, mentions) in enumerate(rewrites):
            name = f"d{index % len(docs)}"
            final[name] = (mentions, n + 1)
            incremental.write([_doc(name, mentions, n + 1)])
        got = incremental.table_frame("events", order_by=["cluster_id"])
        got_members = incremental.table_frame("mentions", order_by=["mention_id"])
    with Store(":memory:") as scratch:
        scratch.write([_doc(name, m, v) for name, (m, v) in sorted(final.items())])
        want = scratch.table_frame("events", order_by=["cluster_id"])
        want_members = scratch.table_frame("mentions", order_by=["mention_id"])
    pd.testing.assert_frame_equal(got, want)
    pd.testing.assert_frame_equal(got_members, want_members)
