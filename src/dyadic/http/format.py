"""Store rows and aggregate frames as JSON-ready objects (dates as ISO text, NaN as null)."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from dyadic.events.codes import QUAD_CLASS_NAMES, cameo_codes

Span = list[int] | None


def clean(value: Any) -> Any:
    """A JSON-safe copy: dates as ISO text, NaN/NaT as None, numpy scalars and arrays as Python."""
    if value is None or isinstance(value, bool | str | int):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, Mapping):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple | np.ndarray):
        return [clean(v) for v in value]
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date().isoformat()
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, np.generic):
        return clean(value.item())
    if value is pd.NaT or value is pd.NA:
        return None
    return str(value)


def frame_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A frame's rows as JSON-ready dicts."""
    return [clean(row) for row in frame.to_dict("records")]


def _actor(row: Mapping[str, Any], side: str) -> dict[str, Any] | None:
    code, text = row.get(f"{side}_code"), row.get(f"{side}_text")
    if code is None and text is None:
        return None
    return {
        "text": text,
        "code": code,
        "country": row.get(f"{side}_country"),
        "sectors": list(row.get(f"{side}_sectors") or ()),
        "name": row.get(f"{side}_name"),
        "actor_id": row.get(f"{side}_actor_id"),
    }


def _location(row: Mapping[str, Any]) -> dict[str, Any] | None:
    if row.get("location_name") is None and row.get("location_country") is None:
        return None
    return {
        "name": row.get("location_name"),
        "country": row.get("location_country"),
        "lat": _number(row.get("lat")),
        "lon": _number(row.get("lon")),
        "geonameid": _int(row.get("geonameid")),
    }


def _number(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    return None if math.isnan(number) or math.isinf(number) else number


def _day(value: Any) -> str | None:
    """A date as ISO text (rows from the store carry ``datetime.date``)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime | pd.Timestamp):
        return None if pd.isna(value) else value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def evidence_of(row: Mapping[str, Any]) -> dict[str, Any]:
    """The stored evidence (character offsets into the article) as a dict."""
    raw = row.get("evidence")
    data: dict[str, Any] = {}
    if isinstance(raw, str) and raw:
        try:
            loaded = json.loads(raw)
        except ValueError:
            loaded = {}
        data = loaded if isinstance(loaded, dict) else {}
    elif isinstance(raw, Mapping):
        data = dict(raw)
    return {
        "trigger": _span(data.get("trigger")),
        "source": _span(data.get("source")),
        "target": _span(data.get("target")),
        "rule": data.get("rule") or row.get("rule") or "",
    }


def _span(value: Any) -> Span:
    if isinstance(value, list | tuple) and len(value) == 2:
        try:
            return [int(value[0]), int(value[1])]
        except (TypeError, ValueError):
            return None
    return None


def sentence_spans(
    evidence: Mapping[str, Any],
    sentence: str,
    sentence_start: int | None,
    sentence_text: str | None,
) -> dict[str, Span]:
    """The evidence spans as offsets into ``sentence`` (the event's sentence as stored).

    The article's sentence (``sentence_text`` at ``sentence_start``) may carry whitespace the
    event's sentence does not; a span that does not land on the same characters in both is
    dropped rather than shown in the wrong place.
    """
    out: dict[str, Span] = {"trigger": None, "source": None, "target": None}
    if sentence_start is None or sentence_text is None:
        return out
    lead = len(sentence_text) - len(sentence_text.lstrip())
    for name in out:
        span = evidence.get(name)
        if not span:
            continue
        start, end = span[0] - sentence_start, span[1] - sentence_start
        if not 0 <= start < end <= len(sentence_text):
            continue
        relative = [start - lead, end - lead]
        if relative[0] < 0 or relative[1] > len(sentence):
            continue
        if sentence[relative[0] : relative[1]] != sentence_text[start:end]:
            continue
        out[name] = relative
    return out


def event_json(row: Mapping[str, Any]) -> dict[str, Any]:
    """One row of :func:`dyadic.store.query.event_page` as an event object: Event JSON v1 fields
    plus ``id``, ``cameo_name``, ``quad_name``, sentence-relative ``spans``, counts and the
    article it comes from."""
    evidence = evidence_of(row)
    sentence = row.get("sentence") or ""
    code = cameo_codes().get(str(row.get("cameo")))
    quad = row.get("quad_class")
    out = {
        "id": row.get("id"),
        "mention_id": row.get("mention_id"),
        "doc_id": row.get("doc_id"),
        "sentence_index": row.get("sentence_index"),
        "sentence": sentence,
        "source": _actor(row, "source"),
        "target": _actor(row, "target"),
        "cameo": row.get("cameo"),
        "cameo_name": code.name if code else None,
        "cameo_root": row.get("cameo_root"),
        "goldstein": _number(row.get("goldstein")),
        "quad_class": quad,
        "quad_name": QUAD_CLASS_NAMES.get(int(quad)) if quad is not None else None,
        "plover": {"type": row.get("plover_type"), "mode": row.get("plover_mode")},
        "modality": row.get("modality"),
        "date": _day(row.get("date")),
        "first_date": _day(row.get("first_date")),
        "last_date": _day(row.get("last_date")),
        "date_basis": row.get("date_basis"),
        "location": _location(row),
        "confidence": _number(row.get("confidence")),
        "evidence": evidence,
        "spans": sentence_spans(
            evidence,
            sentence,
            _int(row.get("sentence_start")),
            row.get("sentence_text"),
        ),
        "num_mentions": row.get("num_mentions"),
        "num_articles": row.get("num_articles"),
        "num_sources": row.get("num_sources"),
        "article": {
            "doc_id": row.get("doc_id"),
            "title": row.get("doc_title"),
            "publisher": row.get("publisher"),
            "url": row.get("doc_url"),
            "published": _day(row.get("doc_published")),
        },
    }
    return out


def article_json(document: Mapping[str, Any]) -> dict[str, Any]:
    """A row of :func:`dyadic.store.query.article` as the article object of the API."""
    text = document.get("text") or ""
    events = []
    for row in document.get("events", ()):
        evidence = evidence_of(row)
        code = cameo_codes().get(str(row.get("cameo")))
        quad = row.get("quad_class")
        events.append(
            {
                "mention_id": row.get("mention_id"),
                "cluster_id": row.get("cluster_id"),
                "event_id": row.get("event_id"),
                "sentence_index": row.get("sentence_index"),
                "sentence": row.get("sentence"),
                "source": _actor(row, "source"),
                "target": _actor(row, "target"),
                "cameo": row.get("cameo"),
                "cameo_name": code.name if code else None,
                "cameo_root": row.get("cameo_root"),
                "goldstein": row.get("goldstein"),
                "quad_class": quad,
                "quad_name": QUAD_CLASS_NAMES.get(int(quad)) if quad is not None else None,
                "plover": {"type": row.get("plover_type"), "mode": row.get("plover_mode")},
                "modality": row.get("modality"),
                "date": row.get("date"),
                "date_basis": row.get("date_basis"),
                "location": _location(row),
                "confidence": row.get("confidence"),
                "evidence": {
                    name: (value if name == "rule" or _inside(value, len(text)) else None)
                    for name, value in evidence.items()
                },
            }
        )
    quotes = []
    for row in document.get("quotes", ()):
        span = [row.get("span_start"), row.get("span_end")]
        quotes.append(
            {
                "quote_id": row.get("quote_id"),
                "speaker": None
                if row.get("speaker_code") is None and row.get("speaker_name") is None
                else {
                    "code": row.get("speaker_code"),
                    "name": row.get("speaker_name"),
                    "actor_id": row.get("speaker_actor_id"),
                },
                "text": row.get("text"),
                "direct": row.get("direct"),
                "span": span if _inside(span, len(text)) else None,
                "sentence_index": row.get("sentence_index"),
                "event_ids": row.get("event_ids") or [],
            }
        )
    out = {
        "doc_id": document.get("doc_id"),
        "title": document.get("title"),
        "source": document.get("source"),
        "url": document.get("url"),
        "published": document.get("published"),
        "dateline": {"place": document.get("dateline_place"), "date": document.get("dateline_date")}
        if document.get("dateline_place") or document.get("dateline_date")
        else None,
        "text": text,
        "sentences": [
            [s.get("start_char"), s.get("end_char")] for s in document.get("sentences", ())
        ],
        "events": events,
        "quotes": quotes,
    }
    result: dict[str, Any] = clean(out)
    return result


def _inside(span: Sequence[Any] | None, length: int) -> bool:
    if not span or len(span) != 2 or span[0] is None or span[1] is None:
        return False
    return 0 <= int(span[0]) <= int(span[1]) <= length


def _int(value: Any) -> int | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return int(value)
