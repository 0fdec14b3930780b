"""tools/kb/convert.py rebuilds the converted KB files exactly as committed (developers only)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dyadic.actors.kb import KB_DIR

pytestmark = [pytest.mark.slow, pytest.mark.shared]

ROOT = Path(__file__).resolve().parents[2]
CONVERTED = [
    "countries.tsv",
    "people_reference.tsv",
    "roles_reference.tsv",
    "orgs_reference.tsv",
    "agents_reference.tsv",
]


def test_converter_reproduces_committed_files(shared: Path, tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "kb" / "convert.py"),
            str(shared),
            "--out",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for name in CONVERTED:
        built = (tmp_path / name).read_text(encoding="utf-8")
        assert built == (KB_DIR / name).read_text(encoding="utf-8"), (
            f"{name} differs: rerun the tool"
        )


def test_surname_keys_meet_across_transliterations() -> None:
    sys.path.insert(0, str(ROOT / "tools" / "kb"))
    try:
        from convert import surname_key
    finally:
        sys.path.pop(0)
    assert surname_key("Omar al-Bashir") == surname_key("Bashir")
    assert surname_key("Nazarbaev") == surname_key("Nursultan Nazarbayev")
    assert surname_key("Afeworki") == surname_key("Isaias Afwerki")
    assert surname_key("Museveni") != surname_key("Mugabe")
