"""Build Dyadic's CAMEO code table from the shared reference files (run by developers only).

Facts converted: code, short name, Goldstein score and root from the CAMEO 1.1b3 code list
(andybega/icews, MIT), PLOVER type/mode/context from openeventdata/PLOVER's CAMEO2PLOVER table
(CC BY-SA 4.0), corrected by the project's src/dyadic/data/reference/plover_overrides.tsv where
the table disagrees with the PLOVER manual (docs/CODES.md, section PLOVER). Descriptions are not
copied. Every (type, mode) pair and every context is checked against plover_modes.tsv and
plover_contexts.tsv; the build fails on anything the manual does not allow.

Usage: python tools/convert_reference.py [SHARED_DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "src" / "dyadic" / "data" / "reference"
OUT = REFERENCE / "cameo_codes.tsv"
OVERRIDES = REFERENCE / "plover_overrides.tsv"
MODES = REFERENCE / "plover_modes.tsv"
CONTEXTS = REFERENCE / "plover_contexts.tsv"

HEADER = (
    "# CAMEO 1.1b3 event codes with Goldstein scores and PLOVER 2.0 type/mode/context.\n"
    "# Sources: CAMEO code list (andybega/icews, MIT); CAMEO2PLOVER (openeventdata/PLOVER,"
    " CC BY-SA 4.0). Built by tools/convert_reference.py. See NOTICE.\n"
    "# PLOVER columns: the CAMEO2PLOVER table with plover_overrides.tsv applied (where the table"
    " disagrees with the PLOVER manual); root 01 has no PLOVER type, root 02 takes REQUEST with the"
    " mode and context of its parallel root-10 code. See docs/CODES.md.\n"
)
COLUMNS = [
    "code", "name", "goldstein", "root", "quad_class", "plover_type", "plover_mode",
    "plover_context",
]  # fmt: skip

_LINE = re.compile(r"^(\d{2,4}):\s*([^#]*?)(?:#.*)?$")


class Plover(NamedTuple):
    """A PLOVER type, mode and context (contexts joined with ';'); empty strings when absent."""

    type: str
    mode: str
    context: str


NONE = Plover("", "", "")


def _data_rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t")


def _context(text: str) -> str:
    return ";".join(part.strip() for part in text.split(";") if part.strip())


def read_table(path: Path) -> dict[str, Plover]:
    """CAMEO2PLOVER as code -> Plover; the first line for a code wins; whitespace is trimmed."""
    table: dict[str, Plover] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _LINE.match(line.strip())
        if not match:
            continue
        parts = [p.strip() for p in match.group(2).split(",")]
        parts += [""] * (3 - len(parts))
        table.setdefault(match.group(1), Plover(parts[0], parts[1], _context(parts[2])))
    return table


def read_overrides(path: Path) -> dict[str, Plover]:
    """The project's corrections, by code; each row must give a reason."""
    overrides: dict[str, Plover] = {}
    for row in _data_rows(path):
        code = row["code"].strip()
        if code in overrides:
            raise SystemExit(f"{path.name}: {code} is overridden twice")
        if not (row.get("reason") or "").strip():
            raise SystemExit(f"{path.name}: {code} has no reason")
        overrides[code] = Plover(
            row["plover_type"].strip(), row["plover_mode"].strip(), _context(row["plover_context"])
        )
    return overrides


def read_allowed() -> tuple[dict[str, set[str]], set[str]]:
    """Modes allowed per PLOVER type, and the PLOVER contexts (the project's files)."""
    modes: dict[str, set[str]] = {}
    for row in _data_rows(MODES):
        modes.setdefault(row["plover_type"], set())
        if row["mode"]:
            modes[row["plover_type"]].add(row["mode"])
    contexts = {row["context"] for row in _data_rows(CONTEXTS)}
    return modes, contexts


def problems(code: str, entry: Plover, modes: dict[str, set[str]], contexts: set[str]) -> list[str]:
    """What is wrong with an entry by the PLOVER manual (empty when nothing is)."""
    found = []
    if entry.type and entry.type not in modes:
        found.append(f"{code}: {entry.type!r} is not a PLOVER event type")
    elif entry.mode and entry.mode not in modes.get(entry.type, set()):
        found.append(f"{code}: {entry.type} has no mode {entry.mode!r}")
    if not entry.type and (entry.mode or entry.context):
        found.append(f"{code}: mode or context without a type")
    found.extend(
        f"{code}: {part!r} is not a PLOVER context"
        for part in entry.context.split(";")
        if part and part not in contexts
    )
    return found


def plover_for(code: str, table: dict[str, Plover], overrides: dict[str, Plover]) -> Plover:
    """The PLOVER entry of a CAMEO code (3 or 4 digits)."""
    root = code[:2]
    if root == "01":  # PLOVER drops public statements
        return NONE
    if root == "02":  # project choice: appeals are requests; 02x parallels 10x code for code
        parallel = plover_for("10" + code[2:], table, overrides)
        return parallel._replace(type="REQUEST")
    # A 4-digit code without its own line inherits its 3-digit parent's entry.
    for key in (code, code[:3]):
        if key in overrides:
            return overrides[key]
        if key in table:
            return table[key]
    return NONE


def quad_class(root: int) -> int:
    if root <= 5:
        return 1
    if root <= 9:
        return 2
    if root <= 14:
        return 3
    return 4


def build(shared: Path) -> list[list[str]]:
    """The rows of cameo_codes.tsv; exits with every problem found when the result breaks PLOVER."""
    ref = shared / "data" / "reference"
    table = read_table(ref / "plover" / "CAMEO2PLOVER-2021.txt")
    overrides = read_overrides(OVERRIDES)
    modes, contexts = read_allowed()
    with (ref / "cameo" / "cameo_event_codes.csv").open(encoding="utf-8") as handle:
        cameo = [row for row in csv.DictReader(handle) if len(row["code"].strip()) >= 3]
    codes = {row["code"].strip() for row in cameo}
    errors = [
        f"{OVERRIDES.name}: {code} is not a CAMEO code" for code in overrides if code not in codes
    ]
    for code, entry in overrides.items():
        inherited = table.get(code) or table.get(code[:3]) or NONE
        if entry == inherited:
            errors.append(f"{OVERRIDES.name}: {code} repeats the table ({entry}); remove it")
    rows = []
    for row in cameo:
        code = row["code"].strip()
        root = code[:2]
        if root == "02" and "10" + code[2:] not in codes:
            errors.append(f"{code}: no parallel root-10 code {'10' + code[2:]}")
            continue
        entry = plover_for(code, table, overrides)
        if root != "01" and not entry.type:
            errors.append(f"{code}: no PLOVER type")
        errors.extend(problems(code, entry, modes, contexts))
        rows.append(
            [code, row["name"].strip(), row["goldstein"].strip(), root,
             str(quad_class(int(root))), entry.type, entry.mode, entry.context]
        )  # fmt: skip
    if errors:
        raise SystemExit("PLOVER mapping breaks the manual:\n" + "\n".join(errors))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = build(args.shared)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    print(f"wrote {len(rows)} codes to {args.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
