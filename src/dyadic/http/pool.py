"""A few read-only store connections shared by the requests the server runs at once.

A DuckDB connection serves one query at a time, so each request checks one out and gives it
back; the file cannot be written while the server holds it open (DuckDB's lock), so whatever is
read once stays true and may be cached.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from dyadic.errors import StoreError
from dyadic.store import Store

#: Seconds a request waits for a free connection before it is told the server is busy.
CHECKOUT_TIMEOUT = 30.0


class BusyError(StoreError):
    """Every store connection stayed in use for longer than the checkout timeout."""


class StorePool:
    """Up to ``size`` read-only :class:`Store` objects over one file, opened on demand.

    Raises:
        StoreError: the file is missing, not a store, or locked by a writer (on the first open,
            which the constructor does to fail early).
    """

    def __init__(self, path: Path, *, size: int = 4, time_limit: float | None = None) -> None:
        self.path = Path(path)
        self.size = max(1, size)
        self.time_limit = time_limit
        self._idle: queue.LifoQueue[Store] = queue.LifoQueue()
        self._opened: list[Store] = []
        self._lock = threading.Lock()
        self._idle.put(self._open())

    def _open(self) -> Store:
        store = Store(self.path, read_only=True, time_limit=self.time_limit)
        self._opened.append(store)
        return store

    @contextlib.contextmanager
    def store(self) -> Iterator[Store]:
        """A connection for the duration of the block."""
        store: Store | None = None
        try:
            store = self._idle.get_nowait()
        except queue.Empty:
            with self._lock:
                if len(self._opened) < self.size:
                    store = self._open()
            if store is None:
                try:
                    store = self._idle.get(timeout=CHECKOUT_TIMEOUT)
                except queue.Empty:
                    raise BusyError(
                        "the server is busy (every store connection is in use); try again",
                        stage="store",
                    ) from None
        try:
            yield store
        finally:
            self._idle.put(store)

    def close(self) -> None:
        with self._lock:
            for store in self._opened:
                store.close()
            self._opened.clear()


class ResultCache:
    """Results of expensive reads keyed by their parameters (least recently used dropped)."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._items: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """The cached value of ``key``, computed (outside the lock) when missing."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = compute()
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value
