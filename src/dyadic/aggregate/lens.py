"""Strategy lenses: a YAML file maps event codes, directions and modalities into a user's own
categories ("push back", "constrain", "engage") and tracks their balance over time.

A lens file::

    name: eu-russia-2021
    title: EU strategy on Russia (2021)
    actors:                      # names used below (codes, countries, groups, or lists of them)
      EU: [IGOEUREEC]
      RUSSIA: [RUS]
    modality: [asserted, intended, reported_past]   # default for every rule
    exclusive: true              # an event counts in the first category it matches
    categories:
      - id: push_back
        label: Push back
        rules:
          - {source: EU, target: RUSSIA, cameo: ["11", "12", "163"]}
    balance: {positive: [engage], negative: [push_back, constrain]}

A rule matches an event when its source is among ``source``, its target among ``target``, its
CAMEO code starts with one of ``cameo`` (and none of ``exclude``) and its modality is listed.
``symmetric: true`` also matches the reverse direction.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from dyadic.aggregate.actors import ActorSpec, build_groups, default_groups, parse_actor
from dyadic.aggregate.series import (
    DEFAULT_MODALITIES,
    StoreLike,
    article_counts,
    check_freq,
    check_unit,
    opened,
    period_range,
    periods,
)
from dyadic.errors import ConfigError, UsageError
from dyadic.model import MODALITIES
from dyadic.settings import DATA_DIR

LENS_DIR = DATA_DIR / "lenses"
_PREFIX = re.compile(r"\d{1,4}")
_ID = re.compile(r"[a-z][a-z0-9_]*")
_LENS_KEYS = {
    "name", "title", "description", "source", "actors", "modality", "exclusive", "categories",
    "balance",
}  # fmt: skip
_CATEGORY_KEYS = {"id", "label", "description", "rules"}
_RULE_KEYS = {"source", "target", "cameo", "exclude", "modality", "symmetric", "note"}


@dataclass(frozen=True, slots=True)
class Rule:
    """Events from ``source`` to ``target`` whose code starts with one of ``cameo``."""

    source: ActorSpec
    target: ActorSpec
    cameo: tuple[str, ...]
    exclude: tuple[str, ...] = ()
    modality: tuple[str, ...] = DEFAULT_MODALITIES
    symmetric: bool = False

    def mask(self, events: pd.DataFrame) -> pd.Series:
        """Which events this rule matches (vectorised)."""
        codes = events["cameo"].fillna("").astype(str)
        hit = codes.str.startswith(self.cameo) & events["modality"].isin(self.modality)
        if self.exclude:
            hit &= ~codes.str.startswith(self.exclude)
        forward = self.source.mask(
            events["source_code"], events["source_country"]
        ) & self.target.mask(events["target_code"], events["target_country"])
        if self.symmetric:
            forward |= self.target.mask(
                events["source_code"], events["source_country"]
            ) & self.source.mask(events["target_code"], events["target_country"])
        return (hit & forward).fillna(False).astype(bool)


@dataclass(frozen=True, slots=True)
class Category:
    """One of a lens's categories and the rules that put events into it."""

    id: str
    label: str
    description: str
    rules: tuple[Rule, ...]

    def mask(self, events: pd.DataFrame) -> pd.Series:
        hit = pd.Series(False, index=events.index)
        for rule in self.rules:
            hit |= rule.mask(events)
        return hit


@dataclass(frozen=True, slots=True)
class Lens:
    """A user's categories over events, and optionally a balance between them."""

    name: str
    title: str
    description: str
    categories: tuple[Category, ...]
    exclusive: bool = True
    positive: tuple[str, ...] = ()
    negative: tuple[str, ...] = ()
    source: str = ""

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.categories)

    def classify(self, events: pd.DataFrame) -> pd.DataFrame:
        """One boolean column per category: whether each event counts in it."""
        masks = pd.DataFrame({c.id: c.mask(events) for c in self.categories}, index=events.index)
        if self.exclusive and len(self.categories) > 1:
            first = masks.to_numpy().argmax(axis=1)
            any_hit = masks.to_numpy().any(axis=1)
            chosen = np.zeros(masks.shape, dtype=bool)
            chosen[np.arange(len(masks)), first] = any_hit
            masks = pd.DataFrame(chosen, index=masks.index, columns=masks.columns)
        return masks


def builtin_lenses() -> list[str]:
    """Names of the lenses shipped with Dyadic."""
    return sorted(p.stem for p in LENS_DIR.glob("*.yaml") if p.stem != "groups")


def load_lens(name_or_path: str | Path) -> Lens:
    """A lens from a YAML file, or a shipped lens by name (``eu-russia-2021``).

    Raises:
        ConfigError: the file is missing or not a valid lens (the message says where).
    """
    path = Path(name_or_path)
    if not path.exists() and str(name_or_path) in builtin_lenses():
        path = LENS_DIR / f"{name_or_path}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        names = ", ".join(builtin_lenses())
        raise ConfigError(f"no lens file {path}; give a path or a shipped lens ({names})") from None
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read lens {path}: {exc}") from None
    return parse_lens(data, where=str(path))


def parse_lens(data: Any, *, where: str = "lens") -> Lens:
    """A lens from its parsed YAML (see the module docstring for the format).

    Raises:
        ConfigError: a missing or unknown key, an unknown actor or modality, a bad code prefix.
    """
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: a lens is a mapping with name, categories, ...")
    _known_keys(data, _LENS_KEYS, where)
    name = _text(data, "name", where, required=True)
    actors = data.get("actors") or {}
    if not isinstance(actors, dict):
        raise ConfigError(f"{where}: actors: expected a mapping of name -> list of codes")
    groups = build_groups(actors, where=f"{where}: actors", base=default_groups())
    modality = _modalities(data.get("modality"), f"{where}: modality", DEFAULT_MODALITIES)
    raw_categories = data.get("categories")
    if not isinstance(raw_categories, list) or not raw_categories:
        raise ConfigError(f"{where}: categories: expected a non-empty list")
    categories = tuple(
        _category(raw, f"{where}: categories[{i}]", groups, modality)
        for i, raw in enumerate(raw_categories)
    )
    ids = [c.id for c in categories]
    if len(set(ids)) != len(ids):
        raise ConfigError(f"{where}: category ids must be unique, got {ids}")
    balance = data.get("balance") or {}
    if not isinstance(balance, dict) or set(balance) - {"positive", "negative"}:
        raise ConfigError(f"{where}: balance: expected a mapping with positive and negative lists")
    positive = tuple(balance.get("positive") or ())
    negative = tuple(balance.get("negative") or ())
    for side in (*positive, *negative):
        if side not in ids:
            raise ConfigError(f"{where}: balance: {side!r} is not a category id ({', '.join(ids)})")
    exclusive = data.get("exclusive", True)
    if not isinstance(exclusive, bool):
        raise ConfigError(f"{where}: exclusive: expected true or false")
    return Lens(
        name=name,
        title=_text(data, "title", where) or name,
        description=_text(data, "description", where),
        categories=categories,
        exclusive=exclusive,
        positive=positive,
        negative=negative,
        source=_text(data, "source", where),
    )


def _category(
    raw: Any, where: str, groups: Mapping[str, ActorSpec], modality: tuple[str, ...]
) -> Category:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a mapping with id, label and rules")
    _known_keys(raw, _CATEGORY_KEYS, where)
    category_id = _text(raw, "id", where, required=True)
    if not _ID.fullmatch(category_id):
        raise ConfigError(f"{where}: id {category_id!r} must be lower_case_with_underscores")
    rules = raw.get("rules")
    if not isinstance(rules, list) or not rules:
        raise ConfigError(f"{where}: rules: expected a non-empty list")
    return Category(
        id=category_id,
        label=_text(raw, "label", where) or category_id,
        description=_text(raw, "description", where),
        rules=tuple(_rule(r, f"{where}.rules[{i}]", groups, modality) for i, r in enumerate(rules)),
    )


def _rule(raw: Any, where: str, groups: Mapping[str, ActorSpec], modality: tuple[str, ...]) -> Rule:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a mapping with source, target and cameo")
    _known_keys(raw, _RULE_KEYS, where)
    symmetric = raw.get("symmetric", False)
    if not isinstance(symmetric, bool):
        raise ConfigError(f"{where}: symmetric: expected true or false")
    return Rule(
        source=_actors(raw.get("source"), f"{where}.source", groups),
        target=_actors(raw.get("target"), f"{where}.target", groups),
        cameo=_prefixes(raw.get("cameo"), f"{where}.cameo", required=True),
        exclude=_prefixes(raw.get("exclude"), f"{where}.exclude", required=False),
        modality=_modalities(raw.get("modality"), f"{where}.modality", modality),
        symmetric=symmetric,
    )


def _actors(value: Any, where: str, groups: Mapping[str, ActorSpec]) -> ActorSpec:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(i, str) for i in items):
        raise ConfigError(f"{where}: expected an actor name or a list of them")
    try:
        return parse_actor("+".join(items), groups=groups)
    except UsageError as exc:
        raise ConfigError(f"{where}: {exc.message}") from None


def _prefixes(value: Any, where: str, *, required: bool) -> tuple[str, ...]:
    if value is None and not required:
        return ()
    items = [value] if isinstance(value, str | int) else value
    if not isinstance(items, list) or not items:
        raise ConfigError(f'{where}: expected a list of CAMEO codes or prefixes ("11", "163")')
    out = []
    for item in items:
        if not isinstance(item, str) or not _PREFIX.fullmatch(item):
            raise ConfigError(
                f"{where}: {item!r} is not a CAMEO code or prefix; write codes as quoted strings "
                'of 1 to 4 digits ("04", "163")'
            )
        out.append(item)
    return tuple(out)


def _modalities(value: Any, where: str, default: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return default
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items:
        raise ConfigError(f"{where}: expected a list of modalities ({', '.join(MODALITIES)})")
    unknown = [m for m in items if m not in MODALITIES]
    if unknown:
        raise ConfigError(
            f"{where}: unknown modality {unknown}; choose from {', '.join(MODALITIES)}"
        )
    return tuple(items)


def _text(data: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> str:
    value = data.get(key)
    if value is None:
        if required:
            raise ConfigError(f"{where}: {key} is required")
        return ""
    if not isinstance(value, str):
        raise ConfigError(f"{where}: {key}: expected text")
    return value.strip()


def _known_keys(data: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ConfigError(
            f"{where}: unknown key {unknown[0]!r}; allowed: {', '.join(sorted(allowed))}"
        )


def lens_frame(
    lens: Lens, events: pd.DataFrame, article_dates: pd.Series, *, freq: str = "month"
) -> pd.DataFrame:
    """Counts per category and period, their shares, and the balance.

    Returns:
        One row per period from the first to the last coded article (or event): a count column
        per category id, ``total`` (events in at least one category), ``<id>_share`` per
        category, ``balance`` = (positive - negative) / total when the lens defines one (NaN in
        periods without events) and ``articles`` (documents coded in the period). Events in no
        category are not counted.
    """
    check_freq(freq)
    dated = events[events["date"].notna()]
    masks = lens.classify(dated)
    period = periods(dated["date"], freq)
    counts = masks.astype("int64").groupby(period).sum()
    any_hit = masks.any(axis=1).astype("int64").groupby(period).sum()
    articles = article_counts(article_dates, freq)
    starts = [s for s in (articles.index.min(), counts.index.min()) if pd.notna(s)]
    ends = [s for s in (articles.index.max(), counts.index.max()) if pd.notna(s)]
    index = period_range(min(starts), max(ends), freq) if starts else pd.DatetimeIndex([])
    out = counts.reindex(index).fillna(0).astype("int64")
    out.index.name = "period"
    out["total"] = any_hit.reindex(index).fillna(0).astype("int64")
    total = out["total"].where(out["total"] > 0)
    for category in lens.ids:
        out[f"{category}_share"] = out[category] / total
    if lens.positive or lens.negative:
        plus = out[list(lens.positive)].sum(axis=1) if lens.positive else 0
        minus = out[list(lens.negative)].sum(axis=1) if lens.negative else 0
        out["balance"] = (plus - minus) / total
    out["articles"] = articles.reindex(index).fillna(0).astype("int64")
    out = out.reset_index()
    out.attrs.update(
        {
            "lens": lens.name,
            "title": lens.title,
            "freq": freq,
            "labels": {c.id: c.label for c in lens.categories},
            "undated": int(events["date"].isna().sum()),
        }
    )
    return out


def lens_series(
    lens: Lens | str | Path,
    store: StoreLike,
    *,
    freq: str = "month",
    unit: str = "events",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> pd.DataFrame:
    """A lens's categories over time, from a store (see :func:`lens_frame` for the columns).

    Args:
        lens: a :class:`Lens`, a YAML path or a shipped lens name.
        store: a :class:`~dyadic.store.Store` or the path of a DuckDB file.
        freq: day, week, month, quarter or year.
        unit: ``events`` (deduplicated) or ``mentions``.

    Raises:
        ConfigError: the lens file is invalid.
        UsageError: an unknown frequency or unit.
    """
    spec = lens if isinstance(lens, Lens) else load_lens(lens)
    check_freq(freq)
    with opened(store) as db:
        events = db.analysis_frame(unit=check_unit(unit), since=since, until=until)
        dates = db.article_dates(since=since, until=until)
    out = lens_frame(spec, events, dates, freq=freq)
    out.attrs["unit"] = unit
    return out


def describe(lens: Lens) -> Iterable[tuple[str, str, str]]:
    """(id, label, description) of each category, for listings."""
    return [(c.id, c.label, c.description) for c in lens.categories]
