"""Datelines: the place, date and agency printed at the head of a news story."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dyadic.document.dates import parse_date_text
from dyadic.model import Dateline

# "date 2021-06-16 Brussels, (UrduPoint / Pakistan Point News - 16th Jun, 2021 ) :EU ..."
_AGGREGATOR = re.compile(
    r"""^\s*date\s+(?P<iso>\d{4}-\d{2}-\d{2})\s+
        (?P<place>[^,(\n]{1,60}?)\s*,?\s*
        \(\s*(?P<source>[^()\n]{1,80}?)\s*(?:-|–|—)\s*(?P<date>[^()\n]{1,40}?)\s*\)\s*:?\s*""",
    re.VERBOSE,
)

_DASH = r"(?:--|-|–|—)"
# "MOSCOW, June 16 (Reuters) -", "GENEVA (AP) —", "KYIV, Ukraine, Feb 24 (AFP) -", "WASHINGTON --"
_WIRE = re.compile(
    rf"""^\s*(?P<place>[A-Z][A-Z.'’\- ]{{1,40}}?[A-Z.])
        (?:\s*,\s*(?P<region>[A-Z][A-Za-z.'’\- ]{{1,30}}?))??
        (?:\s*,\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{{1,2}}
            (?:\s*,\s*\d{{4}})?))?
        \s*(?:\((?P<source>[^()\n]{{1,40}})\))?
        \s*{_DASH}\s*""",
    re.VERBOSE,
)
# Single-word all-caps tokens that open sentences but are not places.
_NOT_PLACES = frozenset({"UPDATE", "BREAKING", "EXCLUSIVE", "ANALYSIS", "FACTBOX", "WRAPUP", "URGENT"})


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """A dateline found at the head of a text, and where the story body starts."""

    dateline: Dateline
    body_start: int


def parse_dateline(text: str, *, published: dt.date | None = None) -> DatelineMatch | None:
    """Find a dateline at the start of ``text``.

    Args:
        text: the document text.
        published: the publication date, used to give a year to "June 16".

    Returns:
        The dateline and the offset of the body after it, or None when there is none.
    """
    match = _AGGREGATOR.match(text)
    if match:
        iso = match["iso"]
        date = parse_date_text(match["date"], relative_to=published) or dt.date.fromisoformat(iso)
        return DatelineMatch(
            Dateline(
                place=_clean_place(match["place"]),
                date=date.isoformat(),
                source=match["source"].strip(),
                span=(match.start("place"), match.end()),
            ),
            match.end(),
        )
    match = _WIRE.match(text)
    if match and _looks_like_place(match["place"]) and (match["source"] or _has_dash(match)):
        date_text = match["date"]
        date = parse_date_text(date_text, relative_to=published) if date_text else None
        place = _clean_place(match["place"])
        return DatelineMatch(
            Dateline(
                place=place,
                date=date.isoformat() if date else None,
                source=match["source"].strip() if match["source"] else None,
                span=(match.start("place"), match.end()),
            ),
            match.end(),
        )
    return None


def _has_dash(match: re.Match[str]) -> bool:
    return bool(re.search(_DASH + r"\s*$", match.group(0)))


def _looks_like_place(place: str) -> bool:
    words = place.replace(".", " ").split()
    return bool(words) and len(words) <= 4 and place.strip() not in _NOT_PLACES


def _clean_place(place: str) -> str:
    place = place.strip(" ,.")
    if place.isupper():
        place = " ".join(word.capitalize() for word in place.split())
    return place
