"""The parallel stage: the same coding on a Dask cluster (``dyadic code --workers N``).

Inputs are split into partitions (record shards of JSONL/CSV, groups of files, single WARC
files); each worker loads the pipeline once, codes its partitions into Parquet parts, and the
driver merges the parts into the output and the DuckDB store in input order. See docs/SCALING.md.
"""

import logging

from dyadic.parallel.cluster import DaskExecutor, Executor, InlineExecutor, dask_executor
from dyadic.parallel.partition import PARTITION_SIZE, Partition, plan
from dyadic.parallel.run import PARTS_DIR_ENV, ParallelSummary, code_parallel
from dyadic.parallel.worker import TaskOptions, code_partition, read_part

__all__ = [
    "PARTITION_SIZE",
    "PARTS_DIR_ENV",
    "DaskExecutor",
    "Executor",
    "InlineExecutor",
    "ParallelSummary",
    "Partition",
    "TaskOptions",
    "code_parallel",
    "code_partition",
    "dask_executor",
    "plan",
    "read_part",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
