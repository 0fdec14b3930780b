"""What ``dyadic serve`` is started with: the store, the limits and whether coding is on."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dyadic.store.query import MAX_PAGE_SIZE

#: Seconds any one store query may run (datasette's default is one second; aggregates over a
#: large store need more).
DEFAULT_TIME_LIMIT = 5.0
#: Characters ``POST /api/code`` accepts in one text (a long news article is ~20,000).
DEFAULT_MAX_CODE_CHARS = 100_000
#: Rows one export returns at most.
DEFAULT_MAX_EXPORT_ROWS = 1_000_000
#: Rows any other listing (panel rows, series periods, alerts) returns at most.
DEFAULT_MAX_ROWS = 10_000


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """Settings of the HTTP app.

    Args:
        db: the DuckDB store, opened read-only.
        allow_code: accept ``POST /api/code`` (off by default: coding costs CPU).
        token: when set, ``POST /api/code`` needs ``Authorization: Bearer <token>``.
        time_limit: seconds a store query may run before it is stopped.
        max_code_chars: the longest text ``POST /api/code`` accepts.
        max_page_size: rows per page of ``GET /api/events`` at most.
        max_rows: rows of panels, series and alert lists at most.
        max_export_rows: rows of one export at most.
        connections: read-only store connections shared by concurrent requests.
    """

    db: Path
    allow_code: bool = False
    token: str | None = None
    time_limit: float = DEFAULT_TIME_LIMIT
    max_code_chars: int = DEFAULT_MAX_CODE_CHARS
    max_page_size: int = MAX_PAGE_SIZE
    max_rows: int = DEFAULT_MAX_ROWS
    max_export_rows: int = DEFAULT_MAX_EXPORT_ROWS
    connections: int = 4
