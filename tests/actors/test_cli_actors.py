"""`dyadic actors lookup` and `dyadic actors list`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dyadic.cli import app

runner = CliRunner()


def test_lookup_json_on_date() -> None:
    result = runner.invoke(app, ["actors", "lookup", "Biden", "--date", "2021-06-16", "--json"])
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout.splitlines()[0])
    assert (first["code"], first["name"], first["actor_id"]) == (
        "USAGOV",
        "Joe Biden",
        "usa-joe-biden",
    )


def test_lookup_table_mentions_the_code() -> None:
    result = runner.invoke(app, ["actors", "lookup", "the Kremlin"])
    assert result.exit_code == 0 and "RUSGOV" in result.stdout


def test_list_country_on_date_json() -> None:
    result = runner.invoke(
        app,
        [
            "actors",
            "list",
            "--country",
            "RUS",
            "--date",
            "2021-06-16",
            "--kind",
            "person",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    names = {json.loads(line)["name"] for line in result.stdout.splitlines()}
    assert {"Vladimir Putin", "Sergei Lavrov"} <= names


@pytest.mark.parametrize(
    "args",
    [
        ["actors", "lookup", "Putin", "--date", "2021-13-40"],
        ["actors", "list"],
        ["actors", "list", "--country", "RUSSIA"],
        ["actors", "list", "--kind", "planet"],
    ],
)
def test_bad_usage_exits_2(args: list[str]) -> None:
    assert runner.invoke(app, args).exit_code == 2


def test_unknown_name_exits_1() -> None:
    assert runner.invoke(app, ["actors", "lookup", "Qwertzuiop Asdfgh"]).exit_code == 1


def test_docs_describe_both_commands_and_the_python_api() -> None:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "ACTORS.md").read_text(encoding="utf-8")
    for needle in ("dyadic actors lookup", "dyadic actors list", "lookup(", "list_actors("):
        assert needle in text
