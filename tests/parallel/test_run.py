"""The driver with an inline executor: same results as one process, isolation of documents that
break their task, resumed runs, and bounded parts."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from spacy.language import Language

from dyadic.api import code
from dyadic.model import Reject
from dyadic.parallel import run as run_module
from dyadic.parallel.cluster import InlineExecutor
from dyadic.parallel.run import code_parallel
from dyadic.store import DATA_TABLES, Store
from tests.parallel.corpus import STORIES, write_jsonl, write_texts
from tests.parallel.poison import MARKER, flaky_task, make_flaky, raising_task


def store_tables(path: Path) -> dict[str, pd.DataFrame]:
    with Store(path, read_only=True) as store:
        return {t: store.table_frame(t) for t in DATA_TABLES}


def assert_same_store(a: Path, b: Path) -> None:
    left, right = store_tables(a), store_tables(b)
    for table in DATA_TABLES:
        pd.testing.assert_frame_equal(left[table], right[table], obj=table)


def test_inline_run_matches_a_run_in_one_process(nlp: Language, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "c.jsonl")
    texts = write_texts(tmp_path / "texts")
    inputs = [str(texts[0]), str(source), str(tmp_path / "missing.txt"), str(texts[1])]
    one, many = io.StringIO(), io.StringIO()
    expected = code(inputs, out=one, db=tmp_path / "one.duckdb")
    summary = code_parallel(
        inputs,
        out=many,
        db=tmp_path / "many.duckdb",
        executor=InlineExecutor(),
        partition_size=3,
        parts_dir=tmp_path / "parts",
    )
    assert many.getvalue() == one.getvalue()
    assert_same_store(tmp_path / "one.duckdb", tmp_path / "many.duckdb")
    for name in ("documents_in", "coded", "rejected", "events", "stored"):
        assert getattr(summary, name) == getattr(expected, name), name
    assert summary.rejects == expected.rejects
    assert summary.documents_in == summary.coded + summary.rejected == len(STORIES) + 4
    assert summary.partitions == 5  # text, 3 shards of the JSONL and the missing file, text
    assert list((tmp_path / "parts").iterdir()) == []  # merged parts are removed


def test_document_that_breaks_its_task_is_set_aside(nlp: Language, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "c.jsonl", poison=MARKER, bad_line=False)
    out = io.StringIO()
    summary = code_parallel(
        [str(source)], out=out, executor=InlineExecutor(), task=raising_task, partition_size=4
    )
    assert summary.split == 1
    assert summary.documents_in == len(STORIES) == summary.coded + summary.rejected
    (reject,) = summary.rejects
    assert (reject.doc_id, reject.stage, reject.position) == ("p03", "worker", 3)
    assert reject.input == str(source)
    assert "segfault stand-in" in reject.reason
    coded = [json.loads(line)["doc_id"] for line in out.getvalue().splitlines()]
    assert coded == [doc_id for doc_id, _, _ in STORIES if doc_id != "p03"]


def test_document_that_fails_once_alone_is_tried_again_not_rejected(
    nlp: Language, tmp_path: Path
) -> None:
    source = write_jsonl(tmp_path / "c.jsonl", poison=MARKER, bad_line=False)
    make_flaky(2)  # the partition fails, then the document alone fails once, then it works
    summary = code_parallel(
        [str(source)], executor=InlineExecutor(), task=flaky_task, partition_size=4
    )
    assert summary.split == 1
    assert summary.rejects == []
    assert summary.coded == len(STORIES)


def test_document_that_breaks_a_file_group_is_found_by_reading(
    nlp: Language, tmp_path: Path
) -> None:
    texts = write_texts(tmp_path / "texts", poison=MARKER)
    summary = code_parallel(
        [str(p) for p in texts], executor=InlineExecutor(), task=raising_task, partition_size=10
    )
    (reject,) = summary.rejects
    assert (reject.input, reject.doc_id, reject.stage) == (str(texts[1]), "p02", "worker")
    assert summary.coded == 3


def test_a_group_that_cannot_even_be_read_is_rejected_file_by_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = write_texts(tmp_path / "texts")

    def broken(*args: Any) -> Any:
        raise MemoryError("reading blew up")

    def unreadable(partition: Any) -> int:
        raise RuntimeError("reader crashed")

    monkeypatch.setattr(run_module, "count_items", unreadable)
    summary = code_parallel([str(p) for p in texts], executor=InlineExecutor(), task=broken)
    assert [r.input for r in summary.rejects] == [str(p) for p in texts]
    assert all(r.stage == "worker" and "reader crashed" in r.reason for r in summary.rejects)
    assert summary.documents_in == summary.rejected == 4


class _LostCluster(InlineExecutor):
    def fatal(self, error: BaseException) -> bool:
        return True


def test_a_lost_cluster_stops_the_run_instead_of_splitting(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "c.jsonl")

    def cancelled(*args: Any) -> Any:
        raise ConnectionError("scheduler gone")

    with pytest.raises(ConnectionError, match="scheduler gone"):
        code_parallel([str(source)], executor=_LostCluster(), task=cancelled)


def test_rerun_skips_documents_the_store_holds(nlp: Language, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "c.jsonl")
    db = tmp_path / "s.duckdb"

    def run() -> Any:
        return code_parallel([str(source)], db=db, executor=InlineExecutor(), partition_size=2)

    first = run()
    assert first.stored == len(STORIES)
    before = store_tables(db)
    again = run()
    assert again.already_stored == len(STORIES)
    assert (again.coded, again.rejected) == (0, 1)  # the malformed line is read again
    after = store_tables(db)
    for table in DATA_TABLES:
        pd.testing.assert_frame_equal(before[table], after[table], obj=table)
    with Store(db, read_only=True) as store:
        runs = store.runs_frame()
    assert list(runs["status"]) == ["finished", "finished"]
    assert json.loads(runs["options"].iloc[0])["workers"] == 2


def test_progress_reports_partitions_in_order(nlp: Language, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "c.jsonl", bad_line=False)
    seen: list[tuple[int, int]] = []
    results: list[str | None] = []
    on_result: Callable[[Any], None] = lambda r: results.append(r.doc_id)  # noqa: E731
    code_parallel(
        [str(source)],
        executor=InlineExecutor(),
        partition_size=2,
        on_progress=lambda merged, started: seen.append((merged, started)),
        on_result=on_result,
    )
    assert [merged for merged, _ in seen] == [1, 2, 3, 4]
    assert all(merged <= started for merged, started in seen)
    assert results == [doc_id for doc_id, _, _ in STORIES]


def test_rejects_from_reading_keep_their_place(tmp_path: Path) -> None:
    summary = code_parallel([str(tmp_path / "nothing-here.jsonl")], executor=InlineExecutor())
    (reject,) = summary.rejects
    assert isinstance(reject, Reject)
    assert reject.stage == "ingest"
    assert summary.documents_in == 1
