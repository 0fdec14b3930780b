"""The aggregate stage: dyad series, country panels, strategy lenses, alerts, exports and charts.

>>> from dyadic.aggregate import dyad_series
>>> dyad_series("dyadic.duckdb", "RUS", "UKR", freq="month")  # doctest: +SKIP
"""

import logging

from dyadic.aggregate.actors import ActorSpec, default_groups, load_groups, parse_actor
from dyadic.aggregate.alerts import Alert, TopEvent, alerts, detect
from dyadic.aggregate.lens import Category, Lens, Rule, builtin_lenses, lens_series, load_lens
from dyadic.aggregate.series import (
    DEFAULT_MODALITIES,
    FREQS,
    dyad_frame,
    dyad_series,
    panel,
    panel_frame,
)

__all__ = [
    "DEFAULT_MODALITIES",
    "FREQS",
    "ActorSpec",
    "Alert",
    "Category",
    "Lens",
    "Rule",
    "TopEvent",
    "alerts",
    "builtin_lenses",
    "default_groups",
    "detect",
    "dyad_frame",
    "dyad_series",
    "lens_series",
    "load_groups",
    "load_lens",
    "panel",
    "panel_frame",
    "parse_actor",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
