"""Dates in news text, resolved against the publication date by news convention."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

import dateparser

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _settings_base() -> dict[str, Any]:
    return {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day"], "RETURN_AS_TIMEZONE_AWARE": False}


def parse_date_text(text: str | None, *, relative_to: dt.date | None = None) -> dt.date | None:
    """Parse a written date ("16th Jun, 2021", "June 16", "2021-06-16"); None if it is not one.

    A date without a year takes the year that puts it nearest before (or on) ``relative_to``.
    """
    if not text or not text.strip():
        return None
    settings = dict(_settings_base())
    settings["PREFER_DATES_FROM"] = "past"
    if relative_to is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(relative_to, dt.time(12))
    parsed = dateparser.parse(text.strip(), languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def resolve_weekday(name: str, published: dt.date) -> dt.date:
    """The most recent ``name`` day on or before ``published`` ("said Wednesday" on a Wednesday
    is that same day)."""
    target = _WEEKDAYS.index(name.lower())
    return published - dt.timedelta(days=(published.weekday() - target) % 7)


def weekday_in(text: str) -> str | None:
    """The first weekday name in ``text``, lower-cased, if any."""
    match = _WEEKDAY_RE.search(text)
    return match.group(1).lower() if match else None
