"""Dyad series and panels from a store of hand-built events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from dyadic.aggregate import dyad_series, panel
from dyadic.aggregate.series import check_modalities, periods
from dyadic.errors import StoreError, UsageError


def row(frame: pd.DataFrame, period: str) -> pd.Series:
    return frame.set_index("period").loc[pd.Timestamp(period)]


def test_dyad_series_monthly_counts_and_goldstein(store_path: Path) -> None:
    series = dyad_series(store_path, "RUS", "UKR", freq="month")
    assert series["period"].min() == pd.Timestamp("2021-01-01")
    assert series["period"].max() == pd.Timestamp("2022-02-01")
    assert len(series) == 14  # every month, also the empty January 2022
    june = row(series, "2021-06-01")
    assert (june["events"], june["verbal_coop"], june["goldstein_sum"]) == (2, 2, 2.0)
    assert june["articles"] == 3
    assert june["events_per_1k_articles"] == pytest.approx(2000 / 3)
    february = row(series, "2022-02-01")
    # the attack reported by two articles is one event; the denial is not counted
    assert (february["events"], february["material_conflict"], february["verbal_conflict"]) == (
        2,
        1,
        1,
    )
    assert february["goldstein_mean"] == pytest.approx(-6.0)
    assert (february["a_to_b"], february["b_to_a"]) == (1, 1)
    january = row(series, "2022-01-01")
    assert january["events"] == 0
    assert pd.isna(january["goldstein_mean"])
    assert series.attrs["undated"] == 1


def test_dyad_series_directed_counts_one_way(store_path: Path) -> None:
    series = dyad_series(store_path, "RUS", "UKR", directed=True)
    assert int(series["events"].sum()) == 12 + 1
    assert "a_to_b" not in series.columns


@pytest.mark.parametrize(
    ("unit", "modality", "february"),
    [
        ("events", None, 2),
        ("mentions", None, 3),  # the attack counted once per article
        ("mentions", "all", 4),  # and the denial too
        ("events", "negated", 1),
    ],
)
def test_dyad_series_unit_and_modality(
    store_path: Path, unit: str, modality: str | None, february: int
) -> None:
    series = dyad_series(store_path, "RUS", "UKR", unit=unit, modality=modality)
    assert row(series, "2022-02-01")["events"] == february


def test_dyad_series_weekly_and_range(store_path: Path) -> None:
    series = dyad_series(
        store_path,
        "RUS",
        "UKR",
        freq="week",
        since=dt.date(2022, 2, 1),
        until=dt.date(2022, 2, 28),
    )
    assert series["period"].min() == pd.Timestamp("2022-02-21")  # the Monday of the attack week
    assert int(series["events"].sum()) == 2


def test_dyad_series_groups_and_sectors(store_path: Path) -> None:
    eu = dyad_series(store_path, "EU", "RUS")
    assert int(eu["events"].sum()) == 3
    governments = dyad_series(store_path, "RUSGOV", "UKRGOV")
    assert int(governments["events"].sum()) == 24


def test_panel_one_row_per_directed_dyad_and_period(store_path: Path) -> None:
    frame = panel(store_path, freq="month")
    assert not frame.duplicated(["period", "source", "target"]).any()
    eu = frame[(frame["source"] == "IGOEUREEC") & (frame["target"] == "RUS")]
    assert eu["events"].tolist() == [1, 2]
    assert int(frame["events"].sum()) == 12 * 2 + 2 + 3 + 2  # talks, attack+reply, EU, US/UKR


def test_panel_balanced_fills_every_period(store_path: Path) -> None:
    frame = panel(store_path, balanced=True)
    sizes = frame.groupby(["source", "target"]).size()
    assert sizes.nunique() == 1
    assert sizes.iloc[0] == 14


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"freq": "fortnight"}, UsageError),
        ({"modality": "maybe"}, UsageError),
        ({"unit": "stories"}, UsageError),
    ],
)
def test_dyad_series_bad_options(store_path: Path, kwargs: dict[str, str], error: type) -> None:
    with pytest.raises(error):
        dyad_series(store_path, "RUS", "UKR", **kwargs)


def test_dyad_series_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        dyad_series(tmp_path / "none.duckdb", "RUS", "UKR")


@pytest.mark.parametrize(
    ("freq", "start"),
    [("day", "2022-02-24"), ("week", "2022-02-21"), ("month", "2022-02-01"),
     ("quarter", "2022-01-01"), ("year", "2022-01-01")],
)  # fmt: skip
def test_periods_start_days(freq: str, start: str) -> None:
    assert periods(pd.Series([pd.Timestamp("2022-02-24")]), freq).iloc[0] == pd.Timestamp(start)


def test_check_modalities_all_and_list() -> None:
    assert check_modalities("all") == (
        "asserted", "negated", "intended", "hypothetical", "reported_past",
    )  # fmt: skip
    assert check_modalities(["asserted"]) == ("asserted",)
