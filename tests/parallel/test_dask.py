"""A real Dask LocalCluster: `--workers 2` gives exactly the events of `--workers 1`, and a
document that kills its worker process is set aside while the run goes on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadic.cli import app
from dyadic.parallel.run import code_parallel
from dyadic.settings import DATA_DIR
from tests.parallel.corpus import STORIES, write_jsonl
from tests.parallel.poison import MARKER, killing_task
from tests.parallel.test_run import assert_same_store

SAMPLE = DATA_DIR / "sample" / "sample_news.jsonl"
runner = CliRunner()


@pytest.mark.slow
def test_code_with_two_workers_gives_the_same_events_as_one(tmp_path: Path) -> None:
    runs = {}
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.jsonl"
        db = tmp_path / f"w{workers}.duckdb"
        result = runner.invoke(
            app, ["code", str(SAMPLE), "-o", str(out), "--db", str(db), "--workers", workers, "-q"]
        )
        assert result.exit_code == 0, result.output
        assert "documents in: 64 = coded 64 + rejected 0" in result.output
        runs[workers] = out.read_text(encoding="utf-8")
    one = [json.loads(line) for line in runs["1"].splitlines()]
    two = [json.loads(line) for line in runs["2"].splitlines()]
    assert sum(len(d["events"]) for d in one) > 100  # the sample does code into events
    assert [e["event_id"] for d in two for e in d["events"]] == [
        e["event_id"] for d in one for e in d["events"]
    ]
    assert runs["2"] == runs["1"]  # every field, byte for byte, in the same order
    assert_same_store(tmp_path / "w1.duckdb", tmp_path / "w2.duckdb")


@pytest.mark.slow
def test_document_that_kills_its_worker_is_set_aside(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "c.jsonl", poison=MARKER, bad_line=False)
    out = io.StringIO()
    summary = code_parallel(
        [str(source)], out=out, workers=2, task=killing_task, partition_size=4,
        parts_dir=tmp_path / "parts",
    )  # fmt: skip
    (reject,) = summary.rejects
    assert (reject.doc_id, reject.stage, reject.position) == ("p03", "worker", 3)
    assert "KilledWorker" in reject.reason
    coded = [json.loads(line)["doc_id"] for line in out.getvalue().splitlines()]
    assert coded == [doc_id for doc_id, _, _ in STORIES if doc_id != "p03"]
    assert summary.documents_in == summary.coded + summary.rejected == len(STORIES)


def test_unreachable_scheduler_is_a_usage_error(tmp_path: Path) -> None:
    import dask
    import distributed  # noqa: F401 (its defaults must be in dask's config before we override one)

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = runner.invoke(
            app,
            ["code", str(SAMPLE), "--no-store", "-o", str(tmp_path / "o.jsonl"),
             "--scheduler", "tcp://127.0.0.1:9"],
        )  # fmt: skip
    assert result.exit_code == 2, result.output
    assert "cannot reach the Dask scheduler" in result.output


def _sleep(seconds: float) -> float:
    import time

    time.sleep(seconds)
    return seconds


def test_executor_stops_waiting_once_no_worker_is_left(monkeypatch: pytest.MonkeyPatch) -> None:
    from distributed import Client, LocalCluster

    from dyadic.errors import UsageError
    from dyadic.parallel import cluster as cluster_module

    monkeypatch.setattr(cluster_module, "POLL_SECONDS", 0.2)
    with (
        LocalCluster(n_workers=1, processes=False, dashboard_address=None) as local,
        Client(local) as client,
    ):
        executor = cluster_module.DaskExecutor(client, patience=0.5)
        handle = executor.submit(_sleep, 0.0)
        assert executor.next_done()[:2] == (handle, 0.0)
        executor.submit(_sleep, 30.0)
        local.scale(0)
        with pytest.raises(UsageError, match="no Dask workers"):
            executor.next_done()
