"""docs/SCALING.md states the options, settings and numbers the code uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadic.parallel import cluster, partition, run, worker

SCALING = (Path(__file__).resolve().parents[2] / "docs" / "SCALING.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text",
    ["--workers N", "--scheduler ADDRESS", "--workers 1", run.PARTS_DIR_ENV, "stage `worker`",
     "exit code 1", "dask-kubernetes", "dask-jobqueue", "SLURMCluster", "KubeCluster"],
)  # fmt: skip
def test_scaling_doc_names_the_options_and_tools(text: str) -> None:
    assert text in SCALING


@pytest.mark.parametrize(
    ("number", "phrase"),
    [
        (partition.PARTITION_SIZE, "shards of {} documents"),
        (partition.PARTITION_SIZE, "up to {} files"),
        (partition.GROUP_BYTES // 2**20, "or {} MB"),
        (worker.ROW_GROUP, "{} documents per row group"),
        (run.SPLIT_WAYS, "split into {} pieces"),
        (cluster.RETRIES, "retried by Dask {}"),
        (cluster.ALLOWED_FAILURES, "`allowed-failures` set to {}"),
    ],
)
def test_scaling_doc_numbers_match_the_code(number: int, phrase: str) -> None:
    words = {1: "once", 2: "twice"}
    assert phrase.format(number) in SCALING or phrase.format(words.get(number, number)) in SCALING
