"""Alerts: turning points found on synthetic series and explained by their top events."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from dyadic.aggregate import alerts, detect
from dyadic.errors import UsageError


def series(values: list[float], *, events: int = 5, dyad: str = "A–B") -> pd.DataFrame:
    """A long dyad series whose mean Goldstein per period is ``values``."""
    index = pd.date_range("2020-01-01", periods=len(values), freq="MS")
    n = np.full(len(values), events)
    return pd.DataFrame(
        {
            "dyad": dyad,
            "period": index,
            "events": n,
            "goldstein_sum": np.array(values) * n,
            "verbal_conflict": 0,
            "material_conflict": 0,
            "articles": 100,
        }
    )


RNG = np.random.default_rng(7)
STABLE = list(2 + RNG.normal(0, 0.5, 24))
DROP = [*STABLE[:18], -6.0, *STABLE[19:]]


@pytest.mark.parametrize("method", ["zscore", "pelt"])
def test_stable_series_gives_no_alert(method: str) -> None:
    assert detect(series(STABLE), method=method).empty


def test_zscore_finds_the_drop_period() -> None:
    found = detect(series(DROP))
    assert found["period"].tolist() == [pd.Timestamp("2021-07-01")]
    assert found["direction"].tolist() == ["drop"]
    assert found["score"].iloc[0] < -2


@pytest.mark.parametrize(("direction", "n"), [("drop", 1), ("rise", 0), ("both", 1)])
def test_direction_filter(direction: str, n: int) -> None:
    assert len(detect(series(DROP), direction=direction)) == n


def test_min_events_silences_thin_periods() -> None:
    assert detect(series(DROP, events=2), min_events=3).empty


def test_pelt_finds_a_lasting_change() -> None:
    shifted = STABLE[:12] + [v - 8 for v in STABLE[12:]]
    found = detect(series(shifted), method="pelt")
    assert found["period"].tolist() == [pd.Timestamp("2021-01-01")]
    assert found["direction"].tolist() == ["drop"]


def test_since_keeps_later_alerts_only() -> None:
    assert detect(series(DROP), since=pd.Timestamp("2021-08-01").date()).empty


@pytest.mark.parametrize(
    "kwargs",
    [{"method": "magic"}, {"metric": "vibes"}, {"direction": "sideways"}, {"baseline": 1}],
)
def test_bad_options_are_usage_errors(kwargs: dict[str, object]) -> None:
    with pytest.raises(UsageError):
        detect(series(STABLE), **kwargs)  # type: ignore[arg-type]


def test_alerts_from_store_are_explained_by_top_events(store_path: Path) -> None:
    found = alerts(store_path, dyads=[("RUS", "UKR")], min_events=2)
    assert [a.period for a in found] == ["2022-02-01"]
    alert = found[0]
    assert alert.direction == "drop"
    assert alert.value == pytest.approx(-6.0)
    top = alert.top_events[0]
    assert top.cameo in {"190", "193"}  # the attack, the most conflictual event
    assert top.num_articles == 2
    assert top.sentence
    assert alert.to_dict()["top_events"][0]["id"] == top.id


def test_alerts_scan_busiest_dyads_without_dyads(store_path: Path) -> None:
    found = alerts(store_path, min_events=2)
    assert [(a.dyad, a.period) for a in found] == [("RUS–UKR", "2022-02-01")]


def test_zscore_reports_where_a_lasting_drop_starts_not_every_period_after() -> None:
    shifted = [*STABLE[:16], *(v - 8 for v in STABLE[16:])]
    found = detect(series(shifted))
    assert found["period"].tolist() == [pd.Timestamp("2021-05-01")]


def test_sparse_dyad_alerts_when_events_are_pooled() -> None:
    quiet = series([1.0] * 12 + [-8.0], events=1)
    quiet.loc[quiet.index[:12:2], ["events", "goldstein_sum"]] = 0  # an event every other month
    quiet.loc[quiet.index[-1], ["events", "goldstein_sum"]] = [5, -40.0]
    found = detect(quiet)
    assert found["period"].tolist() == [pd.Timestamp("2021-01-01")]


@pytest.mark.parametrize(("min_change", "n"), [(None, 0), (0.5, 1)])
def test_min_change_keeps_small_significant_shifts_out(min_change: float | None, n: int) -> None:
    busy = series([2.0] * 12 + [1.0], events=200)
    busy["goldstein_std"] = 1.0
    assert len(detect(busy, min_change=min_change)) == n
