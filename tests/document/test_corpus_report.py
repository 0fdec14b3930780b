"""tools/corpus_report.py: shares computed from Event JSON lines."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "corpus_report.py"


@pytest.fixture(scope="module")
def corpus_report() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_report", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _event(basis: str, date: str | None, location: dict[str, object] | None) -> dict[str, object]:
    return {"date_basis": basis, "date": date, "location": location, "modality": "asserted"}


def test_report_shares(corpus_report: ModuleType, tmp_path: Path) -> None:
    geneva = {"name": "Geneva", "country": "CHE", "lat": 46.2, "lon": 6.1, "geonameid": 2660646}
    swiss = {"name": "Switzerland", "country": "CHE", "lat": 47.0, "lon": 8.0, "geonameid": 2658434}
    documents = [
        {
            "doc_id": "a",
            "published": "2021-06-16",
            "dateline": {"place": "Brussels", "date": "2021-06-16"},
            "events": [
                _event("text", "2021-06-16", geneva),
                _event("publication", "2021-06-16", swiss),
                _event("before_publication", None, None),
            ],
            "quotes": [{"direct": True, "speaker": {"code": "IGOEUREEC"}}],
        },
        {
            "doc_id": "b",
            "published": None,
            "dateline": None,
            "events": [_event("text", None, None)],
            "quotes": [{"direct": False, "speaker": None}],
        },
    ]
    path = tmp_path / "out.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in documents))
    result = corpus_report.report(corpus_report.read_documents([path]))
    assert result["documents"] == 2
    assert result["events"] == 4
    assert result["events_with_text_resolved_date"] == 0.5
    assert result["events_with_a_date"] == 0.5
    assert result["events_with_location"] == 0.5
    assert result["event_locations_by_kind"] == {"place": 1, "country": 1}
    assert result["documents_with_dateline_place"] == 0.5
    assert result["quotes_with_speaker"] == 0.5


def test_report_of_nothing_has_no_shares(corpus_report: ModuleType) -> None:
    result = corpus_report.report([])
    assert result["documents"] == 0
    assert result["events_with_location"] is None
