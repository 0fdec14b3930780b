"""docs/ANALYSIS.md and docs/FORMATS.md cover every analysis command, option, column and field."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer.main
import yaml

from dyadic.aggregate.export import ICEWS_COLUMNS
from dyadic.aggregate.lens import parse_lens
from dyadic.cli import app

DOCS = Path(__file__).resolve().parents[2] / "docs"
ANALYSIS = (DOCS / "ANALYSIS.md").read_text(encoding="utf-8")
FORMATS = (DOCS / "FORMATS.md").read_text(encoding="utf-8")
COMMANDS = ("dyad", "panel", "lens", "alerts", "export", "migrate", "plot dyad", "plot lens")


def command(path: str) -> Any:
    """The Click command behind ``dyadic PATH`` (Typer vendors Click: duck typing)."""
    found: Any = typer.main.get_command(app)
    for name in path.split():
        found = found.commands[name]
    return found


@pytest.mark.parametrize("path", COMMANDS)
def test_every_command_is_documented(path: str) -> None:
    assert f"dyadic {path}" in ANALYSIS


@pytest.mark.parametrize("path", COMMANDS)
def test_every_option_is_documented(path: str) -> None:
    text = ANALYSIS + FORMATS
    options = [p for p in command(path).params if p.param_type_name == "option"]
    assert any("--db" in p.opts for p in options)
    for param in options:
        names = [*param.opts, *param.secondary_opts]
        assert any(re.search(re.escape(n) + r"\b", text) for n in names), (path, names)


def test_every_icews_column_is_mapped() -> None:
    section = FORMATS.split("## ICEWS-style TSV")[1].split("## GDELT")[0]
    for column in ICEWS_COLUMNS:
        assert re.search(rf"\| ([^|]*, )?{column}(, [^|]*)? \|", section), column


@pytest.mark.parametrize(
    "field", ["id", "date", "actor", "recipient", "event", "mode", "context", "quad_code",
              "event_loc", "text", "cite_info", "link", "coder"],
)  # fmt: skip
def test_every_plover_field_is_mapped(field: str) -> None:
    assert f"`{field}`" in FORMATS


def test_lens_example_in_the_guide_is_valid() -> None:
    block = re.search(r"```yaml\n(# us-russia.yaml.*?)```", ANALYSIS, re.S)
    assert block is not None
    lens = parse_lens(yaml.safe_load(block.group(1)), where="ANALYSIS.md")
    assert lens.ids == ("push_back", "constrain", "engage")


def test_images_referenced_exist() -> None:
    for image in re.findall(r"\]\((img/[^)]+)\)", ANALYSIS):
        assert (DOCS / image).is_file(), image
