"""Every read route of the HTTP API against the hand-built store (answers checked against the
store and the aggregate functions the routes wrap)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from dyadic.aggregate import dyad_series, lens_series, panel
from dyadic.aggregate.alerts import alerts
from dyadic.aggregate.export import ICEWS_COLUMNS
from dyadic.http import export as export_module
from dyadic.store import Store
from tests.http.conftest import SUMMIT_TEXT

# -- articles -----------------------------------------------------------------------------------


def test_article_has_text_sentences_events_and_quotes_with_spans(client: TestClient) -> None:
    body = client.get("/api/articles/summit").json()
    assert body["text"] == SUMMIT_TEXT
    assert body["title"] == "Biden meets Putin in Geneva"
    assert len(body["sentences"]) == 3
    assert len(body["events"]) == 3
    meet = next(e for e in body["events"] if e["cameo"] == "044")
    start, end = meet["evidence"]["trigger"]
    assert body["text"][start:end] == "met"
    start, end = meet["evidence"]["source"]
    assert body["text"][start:end] == "U.S. President Joe Biden"
    quote = body["quotes"][0]
    assert body["text"][quote["span"][0] : quote["span"][1]] == quote["text"]
    assert quote["speaker"]["code"] == "IGOEUREEC"
    assert body["url"] == "javascript:alert(1)"  # returned as data; the dashboard never links it


def test_article_unknown_is_404(client: TestClient) -> None:
    response = client.get("/api/articles/no-such-article")
    assert response.status_code == 404
    assert "no-such-article" in response.json()["error"]["message"]


def test_article_id_with_a_slash_is_one_id(client: TestClient) -> None:
    assert client.get("/api/articles/a/b").status_code == 404


# -- actors, map, meta, codes -------------------------------------------------------------------


def test_actors_lists_codes_and_countries_most_mentioned_first(client: TestClient) -> None:
    body = client.get("/api/actors", params={"limit": 100}).json()
    rows = body["store"]
    counts = [r["mentions"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    kinds = {(r["code"], r["kind"]) for r in rows}
    assert ("RUSGOV", "code") in kinds
    assert ("RUS", "country") in kinds
    assert body["kb"] == []


def test_actors_search_matches_code_or_name_and_asks_the_kb(client: TestClient) -> None:
    body = client.get("/api/actors", params={"q": "biden", "date": "2021-06-16"}).json()
    assert [r["code"] for r in body["store"]] == ["USAGOV"]
    assert any(r["code"] == "USAGOV" and r["name"] == "Joe Biden" for r in body["kb"])
    assert all(
        "UKR" in r["code"] for r in client.get("/api/actors", params={"q": "ukr"}).json()["store"]
    )


def test_actors_search_with_wildcards_is_literal(client: TestClient) -> None:
    assert client.get("/api/actors", params={"q": "%"}).json()["store"] == []


def test_map_counts_points_and_countries(client: TestClient, store_path: Path) -> None:
    body = client.get("/api/map").json()
    with Store(store_path, read_only=True) as store:
        frame = store.events_frame()
    assert body["events"] == len(frame)
    assert body["located"] == int(frame["location_country"].notna().sum())
    by_name = {p["name"]: p for p in body["points"]}
    assert by_name["Kyiv"]["events"] == int((frame["location_name"] == "Kyiv").sum())
    ukraine = next(c for c in body["countries"] if c["country"] == "UKR")
    assert ukraine["numeric"] == "804"


def test_map_filters_like_events(client: TestClient) -> None:
    body = client.get("/api/map", params={"quad": "1,2"}).json()
    assert "Kyiv" not in {p["name"] for p in body["points"]}
    assert "Geneva" in {p["name"] for p in body["points"]}


def test_meta_has_counts_dates_dyads_and_limits(client: TestClient, store_path: Path) -> None:
    body = client.get("/api/meta").json()
    with Store(store_path, read_only=True) as store:
        assert body["counts"] == store.counts()
    assert body["dates"]["first"] == "2021-01-10"
    assert {"a": "RUS", "b": "UKR"}.items() <= body["dyads"][0].items()
    assert body["code_enabled"] is False
    assert body["limits"]["max_page_size"] == 500


def test_codes_lists_cameo_with_names_and_plover(client: TestClient) -> None:
    body = client.get("/api/codes").json()
    codes = {c["code"]: c for c in body["codes"]}
    assert codes["190"]["quad_class"] == 4
    assert codes["044"]["plover_type"]
    assert body["quad_classes"]["1"] == "verbal cooperation"


# -- aggregates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("freq", ["month", "quarter", "year"])
@pytest.mark.parametrize("directed", [False, True])
def test_dyad_series_matches_the_aggregate(
    client: TestClient, store_path: Path, freq: str, directed: bool
) -> None:
    body = client.get(
        "/api/dyads/RUS/UKR/series", params={"freq": freq, "directed": directed}
    ).json()
    expected = dyad_series(store_path, "RUS", "UKR", freq=freq, directed=directed)
    assert [p["period"] for p in body["periods"]] == [
        d.date().isoformat() for d in expected["period"]
    ]
    assert [p["events"] for p in body["periods"]] == expected["events"].tolist()
    assert [p["material_conflict"] for p in body["periods"]] == expected[
        "material_conflict"
    ].tolist()
    means = [p["goldstein_mean"] for p in body["periods"]]
    assert means == [None if pd.isna(v) else pytest.approx(v) for v in expected["goldstein_mean"]]
    assert body["undated"] == expected.attrs["undated"]
    first = body["periods"][0]
    assert first["end"] > first["period"]


def test_dyad_series_groups_and_modalities(client: TestClient) -> None:
    default = client.get("/api/dyads/RUS/UKR/series", params={"freq": "year"}).json()
    every = client.get(
        "/api/dyads/RUS/UKR/series", params={"freq": "year", "modality": "all"}
    ).json()
    assert (
        sum(p["events"] for p in every["periods"])
        == sum(p["events"] for p in default["periods"]) + 1
    )  # the denial
    eu = client.get("/api/dyads/EU27/RUS/series", params={"freq": "year"}).json()
    assert eu["a"] == "EU27"


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/dyads/RUS/UKR/series?freq=fortnight", 400),
        ("/api/dyads/RUS/not%20an%20actor/series", 400),
        ("/api/dyads/RUS/UKR/series?modality=sure", 400),
    ],
)
def test_dyad_series_bad_parameters(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status, response.text


def test_dyad_series_with_more_periods_than_the_cap_is_refused(store_path: Path) -> None:
    from tests.http.conftest import make_client

    with make_client(store_path, max_rows=20) as capped:
        response = capped.get("/api/dyads/RUS/UKR/series", params={"freq": "day"})
        assert response.status_code == 400
        assert "periods" in response.json()["error"]["message"]
        assert capped.get("/api/dyads/RUS/UKR/series", params={"freq": "year"}).status_code == 200


def test_panel_matches_the_aggregate_and_pages(client: TestClient, store_path: Path) -> None:
    expected = panel(store_path, freq="month")
    first = client.get("/api/panel", params={"limit": 5}).json()
    assert first["total"] == len(expected)
    assert first["next_offset"] == 5
    rest = client.get("/api/panel", params={"offset": 5, "limit": 1000}).json()
    rows = first["rows"] + rest["rows"]
    assert rest["next_offset"] is None
    assert [(r["source"], r["target"], r["events"]) for r in rows] == list(
        zip(expected["source"], expected["target"], expected["events"], strict=True)
    )


def test_panel_limit_above_the_cap_is_refused(client: TestClient) -> None:
    assert client.get("/api/panel", params={"limit": 10_001}).status_code == 400


def test_lenses_lists_the_shipped_lenses(client: TestClient) -> None:
    body = client.get("/api/lenses").json()
    names = [lens["name"] for lens in body["lenses"]]
    assert "eu-russia-2021" in names
    eu = next(lens for lens in body["lenses"] if lens["name"] == "eu-russia-2021")
    assert [c["id"] for c in eu["categories"]] == ["push_back", "constrain", "engage"]


def test_lens_series_matches_the_aggregate(client: TestClient, store_path: Path) -> None:
    body = client.get("/api/lenses/eu-russia-2021/series", params={"freq": "quarter"}).json()
    expected = lens_series("eu-russia-2021", store_path, freq="quarter")
    assert [p["push_back"] for p in body["periods"]] == expected["push_back"].tolist()
    assert [p["balance"] for p in body["periods"]] == [
        None if pd.isna(v) else pytest.approx(v) for v in expected["balance"]
    ]
    assert sum(p["push_back"] for p in body["periods"]) == 5  # four 163s and Borrell's 012
    assert body["title"].startswith("EU strategy on Russia")


@pytest.mark.parametrize("name", ["no-such-lens", "..%2F..%2Fetc%2Fpasswd", "groups"])
def test_lens_series_only_serves_shipped_lenses(client: TestClient, name: str) -> None:
    response = client.get(f"/api/lenses/{name}/series")
    assert response.status_code == 404


def test_alerts_of_one_dyad_match_the_aggregate(client: TestClient, store_path: Path) -> None:
    params = {"a": "RUS", "b": "UKR", "baseline": 6, "min_events": 2}
    body = client.get("/api/alerts", params=params).json()
    expected = alerts(store_path, dyads=[("RUS", "UKR")], baseline=6, min_events=2)
    assert [(a["period"], a["direction"]) for a in body["alerts"]] == [
        (a.period, a.direction) for a in expected
    ]
    assert body["alerts"], "the 2022 war should turn the RUS-UKR relation"
    alert = body["alerts"][0]
    assert alert["direction"] == "drop"
    assert alert["summary"].startswith(alert["period"])
    assert alert["top_events"][0]["sentence"]


def test_alerts_need_both_sides_or_neither(client: TestClient) -> None:
    assert client.get("/api/alerts", params={"a": "RUS"}).status_code == 400
    assert client.get("/api/alerts", params={"metric": "mood"}).status_code == 400
    assert client.get("/api/alerts").status_code == 200


# -- export -------------------------------------------------------------------------------------


def test_export_csv_has_every_event(client: TestClient, store_path: Path) -> None:
    response = client.get("/api/export", params={"format": "csv"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    frame = pd.read_csv(io.StringIO(response.text), dtype={"cameo": str})
    with Store(store_path, read_only=True) as store:
        assert sorted(frame["cluster_id"]) == sorted(store.events_frame()["cluster_id"])


def test_export_icews_has_its_columns_and_one_row_per_mention(
    client: TestClient, store_path: Path
) -> None:
    response = client.get("/api/export", params={"format": "icews"})
    frame = pd.read_csv(io.StringIO(response.text), sep="\t", dtype={"CAMEO Code": str})
    assert list(frame.columns) == list(ICEWS_COLUMNS)
    with Store(store_path, read_only=True) as store:
        assert len(frame) == store.counts()["mentions"]
    assert "190" in set(frame["CAMEO Code"])


def test_export_gdelt_has_no_header_by_default(client: TestClient) -> None:
    lines = client.get("/api/export", params={"format": "gdelt"}).text.splitlines()
    assert not lines[0].startswith("GLOBALEVENTID")
    with_header = client.get("/api/export", params={"format": "gdelt", "header": True}).text
    assert with_header.startswith("GLOBALEVENTID")


def test_export_plover_is_json_lines(client: TestClient) -> None:
    lines = client.get("/api/export", params={"format": "plover"}).text.splitlines()
    records = [json.loads(line) for line in lines]
    assert records
    assert all("event" in r and "actor" in r for r in records)


def test_export_parquet_reads_back(client: TestClient, store_path: Path) -> None:
    response = client.get("/api/export", params={"format": "parquet", "since": "2022-01-01"})
    table = pq.read_table(io.BytesIO(response.content))
    with Store(store_path, read_only=True) as store:
        frame = store.events_frame()
    expected = frame[pd.to_datetime(frame["date"]) >= "2022-01-01"]
    assert table.num_rows == len(expected)


@pytest.mark.parametrize("fmt", ["csv", "icews", "plover", "parquet"])
def test_export_in_small_chunks_equals_one_chunk(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    whole = client.get("/api/export", params={"format": fmt}).content
    monkeypatch.setattr(export_module, "CHUNK_ROWS", 3)
    chunked = client.get("/api/export", params={"format": fmt}).content
    if fmt == "parquet":
        assert (
            pq.read_table(io.BytesIO(chunked))
            .to_pandas()
            .equals(pq.read_table(io.BytesIO(whole)).to_pandas())
        )
    else:
        assert chunked == whole


def test_export_of_nothing_is_a_header(client: TestClient) -> None:
    response = client.get("/api/export", params={"format": "csv", "since": "2030-01-01"})
    assert response.status_code == 200
    assert response.text.startswith("cluster_id,")
    assert len(response.text.splitlines()) == 1


@pytest.mark.parametrize(
    "params",
    [{"format": "xlsx"}, {}, {"format": "csv", "unit": "documents"},
     {"format": "csv", "since": "2022-02-01", "until": "2022-01-01"}],
)  # fmt: skip
def test_export_bad_parameters_are_refused(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/api/export", params=params)
    assert response.status_code in {400, 422}
    assert response.json()["error"]["message"]


def test_export_row_cap_applies(store_path: Path) -> None:
    from tests.http.conftest import make_client

    with make_client(store_path, max_export_rows=5) as capped:
        text = capped.get("/api/export", params={"format": "csv"}).text
    assert len(text.splitlines()) == 6  # header + 5 rows


@pytest.mark.parametrize(
    "url",
    [
        "/api/events", "/api/actors?q=a", "/api/map", "/api/meta", "/api/dyads/RUS/UKR/series",
        "/api/panel", "/api/lenses/eu-russia-2021/series", "/api/alerts",
        "/api/alerts?a=RUS&b=UKR", "/api/export?format=csv", "/api/export?format=icews",
        "/api/export?format=plover", "/api/export?format=parquet", "/",
    ],
)  # fmt: skip
def test_every_route_answers_over_an_empty_store(
    tmp_path_factory: pytest.TempPathFactory, url: str
) -> None:
    from tests.http.conftest import make_client

    path = tmp_path_factory.mktemp("empty") / "empty.duckdb"
    Store(path).close()
    with make_client(path) as empty:
        response = empty.get(url)
    assert response.status_code == 200, response.text
