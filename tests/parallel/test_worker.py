"""Unit tests for the worker side: a partition coded into a Parquet part, counted, described."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
from spacy.language import Language

from dyadic.model import Document, Reject
from dyadic.parallel.partition import Partition, items, plan
from dyadic.parallel.worker import (
    PART_SCHEMA,
    TaskOptions,
    code_partition,
    count_items,
    describe_item,
    read_part,
    worker_coder,
)
from dyadic.pipeline import Coder
from tests.parallel.corpus import STORIES, write_jsonl, write_texts


def test_code_partition_writes_the_same_results_as_the_coder(nlp: Language, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "c.jsonl")
    (partition,) = plan([str(source)], size=100)
    summary = code_partition(partition, TaskOptions(), str(tmp_path))
    part = Path(summary["path"])
    assert part.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left
    results = read_part(part)
    expected = list(Coder().code(items(partition)))
    assert results == expected
    assert [r.sentences for r in results if isinstance(r, Document)] == [
        r.sentences for r in expected if isinstance(r, Document)
    ]
    assert summary["items"] == len(STORIES) + 1
    assert summary["rejects"] == 1
    assert summary["documents"] == len(STORIES)
    assert summary["events"] == sum(len(r.events) for r in results if isinstance(r, Document))
    assert pq.read_schema(part).names == PART_SCHEMA.names
    kinds = pq.read_table(part, columns=["kind"]).column("kind").to_pylist()
    assert kinds.count("reject") == 1


def test_code_partition_of_a_range_codes_only_that_range(nlp: Language, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "c.jsonl", bad_line=False)
    (partition,) = plan([str(source)], size=100)
    summary = code_partition(partition.slice(2, 4), TaskOptions(), str(tmp_path))
    assert [r.doc_id for r in read_part(summary["path"])] == ["p03", "p04"]
    assert Path(summary["path"]).name == "part-000000-000002-4.parquet"


def test_code_partition_with_nothing_to_code_writes_an_empty_part(tmp_path: Path) -> None:
    summary = code_partition(Partition(5, records=()), TaskOptions(), str(tmp_path))
    assert summary["items"] == 0
    assert read_part(summary["path"]) == []


def test_worker_coder_is_built_once_per_process_and_options() -> None:
    assert worker_coder(TaskOptions()) is worker_coder(TaskOptions())
    dated = worker_coder(TaskOptions(date="2021-06-16"))
    assert dated is not worker_coder(TaskOptions())
    assert str(dated.default_date) == "2021-06-16"


def test_count_and_describe_items_of_a_file_group(tmp_path: Path) -> None:
    paths = write_texts(tmp_path / "texts")
    group = Partition(0, files=tuple(str(p) for p in paths))
    assert count_items(group) == 4
    assert count_items(group.slice(1, 3)) == 2
    where = describe_item(group.slice(2, 3))
    assert where == {"input": str(paths[2]), "position": None, "doc_id": "p03"}
    missing = Partition(1, files=(str(tmp_path / "gone.txt"),))
    assert describe_item(missing)["input"] == str(tmp_path / "gone.txt")
    assert describe_item(group.slice(9, 10))["doc_id"] is None


def test_read_part_returns_rejects_and_documents_in_order(nlp: Language, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "c.jsonl")
    (partition,) = plan([str(source)], size=100)
    results = read_part(code_partition(partition, TaskOptions(), str(tmp_path))["path"])
    kinds = ["reject" if isinstance(r, Reject) else "document" for r in results]
    assert kinds[2] == "reject"  # the malformed line follows p02
    assert kinds.count("document") == len(STORIES)
