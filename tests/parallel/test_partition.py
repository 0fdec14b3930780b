"""Unit tests for partitioning inputs: record shards, file groups, order, rejects, ranges."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from dyadic.ingest.record import RawDocument
from dyadic.model import Reject
from dyadic.parallel.partition import (
    GROUP_BYTES,
    Partition,
    _driver_reads,
    item_from_record,
    item_to_record,
    items,
    plan,
)


def _jsonl(path: Path, ids: list[str]) -> Path:
    lines = [json.dumps({"id": i, "text": f"Text of {i}.", "date": "2021-06-16"}) for i in ids]
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


def _ids(partition: Partition) -> list[str | None]:
    return [item.doc_id for item in items(partition)]


@pytest.mark.parametrize(
    ("origin", "fmt", "expected"),
    [
        ("corpus.jsonl", "auto", True),
        ("corpus.jsonl.gz", "auto", True),
        ("table.csv", "auto", True),
        ("crawl.warc.gz", "auto", False),
        ("page.html", "auto", False),
        ("story.txt", "auto", False),
        ("https://example.org/feed.jsonl", "auto", False),
        ("-", "auto", True),
        ("anything.dat", "jsonl", True),
        ("corpus.jsonl", "text", False),
    ],
)
def test_driver_reads_record_formats_and_stdin(origin: str, fmt: str, expected: bool) -> None:
    assert _driver_reads(origin, fmt) is expected


def test_plan_shards_a_jsonl_file_in_order(tmp_path: Path) -> None:
    ids = [f"d{i:02d}" for i in range(10)]
    source = _jsonl(tmp_path / "c.jsonl.gz", ids)
    partitions = list(plan([str(source)], size=4))
    assert [p.index for p in partitions] == [0, 1, 2]
    assert [len(p.records) for p in partitions] == [4, 4, 2]
    assert [i for p in partitions for i in _ids(p)] == ids
    assert all(not p.files for p in partitions)


def test_plan_carries_missing_inputs_as_rejects_in_order(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "c.jsonl", ["a", "b"])
    partitions = list(plan([str(tmp_path / "missing.jsonl"), str(source)], size=10))
    (only,) = partitions
    found = list(items(only))
    assert isinstance(found[0], Reject)
    assert found[0].input.endswith("missing.jsonl")
    assert [i.doc_id for i in found[1:]] == ["a", "b"]


def test_plan_groups_small_files_and_keeps_input_order(tmp_path: Path) -> None:
    texts = []
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"Story {name}.", encoding="utf-8")
        texts.append(str(path))
    shard = _jsonl(tmp_path / "m.jsonl", ["j1", "j2"])
    partitions = list(plan([texts[0], texts[1], str(shard), texts[2]], size=2))
    assert [(p.files, len(p.records)) for p in partitions] == [
        ((texts[0], texts[1]), 0),
        ((), 2),
        ((texts[2],), 0),
    ]
    assert [i for p in partitions for i in _ids(p)] == ["a", "b", "j1", "j2", "c"]


def test_plan_puts_a_large_file_in_a_partition_of_its_own(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_text("A short story.", encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (GROUP_BYTES + 1))
    partitions = list(plan([str(small), str(big), str(small)], size=10))
    assert [p.files for p in partitions] == [(str(small),), (str(big),), (str(small),)]


def test_plan_keep_skips_documents_and_reports_each_shard_once(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "c.jsonl", [f"d{i}" for i in range(6)])
    seen: list[list[str]] = []

    def keep(raws: list[RawDocument]) -> list[bool]:
        seen.append([r.doc_id for r in raws])
        return [int(r.doc_id[1:]) % 2 == 0 for r in raws]

    partitions = list(plan([str(source)], size=2, keep=keep))  # type: ignore[arg-type]
    assert [i for p in partitions for i in _ids(p)] == ["d0", "d2", "d4"]
    assert sorted(i for chunk in seen for i in chunk) == [f"d{i}" for i in range(6)]


@pytest.mark.parametrize("size", [0, -3])
def test_plan_rejects_a_partition_size_below_one(size: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(plan(["x.jsonl"], size=size))


@pytest.mark.parametrize(
    ("start", "stop", "expected"),
    [(0, None, ["a", "b", "c", "d"]), (1, 3, ["b", "c"]), (3, 4, ["d"]), (4, 9, [])],
)
def test_items_slices_shards_and_file_groups_alike(
    tmp_path: Path, start: int, stop: int | None, expected: list[str]
) -> None:
    source = _jsonl(tmp_path / "c.jsonl", ["a", "b", "c", "d"])
    (shard,) = plan([str(source)], size=10)
    group = Partition(0, files=(str(source),))
    assert _ids(shard.slice(start, stop)) == expected
    assert _ids(group.slice(start, stop)) == expected


def test_plan_shards_a_forced_record_format_whatever_the_file_name(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "c.dat", ["a", "b"])
    (shard,) = plan([str(source)], size=10, fmt="jsonl")
    assert len(shard.records) == 2
    assert _ids(shard) == ["a", "b"]


def test_partition_size_is_known_for_shards_and_ranges_only(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "c.jsonl", ["a", "b", "c"])
    (shard,) = plan([str(source)], size=10)
    assert shard.size == 3
    assert shard.slice(1, 3).size == 2
    files = Partition(0, files=(str(source),))
    assert files.size is None
    assert files.slice(0, 2).size == 2
    assert "partition 0" in files.describe()


@pytest.mark.parametrize(
    "item", [RawDocument("a", "Text.", origin="f", position=2), Reject("f", 3, "bad", "ingest")]
)
def test_item_record_round_trip(item: RawDocument | Reject) -> None:
    assert item_from_record(item_to_record(item)) == item
