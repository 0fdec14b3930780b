"""A live server over a small store, and headless Chromium (Debian's, never a downloaded one)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dyadic.http import ServeOptions, served
from dyadic.model import Document
from dyadic.store import Store
from tests.http.conftest import build_documents
from tests.store.factories import event

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = (
    Path(os.environ.get("DYADIC_ARTIFACTS", Path(__file__).resolve().parents[2] / "artifacts"))
    / "web"
)
HOSTILE = '<img src=x onerror="document.body.dataset.pwned=1">'


def hostile_document() -> Document:
    """A document whose title, sentence and source carry markup: it must show as text."""
    sentence = f"Protesters chanted {HOSTILE} and <b>left</b> peacefully."
    text = sentence
    base = event("RUSOPP", "RUSGOV", "140", "2022-05-01", sentence=sentence)
    return Document(
        doc_id="hostile",
        text=text,
        published="2022-05-01",
        title=f"Title with {HOSTILE}",
        source="<script>alert(1)</script>",
        url="javascript:document.body.dataset.pwned=1",
        events=(base,),
        sentences=((0, len(text)),),
    )


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    with Store(path) as store:
        store.write([*build_documents(), hostile_document()])
    return path


@pytest.fixture(scope="session")
def base_url(web_store: Path) -> Iterator[str]:
    """The address of a server running in a thread of this process."""
    with served(ServeOptions(db=web_store)) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
