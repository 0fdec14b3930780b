"""The analysis commands: dyad, panel, lens, alerts, export, plot, migrate (through Typer)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from dyadic.cli import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_dyad_csv_to_stdout(store_path: Path) -> None:
    code, out, err = run("dyad", "RUS", "UKR", "--db", str(store_path), "--format", "csv")
    assert code == 0, err
    frame = pd.read_csv(io.StringIO(out))
    assert frame.loc[frame["period"] == "2022-02-01", "events"].item() == 2
    assert "1 events without a date" in err  # reported, not silently dropped


def test_dyad_table_shows_every_month(store_path: Path) -> None:
    code, out, _ = run("dyad", "RUS", "UKR", "--db", str(store_path))
    assert code == 0
    assert "2021-06" in out and "2022-02" in out


def test_dyad_unknown_actor_or_freq_is_usage_error(store_path: Path) -> None:
    assert run("dyad", "R!", "UKR", "--db", str(store_path))[0] == 2
    assert run("dyad", "RUS", "UKR", "--freq", "hourly", "--db", str(store_path))[0] == 2
    code, _, err = run("dyad", "RUS", "UKR", "--db", "/nonexistent/x.duckdb")
    assert code == 2 and "no store" in err


def test_panel_to_parquet(store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "panel.parquet"
    code, _, err = run("panel", "--db", str(store_path), "-o", str(path))
    assert code == 0, err
    frame = pd.read_parquet(path)
    assert {"period", "source", "target", "events", "goldstein_mean"} <= set(frame.columns)


def test_lens_table_and_json(store_path: Path) -> None:
    code, out, err = run("lens", "eu-russia-2021", "--db", str(store_path))
    assert code == 0, err
    assert "push_back" in err  # the category summary table
    code, out, _ = run("lens", "eu-russia-2021", "--db", str(store_path), "--format", "json")
    rows = [json.loads(line) for line in out.splitlines()]
    february = next(r for r in rows if r["period"].startswith("2022-02"))
    assert february["push_back"] == 2  # EU sanctions and criticism


def test_lens_list_and_bad_file(store_path: Path, tmp_path: Path) -> None:
    code, out, _ = run("lens", "--list")
    assert code == 0 and "us-china-2021" in out
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\ncategories: []\n", encoding="utf-8")
    code, _, err = run("lens", str(bad), "--db", str(store_path))
    assert code == 2 and "categories" in err


def test_alerts_table_and_json(store_path: Path) -> None:
    code, out, err = run("alerts", "--db", str(store_path), "--min-events", "2")
    assert code == 0, err
    assert "RUS–UKR" in out and "2022-02-01" in out
    code, out, _ = run(
        "alerts", "--db", str(store_path), "--min-events", "2", "--dyad", "RUS-UKR",
        "--format", "json", "--since", "2022-01-01",
    )  # fmt: skip
    (alert,) = [json.loads(line) for line in out.splitlines()]
    assert alert["direction"] == "drop" and alert["top_events"]


@pytest.mark.parametrize("fmt", ["icews", "gdelt", "plover", "csv", "parquet"])
def test_export_every_format(store_path: Path, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out.{fmt}"
    code, _, err = run("export", "--format", fmt, "--db", str(store_path), "-o", str(path))
    assert code == 0, err
    assert path.exists()
    assert "rows" in err


def test_export_unknown_format_is_usage_error(store_path: Path, tmp_path: Path) -> None:
    code, _, err = run(
        "export", "--format", "xml", "--db", str(store_path), "-o", str(tmp_path / "x")
    )
    assert code == 2 and "icews" in err


def test_plot_dyad_and_lens(store_path: Path, tmp_path: Path) -> None:
    chart = tmp_path / "rus-ukr.png"
    code, _, err = run(
        "plot", "dyad", "RUS", "UKR", "--db", str(store_path), "-o", str(chart), "--alerts"
    )
    assert code == 0, err
    assert chart.read_bytes()[:4] == b"\x89PNG"
    lens = tmp_path / "lens.png"
    assert run("plot", "lens", "eu-russia-2021", "--db", str(store_path), "-o", str(lens))[0] == 0
    assert lens.exists()


def test_migrate_reports_schema(store_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(store_path.read_bytes())
    code, _, err = run("migrate", "--db", str(copy))
    assert code == 0 and "schema version 2" in " ".join(err.split())
    assert run("migrate", "--db", str(tmp_path / "none.duckdb"))[0] == 2
