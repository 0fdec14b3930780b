"""PLOVER 2.0 types, modes and contexts of the CAMEO code table, checked against the manual."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from dyadic.events.codes import CODES_FILE, cameo_codes, lookup
from dyadic.settings import DATA_DIR

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = DATA_DIR / "reference"
CONVERTER = ROOT / "tools" / "convert_reference.py"

#: The manual's 16 event types (chapter "Event Categories").
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip

#: The manual's "PLOVER equivalents to CAMEO cue categories" table; 02 is the project's choice
#: (the manual drops it), 08 splits at 084.
BY_ROOT = {
    "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
    "07": "AID", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}  # fmt: skip

#: Codes whose type departs from their root's translation, each for a reason in docs/CODES.md.
ROOT_EXCEPTIONS = {
    "055": "CONCEDE",  # regret or remorse (manual, SUPPORT and CONCEDE sections)
    "116": "SANCTION",  # court finding: SANCTION 'convict'
    "1712": "ASSAULT",  # ASSAULT 'destroy' is intentional destruction of property
    "175": "ASSAULT",  # violent repression is not "short of violence" (COERCE)
    "191": "COERCE",  # blockade: COERCE 'restrict' covers cordoning off areas
}


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        yield from csv.DictReader((x for x in handle if not x.startswith("#")), delimiter="\t")


def allowed_modes() -> dict[str, set[str]]:
    modes: dict[str, set[str]] = {}
    for row in _rows(REFERENCE / "plover_modes.tsv"):
        modes.setdefault(row["plover_type"], set())
        if row["mode"]:
            modes[row["plover_type"]].add(row["mode"])
    return modes


def allowed_contexts() -> set[str]:
    return {row["context"] for row in _rows(REFERENCE / "plover_contexts.tsv")}


def overrides() -> list[dict[str, str]]:
    return list(_rows(REFERENCE / "plover_overrides.tsv"))


def load_converter() -> ModuleType:
    spec = importlib.util.spec_from_file_location("convert_reference", CONVERTER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # NamedTuple in the module looks itself up by name
    spec.loader.exec_module(module)
    return module


def test_modes_file_lists_the_sixteen_types_with_their_mode_counts() -> None:
    modes = allowed_modes()
    assert set(modes) == PLOVER_TYPES
    counts = {plover_type: len(names) for plover_type, names in modes.items()}
    # Mode tables of the manual; AGREE, SUPPORT, CONCEDE, COOPERATE and AID have none.
    assert counts == {
        "AGREE": 0, "CONSULT": 4, "SUPPORT": 0, "CONCEDE": 0, "COOPERATE": 0, "AID": 0,
        "RETREAT": 6, "REQUEST": 4, "ACCUSE": 3, "REJECT": 4, "THREATEN": 6, "PROTEST": 7,
        "SANCTION": 4, "MOBILIZE": 4, "COERCE": 10, "ASSAULT": 15,
    }  # fmt: skip


def test_every_code_has_a_plover_type_except_root_01() -> None:
    for code, entry in cameo_codes().items():
        if entry.root == "01":
            assert entry.plover_type is None, code
            assert entry.plover_mode is None and entry.plover_context is None, code
        else:
            assert entry.plover_type in PLOVER_TYPES, code


def test_every_type_and_mode_pair_is_one_the_manual_allows() -> None:
    modes = allowed_modes()
    bad = [
        (code, entry.plover_type, entry.plover_mode)
        for code, entry in cameo_codes().items()
        if entry.plover_mode is not None
        and entry.plover_mode not in modes.get(entry.plover_type or "", set())
    ]
    assert bad == []


def test_modes_carry_no_stray_whitespace() -> None:
    for code, entry in cameo_codes().items():
        for value in (entry.plover_type, entry.plover_mode, entry.plover_context):
            assert value is None or value == value.strip(), code


def test_every_context_is_a_manual_context() -> None:
    contexts = allowed_contexts()
    assert len(contexts) == 37
    bad = [
        (code, part)
        for code, entry in cameo_codes().items()
        for part in (entry.plover_context or "").split(";")
        if part and part not in contexts
    ]
    assert bad == []


def test_types_follow_the_manuals_root_translation_except_documented_codes() -> None:
    for code, entry in cameo_codes().items():
        if entry.root == "01":
            continue
        if entry.root == "08":
            expected = "CONCEDE" if code[:3] <= "083" else "RETREAT"
        else:
            expected = BY_ROOT[entry.root]
        assert entry.plover_type == ROOT_EXCEPTIONS.get(code, expected), code


def test_appeals_take_request_with_the_mode_and_context_of_the_parallel_demand() -> None:
    codes = cameo_codes()
    appeals = [entry for entry in codes.values() if entry.root == "02"]
    assert len(appeals) == 27  # 020 to 028 with their sub-codes
    for entry in appeals:
        demand = codes["10" + entry.code[2:]]
        assert entry.plover_type == "REQUEST", entry.code
        assert (entry.plover_mode, entry.plover_context) == (
            demand.plover_mode,
            demand.plover_context,
        ), entry.code


def test_every_override_is_applied_and_explained() -> None:
    rows = overrides()
    assert len(rows) >= 40
    assert len({row["code"] for row in rows}) == len(rows)
    modes, contexts = allowed_modes(), allowed_contexts()
    for row in rows:
        entry = lookup(row["code"])
        assert entry.plover_type == row["plover_type"], row["code"]
        assert (entry.plover_mode or "") == row["plover_mode"], row["code"]
        assert (entry.plover_context or "") == row["plover_context"], row["code"]
        assert row["plover_type"] in modes
        assert not row["plover_mode"] or row["plover_mode"] in modes[row["plover_type"]]
        assert all(p in contexts for p in row["plover_context"].split(";") if p)
        assert len(row["reason"].split()) >= 8, row["code"]  # a sentence, not a tag


@pytest.mark.parametrize(
    ("code", "plover_type", "mode"),
    [
        ("044", "CONSULT", "third-party"),
        ("041", "CONSULT", "phone"),
        ("042", "CONSULT", "visit"),
        ("046", "CONSULT", None),
        ("036", "AGREE", None),
        ("057", "SUPPORT", None),
        ("055", "CONCEDE", None),  # apology: regret is CONCEDE
        ("064", "COOPERATE", None),
        ("075", "AID", None),
        ("081", "CONCEDE", None),
        ("0813", "CONCEDE", None),  # lifting a curfew: table said RETREAT
        ("0841", "RETREAT", "release"),
        ("0842", "RETREAT", None),  # 'return' is no longer a mode
        ("085", "RETREAT", None),  # 'ease' is no longer a mode
        ("0861", "RETREAT", "access"),  # 'access ' with a trailing space in the table
        ("0871", "RETREAT", "ceasefire"),
        ("0874", "RETREAT", "withdraw"),
        ("091", "ACCUSE", "investigate"),
        ("1053", "REQUEST", "yield"),
        ("105", "REQUEST", "yield"),
        ("0253", "REQUEST", "yield"),  # appeal, as its parallel demand
        ("0232", "REQUEST", "assist"),
        ("111", "ACCUSE", "disapprove"),
        ("112", "ACCUSE", "allege"),
        ("114", "ACCUSE", "disapprove"),
        ("116", "SANCTION", "convict"),
        ("125", "REJECT", "meet"),
        ("129", "REJECT", "change"),
        ("1322", "THREATEN", "restrict"),
        ("1382", "THREATEN", "territory"),
        ("138", "THREATEN", "violence"),
        ("1411", "PROTEST", "demo"),
        ("145", "PROTEST", "riot"),
        ("154", "MOBILIZE", "troops"),
        ("161", "SANCTION", "withdraw"),
        ("163", "SANCTION", "discontinue"),  # table said COERCE restrict
        ("166", "SANCTION", "expel"),
        ("173", "COERCE", "arrest"),
        ("174", "COERCE", "deport"),
        ("1722", "COERCE", "restrict"),
        ("1724", "COERCE", "martial-law"),
        ("191", "COERCE", "restrict"),
        ("1712", "ASSAULT", "destroy"),
        ("175", "ASSAULT", None),
        ("181", "ASSAULT", "abduct"),
        ("1831", "ASSAULT", "suicide-attack"),
        ("186", "ASSAULT", "targeted"),
        ("190", "ASSAULT", None),
        ("192", "ASSAULT", None),  # occupation: root 19 is ASSAULT
        ("193", "ASSAULT", "firearms"),
        ("195", "ASSAULT", "aerial"),
        ("202", "ASSAULT", "targeted"),
        ("2042", "ASSAULT", "unconventional"),
        ("010", None, None),
        ("016", None, None),
    ],
)
def test_plover_spot_checks(code: str, plover_type: str | None, mode: str | None) -> None:
    plover = lookup(code).plover
    assert (plover["type"], plover["mode"]) == (plover_type, mode)


@pytest.mark.parametrize(
    ("code", "context"),
    [
        ("0333", "human_security"),  # table: 'humanitarian', not a manual context
        ("0811", "pro_democracy"),  # table: 'democracy'
        ("175", "repression"),
        ("091", "crime;corruption"),
        ("0312", "military"),
    ],
)
def test_plover_context_spot_checks(code: str, context: str) -> None:
    assert lookup(code).plover_context == context


@pytest.mark.parametrize(
    ("plover_type", "mode", "context"),
    [
        ("COERCE", "arrest", "legal"),
        ("ASSAULT", "", ""),
        ("AGREE", "", "crime;corruption"),
        ("RETREAT", "access", "peacekeeping"),
    ],
)
def test_converter_accepts_entries_the_manual_allows(
    plover_type: str, mode: str, context: str
) -> None:
    tool = load_converter()
    modes, contexts = allowed_modes(), allowed_contexts()
    assert tool.problems("x", tool.Plover(plover_type, mode, context), modes, contexts) == []


@pytest.mark.parametrize(
    ("plover_type", "mode", "context"),
    [
        ("COERCE", "ban", ""),  # not a COERCE mode
        ("ASSAULT", "seize", ""),  # a COERCE mode on ASSAULT
        ("AGREE", "visit", ""),  # AGREE has no modes
        ("RETREAT", "ease", ""),  # dropped from the manual
        ("RETREAT", "access ", ""),  # stray space
        ("FIGHT", "", ""),  # old name, not one of the 16 types
        ("AID", "", "humanitarian"),  # not a manual context
        ("", "visit", ""),  # mode without a type
    ],
)
def test_converter_rejects_entries_the_manual_does_not_allow(
    plover_type: str, mode: str, context: str
) -> None:
    tool = load_converter()
    modes, contexts = allowed_modes(), allowed_contexts()
    assert tool.problems("x", tool.Plover(plover_type, mode, context), modes, contexts) != []


@pytest.mark.shared
def test_converter_rebuilds_the_committed_code_table(shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "cameo_codes.tsv"
    subprocess.run(
        [sys.executable, str(CONVERTER), str(shared), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_text(encoding="utf-8") == CODES_FILE.read_text(encoding="utf-8")


def test_every_override_is_documented_in_the_plover_section_of_codes_md() -> None:
    text = (ROOT / "docs" / "CODES.md").read_text(encoding="utf-8")
    section = text.split("## PLOVER", 1)[1].split("\n## ", 1)[0]
    for row in overrides():
        assert f"\n| {row['code']} | " in section, row["code"]
