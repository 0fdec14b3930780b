"""Which actors a name stands for: actor codes, countries (any sector) and named groups.

- ``RUS`` (three letters): every actor of that country, whatever its sector (``RUS``, ``RUSGOV``,
  ``RUSMIL``, ...), also when only the actor's country field says so;
- ``RUSGOV``, ``IGOEUREEC``: every code that starts with it;
- ``EU27``, ``NATO`` ...: a group from ``data/lenses/groups.yaml`` (or a lens's own ``actors:``);
- ``USA,GBR`` or ``USA+GBR``: any of them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from dyadic.errors import ConfigError, UsageError
from dyadic.settings import DATA_DIR

GROUPS_FILE = DATA_DIR / "lenses" / "groups.yaml"

_COUNTRY = re.compile(r"[A-Z]{3}")
_CODE = re.compile(r"[A-Z0-9]{3,}")
_SEPARATORS = re.compile(r"[,+]")


@dataclass(frozen=True, slots=True)
class ActorSpec:
    """A set of actors: codes matched by prefix, countries matched on the actor's country too."""

    label: str
    prefixes: tuple[str, ...]
    countries: tuple[str, ...] = ()

    def mask(self, codes: pd.Series, countries: pd.Series) -> pd.Series:
        """Which rows' actor (code and country columns) belongs to this set (vectorised)."""
        hit = codes.fillna("").astype(str).str.startswith(self.prefixes) if self.prefixes else None
        by_country = countries.isin(self.countries) if self.countries else None
        if hit is None and by_country is None:
            return pd.Series(False, index=codes.index)
        if hit is None:
            return by_country.fillna(False).astype(bool)  # type: ignore[union-attr]
        if by_country is None:
            return hit.fillna(False).astype(bool)
        return (hit | by_country).fillna(False).astype(bool)

    def union(self, other: ActorSpec, *, label: str | None = None) -> ActorSpec:
        return ActorSpec(
            label=label or f"{self.label}+{other.label}",
            prefixes=tuple(dict.fromkeys((*self.prefixes, *other.prefixes))),
            countries=tuple(dict.fromkeys((*self.countries, *other.countries))),
        )


def parse_actor(text: str, *, groups: Mapping[str, ActorSpec] | None = None) -> ActorSpec:
    """The actors ``text`` stands for.

    Args:
        text: an actor code, a country code, a group name, or several joined by ``,`` or ``+``.
        groups: named groups (default: the shipped ``groups.yaml``).

    Raises:
        UsageError: a part is neither a code nor a known group.
    """
    known = default_groups() if groups is None else groups
    parts = [part.strip() for part in _SEPARATORS.split(text) if part.strip()]
    if not parts:
        raise UsageError("an actor is empty; give a code such as RUS, RUSGOV or IGOEUREEC")
    spec: ActorSpec | None = None
    for part in parts:
        one = _parse_one(part, known)
        spec = one if spec is None else spec.union(one)
    assert spec is not None
    return ActorSpec(label=text.strip(), prefixes=spec.prefixes, countries=spec.countries)


def _parse_one(part: str, groups: Mapping[str, ActorSpec]) -> ActorSpec:
    group = groups.get(part.upper())
    if group is not None:
        return group
    code = part.upper()
    if _COUNTRY.fullmatch(code):
        return ActorSpec(label=code, prefixes=(code,), countries=(code,))
    if _CODE.fullmatch(code):
        return ActorSpec(label=code, prefixes=(code,))
    names = ", ".join(sorted(groups)) or "none"
    raise UsageError(
        f"{part!r} is not an actor code, a country or a group; use a code such as RUS, RUSGOV or "
        f"IGOEUREEC, or a group ({names})"
    )


def load_groups(path: str | Path) -> dict[str, ActorSpec]:
    """Groups from a YAML file with a top-level ``groups:`` mapping of name -> members.

    Raises:
        ConfigError: the file is missing or malformed.
    """
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read actor groups from {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("groups"), dict):
        raise ConfigError(f"{path}: expected a mapping with a 'groups:' mapping")
    return build_groups(data["groups"], where=str(path))


def build_groups(
    raw: Mapping[str, Any], *, where: str, base: Mapping[str, ActorSpec] | None = None
) -> dict[str, ActorSpec]:
    """Groups from a name -> members mapping (members may name earlier groups or ``base`` ones).

    Raises:
        ConfigError: a group is malformed or names an unknown member.
    """
    groups: dict[str, ActorSpec] = dict(base or {})
    for name, entry in raw.items():
        members = entry.get("members") if isinstance(entry, dict) else entry
        if (
            not isinstance(members, list)
            or not members
            or not all(isinstance(m, str) for m in members)
        ):
            raise ConfigError(f"{where}: group {name!r} needs a non-empty list of member codes")
        try:
            spec = parse_actor("+".join(members), groups=groups)
        except UsageError as exc:
            raise ConfigError(f"{where}: group {name!r}: {exc.message}") from None
        groups[str(name).upper()] = ActorSpec(
            label=str(name), prefixes=spec.prefixes, countries=spec.countries
        )
    return groups


@functools.lru_cache(maxsize=1)
def default_groups() -> dict[str, ActorSpec]:
    """The groups shipped with Dyadic (``data/lenses/groups.yaml``)."""
    return load_groups(GROUPS_FILE)


def group_names() -> Iterable[str]:
    """Names of the shipped groups."""
    return sorted(default_groups())
