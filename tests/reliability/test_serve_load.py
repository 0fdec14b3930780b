"""``dyadic serve`` as a real process on 127.0.0.1: a short load smoke (the full run is
``make load``, figures in docs/RELIABILITY.md) and slow clients that hold connections open
without starving the others."""

from __future__ import annotations

import contextlib
import importlib.util
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

LOAD_SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "load.py"


def _load_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dyadic_benchmark_load", LOAD_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


load = _load_module()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("load") / "load.duckdb"
    load.build_store(db, 3000)
    with load.serve(db) as base:
        yield base


@pytest.fixture(scope="module")
def paths(server: str) -> list[str]:
    return list(load.event_queries(server, dyads=3))


def test_load_smoke_closed_loop_has_no_errors(server: str, paths: list[str]) -> None:
    result: Any = load.drive(server, paths, clients=10, duration=3.0)
    summary = result.summary()
    assert summary["requests"] >= 10, summary
    assert summary["server_errors"] == 0 and not summary["connection_errors"], summary
    assert summary["statuses"] == {200: summary["requests"]}, summary


def test_load_smoke_at_a_fixed_rate_answers_every_request(server: str, paths: list[str]) -> None:
    result: Any = load.drive(server, paths, clients=5, duration=2.0, rate=10.0)
    summary = result.summary()
    assert 15 <= summary["requests"] <= 25, summary
    assert summary["statuses"] == {200: summary["requests"]}, summary


def _slow_client(base: str) -> socket.socket:
    host, port = base.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=5)
    sock.sendall(b"GET /api/meta HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
    return sock


def test_slow_clients_do_not_starve_the_others(server: str, paths: list[str]) -> None:
    slow = [_slow_client(server) for _ in range(200)]
    try:
        for _ in range(3):  # they keep trickling bytes of a header that never ends
            for sock in slow:  # the server may close an idle connection: that is fine too
                with contextlib.suppress(OSError):
                    sock.sendall(b"a")
            started = time.perf_counter()
            with httpx.Client(base_url=server, timeout=10) as client:
                for path in paths[:5]:
                    assert client.get(path).status_code == 200
            assert time.perf_counter() - started < 10
            time.sleep(0.5)
    finally:
        for sock in slow:
            sock.close()
    assert httpx.get(f"{server}/api/meta", timeout=10).status_code == 200


def test_slow_body_upload_does_not_block_reads(server: str) -> None:
    host, port = server.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=5)
    try:
        sock.sendall(b"POST /api/code HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 100000\r\n\r\n{\"text\": \"")  # fmt: skip
        assert httpx.get(f"{server}/api/meta", timeout=10).status_code == 200
    finally:
        sock.close()
