"""The CAMEO code table: names, Goldstein scores, quad classes and PLOVER equivalents."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass

from dyadic.errors import UsageError
from dyadic.settings import DATA_DIR

CODES_FILE = DATA_DIR / "reference" / "cameo_codes.tsv"

#: Phoenix five-way split used by the dev gold (DESIGN.md section 6), by CAMEO root.
FIVE_CLASS_BY_ROOT: dict[str, int] = {
    **dict.fromkeys(("01", "02"), 0),
    **dict.fromkeys(("03", "04", "05"), 1),
    **dict.fromkeys(("06", "07", "08"), 2),
    **dict.fromkeys(("09", "10", "11", "12", "13", "16"), 3),
    **dict.fromkeys(("14", "15", "17", "18", "19", "20"), 4),
}
FIVE_CLASS_NAMES: tuple[str, ...] = (
    "statements & appeals",
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
)
QUAD_CLASS_NAMES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code and what follows from it."""

    code: str
    name: str
    goldstein: float
    root: str
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None

    @property
    def five_class(self) -> int:
        return FIVE_CLASS_BY_ROOT[self.root]

    @property
    def plover(self) -> dict[str, str | None]:
        """PLOVER type, mode and context (the context is an addition to Event JSON v1)."""
        return {"type": self.plover_type, "mode": self.plover_mode, "context": self.plover_context}


@functools.lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    """All CAMEO codes (3 and 4 digits) by code."""
    table: dict[str, CameoCode] = {}
    with CODES_FILE.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            table[row["code"]] = CameoCode(
                code=row["code"],
                name=row["name"],
                goldstein=float(row["goldstein"]),
                root=row["root"],
                quad_class=int(row["quad_class"]),
                plover_type=row["plover_type"] or None,
                plover_mode=row["plover_mode"] or None,
                plover_context=row["plover_context"] or None,
            )
    return table


def lookup(code: str) -> CameoCode:
    """The entry for ``code``.

    Raises:
        UsageError: the code is not a CAMEO 1.1b3 event code.
    """
    try:
        return cameo_codes()[code]
    except KeyError:
        raise UsageError(f"{code!r} is not a CAMEO event code", stage="events") from None


def is_code(code: str) -> bool:
    """True for a CAMEO 1.1b3 event code (3 or 4 digits, as a string)."""
    return code in cameo_codes()


def quad_class(code: str) -> int:
    """GDELT's quad class of a code: 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material
    conflict."""
    return lookup(code).quad_class


def five_class(code: str) -> int:
    """The Phoenix five-way class of a code (the dev gold's labels)."""
    return FIVE_CLASS_BY_ROOT[code[:2]]
