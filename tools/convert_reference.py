"""Build Dyadic's CAMEO code table from the shared reference files (run by developers only).

Facts converted: code, short name, Goldstein score and root from the CAMEO 1.1b3 code list
(andybega/icews, MIT), PLOVER type/mode/context from openeventdata/PLOVER's CAMEO2PLOVER table
(CC BY-SA 4.0). Descriptions are not copied. Usage: python tools/convert_reference.py [SHARED_DIR]
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dyadic" / "data" / "reference" / "cameo_codes.tsv"

# PLOVER drops CAMEO 01 (statements); appeals (02) are requests in PLOVER's sense: a documented
# choice of this project (the PLOVER manual leaves 01/02 out of its 16 categories).
ROOT_PLOVER = {"01": "", "02": "REQUEST"}


def quad_class(root: int) -> int:
    if root <= 5:
        return 1
    if root <= 9:
        return 2
    if root <= 14:
        return 3
    return 4


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    ref = shared / "data" / "reference"
    plover: dict[str, tuple[str, str, str]] = {}
    line_re = re.compile(r"^(\d{2,4}):\s*([^#]*?)(?:#.*)?$")
    for line in (ref / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        match = line_re.match(line.strip())
        if not match:
            continue
        parts = [p.strip() for p in match.group(2).split(",")]
        parts += [""] * (3 - len(parts))
        plover.setdefault(match.group(1), (parts[0], parts[1], parts[2].replace(" ", "")))
    rows = []
    with (ref / "cameo" / "cameo_event_codes.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code = row["code"].strip()
            if len(code) < 3:
                continue
            root = code[:2]
            entry = plover.get(code) or plover.get(code[:3]) or ("", "", "")
            if root in ROOT_PLOVER:
                entry = (ROOT_PLOVER[root], "", "")
            rows.append(
                [code, row["name"].strip(), row["goldstein"].strip(), root,
                 str(quad_class(int(root))), entry[0], entry[1], entry[2]]
            )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# CAMEO 1.1b3 event codes with Goldstein scores and PLOVER 2.0 type/mode/context.\n")
        handle.write("# Sources: CAMEO code list (andybega/icews, MIT); CAMEO2PLOVER (openeventdata/PLOVER,"
                     " CC BY-SA 4.0). Built by tools/convert_reference.py. See NOTICE.\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["code", "name", "goldstein", "root", "quad_class", "plover_type",
                         "plover_mode", "plover_context"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} codes to {OUT}")


if __name__ == "__main__":
    main()
