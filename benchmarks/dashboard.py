"""Benchmark: how fast each dashboard page renders over the demo store (the coded sample corpus).

    .venv/bin/python benchmarks/dashboard.py [--repeat 5] [--json]

Codes the bundled sample corpus into a temporary DuckDB store, serves it with ``dyadic serve``'s
app, opens every page ``--repeat`` times in a fresh headless Chromium context (Debian's
``/usr/bin/chromium``) and reads the render time the page records in ``main[data-render-ms]``.
Reports the median and the slowest per page. Target: every page under 1,000 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

from dyadic.api import code
from dyadic.http import ServeOptions, served
from dyadic.settings import DATA_DIR

SAMPLE = DATA_DIR / "sample" / "sample_news.jsonl"
PAGES = ("#/relations", "#/lens", "#/events", "#/article/sample-010", "#/map")
CHROMIUM = Path("/usr/bin/chromium")
TARGET_MS = 1000


def measure(url: str, repeat: int) -> dict[str, list[int]]:
    """Render times in ms per page, one fresh browser context per load."""
    from playwright.sync_api import sync_playwright  # a dev dependency, needed only here

    times: dict[str, list[int]] = {page: [] for page in PAGES}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for _ in range(repeat):
            for hash_ in PAGES:
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                page = context.new_page()
                page.goto(f"{url}/{hash_}")
                page.wait_for_selector("main[data-ready]", timeout=15_000)
                times[hash_].append(int(page.get_attribute("main", "data-render-ms") or -1))
                context.close()
        browser.close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print("Debian's chromium is not installed (apt-get install -y chromium)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.duckdb"
        code([str(SAMPLE)], db=db)
        with served(ServeOptions(db=db)) as url:
            times = measure(url, args.repeat)
    rows = {
        page: {"median_ms": statistics.median(ms), "slowest_ms": max(ms)}
        for page, ms in times.items()
    }
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print(f"| page | median ms | slowest ms | under {TARGET_MS} ms |")
        print("|---|---:|---:|---|")
        for page, row in rows.items():
            ok = "yes" if row["slowest_ms"] < TARGET_MS else "no"
            print(f"| `{page}` | {row['median_ms']:.0f} | {row['slowest_ms']} | {ok} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
