"""One error shape for every error the HTTP API returns (datasette's test_error_shape)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from dyadic.errors import StoreError
from dyadic.http import routes
from dyadic.http.errors import ERROR_TYPES
from dyadic.store.query import QueryTimeout

ERRORS: list[tuple[str, str, dict[str, Any], int]] = [
    ("GET", "/api/nothing-here", {}, 404),
    ("GET", "/no/such/page", {}, 404),
    ("GET", "/api/articles/missing", {}, 404),
    ("GET", "/api/lenses/missing/series", {}, 404),
    ("POST", "/api/events", {}, 405),
    ("DELETE", "/api/articles/summit", {}, 405),
    ("GET", "/api/events?since=yesterday", {}, 422),
    ("GET", "/api/events?limit=-1", {}, 422),
    ("GET", "/api/events?limit=100000", {}, 400),
    ("GET", "/api/events?cursor=%00", {}, 400),
    ("GET", "/api/events?actor=%3Cscript%3E", {}, 400),
    ("GET", "/api/dyads/RUS/UKR/series?freq=hourly", {}, 400),
    ("GET", "/api/panel?freq=decade", {}, 400),
    ("GET", "/api/alerts?method=guess", {}, 400),
    ("GET", "/api/export?format=docx", {}, 400),
    ("GET", "/api/export", {}, 422),
    ("POST", "/api/code", {"json": {"text": "x"}}, 403),
]


def assert_error_shape(response: Any, status: int) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"status", "type", "message", "details"}
    assert error["status"] == status
    if status != 503:  # 503s say which: query_timeout, busy or store_error
        assert error["type"] == ERROR_TYPES[status]
    assert error["type"]
    assert isinstance(error["message"], str) and len(error["message"]) > 10
    assert isinstance(error["details"], list)


@pytest.mark.parametrize(("method", "url", "kwargs", "status"), ERRORS)
def test_every_error_has_the_one_shape(
    client: TestClient, method: str, url: str, kwargs: dict[str, Any], status: int
) -> None:
    assert_error_shape(client.request(method, url, **kwargs), status)


def test_validation_errors_list_the_parameters(client: TestClient) -> None:
    error = client.get("/api/events?since=yesterday&limit=0").json()["error"]
    where = {tuple(d["loc"]) for d in error["details"]}
    assert where == {("query", "since"), ("query", "limit")}
    assert "since" in error["message"]


def test_an_unexpected_exception_is_a_500_in_the_shape(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(routes.query, "event_page", broken)
    response = client.get("/api/events")
    assert_error_shape(response, 500)
    assert "secret" not in response.text


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (QueryTimeout("query stopped after the time limit of 5 s", stage="store"), "query_timeout"),
        (StoreError("cannot read the store", stage="store"), "store_error"),
    ],
)
def test_store_errors_are_503_with_their_type(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, error: Exception, kind: str
) -> None:
    def failing(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(routes.query, "article", failing)
    response = client.get("/api/articles/summit")
    assert_error_shape(response, 503)
    assert response.json()["error"]["type"] == kind


def test_successful_api_responses_are_not_cached_and_carry_security_headers(
    client: TestClient,
) -> None:
    response = client.get("/api/meta")
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-content-type-options"] == "nosniff"
    page = client.get("/")
    assert "script-src 'self'" in page.headers["content-security-policy"]
