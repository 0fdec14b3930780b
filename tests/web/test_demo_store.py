"""Every dashboard page over the demo store (the coded sample corpus) renders without an error and
records how long it took. How long is measured by ``benchmarks/dashboard.py`` (target: under a
second), not asserted here: a timed test fails on a loaded machine, not on slow code."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from spacy.language import Language

from dyadic.api import code
from dyadic.http import ServeOptions, served
from dyadic.settings import DATA_DIR

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SAMPLE = DATA_DIR / "sample" / "sample_news.jsonl"
PAGES = ("#/relations", "#/lens", "#/events", "#/article/sample-010", "#/map")


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[str]:
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    summary = code([str(SAMPLE)], db=path)
    assert summary.coded == 64
    with served(ServeOptions(db=path)) as url:
        yield url


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
