"""GET /api/events: filters, sorting, cursor pagination, caps and evidence spans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from dyadic.store import Store
from dyadic.store.query import SORTS


def all_events(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    """Every page of a listing, following the cursors."""
    out: list[dict[str, Any]] = []
    cursor = None
    for _ in range(200):
        response = client.get(
            "/api/events", params={**params, "cursor": cursor} if cursor else params
        )
        assert response.status_code == 200, response.text
        body = response.json()
        out += body["events"]
        cursor = body["next_cursor"]
        if cursor is None:
            return out
    raise AssertionError("pagination did not end")


@pytest.fixture(scope="module")
def stored(store_path: Path) -> pd.DataFrame:
    with Store(store_path, read_only=True) as store:
        return store.events_frame()


def test_events_default_page_is_newest_first_with_total(
    client: TestClient, stored: pd.DataFrame
) -> None:
    body = client.get("/api/events").json()
    assert body["total"] == len(stored)
    dates = [e["date"] for e in body["events"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    assert body["events"][-1]["date"] is None or len(body["events"]) == len(stored)


@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("unit", ["events", "mentions"])
def test_events_pages_concatenate_to_the_whole_ordered_listing(
    client: TestClient, store_path: Path, sort: str, unit: str
) -> None:
    paged = all_events(client, sort=sort, limit=4, unit=unit)
    whole = client.get("/api/events", params={"sort": sort, "limit": 500, "unit": unit}).json()
    assert [e["id"] for e in paged] == [e["id"] for e in whole["events"]]
    assert len({e["id"] for e in paged}) == len(paged) == whole["total"]
    with Store(store_path, read_only=True) as store:
        expected = store.counts()[unit]
    assert len(paged) == expected


def test_events_sort_by_goldstein_ascending_puts_conflict_first(client: TestClient) -> None:
    events = all_events(client, sort="goldstein", limit=7)
    scores = [e["goldstein"] for e in events]
    assert scores == sorted(scores)
    assert scores[0] == -10.0


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"actor": "UKR"}, lambda e: "UKR" in (e["source"]["country"], e["target"]["country"])),
        ({"source": "RUSMIL"}, lambda e: e["source"]["code"].startswith("RUSMIL")),
        ({"target": "UKRGOV"}, lambda e: e["target"]["code"] == "UKRGOV"),
        (
            {"dyad": "RUS:UKR"},
            lambda e: {e["source"]["country"], e["target"]["country"]} == {"RUS", "UKR"},
        ),
        ({"dyad": "UKR:RUS", "directed": "true"}, lambda e: e["source"]["country"] == "UKR"),
        (
            {"country": "CHE,USA"},
            lambda e: "USA" in (e["source"]["country"], (e["target"] or {}).get("country")),
        ),
        ({"cameo": "19"}, lambda e: e["cameo"].startswith("19")),
        ({"cameo": "190,163"}, lambda e: e["cameo"] in {"190", "163"}),
        ({"root": "04"}, lambda e: e["cameo_root"] == "04"),
        ({"quad": "3,4"}, lambda e: e["quad_class"] in {3, 4}),
        ({"plover": "consult"}, lambda e: e["plover"]["type"] == "CONSULT"),
        ({"modality": "negated"}, lambda e: e["modality"] == "negated"),
        (
            {"since": "2022-03-01", "until": "2022-03-31"},
            lambda e: "2022-03-01" <= e["date"] <= "2022-03-31",
        ),
        ({"q": "GENEVA"}, lambda e: "geneva" in e["sentence"].lower()),
        ({"doc_id": "summit"}, lambda e: e["doc_id"] == "summit"),
        ({"location": "Kyiv"}, lambda e: e["location"]["name"] == "Kyiv"),
        ({"location_country": "ukr"}, lambda e: e["location"]["country"] == "UKR"),
        ({"min_confidence": "0.85"}, lambda e: e["confidence"] >= 0.85),
        (
            {"actor": "EU27+USA"},
            lambda e: "USA" in (e["source"]["country"], e["target"]["country"]),
        ),
    ],
)
def test_events_filter_selects_only_matching_events(
    client: TestClient, stored: pd.DataFrame, params: dict[str, str], check: Any
) -> None:
    events = all_events(client, **params, limit=100)
    assert events, params
    assert all(check(e) for e in events), params
    assert len(events) < len(stored), "the filter selected everything"


def test_events_dyad_is_both_directions_unless_directed(client: TestClient) -> None:
    both = all_events(client, dyad="RUS:UKR")
    forward = all_events(client, dyad="RUS:UKR", directed="true")
    backward = all_events(client, dyad="UKR:RUS", directed="true")
    assert {e["id"] for e in both} == {e["id"] for e in forward} | {e["id"] for e in backward}
    assert forward and backward


@pytest.mark.parametrize("text", ["100%", "the_protesters", "%", "_", "\\", "' OR 1=1 --"])
def test_events_text_search_takes_wildcards_and_quotes_literally(
    client: TestClient, text: str
) -> None:
    events = all_events(client, q=text)
    assert all(text.lower() in e["sentence"].lower() for e in events)
    if text in {"100%", "the_protesters", "%", "_"}:
        assert [e["doc_id"] for e in events] == ["summit"]
    else:
        assert events == []


def test_events_filter_combines_with_and(client: TestClient) -> None:
    events = all_events(client, actor="RUS", quad="4", since="2022-01-01")
    assert events
    assert all(e["quad_class"] == 4 and e["date"] >= "2022-01-01" for e in events)


def test_events_spans_point_at_the_words_in_the_sentence(client: TestClient) -> None:
    events = all_events(client, doc_id="summit", unit="mentions", sort="date")
    by_id = {e["cameo"]: e for e in events}
    meet = by_id["044"]
    cut = lambda e, name: e["sentence"][e["spans"][name][0] : e["spans"][name][1]]  # noqa: E731
    assert cut(meet, "trigger") == "met"
    assert cut(meet, "source") == "U.S. President Joe Biden"
    assert cut(meet, "target") == "Russian President Vladimir Putin"
    downturn = by_id["012"]
    assert cut(downturn, "target") == "Russia"
    assert cut(downturn, "source") == "Josep Borrell"
    assert by_id["173"]["spans"]["target"] is None
    offset = SUMMIT_START + meet["sentence"].index("met")
    assert meet["evidence"]["trigger"] == [offset, offset + 3]


SUMMIT_START = 0  # the summit's first sentence starts the article


def test_events_carry_codes_names_and_their_article(client: TestClient) -> None:
    event = all_events(client, doc_id="summit", cameo="044")[0]
    assert event["cameo_name"]
    assert event["quad_name"] == "verbal cooperation"
    assert event["plover"] == {"type": "CONSULT", "mode": "visit"}
    assert event["location"]["name"] == "Geneva"
    assert event["source"]["name"] == "Joe Biden"
    assert event["article"]["title"] == "Biden meets Putin in Geneva"
    assert event["evidence"]["rule"] == "meet.dobj.v1"


def test_events_limit_above_the_cap_is_refused(client: TestClient) -> None:
    response = client.get("/api/events", params={"limit": 501})
    assert response.status_code == 400
    assert "cap" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"cursor": "not-a-cursor"}, 400),
        ({"sort": "sentence"}, 400),
        ({"unit": "documents"}, 422),
        ({"quad": "5"}, 400),
        ({"root": "1"}, 400),
        ({"cameo": "abc"}, 400),
        ({"modality": "sure"}, 400),
        ({"actor": "not an actor!"}, 400),
        ({"dyad": "RUS"}, 400),
        ({"since": "2022-13-01"}, 422),
        ({"since": "2022-02-01", "until": "2022-01-01"}, 400),
        ({"limit": 0}, 422),
        ({"min_confidence": 2}, 422),
        ({"country": "RUSSIA"}, 400),
    ],
)
def test_events_bad_parameters_are_refused_with_a_message(
    client: TestClient, params: dict[str, Any], status: int
) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == status, response.text
    assert response.json()["error"]["message"]


def test_events_cursor_of_another_sort_is_refused(client: TestClient) -> None:
    cursor = client.get("/api/events", params={"limit": 2}).json()["next_cursor"]
    response = client.get("/api/events", params={"limit": 2, "cursor": cursor, "sort": "goldstein"})
    assert response.status_code == 400
    assert "sort" in response.json()["error"]["message"]


def test_events_count_false_skips_the_total(client: TestClient) -> None:
    body = client.get("/api/events", params={"count": "false", "limit": 3}).json()
    assert body["total"] is None
    assert len(body["events"]) == 3
