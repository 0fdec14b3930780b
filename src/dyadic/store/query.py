"""Read-only queries behind the HTTP API: filtered pages of events with cursor pagination, an
article with its event and quote spans, actor search, map points, an overview and export chunks.

Every value is a bound parameter and every identifier goes through ``quote_identifier``; every
query carries a row cap (``LIMIT ?``) and runs under the store's time limit. Sort keys are made
non-null (``coalesce`` with a sentinel that sorts last) so that keyset cursors work on columns
with missing values.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import json
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pandas as pd

from dyadic.errors import StoreError, UsageError
from dyadic.store.db import Store, quote_identifier

#: Rows a page holds at most, whatever the caller asks.
MAX_PAGE_SIZE = 500
#: Rows of an article's events, sentences or quotes returned at most.
MAX_ARTICLE_ROWS = 5_000

_ID = {"events": "cluster_id", "mentions": "mention_id"}
_DATE = {"events": "date", "mentions": "cluster_date"}
#: sort name -> (column, kind); ``-name`` sorts descending.
_SORTS: dict[str, tuple[str, str]] = {
    "date": ("{date}", "date"),
    "goldstein": ("goldstein", "number"),
    "confidence": ("confidence", "number"),
    "articles": ("{articles}", "number"),
}
SORTS: tuple[str, ...] = tuple(
    name for key in _SORTS for name in (key, f"-{key}")
)  # date, -date, goldstein, ...
_HIGH = {"date": "DATE '9999-12-31'", "number": "CAST('infinity' AS DOUBLE)"}
_LOW = {"date": "DATE '0001-01-01'", "number": "CAST('-infinity' AS DOUBLE)"}
_LIKE_ESCAPE = str.maketrans({"\\": "\\\\", "%": "\\%", "_": "\\_"})


class QueryTimeout(StoreError):
    """A query ran past the store's time limit and was stopped."""


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """Actors by code prefix, or by country (the actor's country field)."""

    prefixes: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What ``/api/events`` (and the map) select. Empty fields select everything.

    ``actor`` matches either side; ``dyad`` matches events between its two sides (both
    directions unless ``directed``); ``cameo`` are code prefixes; ``text`` is a case-insensitive
    substring of the sentence.
    """

    unit: str = "events"
    actor: ActorMatch | None = None
    source: ActorMatch | None = None
    target: ActorMatch | None = None
    dyad: tuple[ActorMatch, ActorMatch] | None = None
    directed: bool = False
    country: tuple[str, ...] = ()
    cameo: tuple[str, ...] = ()
    root: tuple[str, ...] = ()
    quad: tuple[int, ...] = ()
    plover: tuple[str, ...] = ()
    modality: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    text: str | None = None
    doc_id: str | None = None
    location: str | None = None
    location_country: str | None = None
    min_confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One page of rows, the cursor of the next page (None at the end) and the total count."""

    rows: list[dict[str, Any]]
    next_cursor: str | None
    total: int
    sort: str
    limit: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def check_unit(unit: str) -> str:
    if unit not in _ID:
        raise UsageError(f"unknown unit {unit!r}; choose events (deduplicated) or mentions")
    return unit


# -- plumbing ------------------------------------------------------------------------------------


@contextlib.contextmanager
def _limited(store: Store) -> Iterator[None]:
    """Interrupt the query when it runs past the store's ``time_limit``."""
    limit = store.time_limit
    timer = threading.Timer(limit, store.con.interrupt) if limit is not None else None
    if timer is not None:
        timer.start()
    try:
        yield
    except duckdb.InterruptException as exc:
        raise QueryTimeout(
            f"query stopped after the time limit of {limit:g} s; narrow it down "
            "(a shorter period, fewer actors, a more specific search)",
            stage="store",
        ) from exc
    finally:
        if timer is not None:
            timer.cancel()


def _records(store: Store, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    with _limited(store):
        cursor = store.con.execute(sql, list(params))
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _scalar(store: Store, sql: str, params: Sequence[Any]) -> Any:
    with _limited(store):
        row = store.con.execute(sql, list(params)).fetchone()
    return row[0] if row else None


def _cap(limit: int, maximum: int) -> int:
    return max(0, min(int(limit), maximum))


def _col(alias: str, name: str) -> str:
    return f"{alias}.{quote_identifier(name)}"


def _actor_sql(alias: str, side: str, match: ActorMatch) -> tuple[str, list[Any]]:
    code = _col(alias, f"{side}_code")
    parts = [f"starts_with({code}, ?)" for _ in match.prefixes]
    params: list[Any] = list(match.prefixes)
    if match.countries:
        parts.append(f"list_contains(?, {_col(alias, f'{side}_country')})")
        params.append(list(match.countries))
    if not parts:
        return "FALSE", []
    return "(" + " OR ".join(parts) + ")", params


def _pair_sql(alias: str, a: ActorMatch, b: ActorMatch) -> tuple[str, list[Any]]:
    src, src_params = _actor_sql(alias, "source", a)
    tgt, tgt_params = _actor_sql(alias, "target", b)
    return f"({src} AND {tgt})", src_params + tgt_params


def where(spec: EventFilter, alias: str = "e") -> tuple[str, list[Any]]:
    """The WHERE clause (without the keyword; ``TRUE`` when empty) and its parameters."""
    unit = check_unit(spec.unit)
    clauses: list[str] = []
    params: list[Any] = []

    def add(sql: str, values: Sequence[Any] = ()) -> None:
        clauses.append(sql)
        params.extend(values)

    if spec.actor is not None:
        src, src_params = _actor_sql(alias, "source", spec.actor)
        tgt, tgt_params = _actor_sql(alias, "target", spec.actor)
        add(f"({src} OR {tgt})", src_params + tgt_params)
    if spec.source is not None:
        add(*_actor_sql(alias, "source", spec.source))
    if spec.target is not None:
        add(*_actor_sql(alias, "target", spec.target))
    if spec.dyad is not None:
        a, b = spec.dyad
        forward, forward_params = _pair_sql(alias, a, b)
        if spec.directed:
            add(forward, forward_params)
        else:
            backward, backward_params = _pair_sql(alias, b, a)
            add(f"({forward} OR {backward})", forward_params + backward_params)
    if spec.country:
        add(
            f"(list_contains(?, {_col(alias, 'source_country')}) OR "
            f"list_contains(?, {_col(alias, 'target_country')}))",
            [list(spec.country), list(spec.country)],
        )
    if spec.cameo:
        code = _col(alias, "cameo")
        add("(" + " OR ".join(f"starts_with({code}, ?)" for _ in spec.cameo) + ")", spec.cameo)
    for column, values in (
        ("cameo_root", spec.root),
        ("quad_class", spec.quad),
        ("plover_type", spec.plover),
        ("modality", spec.modality),
    ):
        if values:
            add(f"list_contains(?, {_col(alias, column)})", [list(values)])
    date = _col(alias, _DATE[unit])
    if spec.since is not None:
        add(f"{date} >= ?", [spec.since])
    if spec.until is not None:
        add(f"{date} <= ?", [spec.until])
    if spec.text:
        pattern = "%" + spec.text.translate(_LIKE_ESCAPE) + "%"
        add(f"{_col(alias, 'sentence')} ILIKE ? ESCAPE '\\'", [pattern])
    if spec.doc_id is not None:
        add(f"{_col(alias, 'doc_id')} = ?", [spec.doc_id])
    if spec.location is not None:
        add(f"{_col(alias, 'location_name')} = ?", [spec.location])
    if spec.location_country is not None:
        add(f"{_col(alias, 'location_country')} = ?", [spec.location_country])
    if spec.min_confidence is not None:
        add(f"{_col(alias, 'confidence')} >= ?", [spec.min_confidence])
    return (" AND ".join(clauses) or "TRUE"), params


# -- cursors -------------------------------------------------------------------------------------


def encode_cursor(sort: str, key: Any, row_id: str) -> str:
    """An opaque cursor: the sort and the last row's sort key and id."""
    if isinstance(key, dt.datetime):
        key = key.date().isoformat()
    elif isinstance(key, dt.date):
        key = key.isoformat()
    raw = json.dumps([sort, key, row_id], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    """The sort key and id a cursor carries.

    Raises:
        UsageError: the cursor is malformed or was made for another sort order.
    """
    kind = _SORTS[sort.lstrip("-")][1]
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        made_for, key, row_id = json.loads(raw.decode("utf-8"))
        if not isinstance(row_id, str) or not isinstance(made_for, str):
            raise TypeError("bad cursor fields")
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise UsageError(
            "the cursor is not valid; use the next_cursor of a previous page as it is"
        ) from None
    if made_for != sort:
        raise UsageError(f"the cursor was made for sort={made_for}; use the same sort ({sort})")
    try:
        key = dt.date.fromisoformat(key) if kind == "date" else float(key)
    except (ValueError, TypeError):
        raise UsageError(
            "the cursor is not valid; use the next_cursor of a previous page as it is"
        ) from None
    return key, row_id


def _sort_key(sort: str, unit: str) -> tuple[str, str, bool]:
    """(SQL expression of the non-null sort key, kind, descending) for ``sort``."""
    if sort not in SORTS:
        raise UsageError(f"unknown sort {sort!r}; choose one of {', '.join(SORTS)}")
    descending = sort.startswith("-")
    column, kind = _SORTS[sort.lstrip("-")]
    if column == "{articles}":
        expression = "e.num_articles" if unit == "events" else "CAST(1 AS DOUBLE)"
    else:
        name = _DATE[unit] if column == "{date}" else column
        expression = _col("e", name)
    sentinel = _LOW[kind] if descending else _HIGH[kind]
    if kind == "number":
        expression = f"CAST({expression} AS DOUBLE)"
    return f"coalesce({expression}, {sentinel})", kind, descending


# -- events --------------------------------------------------------------------------------------

#: Columns of a page's rows, read for the page's ids only (late materialisation: the filtered,
#: sorted scan reads ids and sort keys, which keeps it fast on large stores).
_EVENT_SELECT = {
    "events": """
        p.cluster_id AS id, p.mention_id, p.doc_id, p.sentence_index, p.sentence,
        p.source_code, p.source_country, p.source_sectors, p.source_name,
        p.target_code, p.target_country, p.target_sectors, p.target_name,
        p.cameo, p.cameo_root, p.goldstein, p.quad_class, p.plover_type, p.plover_mode,
        p.modality, p.date, p.first_date, p.last_date,
        p.location_name, p.location_country, p.lat, p.lon, p.geonameid,
        p.confidence, p.num_mentions, p.num_articles, p.num_sources""",
    "mentions": """
        p.mention_id AS id, p.mention_id, p.doc_id, p.sentence_index, p.sentence,
        p.source_text, p.source_code, p.source_country, p.source_sectors, p.source_name,
        p.source_actor_id,
        p.target_text, p.target_code, p.target_country, p.target_sectors, p.target_name,
        p.target_actor_id,
        p.cameo, p.cameo_root, p.goldstein, p.quad_class, p.plover_type, p.plover_mode,
        p.modality, p.cluster_date AS date, p.cluster_date AS first_date,
        p.cluster_date AS last_date, p.date_basis,
        p.location_name, p.location_country, p.lat, p.lon, p.geonameid,
        p.confidence, p.rule, p.evidence, 1 AS num_mentions, 1 AS num_articles,
        1 AS num_sources, p.cluster_id""",
}
#: What an event (cluster) takes from its representative mention.
_MENTION_FIELDS = """mention_id, source_text, source_actor_id, target_text, target_actor_id,
                     date_basis, rule, evidence"""


def event_page(
    store: Store,
    spec: EventFilter,
    *,
    sort: str = "-date",
    limit: int = 50,
    cursor: str | None = None,
    count: bool = True,
) -> Page:
    """One page of events (or mentions) matching ``spec``, with their sentence's position in the
    article (``sentence_start``, ``sentence_text``) and the article's title, publisher, address
    and date.

    Args:
        sort: ``date``, ``goldstein``, ``confidence`` or ``articles``, ``-`` first for descending;
            ties are broken by id; missing values sort last.
        limit: rows per page (capped at MAX_PAGE_SIZE).
        cursor: the ``next_cursor`` of the previous page.
        count: also count every matching row (``total``; -1 when not counted).

    Raises:
        UsageError: an unknown unit or sort, or a bad cursor.
        QueryTimeout: the query ran past the store's time limit.
    """
    unit = check_unit(spec.unit)
    size = _cap(limit, MAX_PAGE_SIZE)
    key, kind, descending = _sort_key(sort, unit)
    table = quote_identifier(unit)
    id_column = _col("e", _ID[unit])
    condition, params = where(spec)
    keyset = ""
    key_params: list[Any] = []
    if cursor:
        after_key, after_id = decode_cursor(cursor, sort)
        op = "<" if descending else ">"
        keyset = f"AND ({key} {op} ? OR ({key} = ? AND {id_column} {op} ?))"
        key_params = [after_key, after_key, after_id]
    order = "DESC" if descending else "ASC"
    keys = _records(
        store,
        f"""SELECT {id_column} AS id, {key} AS _key FROM {table} e
            WHERE {condition} {keyset}
            ORDER BY _key {order}, id {order} LIMIT ?""",  # noqa: S608
        [*params, *key_params, size + 1],
    )
    next_cursor = None
    if len(keys) > size:
        keys = keys[:size]
        last = keys[-1]
        next_cursor = encode_cursor(sort, _cursor_key(last["_key"], kind), str(last["id"]))
    rows = _page_rows(store, unit, [str(k["id"]) for k in keys])
    total = count_events(store, spec) if count else -1
    return Page(rows=rows, next_cursor=next_cursor, total=total, sort=sort, limit=size)


def count_events(store: Store, spec: EventFilter) -> int:
    """How many events (or mentions) match ``spec``."""
    condition, params = where(spec)
    table = quote_identifier(check_unit(spec.unit))
    return int(_scalar(store, f"SELECT count(*) FROM {table} e WHERE {condition}", params))  # noqa: S608


def _page_rows(store: Store, unit: str, ids: list[str]) -> list[dict[str, Any]]:
    """The rows of a page, in the order of ``ids``, with their mention's evidence (events), their
    sentence's position and their article."""
    if not ids:
        return []
    id_column = quote_identifier(_ID[unit])
    found = _records(
        store,
        f"""SELECT {_EVENT_SELECT[unit]} FROM {quote_identifier(unit)} p
            WHERE p.{id_column} IN (SELECT unnest(?)) LIMIT ?""",  # noqa: S608
        [ids, len(ids)],
    )
    by_id = {row["id"]: row for row in found}
    rows = [by_id[i] for i in ids if i in by_id]
    if unit == "events":
        mention_ids = [row["mention_id"] for row in rows if row["mention_id"] is not None]
        mentions = _records(
            store,
            f"""SELECT {_MENTION_FIELDS} FROM mentions
                WHERE mention_id IN (SELECT unnest(?)) LIMIT ?""",  # noqa: S608
            [mention_ids, len(mention_ids)],
        )
        by_mention = {m.pop("mention_id"): m for m in mentions}
        empty = dict.fromkeys(
            ("source_text", "source_actor_id", "target_text", "target_actor_id", "date_basis",
             "rule", "evidence")
        )  # fmt: skip
        for row in rows:
            row.update(by_mention.get(row["mention_id"], empty))
    doc_ids = sorted({str(row["doc_id"]) for row in rows})
    documents = _records(
        store,
        """SELECT doc_id, title AS doc_title, source AS publisher, url AS doc_url,
                  published AS doc_published
           FROM documents WHERE doc_id IN (SELECT unnest(?)) LIMIT ?""",
        [doc_ids, len(doc_ids)],
    )
    by_doc = {d.pop("doc_id"): d for d in documents}
    wanted = {(row["doc_id"], row["sentence_index"]) for row in rows}
    sentences = _records(
        store,
        """SELECT doc_id, sentence_index, start_char AS sentence_start, text AS sentence_text
           FROM sentences WHERE doc_id IN (SELECT unnest(?))
             AND sentence_index IN (SELECT unnest(?)) LIMIT ?""",
        [doc_ids, sorted({i for _, i in wanted if i is not None}), MAX_ARTICLE_ROWS],
    )
    by_sentence = {(s.pop("doc_id"), s.pop("sentence_index")): s for s in sentences}
    no_document = dict.fromkeys(("doc_title", "publisher", "doc_url", "doc_published"))
    no_sentence = dict.fromkeys(("sentence_start", "sentence_text"))
    for row in rows:
        row.update(by_doc.get(row["doc_id"], no_document))
        row.update(by_sentence.get((row["doc_id"], row["sentence_index"]), no_sentence))
    return rows


def _cursor_key(value: Any, kind: str) -> Any:
    if kind == "date":
        day = value.date() if isinstance(value, dt.datetime) else value
        return day.isoformat() if isinstance(day, dt.date) else str(day)[:10]
    return float(value)


# -- articles ------------------------------------------------------------------------------------


def article(store: Store, doc_id: str) -> dict[str, Any] | None:
    """A stored document with its text, sentences, coded event mentions (with their evidence
    spans, character offsets into the text) and quotes; None when there is no such document.

    Raises:
        QueryTimeout: a query ran past the store's time limit.
    """
    found = _records(
        store,
        """SELECT doc_id, title, source, url, published, dateline_place, dateline_date,
                  n_sentences, n_events, n_quotes, text
           FROM documents WHERE doc_id = ? LIMIT 1""",
        [doc_id],
    )
    if not found:
        return None
    document = found[0]
    document["sentences"] = _records(
        store,
        """SELECT sentence_index, start_char, end_char FROM sentences WHERE doc_id = ?
           ORDER BY sentence_index LIMIT ?""",
        [doc_id, MAX_ARTICLE_ROWS],
    )
    document["events"] = _records(
        store,
        """SELECT mention_id, cluster_id, event_id, sentence_index, sentence,
                  source_text, source_code, source_country, source_sectors, source_name,
                  source_actor_id,
                  target_text, target_code, target_country, target_sectors, target_name,
                  target_actor_id,
                  cameo, cameo_root, goldstein, quad_class, plover_type, plover_mode, modality,
                  date, date_basis, location_name, location_country, lat, lon, geonameid,
                  confidence, rule, evidence
           FROM mentions WHERE doc_id = ?
           ORDER BY sentence_index, mention_id LIMIT ?""",
        [doc_id, MAX_ARTICLE_ROWS],
    )
    document["quotes"] = _records(
        store,
        """SELECT quote_id, speaker_code, speaker_name, speaker_actor_id, text, direct,
                  span_start, span_end, sentence_index, event_ids
           FROM quotes WHERE doc_id = ? ORDER BY span_start, quote_id LIMIT ?""",
        [doc_id, MAX_ARTICLE_ROWS],
    )
    return document


# -- actors, map, overview -----------------------------------------------------------------------


def search_actors(store: Store, text: str | None, *, limit: int = 20) -> list[dict[str, Any]]:
    """Actor codes and countries seen in the store whose code or name contains ``text`` (all
    when empty), most mentioned first. Countries (``kind`` = ``country``) stand for every actor
    of that country.
    """
    pattern = "%" + (text or "").strip().translate(_LIKE_ESCAPE) + "%"
    return _records(
        store,
        """WITH seen AS (SELECT * FROM actors),
           codes AS (
               SELECT code, 'code' AS kind, min(country) AS country,
                      arg_max(name, mentions) AS name, sum(mentions) AS mentions,
                      sum(as_source) AS as_source, sum(as_target) AS as_target,
                      min(first_seen) AS first_seen, max(last_seen) AS last_seen
               FROM seen GROUP BY code
           ),
           countries AS (
               SELECT country AS code, 'country' AS kind, country, NULL AS name,
                      sum(mentions) AS mentions, sum(as_source) AS as_source,
                      sum(as_target) AS as_target, min(first_seen) AS first_seen,
                      max(last_seen) AS last_seen
               FROM seen WHERE country IS NOT NULL AND country <> code GROUP BY country
           ),
           everything AS (SELECT * FROM codes UNION ALL SELECT * FROM countries)
           SELECT * FROM everything
           WHERE code ILIKE ? ESCAPE '\\' OR coalesce(name, '') ILIKE ? ESCAPE '\\'
           ORDER BY mentions DESC, code, kind LIMIT ?""",
        [pattern, pattern, _cap(limit, MAX_PAGE_SIZE)],
    )


def locations(store: Store, spec: EventFilter, *, limit: int = 2_000) -> dict[str, Any]:
    """Where the events matching ``spec`` happened: points (events per named place with
    coordinates) and countries (events per location country), busiest first."""
    condition, params = where(spec)
    table = quote_identifier(check_unit(spec.unit))
    cap = _cap(limit, 10_000)
    points = _records(
        store,
        f"""SELECT e.location_name AS name, e.location_country AS country,
                   avg(e.lat) AS lat, avg(e.lon) AS lon, count(*) AS events,
                   avg(e.goldstein) AS goldstein_mean,
                   count(*) FILTER (WHERE e.quad_class >= 3) AS conflict
            FROM {table} e WHERE {condition} AND e.lat IS NOT NULL AND e.lon IS NOT NULL
            GROUP BY 1, 2 ORDER BY events DESC, name LIMIT ?""",  # noqa: S608
        [*params, cap],
    )
    countries = _records(
        store,
        f"""SELECT e.location_country AS country, count(*) AS events,
                   avg(e.goldstein) AS goldstein_mean
            FROM {table} e WHERE {condition} AND e.location_country IS NOT NULL
            GROUP BY 1 ORDER BY events DESC, country LIMIT ?""",  # noqa: S608
        [*params, cap],
    )
    total = int(_scalar(store, f"SELECT count(*) FROM {table} e WHERE {condition}", params))  # noqa: S608
    located = int(
        _scalar(
            store,
            f"""SELECT count(*) FROM {table} e
                WHERE {condition} AND e.location_country IS NOT NULL""",  # noqa: S608
            params,
        )
    )
    return {"points": points, "countries": countries, "events": total, "located": located}


def overview(store: Store, *, top: int = 10) -> dict[str, Any]:
    """Counts per table, the span of event dates and the busiest country-level dyads (IGO codes
    kept whole), for the dashboard's first screen."""
    span = _records(
        store,
        "SELECT min(date) AS first, max(date) AS last, count(date) AS dated FROM events LIMIT 1",
        [],
    )[0]
    dyads = _records(
        store,
        """WITH keyed AS (
               SELECT CASE WHEN starts_with(source_code, 'IGO') THEN source_code
                           ELSE coalesce(source_country, left(source_code, 3)) END AS s,
                      CASE WHEN starts_with(target_code, 'IGO') THEN target_code
                           ELSE coalesce(target_country, left(target_code, 3)) END AS t,
                      goldstein
               FROM events
           )
           SELECT least(s, t) AS a, greatest(s, t) AS b, count(*) AS events,
                  avg(goldstein) AS goldstein_mean
           FROM keyed WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t
           GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT ?""",
        [_cap(top, 100)],
    )
    return {"counts": store.counts(), "dates": span, "dyads": dyads}


# -- export --------------------------------------------------------------------------------------


def export_chunk(
    store: Store,
    *,
    unit: str,
    since: dt.date | None = None,
    until: dt.date | None = None,
    after: tuple[Any, str] | None = None,
    limit: int = 5_000,
) -> tuple[pd.DataFrame, tuple[Any, str] | None]:
    """The next ``limit`` rows of an export (the columns of ``Store.export_frame``), oldest
    first, after the (date key, id) of the previous chunk; returns the rows and the position to
    continue from (None after the last chunk)."""
    unit = check_unit(unit)
    key, _, _ = _sort_key("date", unit)
    id_column = _col("e", _ID[unit])
    condition, params = where(EventFilter(unit=unit, since=since, until=until))
    keyset = ""
    if after is not None:
        keyset = f"AND ({key} > ? OR ({key} = ? AND {id_column} > ?))"
        params += [after[0], after[0], after[1]]
    with _limited(store):
        frame = store.con.execute(
            f"""SELECT e.*, d.title AS doc_title, d.source AS publisher, d.url AS doc_url,
                       d.published AS doc_published, CAST({key} AS VARCHAR) AS _key
                FROM {quote_identifier(unit)} e LEFT JOIN documents d ON d.doc_id = e.doc_id
                WHERE {condition} {keyset}
                ORDER BY _key, {id_column} LIMIT ?""",  # noqa: S608
            [*params, max(1, int(limit))],
        ).df()
    if len(frame) < max(1, int(limit)):
        position = None
    else:
        last = frame.iloc[-1]
        position = (dt.date.fromisoformat(str(last["_key"])[:10]), str(last[_ID[unit]]))
    return frame.drop(columns=["_key"]), position
