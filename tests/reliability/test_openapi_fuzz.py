"""Schemathesis against the app's OpenAPI spec: requests generated from the spec (valid and
invalid values for every parameter and body, positive and negative modes) never make a route fail
with a server error, and every refusal is a client error in the one error shape.

The operations are driven through Schemathesis's strategies with Hypothesis directly (its pytest
plugin does not load under pytest 9).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from spacy.language import Language

from dyadic.http import ServeOptions, create_app
from tests.fuzz.strategies import examples
from tests.reliability.conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _schema(api_store: Path) -> Any:
    options = ServeOptions(db=api_store, allow_code=True, token=TOKEN, max_code_chars=2000)
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(options))


def _operations(api_store: Path) -> list[Any]:
    return [result.ok() for result in _schema(api_store).get_all_operations()]


def test_spec_lists_every_route(api_store: Path) -> None:
    paths = {op.path for op in _operations(api_store)}
    assert {"/api/events", "/api/articles/{doc_id}", "/api/export", "/api/code"} <= paths
    assert len(paths) >= 11


def _fuzz(operation: Any, mode: GenerationMode, statuses: dict[str, set[int]]) -> Any:
    """A Hypothesis test that sends ``operation`` the requests Schemathesis generates."""

    @settings(max_examples=examples(20), deadline=None, suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case: Any) -> None:
        headers = AUTH if operation.path == "/api/code" else None
        response = case.call(headers=headers, timeout=60)
        case.validate_response(response, checks=[not_a_server_error])
        where = (operation.label, case.path_parameters, case.query, response.text[:300])
        assert response.status_code < 500, where
        statuses.setdefault(operation.label, set()).add(response.status_code)
        if response.status_code >= 400:
            assert set(response.json()) == {"error"}, where

    return run


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_every_route_answers_generated_requests_without_a_server_error(
    nlp: Language, api_store: Path, mode: GenerationMode
) -> None:
    statuses: dict[str, set[int]] = {}
    for operation in _operations(api_store):
        try:
            _fuzz(operation, mode, statuses)()
        except Unsatisfiable:  # a route without parameters has no invalid request to make
            assert mode is GenerationMode.NEGATIVE and not operation.query, operation.label
    assert len(statuses) >= (11 if mode is GenerationMode.POSITIVE else 8), statuses
    if mode is GenerationMode.POSITIVE:  # valid requests are mostly answered
        assert sum(200 in codes for codes in statuses.values()) >= 8, statuses
