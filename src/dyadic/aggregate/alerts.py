"""Alerts: turning points in dyad series, each explained by its top events.

Two methods:

- ``zscore`` (default): the metric over the last ``window`` periods is compared with its trailing
  ``baseline`` periods; a value more than ``k`` standard deviations below (a *drop*) or above (a
  *rise*) the baseline mean is an alert. The standard deviation is floored at ``min_std`` so that
  a quiet, flat baseline does not turn every small change into an alert.
- ``pelt``: change points of the metric found by PELT (the ``ruptures`` library); the mean after
  a change point is compared with the mean before it.

Metrics: ``goldstein_mean`` (the tone of the relation, default), ``goldstein_sum`` (tone times
volume), ``conflict_share`` (the share of conflict events, where a rise is bad news) and
``events_per_1k_articles`` (attention).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import ruptures

from dyadic.aggregate.actors import ActorSpec, parse_actor
from dyadic.aggregate.series import (
    StoreLike,
    actor_keys,
    check_freq,
    dyad_frame,
    load_events,
    opened,
)
from dyadic.errors import UsageError

METHODS: tuple[str, ...] = ("zscore", "pelt")
METRICS: tuple[str, ...] = (
    "goldstein_mean",
    "goldstein_sum",
    "conflict_share",
    "events_per_1k_articles",
)
DIRECTIONS: tuple[str, ...] = ("both", "drop", "rise")
#: Metrics tested event by event (a mean over events); the others are tested period by period.
EVENT_METRICS: frozenset[str] = frozenset({"goldstein_mean", "conflict_share"})
#: Floors of the standard deviation (of events, or of periods for the volume metrics).
MIN_STD: dict[str, float] = {
    "goldstein_mean": 1.0,
    "goldstein_sum": 5.0,
    "conflict_share": 0.1,
    "events_per_1k_articles": 5.0,
}
#: The smallest change of an event metric that makes an alert, however significant.
MIN_CHANGE: dict[str, float] = {"goldstein_mean": 3.0, "conflict_share": 0.25}


@dataclass(frozen=True, slots=True)
class TopEvent:
    """An event that explains an alert, with the sentence that proves it."""

    id: str
    date: str | None
    source: str | None
    cameo: str
    target: str | None
    goldstein: float | None
    num_articles: int
    sentence: str
    doc_id: str
    title: str | None
    url: str | None

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(frozen=True, slots=True)
class Alert:
    """A turning point in the relation between ``a`` and ``b``."""

    a: str
    b: str
    period: str
    freq: str
    method: str
    metric: str
    direction: str
    value: float
    baseline: float
    score: float
    events: int
    top_events: tuple[TopEvent, ...] = ()

    @property
    def dyad(self) -> str:
        return f"{self.a}–{self.b}"

    def summary(self) -> str:
        """One line: when, what moved, by how much (``direction`` says whether it is a turn for
        the worse: a drop of the tone or a rise of the conflict share)."""
        arrow = "fell" if self.value < self.baseline else "rose"
        return (
            f"{self.period} {self.dyad}: {self.metric} {arrow} to {self.value:+.2f} "
            f"(baseline {self.baseline:+.2f}, score {self.score:+.1f}, {self.events} events)"
        )

    def to_dict(self) -> dict[str, Any]:
        out = {name: getattr(self, name) for name in self.__slots__ if name != "top_events"}
        out["top_events"] = [e.to_dict() for e in self.top_events]
        return out


def _check(method: str, metric: str, direction: str) -> None:
    if method not in METHODS:
        raise UsageError(f"unknown method {method!r}; choose {' or '.join(METHODS)}")
    if metric not in METRICS:
        raise UsageError(f"unknown metric {metric!r}; choose one of {', '.join(METRICS)}")
    if direction not in DIRECTIONS:
        raise UsageError(f"unknown direction {direction!r}; choose one of {', '.join(DIRECTIONS)}")


def _moments(series: pd.DataFrame, metric: str) -> pd.DataFrame:
    """Sum, count and sum of squares of the metric per period, so windows can pool periods.

    For the tone and conflict share the unit is the event (``den`` events per period); for the
    volume metrics it is the period (``den`` 1, ``num`` the period's value).
    """
    events = series["events"].astype(float)
    if metric == "goldstein_mean":
        total = series["goldstein_sum"].astype(float)
        mean = total / events.where(events > 0)
        spread = series["goldstein_std"].fillna(0.0) if "goldstein_std" in series else 0.0
        squares = ((events - 1).clip(lower=0) * spread**2 + events * mean**2).fillna(0.0)
        return pd.DataFrame({"num": total, "den": events, "sq": squares})
    if metric == "conflict_share":
        conflict = (series["verbal_conflict"] + series["material_conflict"]).astype(float)
        return pd.DataFrame({"num": conflict, "den": events, "sq": conflict})
    if metric == "events_per_1k_articles":
        value = series["events"] * 1000.0 / series["articles"].where(series["articles"] > 0)
    else:
        value = series["goldstein_sum"].astype(float)
    return pd.DataFrame({"num": value, "den": 1.0, "sq": value**2}, index=series.index)


def _long(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    first = next(iter(frames.values()))
    position = pd.DataFrame({d: range(len(first)) for d in first.columns}, index=first.index)
    long = pd.DataFrame(
        {"position": position.stack(future_stack=True)}
        | {name: frame.stack(future_stack=True) for name, frame in frames.items()}
    )
    long.index.names = ["period", "dyad"]
    return long


def event_scan(
    wide: Mapping[str, pd.DataFrame],
    *,
    window: int,
    baseline: int,
    k: float,
    min_change: float,
    min_std: float,
    min_events: int,
) -> pd.DataFrame:
    """Compare each window's events with the events of its trailing baseline (all dyads at once).

    The score is the difference of the two means over its standard error, with the events'
    pooled standard deviation (floored at ``min_std``): a two-sample z statistic. Sparse dyads
    work, since periods without events simply add nothing to either side.

    Args:
        wide: ``num``, ``den``, ``sq`` and ``events`` frames (periods x dyads).

    Returns:
        Long rows ``period, dyad, position, value, baseline, score, events`` with |score| >= k,
        |value - baseline| >= min_change and at least ``min_events`` events on both sides.
    """

    def pooled(frame: pd.DataFrame, shift: int, length: int) -> pd.DataFrame:
        return frame.shift(shift).rolling(length, min_periods=1).sum()

    n_now, n_before = pooled(wide["den"], 0, window), pooled(wide["den"], window, baseline)
    now = pooled(wide["num"], 0, window) / n_now.where(n_now > 0)
    before = pooled(wide["num"], window, baseline) / n_before.where(n_before > 0)
    squares = pooled(wide["sq"], 0, window) + pooled(wide["sq"], window, baseline)
    spread = (squares - n_now * now**2 - n_before * before**2) / (n_now + n_before - 2).where(
        n_now + n_before > 2
    )
    deviation = spread.clip(lower=min_std**2).pow(0.5)
    score = (now - before) / (deviation * (1 / n_now + 1 / n_before).pow(0.5))
    long = _long({"value": now, "baseline": before, "score": score, "events": n_now,
                  "events_before": n_before})  # fmt: skip
    keep = (
        (long["score"].abs() >= k)
        & ((long["value"] - long["baseline"]).abs() >= min_change)
        & (long["events"] >= min_events)
        & (long["events_before"] >= min_events)
    )
    return long[keep].drop(columns="events_before").reset_index()


def period_scan(
    wide: Mapping[str, pd.DataFrame],
    *,
    window: int,
    baseline: int,
    k: float,
    min_std: float,
    min_events: int,
) -> pd.DataFrame:
    """Compare each window's value with the values of its trailing baseline periods (a rolling
    z-score over periods, for the volume metrics; all dyads at once).

    Returns:
        Long rows ``period, dyad, position, value, baseline, score, events`` with |score| >= k.
    """
    now = wide["num"].rolling(window, min_periods=1).mean()
    history = wide["num"].shift(window).rolling(baseline, min_periods=max(2, baseline // 2))
    before = history.mean()
    deviation = history.std().clip(lower=min_std).where(before.notna())
    score = (now - before) / deviation
    recent = wide["events"].rolling(window, min_periods=1).sum()
    long = _long({"value": now, "baseline": before, "score": score, "events": recent})
    keep = (long["score"].abs() >= k) & (long["events"] >= min_events)
    return long[keep].reset_index()


def pelt_scan(
    values: pd.Series, events: pd.Series, *, penalty: float | None, min_std: float, min_size: int
) -> list[tuple[pd.Timestamp, float, float, float, int]]:
    """Change points of one dyad's series (periods with events only).

    Returns:
        (first period after the change, mean after, mean before, score, events after) per
        change point.
    """
    kept = values[events > 0].dropna()
    n = len(kept)
    if n < 2 * min_size:
        return []
    signal = kept.to_numpy(dtype=float).reshape(-1, 1)
    scale = max(float(np.var(signal)), min_std**2)
    pen = penalty if penalty is not None else 2.0 * math.log(n) * scale
    breaks = ruptures.Pelt(model="l2", min_size=min_size, jump=1).fit(signal).predict(pen=pen)
    out = []
    bounds = [0, *breaks]
    for i in range(1, len(bounds) - 1):
        before = signal[bounds[i - 1] : bounds[i], 0]
        after = signal[bounds[i] : bounds[i + 1], 0]
        pooled = max(float(np.sqrt((before.var() + after.var()) / 2)), min_std)
        start = kept.index[bounds[i]]
        total = int(events[kept.index[bounds[i] : bounds[i + 1]]].sum())
        score = (after.mean() - before.mean()) / pooled
        out.append((start, float(after.mean()), float(before.mean()), float(score), total))
    return out


def detect(
    series: pd.DataFrame,
    *,
    method: str = "zscore",
    metric: str = "goldstein_mean",
    direction: str = "both",
    window: int = 1,
    baseline: int = 12,
    k: float = 2.5,
    min_events: int = 3,
    min_change: float | None = None,
    penalty: float | None = None,
    since: dt.date | None = None,
) -> pd.DataFrame:
    """Alerts from dyad series (pure: no store).

    Args:
        series: long rows with columns ``dyad``, ``period`` and those of :func:`dyad_series`
            (events, quad counts, goldstein_sum, articles); every period present for each dyad.
        method, metric, direction: see the module docstring.
        window: periods pooled into the current value.
        baseline: trailing periods the current value is compared with (zscore).
        k: standard deviations that make an alert (zscore), or the smallest |score| (pelt).
        min_events: events the current window (and, for event metrics, the baseline) needs.
        min_change: the smallest change of the tone or conflict share that makes an alert
            (default MIN_CHANGE: 3 Goldstein points, 0.25 of conflict share).
        penalty: PELT's penalty (default 2 log(n) times the signal's variance).
        since: only alerts in periods starting on or after this day.

    Returns:
        ``dyad, period, value, baseline, score, events, direction``, strongest first.
    """
    _check(method, metric, direction)
    if window < 1 or baseline < 2:
        raise UsageError("window must be at least 1 period and baseline at least 2")
    min_std = MIN_STD[metric]
    parts = _moments(series, metric)
    work = series[["dyad", "period", "events"]].assign(
        num=parts["num"], den=parts["den"], sq=parts["sq"]
    )
    if method == "zscore":
        table = work.pivot_table(
            index="period", columns="dyad", values=["num", "den", "sq", "events"], aggfunc="sum",
            dropna=False,
        ).sort_index()  # fmt: skip
        wide = {name: pd.DataFrame(table[name]) for name in ("num", "den", "sq", "events")}
        if metric in EVENT_METRICS:
            change = MIN_CHANGE[metric] if min_change is None else min_change
            found = event_scan(
                wide, window=window, baseline=baseline, k=k, min_change=change, min_std=min_std,
                min_events=min_events,
            )  # fmt: skip
        else:
            found = period_scan(
                wide, window=window, baseline=baseline, k=k, min_std=min_std,
                min_events=min_events,
            )  # fmt: skip
    else:
        rows = []
        for dyad, group in work.groupby("dyad", sort=True):
            ordered = group.set_index("period").sort_index()
            value = ordered["num"] / ordered["den"].where(ordered["den"] > 0)
            for start, after, before, score, total in pelt_scan(
                value, ordered["events"], penalty=penalty, min_std=min_std, min_size=2
            ):
                rows.append((start, dyad, after, before, score, total))
        found = pd.DataFrame(
            rows, columns=["period", "dyad", "value", "baseline", "score", "events"]
        )
        found = found[(found["score"].abs() >= k) & (found["events"] >= min_events)]
    # a rise in the conflict share is a turn for the worse: call it a drop
    worse = -1 if metric == "conflict_share" else 1
    found = found.assign(direction=np.where(found["score"] * worse < 0, "drop", "rise"))
    if method == "zscore" and not found.empty:
        # a turning point is where a run of alerting periods starts, not every period of the run
        found = found.sort_values(["dyad", "direction", "position"])
        previous = found.groupby(["dyad", "direction"])["position"].shift()
        found = found[previous.isna() | (found["position"] - previous > 1)]
    if direction != "both":
        found = found[found["direction"] == direction]
    if since is not None:
        found = found[found["period"] >= pd.Timestamp(since)]
    found = found.assign(strength=found["score"].abs())
    found = found.sort_values(["strength", "period", "dyad"], ascending=[False, True, True])
    columns = ["dyad", "period", "value", "baseline", "score", "events", "direction"]
    return found[columns].reset_index(drop=True)


def _all_dyads(
    events: pd.DataFrame, article_dates: pd.Series, *, freq: str, max_dyads: int, min_total: int
) -> pd.DataFrame:
    """Long series of the busiest undirected country-level dyads."""
    source = actor_keys(events["source_code"], events["source_country"])
    target = actor_keys(events["target_code"], events["target_country"])
    keep = source.notna() & target.notna() & (source != target) & events["date"].notna()
    work = events[keep].assign(
        a=np.where(source[keep] <= target[keep], source[keep], target[keep]),
        b=np.where(source[keep] <= target[keep], target[keep], source[keep]),
    )
    sizes = work.groupby(["a", "b"]).size().sort_values(ascending=False, kind="mergesort")
    busiest = sizes[sizes >= min_total].head(max_dyads)
    frames = []
    for a, b in busiest.index:
        one = work[(work["a"] == a) & (work["b"] == b)]
        series = dyad_frame(one, article_dates, ActorSpec(a, (a,)), ActorSpec(b, (b,)), freq=freq)
        frames.append(series.assign(dyad=f"{a}–{b}", a=a, b=b))
    if not frames:
        return pd.DataFrame(columns=["dyad", "a", "b", "period"])
    return pd.concat(frames, ignore_index=True)


def _candidates(
    events: pd.DataFrame,
    a: ActorSpec,
    b: ActorSpec,
    *,
    start: pd.Timestamp,
    end: pd.Timestamp,
    worse: bool,
    n: int,
) -> list[str]:
    """Ids of the ``n`` events that explain an alert: the dyad's events in the alert's periods,
    the most conflictual first for a drop (the most cooperative for a rise), then the most
    covered."""
    dates = pd.to_datetime(events["date"])
    in_window = (dates >= start) & (dates < end)
    chosen = events[in_window]
    forward = a.mask(chosen["source_code"], chosen["source_country"]) & b.mask(
        chosen["target_code"], chosen["target_country"]
    )
    backward = b.mask(chosen["source_code"], chosen["source_country"]) & a.mask(
        chosen["target_code"], chosen["target_country"]
    )
    chosen = chosen[forward | backward]
    if chosen.empty or n <= 0:
        return []
    tone = chosen["goldstein"].fillna(0.0) * (1 if worse else -1)
    ranked = chosen.assign(_tone=tone).sort_values(
        ["_tone", "num_articles", "date", "id"], ascending=[True, False, True, True]
    )
    return [str(i) for i in ranked["id"].head(n)]


def _top_events(details: pd.DataFrame, ids: Sequence[str]) -> tuple[TopEvent, ...]:
    rows = details.reindex(list(ids)).dropna(subset=["cameo"])
    return tuple(
        TopEvent(
            id=str(event_id),
            date=None if pd.isna(row["date"]) else pd.Timestamp(row["date"]).date().isoformat(),
            source=_text(row["source_code"]),
            cameo=str(row["cameo"]),
            target=_text(row["target_code"]),
            goldstein=None if pd.isna(row["goldstein"]) else float(row["goldstein"]),
            num_articles=int(row["num_articles"]),
            sentence=str(row["sentence"]),
            doc_id=str(row["doc_id"]),
            title=_text(row["title"]),
            url=_text(row["url"]),
        )
        for event_id, row in rows.iterrows()
    )


def _text(value: Any) -> str | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)


def alerts(
    store: StoreLike,
    *,
    dyads: Sequence[tuple[str, str]] | None = None,
    freq: str = "month",
    method: str = "zscore",
    metric: str = "goldstein_mean",
    direction: str = "both",
    window: int = 1,
    baseline: int = 12,
    k: float = 2.5,
    min_events: int = 3,
    min_change: float | None = None,
    penalty: float | None = None,
    since: dt.date | None = None,
    unit: str = "events",
    modality: str | Iterable[str] | None = None,
    max_dyads: int = 25,
    top: int = 3,
) -> list[Alert]:
    """Turning points in dyad series, strongest first, each with its top events.

    Args:
        store: a :class:`~dyadic.store.Store` or the path of a DuckDB file.
        dyads: (a, b) pairs of actors (codes, countries, groups); default: the ``max_dyads``
            busiest country-level dyads.
        since: only alerts on or after this day (earlier data still forms the baseline).
        top: events that explain each alert (the most conflictual for a drop, the most
            cooperative for a rise; most covered first on ties).
        Other arguments: see :func:`detect`.

    Raises:
        UsageError: an unknown method, metric, direction, frequency, actor or modality.
    """
    _check(method, metric, direction)
    check_freq(freq)
    specs = [(parse_actor(a), parse_actor(b)) for a, b in dyads or ()]
    with opened(store) as db:
        events, dates = load_events(db, unit=unit, modality=modality)
        if specs:
            frames = [
                dyad_frame(events, dates, sa, sb, freq=freq).assign(dyad=f"{sa.label}–{sb.label}")
                for sa, sb in specs
            ]
            series = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
            by_label = {f"{sa.label}–{sb.label}": (sa, sb) for sa, sb in specs}
        else:
            series = _all_dyads(events, dates, freq=freq, max_dyads=max_dyads, min_total=min_events)
            by_label = {
                d: (ActorSpec(a, (a,)), ActorSpec(b, (b,)))
                for d, a, b in series[["dyad", "a", "b"]].drop_duplicates().itertuples(index=False)
            }
        if series.empty:
            return []
        found = detect(
            series,
            method=method,
            metric=metric,
            direction=direction,
            window=window,
            baseline=baseline,
            k=k,
            min_events=min_events,
            min_change=min_change,
            penalty=penalty,
            since=since,
        )
        step = pd.tseries.frequencies.to_offset(_OFFSETS[freq])
        rows = found.to_dict("records")
        explained: list[list[str]] = []
        for row in rows:
            sa, sb = by_label[str(row["dyad"])]
            period = pd.Timestamp(row["period"])
            # the events of the periods the alert's value pools (a change point: its first period)
            start = period - (window - 1) * step if method == "zscore" else period
            explained.append(
                _candidates(
                    events,
                    sa,
                    sb,
                    start=start,
                    end=period + step,
                    worse=row["direction"] == "drop",
                    n=top,
                )
            )
        wanted = sorted({i for ids in explained for i in ids})
        details = db.event_details(wanted, unit=unit, limit=len(wanted)).set_index("id")
    out = []
    for row, ids in zip(rows, explained, strict=True):
        sa, sb = by_label[str(row["dyad"])]
        out.append(
            Alert(
                a=sa.label,
                b=sb.label,
                period=pd.Timestamp(row["period"]).date().isoformat(),
                freq=freq,
                method=method,
                metric=metric,
                direction=str(row["direction"]),
                value=float(row["value"]),
                baseline=float(row["baseline"]),
                score=float(row["score"]),
                events=int(row["events"]),
                top_events=_top_events(details, ids),
            )
        )
    return out


_OFFSETS = {"day": "D", "week": "W-MON", "month": "MS", "quarter": "QS", "year": "YS"}
