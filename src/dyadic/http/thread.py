"""The HTTP API served from a thread of the calling process, on a free local port: for browser
tests, benchmarks and notebooks that want a live server without a second process.

>>> with served(ServeOptions(db=Path("dyadic.duckdb"))) as url:  # doctest: +SKIP
...     httpx.get(f"{url}/api/events")
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from dyadic.http.app import create_app
from dyadic.http.options import ServeOptions

#: How long to wait for the server to accept connections.
START_TIMEOUT_S = 30.0


@contextmanager
def served(options: ServeOptions, *, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve ``options``' store on a free port of ``host`` while the block runs; yields the base
    URL. Raises RuntimeError when the server does not start in time."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        port = int(probe.getsockname()[1])
    config = uvicorn.Config(create_app(options), host=host, port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT_S
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        if not server.started:
            raise RuntimeError(f"the server on {host}:{port} did not start")
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
