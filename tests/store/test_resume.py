"""A `dyadic code` subprocess killed with SIGKILL resumes to the same tables as a clean run."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from dyadic.store import DATA_TABLES, Store

ACTORS = (
    "Russia", "Ukraine", "The United States", "China", "France", "Germany", "NATO",
    "The European Union",
)  # fmt: skip
ACTIONS = (
    "accused {b} of violating the ceasefire",
    "met officials from {b} in Geneva",
    "imposed sanctions on {b}",
    "praised {b} for its restraint",
    "attacked positions held by {b}",
    "rejected a proposal from {b}",
    "signed a trade agreement with {b}",
    "threatened {b} with retaliation",
)
N_DOCS = 700  # almost three store batches of 256


def write_corpus(path: Path) -> None:
    """Short synthetic news items (written here, not taken from any corpus)."""
    with path.open("w", encoding="utf-8") as handle:
        for i in range(N_DOCS):
            source = ACTORS[i % len(ACTORS)]
            target = ACTORS[(2 * i + 1) % len(ACTORS)]
            if target == source:
                target = ACTORS[(i + 3) % len(ACTORS)]
            action = ACTIONS[(i // 3) % len(ACTIONS)].format(b=target.replace("The ", "the "))
            record = {
                "id": f"doc-{i:04d}",
                "date": (dt.date(2022, 1, 1) + dt.timedelta(days=i % 90)).isoformat(),
                "title": f"Item {i}",
                "source": f"Wire {i % 3}",
                "text": f"{source} {action} on Monday, officials said. Item {i}.",
            }
            handle.write(json.dumps(record) + "\n")


def dyadic_command(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("dyadic")
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-c", "from dyadic.cli import main; main()", *args]


def run_code(corpus: Path, db: Path) -> None:
    done = subprocess.run(
        dyadic_command("code", str(corpus), "--db", str(db)),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def snapshot(db: Path) -> dict[str, pd.DataFrame]:
    with Store(db, read_only=True) as store:
        return {t: store.table_frame(t) for t in DATA_TABLES}


def assert_same(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame]) -> None:
    for table, frame in left.items():
        pd.testing.assert_frame_equal(frame, right[table], obj=table)


def kill_after_first_batch(corpus: Path, db: Path, out: Path) -> None:
    """Start a run, wait until more than one batch was coded (so one is committed), SIGKILL it."""
    process = subprocess.Popen(
        dyadic_command("code", str(corpus), "--db", str(db), "-o", str(out)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and process.poll() is None:
            if out.exists() and out.read_text(encoding="utf-8").count("\n") >= 300:
                break
            time.sleep(0.05)
        assert process.poll() is None, "the run finished before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_code_twice_and_killed_run_resume_give_same_tables(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)

    clean = tmp_path / "clean.duckdb"
    run_code(corpus, clean)
    once = snapshot(clean)
    assert len(once["documents"]) == N_DOCS
    assert len(once["mentions"]) > 0, "the coder found no events: the test would prove little"
    run_code(corpus, clean)  # coding the same input twice changes nothing
    assert_same(once, snapshot(clean))

    killed = tmp_path / "killed.duckdb"
    kill_after_first_batch(corpus, killed, tmp_path / "partial.jsonl")
    with Store(killed, read_only=True) as store:
        stored = store.counts()["documents"]
    assert 0 < stored < N_DOCS, f"{stored} documents stored before the kill"
    run_code(corpus, killed)
    assert_same(once, snapshot(killed))

    with Store(killed, read_only=True) as store:
        runs = store.runs_frame()
    assert sorted(runs["status"]) == ["finished", "interrupted"]
    resumed = runs[runs["status"] == "finished"].iloc[0]
    assert resumed["already_stored"] == stored
    assert resumed["coded"] == N_DOCS - stored
