"""Routes over stored events: ``/api/events``, ``/api/articles/{id}``, ``/api/actors``,
``/api/map``, ``/api/meta`` and ``/api/codes``."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Annotated, Any

import pycountry
from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse, Response

from dyadic.actors import lookup
from dyadic.events.codes import QUAD_CLASS_NAMES, cameo_codes
from dyadic.http.context import Ctx, event_filter
from dyadic.http.errors import ApiError
from dyadic.http.format import article_json, clean, event_json
from dyadic.store import query
from dyadic.store.query import SORTS

router = APIRouter(prefix="/api")

Unit = Annotated[
    str,
    Query(
        pattern="^(events|mentions)$",
        description="events (deduplicated across articles) or mentions (every coded sentence)",
    ),
]
Since = Annotated[dt.date | None, Query(description="first day (YYYY-MM-DD), inclusive")]
Until = Annotated[dt.date | None, Query(description="last day (YYYY-MM-DD), inclusive")]
ActorParam = Annotated[
    str | None,
    Query(
        max_length=200,
        description="actor code (prefix), country, group, or several joined by , or +",
    ),
]
ListParam = Annotated[str | None, Query(max_length=500)]


@router.get("/events", summary="Events with filters, sorting and cursor pagination")
def events(
    ctx: Ctx,
    *,
    unit: Unit = "events",
    actor: ActorParam = None,
    source: ActorParam = None,
    target: ActorParam = None,
    dyad: Annotated[
        str | None, Query(max_length=400, description="two actors as A:B (either direction)")
    ] = None,
    directed: Annotated[bool, Query(description="dyad: only from A to B")] = False,
    country: Annotated[
        str | None, Query(max_length=500, description="countries on either side")
    ] = None,
    cameo: Annotated[
        str | None, Query(max_length=500, description="CAMEO codes or prefixes")
    ] = None,
    root: Annotated[str | None, Query(max_length=200, description="CAMEO roots (01-20)")] = None,
    quad: Annotated[str | None, Query(max_length=20, description="quad classes (1-4)")] = None,
    plover: Annotated[str | None, Query(max_length=500, description="PLOVER event types")] = None,
    modality: Annotated[str | None, Query(max_length=200, description="modalities")] = None,
    since: Since = None,
    until: Until = None,
    q: Annotated[
        str | None, Query(max_length=200, description="text the sentence contains")
    ] = None,
    doc_id: Annotated[str | None, Query(max_length=500)] = None,
    location: Annotated[str | None, Query(max_length=200, description="place name")] = None,
    location_country: Annotated[str | None, Query(max_length=3)] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    sort: Annotated[str, Query(description=f"one of {', '.join(SORTS)}")] = "-date",
    limit: Annotated[int, Query(ge=1, description="rows per page (capped)")] = 50,
    cursor: Annotated[str | None, Query(max_length=1000)] = None,
    count: Annotated[bool, Query(description="count every matching row (total)")] = True,
) -> Response:
    """A page of events, newest first by default, each with its sentence, the evidence spans
    (offsets into the article and into the sentence) and its article."""
    if limit > ctx.options.max_page_size:
        raise ApiError(
            400, f"limit {limit} is above the page size cap ({ctx.options.max_page_size})"
        )
    spec = event_filter(
        unit=unit, actor=actor, source=source, target=target, dyad=dyad, directed=directed,
        country=country, cameo=cameo, root=root, quad=quad, plover=plover, modality=modality,
        since=since, until=until, q=q, doc_id=doc_id, location=location,
        location_country=location_country, min_confidence=min_confidence,
    )  # fmt: skip

    def render() -> bytes:
        with ctx.pool.store() as store:
            page = query.event_page(store, spec, sort=sort, limit=limit, cursor=cursor, count=False)
            # the store does not change while served: a listing's count is counted once
            total = (
                ctx.cache.get(("count", spec), lambda: query.count_events(store, spec))
                if count
                else None
            )
        body = {
            "unit": unit,
            "sort": page.sort,
            "limit": page.limit,
            "total": total,
            "next_cursor": page.next_cursor,
            "events": [event_json(row) for row in page.rows],
        }
        return bytes(JSONResponse(body).body)

    # nor does a page: the pages many users ask for (the first ones) are encoded once
    content = ctx.pages.get(("events", spec, sort, limit, cursor, count), render)
    return Response(content, media_type="application/json")


@router.get("/articles/{doc_id:path}", summary="An article with its event and quote spans")
def article(ctx: Ctx, doc_id: str) -> JSONResponse:
    """The article's text, its sentences and every coded event mention and quote with
    character offsets into the text."""
    with ctx.pool.store() as store:
        found = query.article(store, doc_id)
    if found is None:
        raise ApiError(404, f"no article {doc_id!r} in the store")
    return JSONResponse(article_json(found))


@router.get("/actors", summary="Actors in the store and in the knowledge base")
def actors(
    ctx: Ctx,
    q: Annotated[str | None, Query(max_length=200, description="part of a code or name")] = None,
    date: Annotated[
        dt.date | None, Query(description="the day the knowledge base answers for")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
) -> JSONResponse:
    """Codes and countries seen in the store whose code or name contains ``q`` (most mentioned
    first) and, when ``q`` is given, who the knowledge base says ``q`` is on ``date``."""
    key = ("actors", q, limit)
    with ctx.pool.store() as store:
        seen = ctx.cache.get(key, lambda: query.search_actors(store, q, limit=limit))
    known: list[dict[str, Any]] = []
    if q and q.strip():
        known = [
            {
                "actor_id": r.actor_id, "kind": r.kind, "name": r.name, "code": r.code,
                "country": r.country, "title": r.title, "start": r.start, "end": r.end,
                "matched": r.matched,
            }
            for r in lookup(q.strip(), date=date)[:limit]
        ]  # fmt: skip
    return JSONResponse(clean({"q": q, "date": date, "store": seen, "kb": known}))


@router.get("/map", summary="Where events happened: points and countries")
def event_map(
    ctx: Ctx,
    *,
    unit: Unit = "events",
    actor: ActorParam = None,
    dyad: Annotated[str | None, Query(max_length=400)] = None,
    quad: Annotated[str | None, Query(max_length=20)] = None,
    root: Annotated[str | None, Query(max_length=200)] = None,
    modality: Annotated[str | None, Query(max_length=200)] = None,
    since: Since = None,
    until: Until = None,
) -> JSONResponse:
    """Events per named place with coordinates and per location country (events with no known
    place are counted in ``events`` but not located)."""
    spec = event_filter(
        unit=unit, actor=actor, dyad=dyad, quad=quad, root=root, modality=modality, since=since,
        until=until,
    )  # fmt: skip
    key = ("map", spec)
    with ctx.pool.store() as store:
        found = ctx.cache.get(key, lambda: query.locations(store, spec, limit=ctx.options.max_rows))
    countries = [{**row, "numeric": iso_numeric(row["country"])} for row in found["countries"]]
    return JSONResponse(clean({**found, "countries": countries}))


@functools.lru_cache(maxsize=512)
def iso_numeric(code: str | None) -> str | None:
    """The ISO 3166 numeric code of a 3-letter country code (how world maps name countries)."""
    if not code:
        return None
    country = pycountry.countries.get(alpha_3=code)
    return str(country.numeric) if country is not None else None


@router.get("/meta", summary="What the store holds")
def meta(ctx: Ctx) -> JSONResponse:
    """Counts per table, the first and last event date, the busiest country-level dyads and the
    server's limits."""
    with ctx.pool.store() as store:
        found = ctx.cache.get(("meta",), lambda: query.overview(store))
    options = ctx.options
    body = {
        **found,
        "store": options.db.name,
        "code_enabled": options.allow_code,
        "limits": {
            "max_page_size": options.max_page_size,
            "max_rows": options.max_rows,
            "max_export_rows": options.max_export_rows,
            "max_code_chars": options.max_code_chars,
            "time_limit": options.time_limit,
        },
    }
    return JSONResponse(clean(body))


@router.get("/codes", summary="CAMEO codes, quad classes and PLOVER types")
def codes() -> JSONResponse:
    """The CAMEO code table (names, Goldstein scores, quad classes, PLOVER equivalents)."""
    table = cameo_codes()
    body = {
        "quad_classes": {str(k): v for k, v in QUAD_CLASS_NAMES.items()},
        "codes": [
            {
                "code": c.code,
                "name": c.name,
                "root": c.root,
                "goldstein": c.goldstein,
                "quad_class": c.quad_class,
                "plover_type": c.plover_type,
                "plover_mode": c.plover_mode,
            }
            for c in table.values()
        ],
    }
    return JSONResponse(clean(body))
