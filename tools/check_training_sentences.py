#!/usr/bin/env python3
"""Validate Dyadic's authored training sentences and print counts per CAMEO root.

Usage:
    python tools/check_training_sentences.py [PATH] [--codes CSV] [--markdown]

PATH defaults to src/dyadic/data/training/sentences.jsonl. The CAMEO event-code list is looked up
in --codes, then in ../shared/data/reference/cameo/cameo_event_codes.csv (next to the repository),
then in the package's own src/dyadic/data/reference/cameo_codes.tsv; when none exists only the
format of the codes is checked.

Checks: every line is a JSON object with the expected keys; ids and texts are unique; "cameo" is a
known code (or "none"); source/target are exact substrings of the text; modality is allowed; "none"
rows carry no actors; event rows carry a source actor code. Exits 1 when any check fails.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO / "src" / "dyadic" / "data" / "training" / "sentences.jsonl"
CODE_CANDIDATES = (
    REPO.parent / "shared" / "data" / "reference" / "cameo" / "cameo_event_codes.csv",
    REPO / "src" / "dyadic" / "data" / "reference" / "cameo_codes.tsv",
)
KEYS = {"id", "text", "cameo", "source", "target", "source_code", "target_code", "modality"}
OPTIONAL_KEYS = {"note", "weight"}
ACTOR_KEYS = ("source", "target", "source_code", "target_code")
MODALITIES = ("asserted", "negated", "intended", "hypothetical", "reported_past")
CAMEO_RE = re.compile(r"^(?:0[1-9]|1[0-9]|20)[0-9]{1,2}$")
ACTOR_RE = re.compile(r"^[A-Z]{3,15}$")
ID_RE = re.compile(r"^t[0-9]{5}$")
ROOT_NAMES = {
    "01": "make public statement",
    "02": "appeal",
    "03": "express intent to cooperate",
    "04": "consult",
    "05": "diplomatic cooperation",
    "06": "material cooperation",
    "07": "provide aid",
    "08": "yield",
    "09": "investigate",
    "10": "demand",
    "11": "disapprove",
    "12": "reject",
    "13": "threaten",
    "14": "protest",
    "15": "exhibit force posture",
    "16": "reduce relations",
    "17": "coerce",
    "18": "assault",
    "19": "fight",
    "20": "unconventional mass violence",
    "none": "no codable event",
}


def load_codes(explicit: Path | None) -> set[str] | None:
    """Return the set of CAMEO event codes, or None when no code list is available."""
    candidates = (explicit,) if explicit else CODE_CANDIDATES
    for path in candidates:
        if path and path.is_file():
            with path.open(encoding="utf-8", newline="") as fh:
                lines = [line for line in fh if line.strip() and not line.startswith("#")]
            delimiter = "\t" if path.suffix == ".tsv" else ","
            return {row["code"].strip() for row in csv.DictReader(lines, delimiter=delimiter)}
    if explicit:
        raise SystemExit(f"code list not found: {explicit}")
    return None


def check(path: Path, codes: set[str] | None) -> tuple[list[str], list[dict[str, object]]]:
    """Validate every line of the JSONL file; return (errors, rows)."""
    errors: list[str] = []
    rows: list[dict[str, object]] = []
    ids: set[str] = set()
    texts: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            where = f"line {lineno}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: invalid JSON ({exc})")
                continue
            if not isinstance(row, dict):
                errors.append(f"{where}: not a JSON object")
                continue
            missing = KEYS - row.keys()
            extra = row.keys() - KEYS - OPTIONAL_KEYS
            if missing or extra:
                errors.append(
                    f"{where}: missing keys {sorted(missing)} / unexpected {sorted(extra)}"
                )
                continue
            rid, text, cameo = row["id"], row["text"], row["cameo"]
            where = f"line {lineno} ({rid})"
            if not isinstance(rid, str) or not ID_RE.match(rid):
                errors.append(f"{where}: bad id")
            elif rid in ids:
                errors.append(f"{where}: duplicate id")
            ids.add(str(rid))
            if not isinstance(text, str) or not text.strip() or text != text.strip():
                errors.append(f"{where}: text empty or padded with whitespace")
                continue
            if text in texts:
                errors.append(f"{where}: duplicate text (first on line {texts[text]})")
            texts.setdefault(text, lineno)
            if cameo != "none":
                if not isinstance(cameo, str) or not CAMEO_RE.match(cameo):
                    errors.append(f"{where}: cameo {cameo!r} is not a CAMEO code string")
                elif codes is not None and cameo not in codes:
                    errors.append(f"{where}: cameo {cameo!r} not in the CAMEO code list")
            weight = row.get("weight", 1.0)
            if (
                isinstance(weight, bool)
                or not isinstance(weight, (int, float))
                or not 0 < weight <= 1
            ):
                errors.append(f"{where}: weight {weight!r} is not a number in (0, 1]")
            if row["modality"] not in MODALITIES:
                errors.append(f"{where}: modality {row['modality']!r} not allowed")
            for span_key, code_key in (("source", "source_code"), ("target", "target_code")):
                span, code = row[span_key], row[code_key]
                if span is not None and (not isinstance(span, str) or span not in text):
                    errors.append(f"{where}: {span_key} {span!r} is not a substring of the text")
                if span is not None and code is None:
                    errors.append(f"{where}: {span_key} given without {code_key}")
                if code is not None and (not isinstance(code, str) or not ACTOR_RE.match(code)):
                    errors.append(f"{where}: {code_key} {code!r} is not an actor code")
            if cameo == "none":
                if any(row[k] is not None for k in ACTOR_KEYS):
                    errors.append(f"{where}: a 'none' sentence must not name actors")
            elif row["source_code"] is None:
                errors.append(f"{where}: event without a source actor code")
            rows.append(row)
    return errors, rows


def root_of(cameo: str) -> str:
    return "none" if cameo == "none" else cameo[:2]


def summary(rows: list[dict[str, object]], *, markdown: bool) -> str:
    """Counts per root (with 3-digit codes and modalities) as plain text or a Markdown table."""
    per_root: Counter[str] = Counter()
    per_code: dict[str, Counter[str]] = defaultdict(Counter)
    modality: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        cameo = str(row["cameo"])
        root = root_of(cameo)
        per_root[root] += 1
        if cameo != "none":
            per_code[root][cameo[:3]] += 1
        modality[root][str(row["modality"])] += 1
    roots = sorted(per_root, key=lambda r: (r == "none", r))
    lines: list[str] = []
    if markdown:
        lines.append("| root | meaning | sentences | " + " | ".join(MODALITIES) + " |")
        lines.append("|---|---|---:|" + "---:|" * len(MODALITIES))
        for root in roots:
            cells = " | ".join(str(modality[root][m]) for m in MODALITIES)
            lines.append(f"| {root} | {ROOT_NAMES.get(root, '')} | {per_root[root]} | {cells} |")
        total_mod = Counter(str(r["modality"]) for r in rows)
        cells = " | ".join(str(total_mod[m]) for m in MODALITIES)
        lines.append(f"| **all** | | **{len(rows)}** | {cells} |")
        lines.append("")
        lines.append("Sentences per 3-digit code (4-digit sub-codes counted under their parent):")
        lines.append("")
        for root in roots:
            if root == "none":
                continue
            codes = ", ".join(f"{c} {n}" for c, n in sorted(per_code[root].items()))
            lines.append(f"- {root}: {codes}")
    else:
        lines.append(f"{'root':<6}{'n':>6}  3-digit codes")
        for root in roots:
            codes = " ".join(f"{c}:{n}" for c, n in sorted(per_code[root].items()))
            lines.append(f"{root:<6}{per_root[root]:>6}  {codes}")
        lines.append(f"{'total':<6}{len(rows):>6}")
        total_mod = Counter(str(r["modality"]) for r in rows)
        lines.append("modality: " + ", ".join(f"{m} {total_mod[m]}" for m in MODALITIES))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--codes", type=Path, default=None, help="cameo_event_codes.csv")
    parser.add_argument("--markdown", action="store_true", help="print the counts as Markdown")
    args = parser.parse_args(argv)
    codes = load_codes(args.codes)
    errors, rows = check(args.path, codes)
    print(summary(rows, markdown=args.markdown))
    if codes is None:
        print("note: CAMEO code list not found; checked code format only", file=sys.stderr)
    if errors:
        for err in errors:
            print(f"ERROR {err}", file=sys.stderr)
        print(f"{len(errors)} error(s) in {args.path}", file=sys.stderr)
        return 1
    print(f"OK: {len(rows)} sentences in {args.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
