"""docs/API.md documents every route, every query parameter, every error type and every
`dyadic serve` option."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer.main
from fastapi.testclient import TestClient

from dyadic.cli import app as cli_app
from dyadic.http.errors import ERROR_TYPES

DOC = (Path(__file__).resolve().parents[2] / "docs" / "API.md").read_text(encoding="utf-8")


def sections() -> dict[str, str]:
    """``METHOD /path`` -> the text of its section."""
    out = {}
    for match in re.finditer(r"^### `([A-Z]+ [^`]+)`\n(.*?)(?=^##)", DOC + "\n##", re.S | re.M):
        out[match.group(1)] = match.group(2)
    return out


def operations(client: TestClient) -> list[tuple[str, list[str]]]:
    spec: dict[str, Any] = client.get("/openapi.json").json()
    found = []
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            names = [p["name"] for p in operation.get("parameters", []) if p["in"] == "query"]
            found.append((f"{method.upper()} {path}", names))
    return found


def test_docs_every_route_has_a_section(client: TestClient) -> None:
    documented = sections()
    routes = [name for name, _ in operations(client)]
    assert len(routes) >= 13
    for route in routes:
        assert route in documented, f"{route} is not documented in docs/API.md"
    assert set(documented) == set(routes), "docs/API.md documents a route the app does not have"


def test_docs_every_query_parameter_is_described(client: TestClient) -> None:
    documented = sections()
    for route, names in operations(client):
        for name in names:
            assert f"`{name}`" in documented[route], f"{route}: parameter {name} not described"


@pytest.mark.parametrize("error_type", sorted(set(ERROR_TYPES.values()) - {"unavailable"}))
def test_docs_every_error_type_is_listed(error_type: str) -> None:
    assert f"`{error_type}`" in DOC


def test_docs_every_serve_option_is_described() -> None:
    command: Any = typer.main.get_command(cli_app).commands["serve"]  # type: ignore[attr-defined]
    options = [p for p in command.params if p.param_type_name == "option"]
    assert options
    for param in options:
        assert any(f"`{name}`" in DOC for name in param.opts), param.opts
