"""The HTTP face: a read-only JSON API over one store, and the dashboard (``dyadic serve``).

>>> from dyadic.http import ServeOptions, create_app
>>> app = create_app(ServeOptions(db=Path("dyadic.duckdb")))  # doctest: +SKIP

FastAPI loads when ``create_app`` (or another name below) is first used, so that importing the
options (as every ``dyadic`` command does) stays cheap.
"""

import importlib
import logging
from typing import TYPE_CHECKING, Any

from dyadic.http.options import ServeOptions

if TYPE_CHECKING:
    from dyadic.http.app import create_app
    from dyadic.http.errors import ApiError, error_body
    from dyadic.http.pool import StorePool
    from dyadic.http.thread import served

__all__ = ["ApiError", "ServeOptions", "StorePool", "create_app", "error_body", "served"]

_LAZY = {
    "create_app": "dyadic.http.app",
    "ApiError": "dyadic.http.errors",
    "error_body": "dyadic.http.errors",
    "StorePool": "dyadic.http.pool",
    "served": "dyadic.http.thread",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


logging.getLogger(__name__).addHandler(logging.NullHandler())
