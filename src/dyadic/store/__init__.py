"""The store stage: DuckDB tables (the only package with SQL) and Parquet exchange."""

import logging

from dyadic.store.db import SCHEMA_VERSION, Store, quote_identifier

__all__ = ["SCHEMA_VERSION", "Store", "quote_identifier"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
