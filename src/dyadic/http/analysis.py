"""Routes over the aggregates: dyad series, the country panel, strategy lenses and alerts.

The store cannot change while the server holds it (DuckDB's lock), so the events the aggregates
work from are read once per unit and results are cached by their parameters.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import pandas as pd
from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from dyadic.aggregate.actors import parse_actor
from dyadic.aggregate.alerts import DIRECTIONS, METHODS, METRICS, alerts
from dyadic.aggregate.lens import builtin_lenses, load_lens
from dyadic.aggregate.lens import lens_frame as build_lens_frame
from dyadic.aggregate.series import (
    FREQS,
    check_freq,
    check_modalities,
    dyad_frame,
    filter_frame,
    panel_frame,
)
from dyadic.errors import UsageError
from dyadic.http.context import Context, Ctx, cache_key
from dyadic.http.errors import ApiError
from dyadic.http.format import clean, frame_records

router = APIRouter(prefix="/api")

Freq = Annotated[str, Query(description=f"period: {', '.join(FREQS)}")]
Unit = Annotated[str, Query(pattern="^(events|mentions)$")]
Modality = Annotated[
    str | None,
    Query(
        max_length=200,
        description="modalities counted, comma-separated, or all "
        "(default asserted,intended,reported_past)",
    ),
]
Since = Annotated[dt.date | None, Query(description="first day (YYYY-MM-DD)")]
Until = Annotated[dt.date | None, Query(description="last day (YYYY-MM-DD)")]

_FREQ_ALIASES = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}


def analysis_frames(ctx: Context, unit: str) -> tuple[pd.DataFrame, pd.Series]:
    """Every event (or mention) with the columns aggregates use, and the articles' dates (read
    once per unit)."""

    def load() -> tuple[pd.DataFrame, pd.Series]:
        with ctx.pool.store() as store:
            return store.analysis_frame(unit=unit), store.article_dates()

    frames: tuple[pd.DataFrame, pd.Series] = ctx.cache.get(("frames", unit), load)
    return frames


def _selected(
    ctx: Context,
    unit: str,
    modality: str | None,
    since: dt.date | None,
    until: dt.date | None,
) -> tuple[pd.DataFrame, pd.Series]:
    events, dates = analysis_frames(ctx, unit)
    chosen = filter_frame(events, modality=check_modalities(modality), since=since, until=until)
    day = pd.to_datetime(dates)
    keep = pd.Series(True, index=day.index)
    if since is not None:
        keep &= day >= pd.Timestamp(since)
    if until is not None:
        keep &= day <= pd.Timestamp(until)
    return chosen, dates[keep]


def period_end(start: Any, freq: str) -> str:
    """The last day of the period that starts on ``start``."""
    period = pd.Timestamp(start).to_period(_FREQ_ALIASES[freq])
    return str(period.end_time.date().isoformat())


def _periods(frame: pd.DataFrame, freq: str, cap: int) -> list[dict[str, Any]]:
    if len(frame) > cap:
        raise UsageError(
            f"{len(frame)} periods is more than this server returns ({cap}); choose a longer "
            "period (freq) or a shorter date range (since, until)"
        )
    records = frame_records(frame)
    for record, start in zip(records, frame["period"], strict=True):
        record["end"] = period_end(start, freq)
    return records


@router.get("/dyads/{a}/{b}/series", summary="The relation series between two actors")
def dyad_series(
    ctx: Ctx,
    *,
    a: str,
    b: str,
    freq: Freq = "month",
    directed: Annotated[bool, Query(description="only events from a to b")] = False,
    modality: Modality = None,
    unit: Unit = "events",
    since: Since = None,
    until: Until = None,
) -> JSONResponse:
    """Per period: events, the four quad-class counts, the Goldstein sum, mean and standard
    deviation, the conflict share, the direction counts, articles coded and events per 1,000
    articles."""
    check_freq(freq)
    spec_a, spec_b = parse_actor(a), parse_actor(b)
    modalities = check_modalities(modality)
    key = cache_key("series", a, b, freq, directed, modalities, unit, since, until)

    def compute() -> dict[str, Any]:
        events, dates = _selected(ctx, unit, modality, since, until)
        frame = dyad_frame(events, dates, spec_a, spec_b, freq=freq, directed=directed)
        return {
            "a": spec_a.label, "b": spec_b.label, "freq": freq, "directed": directed,
            "unit": unit, "modality": list(modalities), "undated": frame.attrs.get("undated", 0),
            "periods": _periods(frame, freq, ctx.options.max_rows),
        }  # fmt: skip

    return JSONResponse(clean(ctx.cache.get(key, compute)))


@router.get("/panel", summary="A country-level panel of directed dyads")
def panel(
    ctx: Ctx,
    *,
    freq: Freq = "month",
    modality: Modality = None,
    unit: Unit = "events",
    since: Since = None,
    until: Until = None,
    domestic: Annotated[bool, Query(description="keep dyads within one country")] = True,
    balanced: Annotated[bool, Query(description="every dyad in every period")] = False,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1)] = 1000,
) -> JSONResponse:
    """One row per directed country-level dyad (IGOs keep their code) and period, as
    ``dyadic panel``; rows ``offset`` to ``offset + limit`` (limit capped)."""
    check_freq(freq)
    modalities = check_modalities(modality)
    if limit > ctx.options.max_rows:
        raise ApiError(400, f"limit {limit} is above the row cap ({ctx.options.max_rows})")
    key = cache_key("panel", freq, modalities, unit, since, until, domestic, balanced)

    def compute() -> pd.DataFrame:
        events, dates = _selected(ctx, unit, modality, since, until)
        return panel_frame(events, dates, freq=freq, domestic=domestic, balanced=balanced)

    frame: pd.DataFrame = ctx.cache.get(key, compute)
    rows = frame.iloc[offset : offset + limit]
    following = offset + limit if offset + limit < len(frame) else None
    body = {
        "freq": freq, "unit": unit, "modality": list(modalities), "total": len(frame),
        "offset": offset, "limit": limit, "next_offset": following,
        "rows": frame_records(rows),
    }  # fmt: skip
    return JSONResponse(clean(body))


def _lens_summary(name: str) -> dict[str, Any]:
    lens = load_lens(name)
    return {
        "name": name,
        "title": lens.title,
        "description": lens.description,
        "source": lens.source,
        "exclusive": lens.exclusive,
        "categories": [
            {"id": c.id, "label": c.label, "description": c.description} for c in lens.categories
        ],
        "balance": {"positive": list(lens.positive), "negative": list(lens.negative)},
    }


@router.get("/lenses", summary="The strategy lenses shipped with Dyadic")
def lenses(ctx: Ctx) -> JSONResponse:
    """Every shipped lens with its title, description, categories and balance."""
    found = ctx.cache.get(("lenses",), lambda: [_lens_summary(n) for n in builtin_lenses()])
    return JSONResponse(clean({"lenses": found}))


@router.get("/lenses/{name}/series", summary="A lens's categories over time")
def lens_series(
    ctx: Ctx,
    *,
    name: str,
    freq: Freq = "month",
    unit: Unit = "events",
    since: Since = None,
    until: Until = None,
) -> JSONResponse:
    """Per period: a count per category, ``total``, each category's share, the balance
    (positive minus negative over total) and articles coded."""
    if name not in builtin_lenses():
        raise ApiError(404, f"no lens {name!r}; GET /api/lenses lists them")
    check_freq(freq)
    key = cache_key("lens", name, freq, unit, since, until)

    def compute() -> dict[str, Any]:
        lens = load_lens(name)
        # every modality: each rule of the lens says which ones it counts
        events, dates = _selected(ctx, unit, "all", since, until)
        frame = build_lens_frame(lens, events, dates, freq=freq)
        return {
            **_lens_summary(name), "freq": freq, "unit": unit,
            "undated": frame.attrs.get("undated", 0),
            "periods": _periods(frame, freq, ctx.options.max_rows),
        }  # fmt: skip

    return JSONResponse(clean(ctx.cache.get(key, compute)))


@router.get("/alerts", summary="Turning points in dyad series, each with its top events")
def alert_list(
    ctx: Ctx,
    *,
    a: Annotated[str | None, Query(max_length=200, description="one side of a dyad")] = None,
    b: Annotated[str | None, Query(max_length=200, description="the other side")] = None,
    freq: Freq = "month",
    method: Annotated[str, Query(description=f"{' or '.join(METHODS)}")] = "zscore",
    metric: Annotated[str, Query(description=f"one of {', '.join(METRICS)}")] = "goldstein_mean",
    direction: Annotated[str, Query(description=f"one of {', '.join(DIRECTIONS)}")] = "both",
    window: Annotated[int, Query(ge=1, le=60)] = 1,
    baseline: Annotated[int, Query(ge=2, le=120)] = 12,
    k: Annotated[float, Query(gt=0, le=100)] = 2.5,
    min_events: Annotated[int, Query(ge=1)] = 3,
    since: Since = None,
    top: Annotated[int, Query(ge=0, le=20)] = 3,
    max_dyads: Annotated[int, Query(ge=1, le=200)] = 25,
    unit: Unit = "events",
    modality: Modality = None,
    limit: Annotated[int, Query(ge=1)] = 100,
) -> JSONResponse:
    """Alerts of one dyad (``a`` and ``b``) or of the busiest country-level dyads, strongest
    first, each explained by its top events."""
    if (a is None) != (b is None):
        raise ApiError(400, "give both a and b for one dyad, or neither for the busiest dyads")
    if limit > ctx.options.max_rows:
        raise ApiError(400, f"limit {limit} is above the row cap ({ctx.options.max_rows})")
    check_freq(freq)
    modalities = check_modalities(modality)
    dyads = [(a, b)] if a is not None and b is not None else None
    key = cache_key("alerts", a, b, freq, method, metric, direction, window, baseline, k,
                    min_events, since, top, max_dyads, unit, modalities)  # fmt: skip

    def compute() -> list[dict[str, Any]]:
        with ctx.pool.store() as store:
            found = alerts(
                store, dyads=dyads, freq=freq, method=method, metric=metric,
                direction=direction, window=window, baseline=baseline, k=k,
                min_events=min_events, since=since, unit=unit, modality=list(modalities),
                max_dyads=max_dyads, top=top,
            )  # fmt: skip
        return [
            {**alert.to_dict(), "dyad": alert.dyad, "summary": alert.summary(),
             "end": period_end(alert.period, freq)}
            for alert in found
        ]  # fmt: skip

    found: list[dict[str, Any]] = ctx.cache.get(key, compute)
    body = {"freq": freq, "method": method, "metric": metric, "total": len(found),
            "alerts": found[:limit]}  # fmt: skip
    return JSONResponse(clean(body))
