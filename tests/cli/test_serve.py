"""`dyadic serve`: fails clearly without a store; serves the API and the dashboard with one."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadic.cli import app
from dyadic.store import Store
from tests.store.factories import document, event


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "serve.duckdb"
    with Store(path) as store:
        store.write([document("d1", "2022-02-24", (event("RUSMIL", "UKR", "190", "2022-02-24"),))])
    return path


@pytest.mark.parametrize("name", ["missing.duckdb", "not-a-store.duckdb"])
def test_serve_without_a_store_fails_with_usage_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.startswith("not"):
        path.write_text("plain text, not DuckDB", encoding="utf-8")
    result = CliRunner().invoke(app, ["serve", "--db", str(path), "--port", str(free_port())])
    assert result.exit_code == 2
    assert "error" in result.output.lower()


@pytest.mark.slow
def test_serve_answers_on_the_printed_address(store_path: Path) -> None:
    port = free_port()
    command = [
        sys.executable, "-c", "from dyadic.cli import main; main()",
        "serve", "--db", str(store_path), "--port", str(port),
    ]  # fmt: skip
    server = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        address = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        body = None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"{address}/api/meta", timeout=5) as response:
                    body = json.loads(response.read())
                break
            except OSError:
                time.sleep(0.5)
        assert body is not None, "the server did not answer"
        assert body["counts"]["events"] == 1
        with urllib.request.urlopen(f"{address}/", timeout=5) as response:
            assert b"Dyadic" in response.read()
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in stderr
