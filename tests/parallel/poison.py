"""A partition task that breaks on marked documents, to test how the driver isolates them.

Module-level functions, so that Dask workers import them by name like the real task.
"""

from __future__ import annotations

import os
from typing import Any

from dyadic.parallel.partition import Partition, items
from dyadic.parallel.worker import TaskOptions, code_partition

#: A document whose text holds this marker breaks the task that codes it.
MARKER = "POISON-PILL"


def _poisoned(partition: Partition) -> bool:
    return any(MARKER in getattr(item, "text", "") for item in items(partition))


def raising_task(partition: Partition, options: TaskOptions, parts_dir: str) -> dict[str, Any]:
    """Like code_partition, but raises on a partition holding a marked document."""
    if _poisoned(partition):
        raise RuntimeError("segfault stand-in")
    return code_partition(partition, options, parts_dir)


def killing_task(partition: Partition, options: TaskOptions, parts_dir: str) -> dict[str, Any]:
    """Like code_partition, but kills its worker process on a marked document (a real crash)."""
    if _poisoned(partition):
        os._exit(13)
    return code_partition(partition, options, parts_dir)


_flaky_failures = {"left": 0}


def make_flaky(failures: int) -> None:
    """Let :func:`flaky_task` fail ``failures`` times on marked documents, then succeed."""
    _flaky_failures["left"] = failures


def flaky_task(partition: Partition, options: TaskOptions, parts_dir: str) -> dict[str, Any]:
    """Fails on a marked document a set number of times (a worker lost to a neighbour's crash),
    then codes it."""
    if _poisoned(partition) and _flaky_failures["left"] > 0:
        _flaky_failures["left"] -= 1
        raise RuntimeError("collateral damage")
    return code_partition(partition, options, parts_dir)
