"""Accuracy gate: actor countries on hand-labelled dev-gold spans never drop below pinned floors.

The floors are what the resolver reached when they were pinned (docs/ACTORS.md records the run).
A floor is raised when the resolver improves and never lowered to make this test pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from dyadic.evaluate.actors import evaluate_actor_countries, read_labels

pytestmark = [pytest.mark.slow, pytest.mark.shared]

#: Pinned on 2026-11-29 (330 labelled spans; see docs/ACTORS.md).
FLOORS = {"accuracy": 0.913, "accuracy_found": 0.96, "coverage": 0.945, "no_country_correct": 15}


def test_labels_are_positions_only_and_cover_enough_spans() -> None:
    labels = read_labels()
    assert len(labels) >= 300
    assert all(label.start < label.end and label.kind in {"S", "T", "R"} for label in labels)


@pytest.fixture(scope="module")
def result(shared: Path, actors_nlp: Language) -> dict[str, float | int]:
    return evaluate_actor_countries(shared, nlp=actors_nlp)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_actor_country_metric_at_or_above_floor(
    result: dict[str, float | int], metric: str
) -> None:
    assert result[metric] >= FLOORS[metric], result
