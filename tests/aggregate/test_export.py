"""Exports read back with pandas and DuckDB, with the right columns and types."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dyadic.aggregate.export import (
    DEFAULT_UNITS,
    GDELT_COLUMNS,
    GDELT_TEXT_COLUMNS,
    ICEWS_COLUMNS,
    ICEWS_TEXT_COLUMNS,
    export,
)
from dyadic.errors import UsageError
from dyadic.store import Store


@pytest.fixture(scope="module")
def counts(store_path: Path) -> dict[str, int]:
    with Store(store_path, read_only=True) as store:
        return store.counts()


def test_icews_tsv_has_its_20_columns_and_types(store_path: Path, tmp_path: Path, counts) -> None:
    path = tmp_path / "events.tsv"
    summary = export(store_path, "icews", path)
    assert summary.unit == "mentions"
    frame = pd.read_csv(path, sep="\t", dtype=dict.fromkeys(ICEWS_TEXT_COLUMNS, "string"))
    assert tuple(frame.columns) == ICEWS_COLUMNS
    assert len(frame) == counts["mentions"] == summary.rows
    assert frame["Event ID"].dtype == "int64" and frame["Event ID"].is_unique
    assert frame["Intensity"].dtype == "float64"
    assert frame["Sentence Number"].dtype == "int64"
    attack = frame[frame["CAMEO Code"] == "190"].iloc[0]
    assert attack["Source Country"] == "Russian Federation"
    assert attack["Event Text"] == "Use conventional military force"
    assert pd.to_datetime(frame["Event Date"].dropna()).dt.year.min() == 2021
    geneva = frame[frame["City"] == "Geneva"]
    assert set(geneva["Country"]) == {"Switzerland"}


def test_gdelt_table_has_61_columns_in_order_without_header(
    store_path: Path, tmp_path: Path, counts
) -> None:
    path = tmp_path / "gdelt.tsv"
    export(store_path, "gdelt", path)
    assert not path.read_text(encoding="utf-8").startswith("GLOBALEVENTID")
    frame = pd.read_csv(
        path, sep="\t", header=None, names=list(GDELT_COLUMNS),
        dtype=dict.fromkeys(GDELT_TEXT_COLUMNS, "string"),
    )  # fmt: skip
    assert len(GDELT_COLUMNS) == 61
    assert len(frame) == counts["events"]
    for column in ("GLOBALEVENTID", "NumMentions", "NumArticles", "QuadClass"):
        assert frame[column].dtype == "int64", column
    assert frame["GoldsteinScale"].dtype == "float64"
    attack = frame[frame["EventRootCode"] == "19"].iloc[0]
    assert (attack["NumArticles"], attack["NumMentions"]) == (2, 2)
    assert attack["SQLDATE"] == 20220224
    assert attack["Actor1CountryCode"] == "RUS"
    eu = frame[frame["Actor1Code"] == "IGOEUREEC"]
    assert set(eu["Actor1KnownGroupCode"]) == {"EEC"}
    assert frame["AvgTone"].isna().all()  # a field Dyadic does not have stays empty


def test_gdelt_reads_in_duckdb(store_path: Path, tmp_path: Path, counts) -> None:
    path = tmp_path / "gdelt.tsv"
    export(store_path, "gdelt", path, header=True)
    con = duckdb.connect()
    frame = con.execute("SELECT * FROM read_csv(?, delim='\t', header=true)", [str(path)]).df()
    assert tuple(frame.columns) == GDELT_COLUMNS
    assert len(frame) == counts["events"]


def test_plover_jsonl_records_have_required_fields(store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "plover.jsonl"
    summary = export(store_path, "plover", path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == summary.rows > 0
    for record in records:
        assert {"id", "date", "actor", "event"} <= record.keys()
        assert isinstance(record["event"], list) and record["event"][0]
    attack = next(r for r in records if r["cameo"] == "190")
    assert attack["event"] == ["ASSAULT"]
    assert attack["actor"][0]["code"] == "RUS"
    assert attack["recipient"][0]["code"] == "UKR"
    assert attack["text"]
    frame = pd.read_json(path, lines=True)
    assert len(frame) == summary.rows


def test_parquet_is_partitioned_by_month(store_path: Path, tmp_path: Path, counts) -> None:
    path = tmp_path / "parquet"
    summary = export(store_path, "parquet", path)
    months = sorted(p.name for p in path.iterdir())
    assert "month=2022-02" in months and "month=2021-06" in months
    assert summary.files == len(months)
    frame = pd.read_parquet(path)
    assert len(frame) == counts["events"]
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    assert frame["num_articles"].dtype.kind == "i"
    assert isinstance(frame["mention_ids"].iloc[0].tolist(), list)
    con = duckdb.connect()
    rows = con.execute(
        "SELECT count(*) FROM read_parquet(?, hive_partitioning=true) WHERE month = '2022-02'",
        [str(path / "**" / "*.parquet")],
    ).fetchone()
    assert rows is not None and rows[0] == 5  # exports keep every modality


def test_csv_mentions_reads_back(store_path: Path, tmp_path: Path, counts) -> None:
    path = tmp_path / "mentions.csv"
    export(store_path, "csv", path, unit="mentions")
    frame = pd.read_csv(path, dtype={"cameo": "string", "cameo_root": "string"})
    assert len(frame) == counts["mentions"]
    assert {"mention_id", "cluster_id", "sentence", "goldstein", "cameo"} <= set(frame.columns)
    assert frame["goldstein"].dtype == "float64"
    assert frame["cameo"].str.len().min() == 3


def test_export_since_until(store_path: Path, tmp_path: Path) -> None:
    summary = export(
        store_path, "csv", tmp_path / "feb.csv", since=dt.date(2022, 2, 1),
        until=dt.date(2022, 2, 28),
    )  # fmt: skip
    # the attack, Ukraine's reply, the EU's sanctions and criticism, and the denial (exports keep
    # every modality)
    assert summary.rows == 5


@pytest.mark.parametrize(("fmt", "unit"), [("pdf", None), ("csv", "stories")])
def test_export_bad_options(store_path: Path, tmp_path: Path, fmt: str, unit: str | None) -> None:
    with pytest.raises(UsageError):
        export(store_path, fmt, tmp_path / "x", unit=unit)


def test_default_units_cover_every_format() -> None:
    assert set(DEFAULT_UNITS) == {"icews", "gdelt", "plover", "parquet", "csv"}
