"""Small hand-built documents and events for store and aggregate tests."""

from __future__ import annotations

from dyadic.events.codes import lookup
from dyadic.model import Actor, Document, Event, Evidence, Location, Quote


def actor(code: str | None, *, name: str | None = None) -> Actor | None:
    """An actor from a CAMEO code: country from the first three letters (none for IGOs)."""
    if code is None:
        return None
    country = None if code.startswith("IGO") else code[:3]
    sectors = (
        () if code.startswith("IGO") else tuple(code[i : i + 3] for i in range(3, len(code), 3))
    )
    return Actor(text=name or code, code=code, country=country, sectors=sectors, name=name)


def event(
    source: str | None,
    target: str | None,
    cameo: str,
    date: str | None,
    *,
    event_id: str | None = None,
    modality: str = "asserted",
    confidence: float = 0.8,
    sentence_index: int = 0,
    sentence: str | None = None,
    location: Location | None = None,
) -> Event:
    """An event as the coder would emit it, with Goldstein and quad class from the code table."""
    code = lookup(cameo)
    return Event(
        event_id=event_id or f"{source}-{cameo}-{target}-{date}-{sentence_index}",
        sentence_index=sentence_index,
        sentence=sentence or f"On {date}, {source} did {code.name.lower()} to {target}.",
        source=actor(source),
        target=actor(target),
        cameo=cameo,
        cameo_root=code.root,
        goldstein=code.goldstein,
        quad_class=code.quad_class,
        plover=code.plover,
        modality=modality,
        date=date,
        date_basis="text" if date else "publication",
        location=location,
        confidence=confidence,
        evidence=Evidence(trigger=(0, 3), source=None, target=None, rule="test.v1"),
    )


def document(
    doc_id: str,
    published: str | None,
    events: tuple[Event, ...] = (),
    *,
    text: str | None = None,
    source: str = "Test Wire",
    quotes: tuple[Quote, ...] = (),
) -> Document:
    """A document whose text is its id plus its events' sentences (so text changes with events)."""
    body = text if text is not None else " ".join([doc_id, *(e.sentence for e in events)])
    return Document(
        doc_id=doc_id,
        text=body,
        published=published,
        title=f"Title of {doc_id}",
        source=source,
        url=f"https://example.org/{doc_id}",
        events=events,
        quotes=quotes,
        sentences=((0, min(len(body), 10)),) if body else (),
    )
