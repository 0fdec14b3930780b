"""Faults: a store write refused midway (a full disk, a read-only file) is a clear error with
exit 2 and leaves a store that reopens and resumes to the tables of an uninterrupted run; a Dask
worker killed mid-run is replaced and the run still codes everything.

The kill-and-resume test with a real SIGKILL of ``dyadic code`` is tests/store/test_resume.py.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from spacy.language import Language
from typer.testing import CliRunner

from dyadic.cli import app
from dyadic.store import Store
from tests.store.test_resume import assert_same, snapshot, write_corpus

runner = CliRunner()
N_DOCS = 300  # two store batches (256 + 44)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("faults")
    full = folder / "full.jsonl"
    write_corpus(full)
    path = folder / "corpus.jsonl"
    lines = full.read_text(encoding="utf-8").splitlines()[:N_DOCS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The tables of an uninterrupted run."""
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    result = runner.invoke(app, ["code", str(corpus), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return snapshot(db)


def _code(*args: str) -> Any:
    return runner.invoke(app, ["code", *args, "-q"])


def assert_consistent(db: Path) -> int:
    """The store opens and every row belongs to a stored document; returns the documents."""
    with Store(db, read_only=True) as store:
        tables = {t: store.table_frame(t) for t in ("documents", "sentences", "mentions")}
    ids = set(tables["documents"]["doc_id"])
    assert set(tables["sentences"]["doc_id"]) <= ids
    assert set(tables["mentions"]["doc_id"]) <= ids
    assert tables["documents"]["doc_id"].is_unique
    return len(ids)


@pytest.mark.slow
def test_write_refused_midway_exits_2_and_the_rerun_resumes(
    nlp: Language, corpus: Path, clean: dict[str, Any], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    db = tmp_path / "s.duckdb"
    calls = {"batches": 0, "inserts": 0}
    write_batch, insert = Store._write_batch, Store._insert

    def counting_batch(self: Store, documents: Any) -> int:
        calls["batches"] += 1
        return write_batch(self, documents)

    def failing_insert(self: Store, table: str, columns: Any, rows: Any) -> None:
        if calls["batches"] == 2 and table == "sentences":  # documents inserted, then the disk
            raise duckdb.IOException('Could not write file "s.duckdb.wal": No space left on device')
        insert(self, table, columns, rows)

    monkeypatch.setattr(Store, "_write_batch", counting_batch)
    monkeypatch.setattr(Store, "_insert", failing_insert)
    result = _code(str(corpus), "--db", str(db))
    monkeypatch.undo()

    assert result.exit_code == 2, result.output
    message = " ".join(result.output.split())
    assert "could not write to store" in message and "No space left on device" in message
    assert "Traceback" not in result.output
    assert assert_consistent(db) == 256  # the first batch, nothing of the second
    with Store(db, read_only=True) as store:
        assert list(store.runs_frame()["status"]) == ["failed"]

    result = _code(str(corpus), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "skipped 256 documents already in the store" in " ".join(result.output.split())
    assert_same(clean, snapshot(db))


# -- a real full disk and a real read-only file system (tmpfs mounts; root only) -----------------


@contextlib.contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    """A small tmpfs at ``path``; skips the test where mounting is not allowed."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


@pytest.mark.slow
def test_full_disk_exits_2_and_the_copied_store_resumes_elsewhere(
    nlp: Language, corpus: Path, clean: dict[str, Any], tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "tiny", "400k") as tiny:
        result = _code(str(corpus), "--db", str(tiny / "s.duckdb"))
        assert result.exit_code == 2, result.output
        message = " ".join(result.output.split())
        assert "No space left on device" in message, message
        assert "Traceback" not in result.output
        moved = tmp_path / "moved"
        moved.mkdir()
        for part in tiny.iterdir():
            shutil.copy(part, moved / part.name)
    db = moved / "s.duckdb"
    stored = assert_consistent(db)
    assert stored < N_DOCS
    result = _code(str(corpus), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert_same(clean, snapshot(db))


@pytest.mark.slow
def test_full_disk_for_the_output_file_exits_2(nlp: Language, corpus: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "tiny", "64k") as tiny:
        result = _code(str(corpus), "--no-store", "-o", str(tiny / "out.jsonl"))
    assert result.exit_code == 2, result.output
    message = " ".join(result.output.split())
    assert "could not write" in message and "No space left on device" in message, message


def test_read_only_file_system_exits_2_and_the_store_is_untouched(
    nlp: Language, tmp_path: Path
) -> None:
    mount = tmp_path / "ro"
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "a", "text": "Russia attacked Ukraine on Monday."}\n')
    more = tmp_path / "more.jsonl"
    more.write_text('{"id": "b", "text": "France criticised Germany on Tuesday."}\n')
    with tmpfs(mount, "4m"):
        db = mount / "s.duckdb"
        assert _code(str(good), "--db", str(db)).exit_code == 0
        before = snapshot(db)
        remount = subprocess.run(["mount", "-o", "remount,ro", str(mount)],
                                 capture_output=True, text=True, check=False)  # fmt: skip
        if remount.returncode != 0:
            pytest.skip(f"cannot remount read-only: {remount.stderr.strip()}")
        result = _code(str(more), "--db", str(db))
        assert result.exit_code == 2, result.output
        message = " ".join(result.output.split())
        assert "store" in message and "Read-only file system" in message, message
        assert_same(before, snapshot(db))
        result = _code(str(more), "--db", str(mount / "new.duckdb"))
        assert result.exit_code == 2, result.output


# -- a Dask worker killed mid-run ----------------------------------------------------------------


@pytest.mark.slow
def test_dask_worker_killed_mid_run_is_replaced_and_nothing_is_lost(
    corpus: Path, clean: dict[str, Any], tmp_path: Path
) -> None:
    import psutil

    from dyadic.api import code

    killed: list[int] = []

    def kill_one_worker(merged: int, started: int) -> None:
        if killed or merged < 1:
            return
        for child in psutil.Process().children():  # a LocalCluster's worker processes
            if "spawn_main" in " ".join(child.cmdline()):
                child.send_signal(signal.SIGKILL)
                killed.append(child.pid)
                return

    db = tmp_path / "dask.duckdb"
    summary = code([str(corpus)], db=db, workers=2, on_progress=kill_one_worker)

    assert killed, "no worker process was found to kill"
    assert not psutil.pid_exists(killed[0]) or psutil.Process(killed[0]).status() == "zombie"
    assert summary.documents_in == summary.coded == N_DOCS, summary.rejects[:3]
    assert summary.rejected == 0
    assert_same(clean, snapshot(db))
