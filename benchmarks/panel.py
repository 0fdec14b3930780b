"""Benchmark: a month panel (and a dyad series, a lens, alerts) over 100,000 synthetic events.

    .venv/bin/python benchmarks/panel.py [--events 100000] [--repeat 5] [--json]

Synthetic documents with random dyads among 60 countries and the EU, random CAMEO codes and dates
over 2018-2024 are written into a temporary DuckDB store (timed separately), then each aggregate
is built ``--repeat`` times from the store and the median is reported. Target: the month panel in
under 2 seconds on a laptop.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from dyadic.aggregate import alerts, dyad_series, lens_series, panel
from dyadic.events.codes import cameo_codes
from dyadic.model import Actor, Document, Event, Evidence
from dyadic.store import Store

COUNTRIES = (
    "USA", "RUS", "CHN", "UKR", "FRA", "DEU", "GBR", "IND", "JPN", "BRA", "TUR", "IRN", "ISR",
    "PSE", "SYR", "IRQ", "SAU", "EGY", "ZAF", "NGA", "KEN", "ETH", "PAK", "AFG", "KOR", "PRK",
    "TWN", "VNM", "PHL", "IDN", "AUS", "CAN", "MEX", "COL", "VEN", "ARG", "CHL", "POL", "ITA",
    "ESP", "SWE", "FIN", "NOR", "BLR", "GEO", "ARM", "AZE", "KAZ", "UZB", "MMR", "THA", "MYS",
    "SGP", "LBN", "JOR", "QAT", "ARE", "LBY", "SDN", "MLI",
)  # fmt: skip
SECTORS = ("", "GOV", "MIL", "GOV", "CVL", "OPP")
EVENTS_PER_DOC = 4


def synthetic_documents(n_events: int, seed: int = 1) -> list[Document]:
    """Documents holding ``n_events`` events in total (vectorised draws, then plain objects)."""
    rng = np.random.default_rng(seed)
    codes = [c for c in cameo_codes().values() if len(c.code) == 3]
    weights = rng.zipf(1.6, len(COUNTRIES)).astype(float)
    weights /= weights.sum()
    actors = [*COUNTRIES, "IGOEUREEC"]
    p = np.append(weights * 0.95, 0.05)
    source = rng.choice(len(actors), n_events, p=p)
    target = (source + 1 + rng.choice(len(actors) - 1, n_events)) % len(actors)
    code = rng.integers(0, len(codes), n_events)
    day = rng.integers(0, 7 * 365, n_events)
    sector = rng.integers(0, len(SECTORS), (n_events, 2))
    modality = rng.choice(["asserted", "asserted", "asserted", "reported_past", "intended",
                           "negated"], n_events)  # fmt: skip
    start = np.datetime64("2018-01-01")
    documents = []
    for d in range(0, n_events, EVENTS_PER_DOC):
        events = []
        for i in range(d, min(d + EVENTS_PER_DOC, n_events)):
            cameo = codes[code[i]]
            date = str(start + day[i])
            events.append(
                Event(
                    event_id=f"e{i}",
                    sentence_index=i - d,
                    sentence=f"Synthetic sentence {i}.",
                    source=_actor(actors[source[i]], SECTORS[sector[i, 0]]),
                    target=_actor(actors[target[i]], SECTORS[sector[i, 1]]),
                    cameo=cameo.code,
                    cameo_root=cameo.root,
                    goldstein=cameo.goldstein,
                    quad_class=cameo.quad_class,
                    plover=cameo.plover,
                    modality=str(modality[i]),
                    date=date,
                    date_basis="text",
                    location=None,
                    confidence=0.5,
                    evidence=Evidence(None, None, None, "synthetic"),
                )
            )
        published = str(start + day[d] + 1)
        documents.append(
            Document(
                doc_id=f"doc{d}",
                text=f"Synthetic document {d}.",
                published=published,
                source=f"Wire {d % 7}",
                events=tuple(events),
            )
        )
    return documents


def _actor(country: str, sector: str) -> Actor:
    if country.startswith("IGO"):
        return Actor(country, country, None, ())
    return Actor(country, country + sector, country, (sector,) if sector else ())


def timed(function: Callable[[], object], repeat: int) -> tuple[float, object]:
    runs, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    results: dict[str, float | int] = {"events": args.events}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.duckdb"
        documents = synthetic_documents(args.events)
        started = time.perf_counter()
        with Store(path) as store:
            store.write(documents)
            counts = store.counts()
        results["store_write_s"] = round(time.perf_counter() - started, 2)
        results.update({f"{k}_rows": v for k, v in counts.items() if k in ("mentions", "events")})
        with Store(path, read_only=True) as store:
            seconds, frame = timed(lambda: panel(store, freq="month"), args.repeat)
            results["panel_month_s"] = round(seconds, 3)
            results["panel_rows"] = len(frame)  # type: ignore[arg-type]
            seconds, _ = timed(lambda: dyad_series(store, "RUS", "UKR", freq="week"), args.repeat)
            results["dyad_week_s"] = round(seconds, 3)
            seconds, _ = timed(lambda: lens_series("eu-russia-2021", store), args.repeat)
            results["lens_month_s"] = round(seconds, 3)
            seconds, found = timed(lambda: alerts(store, max_dyads=25), 1)
            results["alerts_25_dyads_s"] = round(seconds, 3)
            results["alerts"] = len(found)  # type: ignore[arg-type]
    if args.json:
        print(json.dumps(results))
    else:
        width = max(len(k) for k in results)
        for key, value in results.items():
            print(f"{key:<{width}}  {value}")
        target = "met" if results["panel_month_s"] < 2 else "MISSED"
        print(f"target (month panel < 2 s): {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
