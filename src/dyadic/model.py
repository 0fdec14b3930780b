"""The records Dyadic produces: actors, events, quotes and coded documents (Event JSON v1)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

EVENT_JSON_VERSION = 1

Modality = Literal["asserted", "negated", "intended", "hypothetical", "reported_past"]
MODALITIES: tuple[str, ...] = ("asserted", "negated", "intended", "hypothetical", "reported_past")
DateBasis = Literal["publication", "text", "before_publication"]
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor mention: the text as written and what the knowledge base says it is."""

    text: str
    code: str | None
    country: str | None = None
    sectors: tuple[str, ...] = ()
    name: str | None = None
    actor_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "code": self.code,
            "country": self.country,
            "sectors": list(self.sectors),
            "name": self.name,
            "actor_id": self.actor_id,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Actor:
        return cls(
            text=data.get("text") or "",
            code=data.get("code"),
            country=data.get("country"),
            sectors=tuple(data.get("sectors") or ()),
            name=data.get("name"),
            actor_id=data.get("actor_id"),
        )


@dataclass(frozen=True, slots=True)
class Location:
    """A resolved place (GeoNames); fields are null when unknown, never invented."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Location:
        return cls(
            name=data["name"],
            country=data.get("country"),
            lat=data.get("lat"),
            lon=data.get("lon"),
            geonameid=data.get("geonameid"),
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why an event was coded: character spans in the document text and the rule or model used."""

    trigger: Span | None
    source: Span | None
    target: Span | None
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "trigger": list(self.trigger) if self.trigger else None,
            "source": list(self.source) if self.source else None,
            "target": list(self.target) if self.target else None,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Evidence:
        def span(value: Any) -> Span | None:
            return (int(value[0]), int(value[1])) if value else None

        return cls(
            trigger=span(data.get("trigger")),
            source=span(data.get("source")),
            target=span(data.get("target")),
            rule=data.get("rule") or "",
        )


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: source does cameo to target, proven by a sentence."""

    event_id: str
    sentence_index: int
    sentence: str
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    goldstein: float | None
    quad_class: int
    plover: dict[str, str | None]
    modality: str
    date: str | None
    date_basis: str
    location: Location | None
    confidence: float
    evidence: Evidence
    mentions: tuple[int, ...] = ()  # other sentence indices that report the same event

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "plover": dict(self.plover),
            "modality": self.modality,
            "date": self.date,
            "date_basis": self.date_basis,
            "location": self.location.to_dict() if self.location else None,
            "confidence": round(self.confidence, 4),
            "evidence": self.evidence.to_dict(),
            "mentions": list(self.mentions),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        return cls(
            event_id=data["event_id"],
            sentence_index=int(data["sentence_index"]),
            sentence=data["sentence"],
            source=Actor.from_dict(data["source"]) if data.get("source") else None,
            target=Actor.from_dict(data["target"]) if data.get("target") else None,
            cameo=data["cameo"],
            cameo_root=data["cameo_root"],
            goldstein=data.get("goldstein"),
            quad_class=int(data["quad_class"]),
            plover=dict(data.get("plover") or {}),
            modality=data["modality"],
            date=data.get("date"),
            date_basis=data.get("date_basis") or "publication",
            location=Location.from_dict(data["location"]) if data.get("location") else None,
            confidence=float(data.get("confidence", 0.0)),
            evidence=Evidence.from_dict(data.get("evidence") or {}),
            mentions=tuple(data.get("mentions") or ()),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct or indirect quotation attributed to a speaker."""

    speaker: Actor | None
    text: str
    direct: bool
    span: Span
    sentence_index: int | None = None
    event_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        speaker = None
        if self.speaker is not None:
            speaker = {
                "code": self.speaker.code,
                "name": self.speaker.name or self.speaker.text,
                "text": self.speaker.text,
                "actor_id": self.speaker.actor_id,
            }
        return {
            "speaker": speaker,
            "text": self.text,
            "direct": self.direct,
            "span": list(self.span),
            "sentence_index": self.sentence_index,
            "event_ids": list(self.event_ids),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        speaker = data.get("speaker")
        return cls(
            speaker=Actor.from_dict(speaker) if speaker else None,
            text=data["text"],
            direct=bool(data["direct"]),
            span=(int(data["span"][0]), int(data["span"][1])),
            sentence_index=data.get("sentence_index"),
            event_ids=tuple(data.get("event_ids") or ()),
        )


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place and date a story is filed from, as printed at its head."""

    place: str | None
    date: str | None
    source: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "date": self.date}


@dataclass(frozen=True, slots=True)
class Document:
    """A coded document: metadata plus its events and quotes (one Event JSON object)."""

    doc_id: str
    text: str
    published: str | None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    dateline: Dateline | None = None
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sentences: tuple[Span, ...] = field(default=(), compare=False)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        """The Event JSON v1 object for this document (without the document text)."""
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "url": self.url,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "events": [event.to_dict() for event in self.events],
            "quotes": [quote.to_dict() for quote in self.quotes],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, text: str = "") -> Document:
        dateline = data.get("dateline")
        return cls(
            doc_id=data["doc_id"],
            text=data.get("text", text),
            published=data.get("published"),
            title=data.get("title"),
            source=data.get("source"),
            url=data.get("url"),
            dateline=Dateline(dateline.get("place"), dateline.get("date")) if dateline else None,
            events=tuple(Event.from_dict(e) for e in data.get("events") or ()),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes") or ()),
        )


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not be coded, with where it came from and why."""

    input: str
    position: int | None
    reason: str
    stage: str
    doc_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def content_hash(*parts: str) -> str:
    """A short stable hash of text parts (the key of idempotent writes)."""
    digest = hashlib.blake2b(digest_size=10)
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def iso_date(value: dt.date | str | None) -> str | None:
    """Normalise a date or ISO string to YYYY-MM-DD (None stays None)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return dt.date.fromisoformat(value[:10]).isoformat()
