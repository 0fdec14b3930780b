"""Fixtures: the HTTP test store (the same hand-built documents as tests/http) and clients of
the app over it, with coding off and on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dyadic.http import ServeOptions, create_app
from dyadic.store import Store
from tests.http.conftest import build_documents

TOKEN = "s3cret-token-for-tests"
#: The largest text the coding client accepts, small so that oversized bodies are cheap to send.
MAX_CODE_CHARS = 2000


@pytest.fixture(scope="session")
def api_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reliability-http") / "events.duckdb"
    with Store(path) as store:
        store.write(build_documents())
    return path


@pytest.fixture(scope="session")
def api(api_store: Path) -> Iterator[TestClient]:
    """A client of the app with its defaults (coding off)."""
    with TestClient(create_app(ServeOptions(db=api_store)), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def coding_api(api_store: Path) -> Iterator[TestClient]:
    """A client of the app with POST /api/code on, behind a token, with a small text cap."""
    options = ServeOptions(
        db=api_store, allow_code=True, token=TOKEN, max_code_chars=MAX_CODE_CHARS
    )
    with TestClient(create_app(options), raise_server_exceptions=False) as c:
        yield c
