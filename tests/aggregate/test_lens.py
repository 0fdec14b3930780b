"""Strategy lenses: the shipped YAML files, classification rules and validation of bad files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml

from dyadic.aggregate import builtin_lenses, lens_series, load_lens
from dyadic.aggregate.lens import parse_lens
from dyadic.errors import ConfigError

BASE: dict[str, Any] = {
    "name": "test",
    "actors": {"WEST": ["USA", "EU"]},
    "categories": [
        {"id": "hostile", "rules": [{"source": "WEST", "target": "RUS", "cameo": ["11", "163"]}]},
        {"id": "friendly", "rules": [{"source": "WEST", "target": "RUS", "cameo": ["0"]}]},
    ],
    "balance": {"positive": ["friendly"], "negative": ["hostile"]},
}


def events(*rows: tuple[str, str, str, str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["source_code", "target_code", "cameo", "modality"])
    frame["source_country"] = (
        frame["source_code"].str[:3].where(~frame["source_code"].str.startswith("IGO"))
    )
    frame["target_country"] = frame["target_code"].str[:3]
    return frame


@pytest.mark.parametrize("name", ["eu-russia-2021", "us-china-2021"])
def test_shipped_lenses_load_with_three_categories_and_balance(name: str) -> None:
    lens = load_lens(name)
    assert len(lens.categories) == 3
    assert lens.positive and lens.negative
    assert all(c.rules for c in lens.categories)


def test_builtin_lenses_lists_shipped_files() -> None:
    assert {"eu-russia-2021", "us-china-2021"} <= set(builtin_lenses())


def test_eu_russia_lens_classifies_by_code_direction_and_modality() -> None:
    lens = load_lens("eu-russia-2021")
    frame = events(
        ("IGOEUREEC", "RUSGOV", "163", "asserted"),  # sanctions: push back
        ("IGOEUREEC", "RUSGOV", "171", "asserted"),  # seizing assets: constrain
        ("IGOEUREEC", "UKRGOV", "072", "asserted"),  # arming a neighbour: constrain
        ("IGOEUREEC", "RUSCVL", "073", "intended"),  # aid to Russian society: engage
        ("RUSGOV", "IGOEUREEC", "163", "asserted"),  # wrong direction: none
        ("IGOEUREEC", "RUSGOV", "163", "negated"),  # did not impose: none
        ("IGOEUREEC", "CHNGOV", "111", "asserted"),  # another country: none
    )
    chosen = lens.classify(frame)
    assert chosen.idxmax(axis=1).where(chosen.any(axis=1)).tolist()[:4] == [
        "push_back", "constrain", "constrain", "engage",
    ]  # fmt: skip
    assert not chosen.iloc[4:].any(axis=None)


def test_exclusive_lens_counts_first_matching_category_only() -> None:
    data = {**BASE, "categories": [
        {"id": "a", "rules": [{"source": "USA", "target": "RUS", "cameo": ["1"]}]},
        {"id": "b", "rules": [{"source": "USA", "target": "RUS", "cameo": ["11"]}]},
    ], "balance": None}  # fmt: skip
    frame = events(("USAGOV", "RUSGOV", "111", "asserted"))
    assert parse_lens(data).classify(frame).iloc[0].tolist() == [True, False]
    both = parse_lens({**data, "exclusive": False}).classify(frame)
    assert both.iloc[0].tolist() == [True, True]


def test_symmetric_rule_matches_both_directions() -> None:
    data = {**BASE, "categories": [
        {"id": "talks", "rules": [{"source": "USA", "target": "CHN", "cameo": ["04"],
                                   "symmetric": True}]},
    ], "balance": None}  # fmt: skip
    frame = events(("CHNGOV", "USAGOV", "042", "asserted"), ("CHNGOV", "RUSGOV", "042", "asserted"))
    assert parse_lens(data).classify(frame)["talks"].tolist() == [True, False]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": None}, "name is required"),
        ({"categories": []}, "non-empty list"),
        ({"colour": "red"}, "unknown key 'colour'"),
        ({"modality": ["maybe"]}, "unknown modality"),
        ({"balance": {"positive": ["nice"]}}, "not a category id"),
        ({"actors": {"WEST": ["NOT A CODE"]}}, "not an actor code"),
        ({"categories": [{"id": "Bad Id", "rules": [{"source": "USA", "target": "RUS",
                                                      "cameo": ["11"]}]}]}, "lower_case"),
        ({"categories": [{"id": "x", "rules": [{"source": "USA", "target": "RUS",
                                                "cameo": [11]}]}]}, "quoted strings"),
        ({"categories": [{"id": "x", "rules": [{"source": "USA", "target": "RUS",
                                                "cameo": ["1a"]}]}]}, "not a CAMEO code"),
        ({"categories": [{"id": "x", "rules": [{"source": "Mars!", "target": "RUS",
                                                "cameo": ["11"]}]}]}, "categories\\[0\\]"),
        ({"categories": [{"id": "x", "rules": [{"target": "RUS", "cameo": ["11"]}]}]},
         "source"),
    ],
)  # fmt: skip
def test_invalid_lens_is_config_error_saying_where(change: dict[str, Any], message: str) -> None:
    data = {**BASE, **change}
    with pytest.raises(ConfigError, match=message):
        parse_lens(data, where="test.yaml")


def test_load_lens_missing_file_names_shipped_lenses(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="eu-russia-2021"):
        load_lens(tmp_path / "none.yaml")


def test_lens_series_counts_shares_and_balance(store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "lens.yaml"
    path.write_text(yaml.safe_dump(BASE), encoding="utf-8")
    frame = lens_series(path, store_path, freq="month")
    by_period = frame.set_index("period")
    june, february = by_period.loc["2021-06-01"], by_period.loc["2022-02-01"]
    assert (june["friendly"], june["hostile"]) == (2, 0)  # EU intent + US-Russia meeting
    assert (february["friendly"], february["hostile"], february["total"]) == (0, 2, 2)
    assert february["balance"] == -1.0
    assert june["balance"] == 1.0
    assert pd.isna(by_period.loc["2021-01-01", "balance"])
    assert frame.attrs["labels"] == {"hostile": "hostile", "friendly": "friendly"}
