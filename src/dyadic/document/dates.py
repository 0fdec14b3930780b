"""Dates in news text, resolved against the publication date by news convention.

Event dates come from time expressions that attach to the event's own clause ("met on Monday",
"will debate the report next week"); a date elsewhere in the sentence, about something else, does
not count. Relative expressions are resolved against the publication date:

- a weekday names the most recent such day, the publication day included ("said Wednesday" in a
  story of Wednesday 16 June is 16 June); for a future event ("will meet on Friday") the next one;
- "today", "yesterday", "tomorrow", "last night", "N days ago" are days;
- "last/this/next week" is the week, given as its Monday ("next week" on 2021-06-16: 2021-06-21);
- "in June", "last month" is the month, given as its first day;
- a bare year ("in 2014") is too coarse for a date: the date is null, the basis "text".
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import dateparser
from spacy.tokens import Span, Token

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None, "a few": None,
}  # fmt: skip

# Month names are matched capitalised only, so that "may" and "march" the verbs are not dates.
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_WEEKDAY = (
    r"(?P<weekday>[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

#: Time expressions, most specific first; each names its granularity.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("iso", r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b"),
        (
            "dmy",
            rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b",
        ),
        ("mdy", rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"),
        ("month_year", rf"\b(?:(?:early|mid|late)[\s-]+)?{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),
        (
            "ago",
            r"(?i:\b(?P<count>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
            r"(?P<unit>day|week|month|year)s?\s+ago\b)",
        ),
        (
            "relative_period",
            r"(?i:\b(?:(?P<edge>earlier|later)\s+)?(?P<which>last|next|this|past|coming|previous)"
            r"\s+(?P<unit>week(?:end)?|month|year)\b)",
        ),
        ("over_weekend", r"(?i:\b(?:over|at)\s+the\s+weekend\b)"),
        (
            "weekday",
            rf"\b(?:(?P<which>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Ee]arly|[Ll]ate)\s+)?{_WEEKDAY}"
            r"(?:\s+(?:morning|afternoon|evening|night))?\b",
        ),
        (
            "deictic",
            r"(?i:\b(?P<word>today|tonight|yesterday|tomorrow|overnight|"
            r"this\s+(?:morning|afternoon|evening)|last\s+(?:night|evening))\b)",
        ),
        (
            "month",
            rf"\b(?:(?:early|mid|late)[\s-]+|(?:in|since|during|until)\s+){_MONTH}\b(?!\s+\d)",
        ),
        ("year", rf"\b(?:in|since|during|until|by|of|from|early|late|mid)[\s-]+{_YEAR}\b"),
    )
)

#: Words before a time expression that make it a bound of a period, not the event's date.
_BOUND_WORDS = frozenset(
    {"since", "until", "till", "by", "before", "after", "from", "through", "ahead", "prior",
     "within", "between", "to", "following", "as", "than"}
)  # fmt: skip
#: Prepositions on the path from a time expression to the trigger that detach it.
_BOUND_PREPS = frozenset(
    {"since", "until", "till", "before", "after", "ahead", "prior", "following"}
)
#: Verbs whose object noun names the event ("held talks on Monday").
_LIGHT_VERBS = frozenset(
    {"hold", "have", "conduct", "stage", "launch", "carry", "make", "take", "begin", "start",
     "open", "host", "sign", "reach", "announce", "give", "deliver", "issue", "mount"}
)  # fmt: skip
_CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp", "csubj", "parataxis"}
)
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
#: A date without a year up to this many days after publication is this year's, whatever the tense.
_AHEAD_DAYS = 31


@functools.lru_cache(maxsize=1)
def _settings_base() -> dict[str, Any]:
    return {
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }


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


def resolve_weekday(name: str, published: dt.date, *, future: bool = False) -> dt.date:
    """The most recent ``name`` day on or before ``published`` ("said Wednesday" on a Wednesday
    is that same day); with ``future``, the next one on or after it."""
    target = _WEEKDAYS.index(name.lower())
    if future:
        return published + dt.timedelta(days=(target - published.weekday()) % 7)
    return published - dt.timedelta(days=(published.weekday() - target) % 7)


def weekday_in(text: str) -> str | None:
    """The first weekday name in ``text``, lower-cased, if any."""
    match = _WEEKDAY_RE.search(text)
    return match.group(1).lower() if match else None


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression found in text: where it is, what kind, and its regex groups."""

    start: int
    end: int
    text: str
    kind: str
    groups: tuple[tuple[str, str], ...]

    def group(self, name: str) -> str | None:
        return dict(self.groups).get(name)


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A resolved time expression: the first day of the period and its granularity."""

    date: dt.date | None
    granularity: str  # "day", "week", "month" or "year"


def find_time_expressions(text: str) -> list[TimeExpression]:
    """Time expressions in ``text`` (character offsets), longest first where they overlap."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            groups = tuple((k, v) for k, v in match.groupdict().items() if v is not None)
            found.append(TimeExpression(start, end, match.group(0), kind, groups))
            taken.append((start, end))
    return sorted(found, key=lambda e: e.start)


def resolve_expression(
    expression: TimeExpression, published: dt.date | None, *, future: bool = False
) -> ResolvedDate | None:
    """The date an expression names, relative to ``published`` (None when it cannot be told).

    ``future`` settles expressions that could point either way ("on Friday", "24 February",
    "in June") towards the next such day instead of the last.
    """
    try:
        return _resolve(expression, published, future=future)
    except (OverflowError, ValueError):  # off the calendar (year 0, or relative to 1 or 9999)
        return None


def _resolve(
    expression: TimeExpression, published: dt.date | None, *, future: bool
) -> ResolvedDate | None:
    kind = expression.kind
    group = expression.group
    if kind == "iso":
        return ResolvedDate(_safe_date(group("iso")), "day")
    if kind in {"dmy", "mdy"}:
        month = _MONTHS[(group("month") or "").lower().rstrip(".")]
        day = int(group("day") or 0)
        year = group("year")
        if year:
            return ResolvedDate(_make_date(int(year), month, day), "day")
        if published is None:
            return None
        return ResolvedDate(_nearest_day(month, day, published, future=future), "day")
    if kind == "month_year":
        month = _MONTHS[(group("month") or "").lower().rstrip(".")]
        return ResolvedDate(dt.date(int(group("year") or 0), month, 1), "month")
    if kind == "month":
        if published is None:
            return None
        month = _MONTHS[(group("month") or "").lower().rstrip(".")]
        return ResolvedDate(_nearest_month(month, published, future=future), "month")
    if kind == "year":
        return ResolvedDate(None, "year")
    if published is None:
        return None
    if kind == "weekday":
        return ResolvedDate(
            _weekday(group("weekday") or "", group("which"), published, future), "day"
        )
    if kind == "deictic":
        word = " ".join((group("word") or "").lower().split())
        if word == "yesterday" or word.startswith("last "):
            return ResolvedDate(published - dt.timedelta(days=1), "day")
        if word == "tomorrow":
            return ResolvedDate(published + dt.timedelta(days=1), "day")
        return ResolvedDate(published, "day")
    if kind == "ago":
        count = _count(group("count") or "")
        unit = group("unit") or "day"
        if count is None:
            return None
        if unit == "day":
            return ResolvedDate(published - dt.timedelta(days=count), "day")
        if unit == "week":
            return ResolvedDate(_monday(published - dt.timedelta(weeks=count)), "week")
        if unit == "month":
            return ResolvedDate(_add_months(published.replace(day=1), -count), "month")
        return ResolvedDate(None, "year")
    if kind == "relative_period":
        return _relative_period(group("which") or "", group("unit") or "", published)
    if kind == "over_weekend":
        saturday = resolve_weekday("saturday", published, future=future)
        return ResolvedDate(saturday, "day")
    return None


def _relative_period(which: str, unit: str, published: dt.date) -> ResolvedDate:
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which.lower(), 0)
    unit = unit.lower()
    if unit == "week":
        return ResolvedDate(_monday(published) + dt.timedelta(weeks=step), "week")
    if unit == "weekend":
        if step < 0 or (step == 0 and published.weekday() >= 5):
            return ResolvedDate(resolve_weekday("saturday", published), "day")
        return ResolvedDate(resolve_weekday("saturday", published, future=True), "day")
    if unit == "month":
        return ResolvedDate(_add_months(published.replace(day=1), step), "month")
    return ResolvedDate(None, "year")


def _weekday(name: str, which: str | None, published: dt.date, future: bool) -> dt.date:
    which = (which or "").lower()
    if which == "last":
        return resolve_weekday(name, published - dt.timedelta(days=1))
    if which == "next":
        return resolve_weekday(name, published + dt.timedelta(days=1), future=True)
    if which == "this":
        return _monday(published) + dt.timedelta(days=_WEEKDAYS.index(name.lower()))
    return resolve_weekday(name, published, future=future)


def _nearest_day(month: int, day: int, published: dt.date, *, future: bool) -> dt.date | None:
    """The year of "24 February": the next one for a future event; otherwise the last one, unless
    this year's is only a few weeks ahead (a story of 15 June on "the summit on June 16")."""
    this_year = _make_date(published.year, month, day)
    if this_year is None:
        return None
    if future:
        return this_year if this_year >= published else _make_date(published.year + 1, month, day)
    if this_year <= published or (this_year - published).days <= _AHEAD_DAYS:
        return this_year
    return _make_date(published.year - 1, month, day)


def _nearest_month(month: int, published: dt.date, *, future: bool) -> dt.date:
    this_year = dt.date(published.year, month, 1)
    if future:
        return this_year if month >= published.month else dt.date(published.year + 1, month, 1)
    if this_year <= published or (this_year - published).days <= _AHEAD_DAYS:
        return this_year
    return dt.date(published.year - 1, month, 1)


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _add_months(first: dt.date, months: int) -> dt.date:
    index = first.year * 12 + first.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _safe_date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _count(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word)


# -- event dates -------------------------------------------------------------------------------


def event_date(
    sent: Span, trigger: Token, published: dt.date | None, *, modality: str
) -> tuple[str | None, str]:
    """The date of the event whose trigger is ``trigger`` in ``sent``.

    Only time expressions attached to the trigger's clause count: directly, through the verb
    whose object the trigger is ("held talks on Monday"), through the verbs the trigger
    complements ("vowed on Monday to lay down red lines"), or, for an event that is not in the
    past tense, through the verb of saying that reports it ("said Wednesday the bloc needs to ...").

    Args:
        sent: the sentence.
        trigger: the event's trigger token.
        published: the publication date.
        modality: the event's modality; ``intended`` turns "on Friday" towards the next Friday,
            ``reported_past`` events with no date in the text get ``before_publication``.

    Returns:
        ``(ISO date or None, date_basis)`` with basis ``text`` (resolved from the sentence; the date
        is None when the text names only a year or cannot be resolved), ``publication`` or
        ``before_publication``.
    """
    found = attached_expression(sent, trigger)
    if found is not None:
        expression, _ = found
        future = modality == "intended" or _has_future_aux(trigger)
        resolved = resolve_expression(expression, published, future=future)
        date = resolved.date if resolved is not None else None
        return (date.isoformat() if date else None), "text"
    if modality == "reported_past":
        return None, "before_publication"
    return (published.isoformat() if published else None), "publication"


def attached_expression(sent: Span, trigger: Token) -> tuple[TimeExpression, int] | None:
    """The time expression of ``sent`` that dates the trigger's clause, with its level (0: on the
    trigger itself, 1: on a governing verb, 2: on the verb of saying), or None."""
    best: tuple[TimeExpression, int, int] | None = None
    for expression, span in _expressions_in(sent):
        if _bounded(sent, span):
            continue
        level = _attachment_level(span, trigger)
        if level is None:
            continue
        rank = (level, abs(span.root.i - trigger.i))
        if best is None or rank < (best[1], best[2]):
            best = (expression, *rank)
    return (best[0], best[1]) if best else None


def _expressions_in(sent: Span) -> Iterator[tuple[TimeExpression, Span]]:
    for expression in find_time_expressions(sent.text):
        span = sent.char_span(expression.start, expression.end, alignment_mode="expand")
        if span is not None and len(span):
            yield expression, span


def _bounded(sent: Span, span: Span) -> bool:
    """True when the expression is a bound ("since Monday", "until next week")."""
    first = span[0]
    if first.lower_ in _BOUND_WORDS:
        return True
    before = first.i - 1
    return before >= sent.start and first.doc[before].lower_ in _BOUND_WORDS


def _attachment_level(span: Span, trigger: Token) -> int | None:
    anchors = _anchors(trigger)
    node = span.root
    if node.i == trigger.i or trigger in span:
        return 0
    steps = 0
    while node.head.i != node.i and steps < 40:
        steps += 1
        if node.dep_ == "prep" and node.lower_ in _BOUND_PREPS:
            return None
        parent = node.head
        if parent.i in anchors:
            return anchors[parent.i]
        if _is_clause_head(parent) and not (parent.dep_ == "acl" and parent.head.i == trigger.i):
            return None
        node = parent
    return None


def _anchors(trigger: Token) -> dict[int, int]:
    """Tokens a time expression may attach to, with the level it then has."""
    anchors = {trigger.i: 0}
    if trigger.pos_ in {"NOUN", "PROPN"}:
        head = trigger.head
        if trigger.dep_ in {"dobj", "nsubjpass", "attr"} and head.lemma_ in _LIGHT_VERBS:
            anchors[head.i] = 0
        return anchors
    node = trigger
    level = 1
    for _ in range(6):
        if (node.dep_ in {"xcomp", "conj"} or _is_purpose(node)) and node.head.i != node.i:
            node = node.head
            anchors.setdefault(node.i, level)
            continue
        if node.dep_ == "ccomp" and node.head.i != node.i and not _is_past(node):
            node = node.head
            anchors.setdefault(node.i, 2)
            level = 2
            continue
        break
    return anchors


def _is_purpose(token: Token) -> bool:
    """An infinitive of purpose ("met on Monday to discuss ..."): dated by its verb."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _is_clause_head(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.dep_ in _CLAUSE_DEPS


def _is_past(token: Token) -> bool:
    """Whether the clause of ``token`` is in a past tense ("attacked", "has attacked")."""
    if token.tag_ == "VBD":
        return True
    if token.tag_ == "VBN":
        return not any(child.lower_ in {"will", "would", "to"} for child in token.children)
    return any(child.dep_ == "aux" and child.tag_ == "VBD" for child in token.children)


def _has_future_aux(trigger: Token) -> bool:
    node = trigger
    for _ in range(4):
        if any(child.dep_ == "aux" and child.lower_ in _FUTURE_AUX for child in node.children):
            return True
        if any(child.lower_ == "going" for child in node.children if child.dep_ == "aux"):
            return True
        if node.dep_ in {"xcomp", "conj"} and node.head.i != node.i:
            node = node.head
            continue
        break
    return False
