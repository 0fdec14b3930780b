"""The store stage: DuckDB tables (the only package with SQL) and Parquet exchange."""

import logging

from dyadic.store.cluster import cluster_key
from dyadic.store.db import BATCH_SIZE, UNITS, Store, quote_identifier
from dyadic.store.schema import DATA_TABLES, SCHEMA_VERSION

__all__ = [
    "BATCH_SIZE",
    "DATA_TABLES",
    "SCHEMA_VERSION",
    "UNITS",
    "Store",
    "cluster_key",
    "quote_identifier",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
