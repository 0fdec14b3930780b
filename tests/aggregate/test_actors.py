"""Actor specs: codes, countries (any sector), groups, lists; vectorised matching."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dyadic.aggregate.actors import (
    ActorSpec,
    build_groups,
    default_groups,
    load_groups,
    parse_actor,
)
from dyadic.errors import ConfigError, UsageError

CODES = pd.Series(["RUS", "RUSGOV", "RUSMIL", "IGOEUREEC", "UKRGOV", None, "FRA", "USAGOV"])
COUNTRIES = pd.Series(["RUS", "RUS", "RUS", None, "UKR", "RUS", "FRA", "USA"])


def matched(spec: ActorSpec) -> list[int]:
    return [i for i, hit in enumerate(spec.mask(CODES, COUNTRIES)) if hit]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RUS", [0, 1, 2, 5]),  # any sector, and an actor known only by its country
        ("rus", [0, 1, 2, 5]),
        ("RUSGOV", [1]),
        ("IGOEUREEC", [3]),
        ("EU", [3]),  # a group
        ("RUS,UKR", [0, 1, 2, 4, 5]),
        ("UKR+IGOEUREEC", [3, 4]),
        ("G7", [6, 7]),
        ("EU_ALL", [3, 6]),  # a group made of groups
    ],
)
def test_parse_actor_matches(text: str, expected: list[int]) -> None:
    assert matched(parse_actor(text)) == expected


@pytest.mark.parametrize("text", ["", "R", "RU", "RUS GOV", "EU-27", ",", "Россия"])
def test_parse_actor_rejects_bad_input(text: str) -> None:
    with pytest.raises(UsageError):
        parse_actor(text)


def test_shipped_groups_have_known_sizes() -> None:
    groups = default_groups()
    assert len(groups["EU27"].countries) == 28  # 27 states; Romania under both ROM and ROU
    assert {"FIN", "SWE", "USA", "TUR"} <= set(groups["NATO_MEMBERS"].countries)
    assert groups["NATO"].prefixes == ("IGOWSTNAT",)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("groups: [1, 2]", "groups"),
        ("groups:\n  X: []", "non-empty list"),
        ("groups:\n  X: [NOT A CODE]", "not an actor code"),
        ("nothing: here", "groups"),
        ("groups: {X: [RUS]\n", "cannot read"),
    ],
)
def test_load_groups_bad_files_are_config_errors(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "groups.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_groups(path)


def test_groups_may_refer_to_base_groups() -> None:
    groups = build_groups({"ME": ["EU", "UKR"]}, where="test", base=default_groups())
    assert matched(groups["ME"]) == [3, 4]
