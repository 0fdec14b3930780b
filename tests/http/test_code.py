"""POST /api/code: off by default, a size cap, an optional bearer token, nothing stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from spacy.language import Language

from dyadic.store import Store
from tests.http.conftest import make_client

TOKEN = "s3cret-token"
TEXT = "Russian troops attacked Kharkiv on Monday."


@pytest.fixture(scope="module")
def coder(store_path: Path) -> Iterator[TestClient]:
    with make_client(store_path, allow_code=True, max_code_chars=200) as client:
        yield client


@pytest.fixture(scope="module")
def guarded(store_path: Path) -> Iterator[TestClient]:
    with make_client(store_path, allow_code=True, token=TOKEN) as client:
        yield client


def test_code_is_off_unless_allowed(client: TestClient) -> None:
    response = client.post("/api/code", json={"text": TEXT})
    assert response.status_code == 403
    assert "--allow-code" in response.json()["error"]["message"]


def test_code_returns_event_json_and_stores_nothing(
    coder: TestClient, store_path: Path, nlp: Language
) -> None:
    with Store(store_path, read_only=True) as store:
        before = store.counts()
    response = coder.post("/api/code", json={"text": TEXT, "date": "2022-03-01", "doc_id": "k1"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["doc_id"] == "k1"
    assert body["published"] == "2022-03-01"
    assert body["text_chars"] == len(TEXT)
    coded = [(e["source"]["code"], e["cameo"], e["target"]["code"]) for e in body["events"]]
    assert ("RUSMIL", "190", "UKR") in coded
    event = body["events"][0]
    start, end = event["evidence"]["trigger"]
    assert TEXT[start:end] == "attacked"
    with Store(store_path, read_only=True) as store:
        assert store.counts() == before


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"json": {"text": "x" * 201}}, 413),
        ({"content": b"x" * 5000, "headers": {"content-type": "application/json"}}, 413),
        ({"json": {"text": "   "}}, 400),
        ({"json": {}}, 422),
        ({"json": {"text": "Hello.", "date": "tomorrow"}}, 422),
        ({"json": {"text": "Hello.", "store": True}}, 422),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 422),
        ({"content": TEXT.encode(), "headers": {"content-type": "text/plain"}}, 415),
    ],
)
def test_code_bad_requests_are_refused(
    coder: TestClient, kwargs: dict[str, object], status: int
) -> None:
    response = coder.post("/api/code", **kwargs)  # type: ignore[arg-type]
    assert response.status_code == status, response.text
    assert response.json()["error"]["message"]


@pytest.mark.parametrize(
    "header",
    [None, "Bearer wrong", f"Basic {TOKEN}", TOKEN, "Bearer"],
)
def test_code_with_a_token_refuses_requests_without_it(
    guarded: TestClient, header: str | None
) -> None:
    headers = {"Authorization": header} if header is not None else {}
    response = guarded.post("/api/code", json={"text": TEXT}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_code_with_the_right_token_codes(guarded: TestClient, nlp: Language) -> None:
    response = guarded.post(
        "/api/code", json={"text": TEXT}, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 200
    assert response.json()["events"]
