"""The dashboard in headless Chromium: every page renders and records its render time, a dyad is
picked and its chart drawn, a clicked period lists its events, the table filters, an article opens,
the map draws; nothing is loaded from elsewhere and user text stays text. A screenshot of each page
is saved under artifacts/web/. How fast the pages render is measured by ``benchmarks/dashboard.py``
(target: under a second), not asserted here: a timed test fails on a loaded machine, not on slow
code."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import HOSTILE

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    """A laptop-sized page that fails the test on any console error or outside request."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: problems.append(str(e)))
    tab.on(
        "request",
        lambda r: None if r.url.startswith((base_url, "data:")) else problems.append(r.url),
    )
    tab.base = base_url
    yield tab
    context.close()
    assert problems == [], problems


def visit(page: Any, hash_: str) -> int:
    """Open a dashboard address and wait for it to render; the render time in ms."""
    page.goto(f"{page.base}/{hash_}")
    return wait_ready(page)


def wait_ready(page: Any) -> int:
    """Wait until the page for the current address (not the one before it) has rendered."""
    deadline = time.monotonic() + 15
    while True:
        ready, route, hash_ = page.evaluate(
            "[document.querySelector('main').dataset.ready, "
            "document.querySelector('main').dataset.route, location.hash]"
        )
        if ready == "true" and route is not None and hash_.startswith(route):
            break
        assert time.monotonic() < deadline, f"{hash_} did not render"
        time.sleep(0.05)
    assert page.locator("main .error").count() == 0, page.locator("main .error").all_inner_texts()
    return int(page.get_attribute("main", "data-render-ms"))


def shot(page: Any, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)
    assert (artifacts / f"{name}.png").stat().st_size > 10_000


def chart_info(page: Any, selector: str) -> dict[str, Any]:
    result: dict[str, Any] = page.evaluate(
        """(selector) => {
            const chart = Chart.getChart(document.querySelector(selector + ' canvas'));
            return {labels: chart.data.labels.length, datasets: chart.data.datasets.length,
                    width: chart.width, height: chart.height};
        }""",
        selector,
    )
    return result


def test_relations_pick_a_dyad_see_the_chart_click_a_period(page: Any, artifacts: Path) -> None:
    assert visit(page, "#/relations") >= 0
    page.fill("input[name=a]", "rus")
    page.fill("input[name=b]", "ukr")
    page.select_option("select[name=freq]", "month")
    page.click("form button[type=submit]")
    page.wait_for_url(re.compile(re.escape("a=RUS")))
    assert wait_ready(page) >= 0
    assert "RUS ↔ UKR" in page.inner_text("#chart-title")
    info = chart_info(page, "#relations-chart")
    assert info["labels"] >= 12 and info["datasets"] == 6 and info["width"] > 300
    page.wait_for_selector("main[data-alerts=ready]")
    alerts = page.locator("#alerts ul.alerts > li")
    assert alerts.count() >= 1  # the 2022 war turns RUS-UKR
    assert "turn for the worse" in alerts.first.inner_text()
    markers = page.evaluate(
        """() => {
            const chart = Chart.getChart(document.querySelector('#relations-chart canvas'));
            return chart.data.datasets[5].data.filter((v) => v !== null).length;
        }"""
    )
    assert markers == alerts.count()
    # click the bar of the busiest month on the canvas
    x, y, label = page.evaluate(
        """() => {
            const chart = Chart.getChart(document.querySelector('#relations-chart canvas'));
            const totals = chart.data.labels.map((_, i) =>
                chart.data.datasets.slice(0, 4).reduce((n, d) => n + (d.data[i] || 0), 0));
            const i = totals.indexOf(Math.max(...totals));
            const bar = chart.getDatasetMeta(0).data[i];
            const box = chart.canvas.getBoundingClientRect();
            return [box.left + bar.x, box.top + chart.chartArea.bottom - 5, chart.data.labels[i]];
        }"""
    )
    page.mouse.click(x, y)
    page.wait_for_selector("#period-events table.events-table tbody tr")
    heading = page.inner_text("#period-events h2")
    assert label in heading
    rows = page.locator("#period-events tbody tr")
    assert rows.count() >= 1
    dates = page.locator("#period-events td.date > span").all_inner_texts()
    assert all(d.startswith(label[:7]) for d in dates), (label, dates)
    assert "period=" in page.evaluate("location.hash")
    assert page.locator("#period-events .more button").is_hidden()  # all shown
    shot(page, artifacts, "relations")


def test_relations_keyboard_user_lists_a_period_from_the_data_table(page: Any) -> None:
    visit(page, "#/relations?a=RUS&b=UKR&freq=quarter")
    page.focus("details.panel > summary")
    page.keyboard.press("Enter")
    button = page.locator("table.periods tbody th button").first
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#period-events h2")
    assert "RUS ↔ UKR" in page.inner_text("#period-events h2")


def test_relations_shared_address_opens_the_period(page: Any) -> None:
    visit(page, "#/relations?a=RUS&b=UKR&freq=month&period=2022-03-01")
    page.wait_for_selector("#period-events tbody tr")
    dates = page.locator("#period-events td.date > span").all_inner_texts()
    assert dates and all(d.startswith("2022-03") for d in dates)


def test_lens_page_draws_the_categories(page: Any, artifacts: Path) -> None:
    assert visit(page, "#/lens?name=eu-russia-2021&freq=quarter") >= 0
    info = chart_info(page, "#lens-chart")
    assert info["datasets"] == 4  # push back, constrain, engage, balance
    assert "push back" in page.inner_text("main").lower()
    shot(page, artifacts, "lens")


def test_events_table_filters_and_marks_the_evidence(page: Any, artifacts: Path) -> None:
    assert visit(page, "#/events") >= 0
    before = page.locator("table.events-table tbody tr").count()
    page.select_option("select[name=quad]", "4")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(re.escape("quad=4")))
    assert wait_ready(page) >= 0
    after = page.locator("table.events-table tbody tr").count()
    assert 0 < after < before
    assert page.locator(".more button").is_hidden()
    badges = page.locator("table.events-table td.codes .badge.q4").count()
    assert badges == after
    page.fill("input[name=q]", "Geneva")
    page.select_option("select[name=quad]", "")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(re.escape("q=Geneva")))
    wait_ready(page)
    sentences = page.locator("table.events-table td.sentence > div:first-child").all_inner_texts()
    assert sentences and all("geneva" in s.lower() for s in sentences)
    summit = page.locator("table.events-table tr", has_text="Joe Biden met")
    assert summit.locator("mark.m-trigger").all_inner_texts() == ["met"]
    assert summit.locator("mark.m-source").all_inner_texts() == ["U.S. President Joe Biden"]
    assert summit.locator("mark.m-target").all_inner_texts() == ["Russian President Vladimir Putin"]
    shot(page, artifacts, "events")


def test_events_show_more_follows_the_cursor(page: Any) -> None:
    visit(page, "#/events?limit=10&sort=date")
    rows = page.locator("table.events-table tbody tr")
    assert rows.count() == 10
    page.click(".more button")
    rows.nth(10).wait_for()
    assert rows.count() == 20
    dates = [d for d in page.locator("td.date > span").all_inner_texts() if d != "undated"]
    assert dates == sorted(dates)
    assert "of" in page.inner_text(".more p")


def test_article_opens_from_the_table_with_events_and_quotes_marked(
    page: Any, artifacts: Path
) -> None:
    visit(page, "#/events?doc_id=summit")
    page.locator("table.events-table td.sentence a").first.click()
    page.wait_for_url(re.compile(r"#/article/summit"))
    assert wait_ready(page) >= 0
    assert page.inner_text("main h1") == "Biden meets Putin in Geneva"
    text = page.locator("#article-text")
    assert "met" in text.locator("mark.m-trigger").all_inner_texts()
    assert "U.S. President Joe Biden" in text.locator("mark.m-source").all_inner_texts()
    assert text.locator("mark.m-quote").count() >= 1
    assert text.locator("mark.active").count() >= 1  # the event it was opened from
    assert page.locator("main a[href^='javascript']").count() == 0
    page.locator("ol.article-events button").nth(1).click()
    assert text.locator("mark.active").count() >= 1
    shot(page, artifacts, "article")


def test_map_draws_the_world_and_lists_a_place(page: Any, artifacts: Path) -> None:
    assert visit(page, "#/map") >= 0
    assert page.locator("#world-map path.country").count() > 150
    assert page.locator("#world-map path.country.has").count() >= 2
    places = page.locator("#world-map circle.place")
    assert places.count() >= 2
    kyiv = page.locator("#world-map circle[aria-label^='Kyiv']")
    kyiv.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#map-events tbody tr")
    assert "Kyiv" in page.inner_text("#map-events h2")
    shot(page, artifacts, "map")


def test_user_text_is_shown_as_text_never_run(page: Any) -> None:
    visit(page, "#/events?doc_id=hostile")
    assert HOSTILE in page.inner_text("table.events-table")
    visit(page, "#/article/hostile")
    assert HOSTILE in page.inner_text("main h1")
    assert page.locator("main img").count() == 0
    assert page.locator("main script").count() == 0
    assert page.evaluate("document.body.dataset.pwned") is None


def test_phone_layout_does_not_scroll_sideways(
    browser: Any, base_url: str, artifacts: Path
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    phone = context.new_page()
    try:
        for name, hash_ in (("relations", "#/relations"), ("events", "#/events")):
            phone.goto(f"{base_url}/{hash_}")
            phone.wait_for_selector("main[data-ready]", timeout=15_000)
            overflow = phone.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 1, (name, overflow)
            phone.screenshot(path=str(artifacts / f"phone-{name}.png"), full_page=True)
    finally:
        context.close()


def test_api_docs_render_offline(page: Any, artifacts: Path) -> None:
    page.goto(f"{page.base}/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=15_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/events" in p for p in paths)
    assert any("/api/code" in p for p in paths)
    shot(page, artifacts, "api-docs")
