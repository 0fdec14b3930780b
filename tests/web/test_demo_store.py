"""Every dashboard page over the demo store (the coded sample corpus) renders without an error and
records how long it took. How long is measured by ``benchmarks/dashboard.py`` (target: under a
second), not asserted here: a timed test fails on a loaded machine, not on slow code."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from spacy.language import Language

from dyadic.api import code
from dyadic.http import ServeOptions, create_app
from dyadic.settings import DATA_DIR

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SAMPLE = DATA_DIR / "sample" / "sample_news.jsonl"
PAGES = ("#/relations", "#/lens", "#/events", "#/article/sample-010", "#/map")


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[str]:
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    summary = code([str(SAMPLE)], db=path)
    assert summary.coded == 64
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    server = uvicorn.Server(
        uvicorn.Config(create_app(ServeOptions(db=path)), port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.mark.parametrize("hash_", PAGES)
def test_demo_page_renders_and_records_its_render_time(
    browser: Any, demo_url: str, hash_: str
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(f"{demo_url}/{hash_}")
        page.wait_for_selector("main[data-ready]", timeout=15_000)
        assert page.locator("main .error").count() == 0
        render_ms = int(page.get_attribute("main", "data-render-ms"))
    finally:
        context.close()
    assert errors == []
    assert render_ms >= 0, f"{hash_} recorded no render time"
