"""Datelines: the place, date and agency printed at the head of a news story.

Recognised forms (after at most two short headline or byline lines):

- aggregators: ``date 2021-06-16 Brussels, (UrduPoint / Pakistan Point News - 16th Jun, 2021 ) :``
- wire style in capitals: ``MOSCOW, June 16 (Reuters) -``, ``GENEVA (AP) —``, ``WASHINGTON --``,
  ``KYIV, Ukraine, Feb 24 (AFP) -``, ``ST. PETERSBURG, Russia —``, ``NEW DELHI:``
- TASS style: ``MOSCOW, June 16. /TASS/.``
- title case with an agency: ``Brussels, 16 June (AFP) -``, ``Beijing, June 16 (Xinhua) --``
- agency only: ``(CNN) —``
- a date line of its own: ``Wednesday, January 23, 2019``

A date without a year takes its year from the publication date when one is known; otherwise the
dateline's date stays unknown rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dyadic.document.dates import find_time_expressions, parse_date_text, resolve_expression
from dyadic.model import Dateline

# "date 2021-06-16 Brussels, (UrduPoint / Pakistan Point News - 16th Jun, 2021 ) :EU ..."
_AGGREGATOR = re.compile(
    r"""^\s*date\s+(?P<iso>\d{4}-\d{2}-\d{2})\s+
        (?P<place>[^,(\n]{1,60}?)\s*,?\s*
        \(\s*(?P<source>[^()\n]{1,80}?)\s*(?:-|–|—)\s*(?P<date>[^()\n]{1,40}?)\s*\)\s*:?\s*""",
    re.VERBOSE,
)

_DASH = r"(?:--|-|–|—|:)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:\s*,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
)
_CAPS_PLACE = r"[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*){0,3}"
_TITLE_PLACE = r"[A-Z][a-z.'’\-]+(?:\s+[A-Z][a-z.'’\-]+){0,2}"
_REGION = r"[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2}"

# "MOSCOW, June 16 (Reuters) -", "GENEVA (AP) —", "KYIV, Ukraine, Feb 24 (AFP) -", "WASHINGTON --"
_WIRE = re.compile(
    rf"""^(?P<place>{_CAPS_PLACE})
        (?:\s*,\s*(?P<region>{_REGION}))??
        (?:\s*,\s*(?P<date>{_DATE}))?
        \s*(?:\((?P<source>[^()\n]{{1,40}})\))?
        \s*{_DASH}\s*""",
    re.VERBOSE,
)
# "MOSCOW, June 16. /TASS/."
_TASS = re.compile(
    rf"""^(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE})\s*,\s*(?P<date>{_DATE})\s*\.?\s*
        /(?P<source>[A-Za-z\-]{{2,20}})/\s*\.?\s*""",
    re.VERBOSE,
)
# "Brussels, 16 June (AFP) -", "Beijing, June 16 (Xinhua) --", "Kyiv (Reuters) -"
_TITLE = re.compile(
    rf"""^(?P<place>{_TITLE_PLACE})
        (?:\s*,\s*(?P<region>{_REGION}))??
        (?:\s*,\s*(?P<date>{_DATE}))?
        \s*\((?P<source>[^()\n]{{1,40}})\)
        \s*{_DASH}\s*""",
    re.VERBOSE,
)
# "(CNN) —"
_AGENCY_ONLY = re.compile(rf"^\((?P<source>[A-Z][A-Za-z .&]{{1,30}})\)\s*{_DASH}\s*")
# Words in capitals that open stories but are not places.
_NOT_PLACES = frozenset(
    {"UPDATE", "BREAKING", "EXCLUSIVE", "ANALYSIS", "FACTBOX", "WRAPUP", "URGENT", "NEWS", "NOTE",
     "EDITORS", "CORRECTION", "REFILE", "VIDEO", "PHOTOS", "LIVE", "OPINION", "WATCH", "FLASH",
     "BULLETIN", "ALERT", "COMMENT", "INTERVIEW", "EXPLAINER", "FEATURE", "A", "I", "US", "UK",
     "EU", "UN", "NATO", "TV"}
)  # fmt: skip
#: How many short lines (a headline, a byline) may stand before the dateline.
_MAX_LEAD_LINES = 2
_MAX_LEAD_LINE_CHARS = 120


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """A dateline found at the head of a text, and where the story body starts.

    Attributes:
        dateline: the place, date and agency.
        body_start: offset of the story body after the dateline.
        region: the country or state printed after the place ("KYIV, Ukraine"), if any.
    """

    dateline: Dateline
    body_start: int
    region: str | None = None


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
        date = parse_date_text(match["date"], relative_to=published) or _iso(iso)
        return DatelineMatch(
            Dateline(
                place=_clean_place(match["place"]),
                date=date.isoformat() if date else iso,
                source=match["source"].strip(),
                span=(match.start("place"), match.end()),
            ),
            match.end(),
        )
    for start in _line_starts(text):
        found = _match_at(text, start, published)
        if found is not None:
            return found
    return None


def _line_starts(text: str) -> list[int]:
    """Offsets where a dateline may start: the text's first line and up to two lines after it
    when those first lines are short (a headline, a byline)."""
    starts = []
    position = len(text) - len(text.lstrip())
    for _ in range(_MAX_LEAD_LINES + 1):
        starts.append(position)
        end = text.find("\n", position)
        if end < 0 or end - position > _MAX_LEAD_LINE_CHARS:
            break
        line = text[position:end].strip()
        if line.endswith((".", "!", "?", ":", ";")) and not line.lower().startswith("by "):
            break
        position = end
        while position < len(text) and text[position].isspace():
            position += 1
    return starts


def _match_at(text: str, start: int, published: dt.date | None) -> DatelineMatch | None:
    head = text[start : start + 300]
    date_line = _date_line(head, published)
    if date_line is not None:
        line_date, length = date_line
        dateline = Dateline(place=None, date=line_date, span=(start, start + length))
        return DatelineMatch(dateline, _skip_space(text, start + length))
    for pattern, caps in ((_TASS, None), (_WIRE, True), (_TITLE, False)):
        match = pattern.match(head)
        if match is None:
            continue
        place = match["place"]
        if caps is True and not _looks_like_caps_place(place):
            continue
        if caps is True and not (match["source"] or match["date"] or _is_dash_or_colon(match)):
            continue
        if not _words_ok(place):
            continue
        date_text = match["date"]
        date = _dateline_date(date_text, published) if date_text else None
        region = match.groupdict().get("region")
        dateline = Dateline(
            place=_clean_place(place),
            date=date,
            source=match["source"].strip() if match["source"] else None,
            span=(start, start + match.end()),
        )
        return DatelineMatch(dateline, start + match.end(), region.strip() if region else None)
    match = _AGENCY_ONLY.match(head)
    if match:
        dateline = Dateline(
            place=None, date=None, source=match["source"].strip(), span=(start, start + match.end())
        )
        return DatelineMatch(dateline, start + match.end())
    return None


def _date_line(head: str, published: dt.date | None) -> tuple[str, int] | None:
    """A first line that is only a date ("Wednesday, January 23, 2019"): its date and length."""
    line_end = head.find("\n")
    if line_end < 0:
        return None
    line = head[:line_end]
    if not line.strip() or len(line) > 60:
        return None
    expressions = find_time_expressions(line)
    if len(expressions) != 1:
        return None
    expression = expressions[0]
    rest = (line[: expression.start] + line[expression.end :]).strip().strip(",.").strip()
    if rest or not expression.group("year"):
        return None
    resolved = resolve_expression(expression, published)
    if resolved is None or resolved.date is None or resolved.granularity != "day":
        return None
    return resolved.date.isoformat(), line_end


def _dateline_date(text: str, published: dt.date | None) -> str | None:
    """The date a dateline prints; a year is taken from ``published``, never guessed."""
    expressions = find_time_expressions(text)
    if expressions:
        expression = expressions[0]
        if expression.kind == "weekday" and published is None:
            return None
        if expression.kind in {"dmy", "mdy"} and not expression.group("year") and published is None:
            return None
        resolved = resolve_expression(expression, published)
        if resolved is not None and resolved.date is not None and resolved.granularity == "day":
            return resolved.date.isoformat()
    if published is None and not re.search(r"\d{4}", text):
        return None
    parsed = parse_date_text(text, relative_to=published)
    return parsed.isoformat() if parsed else None


def _iso(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _is_dash_or_colon(match: re.Match[str]) -> bool:
    """Whether a match ends in a dateline's dash or colon, not in a hyphen inside a word ("U.S.
    B-2 bombers", "a U.N.-backed court")."""
    ending = re.search(_DASH + r"(\s*)$", match.group(0))
    if ending is None:
        return False
    before = match.string[ending.start() - 1 : ending.start()] if ending.start() else ""
    return ending.group(0).strip() != "-" or before.isspace() or bool(ending.group(1))


def _looks_like_caps_place(place: str) -> bool:
    words = place.replace(".", " ").split()
    return bool(words) and place.isupper() and place.strip() not in _NOT_PLACES and len(place) >= 3


def _words_ok(place: str) -> bool:
    words = place.replace(".", " ").split()
    return bool(words) and len(words) <= 4 and place.strip().upper() not in _NOT_PLACES


def _clean_place(place: str) -> str:
    place = place.strip(" ,.")
    if place.isupper():
        place = " ".join(_capitalise(word) for word in place.split())
    return place


def _capitalise(word: str) -> str:
    if word.endswith(".") and len(word) <= 4:  # "ST." -> "St."
        return word.capitalize()
    return "-".join(part.capitalize() for part in word.split("-"))


def leading_date(text: str, *, limit: int = 300) -> dt.date | None:
    """A full date (with its year) at the head of ``text`` (its first paragraph, at most ``limit``
    characters), if any: the publication date of last resort ("On June 16, 2021, the EU ...")."""
    head = text.lstrip()[:limit]
    paragraph = head.find("\n\n")
    first = head[:paragraph] if paragraph > 0 else head
    for expression in find_time_expressions(first):
        if expression.kind in {"iso", "dmy", "mdy"} and (
            expression.kind == "iso" or expression.group("year")
        ):
            resolved = resolve_expression(expression, None)
            if resolved is not None and resolved.date is not None:
                return resolved.date
    return None
