"""`dyadic code` and `dyadic demo` through Typer's runner: output, store, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from dyadic.cli import app

runner = CliRunner()

ARTICLE = (
    "GENEVA, June 16 (Dyadic) - U.S. President Joe Biden met Russian President Vladimir Putin "
    "in Geneva on Wednesday.\n\nThe European Union imposed new sanctions on Belarus.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "geneva.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_code_text_file_writes_event_json_to_stdout(article: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    result = runner.invoke(app, ["code", str(article), "-o", "-", "--db", str(db)])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.stdout.splitlines() if x.startswith("{"))
    record = json.loads(line)
    assert record["doc_id"] == "geneva"
    assert record["dateline"]["place"] == "Geneva"
    assert {"events", "quotes", "source", "title", "url"} <= set(record)
    codes = {
        (e["source"]["code"], e["cameo_root"], e["target"]["code"])
        for e in record["events"]
        if e["source"] and e["target"]
    }
    assert ("USAGOV", "04", "RUSGOV") in codes
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)


def test_code_jsonl_with_bad_lines_exits_1_and_keeps_the_good(tmp_path: Path) -> None:
    source = tmp_path / "items.jsonl"
    source.write_text(
        '{"id": "a", "text": "Russian forces shelled Kharkiv.", "date": "2022-03-01"}\n'
        "{not json\n"
        '{"id": "b", "text": ""}\n'
        '{"id": "c", "text": "China criticised Japan.", "date": "32/13/2021"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["code", str(source), "-o", str(out), "--no-store"])
    assert result.exit_code == 1, result.output
    assert "documents in: 4 = coded 1 + rejected 3" in result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == ["a"]


def test_code_reads_standard_input(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["code", "-", "-o", "-", "--no-store", "--date", "2022-02-24"],
        input="Russia invaded Ukraine on Thursday.",
    )
    assert result.exit_code == 0, result.output
    record = json.loads(next(x for x in result.stdout.splitlines() if x.startswith("{")))
    assert record["published"] == "2022-02-24"


@pytest.mark.parametrize(
    "args",
    [
        ["code", "x.txt", "--format", "pdf"],
        ["code", "x.txt", "--date", "2021-13-45"],
        ["code"],
        ["no-such-command"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert runner.invoke(app, args).exit_code == 2


@pytest.mark.slow
def test_demo_codes_the_bundled_sample(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Events by CAMEO root" in result.stdout
    assert "Top dyads" in result.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        (documents,) = con.execute("SELECT count(*) FROM documents").fetchone() or (0,)
        assert documents == 64
        roots = {
            row[0] for row in con.execute("SELECT DISTINCT cameo_root FROM mentions").fetchall()
        }
    # the sample reports meetings, sanctions, attacks and aid: the demo must show them
    assert {"04", "16", "19", "07"} <= roots
