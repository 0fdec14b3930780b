"""Hostile requests to the HTTP API: SQL injection in every parameter, path traversal, huge
pages, oversized and deeply nested JSON, and user text that must never become markup."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadic.store import Store
from dyadic.web import STATIC_DIR
from tests.reliability.conftest import MAX_CODE_CHARS, TOKEN

INJECTIONS = (
    "' OR '1'='1",
    "' OR 1=1 --",
    "1; DROP TABLE events; --",
    "'; DELETE FROM documents; --",
    '" OR ""="',
    "RUS' UNION SELECT * FROM documents --",
    "') OR ('a'='a",
    "%' OR '%'='",
    "RUS:UKR' OR 1=1 --",
    "\\'; ATTACH '/tmp/x.duckdb' AS x; --",
    "1 OR 1=1",
    "$$ OR 1=1 $$",
    "*/ OR /* 1=1",
)
BENIGN = "zzqxv"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _get_operations(client: TestClient) -> Iterator[tuple[str, list[str], list[str]]]:
    """Each GET route of the API: its path, path parameters and query parameters."""
    spec = client.get("/openapi.json").json()
    for path, methods in spec["paths"].items():
        operation = methods.get("get")
        if operation is None:
            continue
        params = operation.get("parameters", [])
        yield (
            path,
            [p["name"] for p in params if p["in"] == "path"],
            [p["name"] for p in params if p["in"] == "query"],
        )


def _call(client: TestClient, path: str, path_params: list[str], query: dict[str, str],
          fill: str) -> Any:  # fmt: skip
    url = path
    for name in path_params:
        url = url.replace("{" + name + "}", fill).replace("{" + name + ":path}", fill)
    return client.get(url, params=query)


def _blank(value: Any, text: str) -> Any:
    if isinstance(value, str):
        return value.replace(text, "<v>")
    if isinstance(value, list):
        return [_blank(v, text) for v in value]
    if isinstance(value, dict):
        return {k: _blank(v, text) for k, v in value.items()}
    return value


def _normalised(response: Any, value: str) -> Any:
    """The response with ``value`` (echoed in messages or cursors) blanked, for comparison."""
    if "json" not in response.headers.get("content-type", ""):
        return response.text.replace(value, "<v>")
    return _blank(response.json(), value)


def test_sql_injection_in_every_parameter_behaves_like_any_unknown_value(
    api: TestClient, api_store: Path
) -> None:
    with Store(api_store, read_only=True) as store:
        before = store.counts()
    operations = list(_get_operations(api))
    assert len(operations) >= 10
    tried = 0
    for path, path_params, query_params in operations:
        slots = [(name, True) for name in path_params] + [(name, False) for name in query_params]
        for name, in_path in slots:
            benign_query = {} if in_path else {name: BENIGN}
            benign = _call(api, path, path_params, benign_query, BENIGN)
            for payload in INJECTIONS:
                fill = payload.replace("/", "%2F").replace("?", "%3F").replace("#", "%23")
                query = {} if in_path else {name: payload}
                answer = _call(api, path, path_params, query, fill if in_path else BENIGN)
                tried += 1
                where = f"{path} {name}={payload!r}"
                assert answer.status_code < 500, (where, answer.text)
                if answer.status_code >= 400:  # refused: fine, in the error shape
                    assert set(answer.json()) == {"error"}, where
                    continue
                # accepted: then exactly like an unknown value, never more rows
                assert benign.status_code == answer.status_code, (where, benign.text)
                if not in_path:
                    assert _normalised(answer, payload) == _normalised(benign, BENIGN), where
    assert tried > 300
    with Store(api_store, read_only=True) as store:
        assert store.counts() == before


@pytest.mark.parametrize(
    "url",
    [
        "/api/articles/../../../../etc/passwd",
        "/api/articles/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "/api/articles/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/api/articles/....//....//etc/passwd",
        "/api/articles//etc/passwd",
        "/api/articles/%00",
        "/static/../../../../etc/passwd",
        "/static/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/js/..%2F..%2F..%2F..%2F..%2Fpyproject.toml",
        "/static/..%5c..%5c..%5cetc%5cpasswd",
        "/api/lenses/..%2F..%2F..%2Fetc%2Fpasswd/series",
        "/api/lenses/..%2Fkb%2Fcountries/series",
    ],
)
def test_path_traversal_serves_nothing_outside_the_app(api: TestClient, url: str) -> None:
    response = api.get(url)
    assert response.status_code in (400, 404, 422), (url, response.status_code)
    assert "root:" not in response.text
    assert "[project]" not in response.text
    if response.headers.get("content-type", "").startswith("application/json"):
        assert set(response.json()) == {"error"}


@pytest.mark.parametrize(
    "limit", ["501", "1000000", "1e3", "-1", "0", "99999999999999999999999999", "NaN", "abc"]
)
def test_huge_or_nonsense_page_sizes_are_refused(api: TestClient, limit: str) -> None:
    response = api.get("/api/events", params={"limit": limit})
    assert response.status_code in (400, 422), response.text
    assert response.json()["error"]["type"] in ("bad_request", "validation_error")


@pytest.mark.parametrize("cursor", ["!!!", "A" * 5000, "eyJ4IjogMX0", "null", "' OR 1=1 --"])
def test_forged_cursors_are_refused(api: TestClient, cursor: str) -> None:
    response = api.get("/api/events", params={"cursor": cursor})
    assert response.status_code in (400, 422), response.text


def test_code_is_off_by_default(api: TestClient) -> None:
    response = api.post("/api/code", json={"text": "Russia attacked Ukraine."})
    assert response.status_code == 403


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
     {"Authorization": f"Basic {TOKEN}"}, {"Authorization": f"Bearer {TOKEN}x"},
     {"Authorization": "Bearer "}],
)  # fmt: skip
def test_code_needs_the_token(coding_api: TestClient, headers: dict[str, str]) -> None:
    response = coding_api.post("/api/code", json={"text": "Russia attacked Ukraine."},
                               headers=headers)  # fmt: skip
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def _nested(depth: int) -> str:
    return '{"text": ' + "[" * depth + "]" * depth + "}"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (_nested(100_000), 413),  # capped before parsing
        (_nested(100_000)[: MAX_CODE_CHARS * 4], 422),  # under the cap: refused by the parser
        (_nested(2000), 422),
        ('{"text": "a", "date": 1e999}', 422),
        ('{"text": "a", "date": "32/13/2021"}', 422),
        ('{"text": "a", "extra": {"b": [1, 2, {"c": null}]}}', 422),
        ('{"text": "a", "text": {"x": 1}}', 422),
        ('{"text": NaN}', 422),
        ("[" * 5000, 422),
        ('"just a string"', 422),
        ("", 422),
        ('{"text": "' + "x" * (MAX_CODE_CHARS + 1) + '"}', 413),
        ('{"text": "   "}', 400),
    ],
)
def test_code_bad_bodies_are_refused_in_the_error_shape(
    coding_api: TestClient, body: str, status: int
) -> None:
    response = coding_api.post(
        "/api/code", content=body.encode(), headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == status, response.text[:300]
    assert set(response.json()) == {"error"}


def test_code_oversized_body_without_a_length_is_cut_off(coding_api: TestClient) -> None:
    sent = []

    def chunks() -> Iterator[bytes]:
        for _ in range(1000):
            sent.append(1)
            yield b"x" * 4096

    response = coding_api.post(
        "/api/code", content=chunks(), headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert "larger than this server accepts" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "text/json"],
)
def test_code_takes_only_json(coding_api: TestClient, content_type: str) -> None:
    response = coding_api.post(
        "/api/code", content=b'{"text": "x"}', headers={**AUTH, "Content-Type": content_type}
    )
    assert response.status_code == 415


SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(2)>"


@pytest.mark.parametrize(
    "url",
    [f"/api/articles/{SCRIPT}", f"/api/events?actor={SCRIPT}", f"/api/events?q={SCRIPT}",
     f"/api/dyads/{SCRIPT}/RUS/series", f"/no/such/page/{SCRIPT}", f"/api/export?format={SCRIPT}"],
)  # fmt: skip
def test_user_text_comes_back_as_json_never_as_a_page(api: TestClient, url: str) -> None:
    response = api.get(url)
    assert response.headers["content-type"].startswith("application/json"), url
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "unsafe-inline" not in response.headers["content-security-policy"]


HTML_SINKS = re.compile(
    r"\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|\beval\s*\(|"
    r"new\s+Function\s*\(|setTimeout\s*\(\s*['\"`]|srcdoc|\.html\s*\("
)


@pytest.mark.parametrize("script", sorted((STATIC_DIR / "js").glob("*.js")), ids=lambda p: p.name)
def test_dashboard_scripts_use_no_html_sinks(script: Path) -> None:
    """The dashboard builds every element with createElement/textContent, so user text (titles,
    sentences, actor names) can never become markup; this keeps it that way."""
    found = HTML_SINKS.findall(script.read_text(encoding="utf-8"))
    assert not found, f"{script.name}: {found}"


def test_dashboard_page_loads_no_inline_script() -> None:
    page = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page)
    assert not re.search(r"\son\w+\s*=", page)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    params=st.dictionaries(
        st.sampled_from(["actor", "source", "target", "dyad", "country", "cameo", "root", "quad",
                         "plover", "modality", "q", "since", "until", "sort", "limit", "cursor",
                         "unit", "count", "directed", "min_confidence", "x"]),
        st.text(max_size=60),
        max_size=5,
    )
)  # fmt: skip
def test_events_any_parameters_give_a_page_or_an_error_in_the_shape(
    api: TestClient, params: dict[str, str]
) -> None:
    response = api.get("/api/events", params=params)
    assert response.status_code in (200, 400, 422), (params, response.text)
    body = response.json()
    if response.status_code == 200:
        assert isinstance(body["events"], list)
    else:
        assert set(body["error"]) == {"status", "type", "message", "details"}
