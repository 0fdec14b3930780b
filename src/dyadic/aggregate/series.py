"""Dyad series and country panels: counts per quad class, Goldstein sum and mean, events per 1,000
articles, per day, week, month, quarter or year.

The pure functions (:func:`dyad_frame`, :func:`panel_frame`) work on an events frame and the
articles' dates; :func:`dyad_series` and :func:`panel` read both from a store first.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from dyadic.aggregate.actors import ActorSpec, parse_actor
from dyadic.errors import UsageError
from dyadic.model import MODALITIES
from dyadic.store.db import UNITS, Store

#: --freq names -> pandas period aliases (weeks run Monday to Sunday, as ISO weeks do).
FREQS: dict[str, str] = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}
#: Modalities counted unless the caller says otherwise: what happened, was reported as having
#: happened, or was announced (intents are coded as intent codes, 03x and 13x). Denials and
#: conditionals are left out.
DEFAULT_MODALITIES: tuple[str, ...] = ("asserted", "intended", "reported_past")
QUADS: dict[int, str] = {
    1: "verbal_coop",
    2: "material_coop",
    3: "verbal_conflict",
    4: "material_conflict",
}
COUNT_COLUMNS: tuple[str, ...] = ("events", *QUADS.values())

StoreLike = Store | str | Path


@contextlib.contextmanager
def opened(store: StoreLike) -> Iterator[Store]:
    """A store as given, or the file at a path opened read-only for the duration."""
    if isinstance(store, Store):
        yield store
        return
    with Store(store, read_only=True) as opened_store:
        yield opened_store


def check_freq(freq: str) -> str:
    """``freq`` if it is one of day, week, month, quarter, year.

    Raises:
        UsageError: it is not.
    """
    if freq not in FREQS:
        raise UsageError(f"unknown frequency {freq!r}; choose one of {', '.join(FREQS)}")
    return freq


def check_unit(unit: str) -> str:
    if unit not in UNITS:
        raise UsageError(f"unknown unit {unit!r}; choose events (deduplicated) or mentions")
    return unit


def check_modalities(modality: str | Iterable[str] | None) -> tuple[str, ...]:
    """Modalities from a list or a comma-separated string (None: the defaults; "all": every one).

    Raises:
        UsageError: an unknown modality.
    """
    if modality is None:
        return DEFAULT_MODALITIES
    items = modality.split(",") if isinstance(modality, str) else list(modality)
    names = tuple(dict.fromkeys(m.strip() for m in items if m.strip()))
    if names == ("all",):
        return MODALITIES
    unknown = [m for m in names if m not in MODALITIES]
    if unknown or not names:
        given = ", ".join(unknown) or "(none)"
        raise UsageError(f"unknown modality {given}; choose from {', '.join(MODALITIES)} or all")
    return names


def periods(dates: pd.Series, freq: str) -> pd.Series:
    """The first day of the period each date falls in."""
    values = pd.to_datetime(dates)
    return values.dt.to_period(FREQS[check_freq(freq)]).dt.start_time


def period_range(start: pd.Timestamp, end: pd.Timestamp, freq: str) -> pd.DatetimeIndex:
    """Every period start from the period of ``start`` to the period of ``end``."""
    alias = FREQS[check_freq(freq)]
    return pd.period_range(start.to_period(alias), end.to_period(alias), freq=alias).start_time


def article_counts(dates: pd.Series, freq: str) -> pd.Series:
    """Documents coded per period (the denominator of events per 1,000 articles)."""
    dated = pd.to_datetime(dates).dropna()
    if dated.empty:
        return pd.Series(dtype="int64", name="articles")
    return periods(dated, freq).value_counts().sort_index().rename("articles")


def summarise(frame: pd.DataFrame, by: Sequence[str]) -> pd.DataFrame:
    """Counts per quad class, Goldstein sum, mean and standard deviation, per group of ``by``
    (vectorised)."""
    work = frame[[*by, "quad_class", "goldstein"]].copy()
    for quad, name in QUADS.items():
        work[name] = (work["quad_class"] == quad).astype("int64")
    work["events"] = 1
    grouped = work.groupby(list(by), sort=True, observed=True, dropna=False)
    sums = grouped[[*COUNT_COLUMNS, "goldstein"]].sum(min_count=0)
    out = sums.rename(columns={"goldstein": "goldstein_sum"})
    out["goldstein_mean"] = grouped["goldstein"].mean()
    out["goldstein_std"] = grouped["goldstein"].std()
    return out


def _finish(out: pd.DataFrame, articles: pd.Series) -> pd.DataFrame:
    out["conflict_share"] = (out["verbal_conflict"] + out["material_conflict"]) / out[
        "events"
    ].where(out["events"] > 0)
    period = out.index.get_level_values("period") if "period" in out.index.names else out.index
    out["articles"] = articles.reindex(period).fillna(0).astype("int64").to_numpy()
    out["events_per_1k_articles"] = (
        out["events"] * 1000 / out["articles"].where(out["articles"] > 0)
    )
    return out


def filter_frame(
    events: pd.DataFrame,
    *,
    modality: Sequence[str] = DEFAULT_MODALITIES,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> pd.DataFrame:
    """Events of the given modalities, dated within [since, until]."""
    keep = events["modality"].isin(list(modality))
    dates = pd.to_datetime(events["date"])
    if since is not None:
        keep &= dates >= pd.Timestamp(since)
    if until is not None:
        keep &= dates <= pd.Timestamp(until)
    return events[keep.fillna(False)]


def dyad_frame(
    events: pd.DataFrame,
    article_dates: pd.Series,
    a: ActorSpec,
    b: ActorSpec,
    *,
    freq: str = "month",
    directed: bool = False,
) -> pd.DataFrame:
    """The series between ``a`` and ``b`` from an events frame (columns as
    ``Store.analysis_frame``).

    Every period from the first to the last coded article (or event) has a row, with zeros
    where nothing happened. ``attrs["undated"]`` counts the dyad's events without a date.
    """
    check_freq(freq)
    forward = a.mask(events["source_code"], events["source_country"]) & b.mask(
        events["target_code"], events["target_country"]
    )
    backward = b.mask(events["source_code"], events["source_country"]) & a.mask(
        events["target_code"], events["target_country"]
    )
    selected = forward if directed else forward | backward
    rows = events[selected].assign(a_to_b=forward[selected].astype("int64"))
    rows["b_to_a"] = backward[selected].astype("int64")
    undated = int(rows["date"].isna().sum())
    rows = rows[rows["date"].notna()]
    rows = rows.assign(period=periods(rows["date"], freq))
    summary = summarise(rows, ["period"])
    directions = rows.groupby("period")[["a_to_b", "b_to_a"]].sum()
    articles = article_counts(article_dates, freq)
    starts = [s for s in (articles.index.min(), summary.index.min()) if pd.notna(s)]
    ends = [s for s in (articles.index.max(), summary.index.max()) if pd.notna(s)]
    index = period_range(min(starts), max(ends), freq) if starts else pd.DatetimeIndex([])
    out = summary.reindex(index)
    out[list(COUNT_COLUMNS)] = out[list(COUNT_COLUMNS)].fillna(0).astype("int64")
    out["goldstein_sum"] = out["goldstein_sum"].fillna(0.0)
    directions = directions.reindex(index).fillna(0).astype("int64")
    out["a_to_b"] = directions["a_to_b"]
    out["b_to_a"] = directions["b_to_a"]
    out.index.name = "period"
    out = _finish(out, articles).reset_index()
    if directed:
        out = out.drop(columns=["a_to_b", "b_to_a"])
    out.attrs.update(
        {"a": a.label, "b": b.label, "freq": freq, "directed": directed, "undated": undated}
    )
    return out


def actor_keys(codes: pd.Series, countries: pd.Series) -> pd.Series:
    """Country-level keys of actors (vectorised): IGO codes whole, others their country."""
    code = codes.astype("object")
    is_igo = code.fillna("").astype(str).str.startswith("IGO")
    country = countries.astype("object").where(countries.notna(), code.str[:3])
    return pd.Series(np.where(is_igo, code, country), index=codes.index, dtype="object")


def panel_frame(
    events: pd.DataFrame,
    article_dates: pd.Series,
    *,
    freq: str = "month",
    domestic: bool = True,
    balanced: bool = False,
) -> pd.DataFrame:
    """One row per directed country-level dyad and period with events.

    Args:
        events: as ``Store.analysis_frame``.
        article_dates: publication dates of the coded documents.
        domestic: keep dyads whose two sides are the same country.
        balanced: a row for every dyad in every period from the first to the last (zeros where
            nothing happened), as panel models expect.
    """
    check_freq(freq)
    work = events[events["date"].notna()].assign(
        source=actor_keys(events["source_code"], events["source_country"]),
        target=actor_keys(events["target_code"], events["target_country"]),
    )
    work = work[work["source"].notna() & work["target"].notna()]
    if not domestic:
        work = work[work["source"] != work["target"]]
    work = work.assign(period=periods(work["date"], freq))
    out = summarise(work, ["source", "target", "period"])
    articles = article_counts(article_dates, freq)
    if balanced and not out.empty:
        dyads = out.reset_index()[["source", "target"]].drop_duplicates().itertuples(index=False)
        index = period_range(
            min(out.index.get_level_values("period").min(), articles.index.min()),
            max(out.index.get_level_values("period").max(), articles.index.max()),
            freq,
        )
        full = pd.MultiIndex.from_tuples(
            [(s, t, p) for s, t in dyads for p in index], names=["source", "target", "period"]
        )
        out = out.reindex(full)
        out[list(COUNT_COLUMNS)] = out[list(COUNT_COLUMNS)].fillna(0).astype("int64")
        out["goldstein_sum"] = out["goldstein_sum"].fillna(0.0)
    out = _finish(out, articles).reset_index()
    out = out[["period", "source", "target", *[c for c in out.columns if c not in _KEYS]]]
    out.attrs.update({"freq": freq, "domestic": domestic, "balanced": balanced})
    return out


_KEYS = ("period", "source", "target")


def load_events(
    store: Store,
    *,
    unit: str = "events",
    modality: str | Iterable[str] | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> tuple[pd.DataFrame, pd.Series]:
    """The events (or mentions) of the chosen modalities and the articles' dates, from a store."""
    frame = store.analysis_frame(unit=check_unit(unit), since=since, until=until)
    frame = frame[frame["modality"].isin(check_modalities(modality))]
    return frame, store.article_dates(since=since, until=until)


def dyad_series(
    store: StoreLike,
    a: str | ActorSpec,
    b: str | ActorSpec,
    *,
    freq: str = "month",
    directed: bool = False,
    modality: str | Iterable[str] | None = None,
    unit: str = "events",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> pd.DataFrame:
    """The relation series between two actors.

    Args:
        store: a :class:`~dyadic.store.Store` or the path of a DuckDB file.
        a, b: actor codes, countries (any sector), groups, or lists (``"USA,GBR"``).
        freq: day, week, month, quarter or year.
        directed: only events from ``a`` to ``b`` (default: both directions).
        modality: modalities to count (default asserted, intended, reported_past; "all").
        unit: ``events`` (deduplicated across articles) or ``mentions`` (every coded mention).
        since, until: first and last day (inclusive).

    Returns:
        A pandas frame, one row per period: ``events``, the four quad-class counts,
        ``goldstein_sum``, ``goldstein_mean``, ``goldstein_std`` (of the period's events),
        ``conflict_share``, ``a_to_b``/``b_to_a`` (when
        undirected), ``articles`` (documents coded in the period) and
        ``events_per_1k_articles``.

    Raises:
        UsageError: an unknown actor, frequency, modality or unit.
        StoreError: the store cannot be read.
    """
    spec_a = a if isinstance(a, ActorSpec) else parse_actor(a)
    spec_b = b if isinstance(b, ActorSpec) else parse_actor(b)
    check_freq(freq)
    with opened(store) as db:
        events, dates = load_events(db, unit=unit, modality=modality, since=since, until=until)
    out = dyad_frame(events, dates, spec_a, spec_b, freq=freq, directed=directed)
    out.attrs.update({"unit": unit, "modality": list(check_modalities(modality))})
    return out


def panel(
    store: StoreLike,
    *,
    freq: str = "month",
    modality: str | Iterable[str] | None = None,
    unit: str = "events",
    since: dt.date | None = None,
    until: dt.date | None = None,
    domestic: bool = True,
    balanced: bool = False,
) -> pd.DataFrame:
    """A country-level panel: one row per directed dyad (source, target) and period.

    Actors are reduced to their country (IGOs keep their code), so ``RUSGOV`` and ``RUSMIL`` both
    count for ``RUS``. Columns as :func:`dyad_series` (without the direction counts).

    Raises:
        UsageError: an unknown frequency, modality or unit.
        StoreError: the store cannot be read.
    """
    check_freq(freq)
    with opened(store) as db:
        events, dates = load_events(db, unit=unit, modality=modality, since=since, until=until)
    out = panel_frame(events, dates, freq=freq, domestic=domestic, balanced=balanced)
    out.attrs.update({"unit": unit, "modality": list(check_modalities(modality))})
    return out
