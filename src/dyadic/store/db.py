"""The DuckDB store: documents, sentences, event mentions, events, quotes, rejects and runs.

Writes are idempotent and keyed by content hashes: a document already stored with the same text is
left alone, so coding the same input twice changes nothing. Every batch of documents is written in
one transaction together with the list of event clusters it touched (``dirty_clusters``); the
clusters are then rebuilt in a second transaction. A run killed at any point therefore leaves a
consistent file, and the next writer finishes the clustering before doing anything else.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.metadata
import json
import logging
import math
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import duckdb
import pandas as pd

from dyadic.errors import StoreError
from dyadic.model import Actor, Document, Event, Evidence, Location, Reject, content_hash
from dyadic.store import cluster, schema
from dyadic.store.rows import Rows, document_rows
from dyadic.store.schema import SCHEMA_VERSION

logger = logging.getLogger(__name__)

#: Documents per write transaction.
BATCH_SIZE = 256
#: Rows a listing returns at most unless the caller asks for another cap.
DEFAULT_MAX_ROWS = 10_000

Unit = Literal["events", "mentions"]
UNITS: tuple[str, ...] = ("events", "mentions")

#: Columns every aggregate works from, for events (clusters) and for raw mentions.
_ANALYSIS_SQL: dict[str, str] = {
    "events": """SELECT cluster_id AS id, doc_id, date, source_code, source_country, target_code,
                        target_country, cameo, cameo_root, quad_class, goldstein, modality,
                        num_articles, num_mentions, confidence
                 FROM events""",
    "mentions": """SELECT mention_id AS id, doc_id, cluster_date AS date, source_code,
                          source_country, target_code, target_country, cameo, cameo_root,
                          quad_class, goldstein, modality, 1 AS num_articles, 1 AS num_mentions,
                          confidence
                   FROM mentions""",
}
_KEY = schema.MENTION_COLUMNS.index("cluster_key")
_CLUSTER_DATE = schema.MENTION_COLUMNS.index("cluster_date")
_ID_COLUMN = {"events": "cluster_id", "mentions": "mention_id"}
_DATE_COLUMN = {"events": "date", "mentions": "cluster_date"}


# SQL text is built only from fixed fragments and quote_identifier(); every value is a bound
# parameter. That is why the ``noqa: S608`` marks in this module are safe.


def quote_identifier(name: str) -> str:
    """Quote an SQL identifier (the only way identifiers reach SQL text)."""
    return '"' + name.replace('"', '""') + '"'


def _dyadic_version() -> str:
    try:
        return importlib.metadata.version("dyadic")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


class Store:
    """A DuckDB file holding coded documents and the events built from them.

    Args:
        path: the database file (created if missing, unless ``read_only``).
        read_only: open without write access (the HTTP API does this); several readers may share
            a file, but not while a writer holds it.
        time_limit: seconds any one query may run before it is interrupted (None: no limit).

    Raises:
        StoreError: the file cannot be opened (missing in read-only mode, locked by another
            process, not a Dyadic store, or written by a newer Dyadic).
    """

    def __init__(
        self, path: str | Path, *, read_only: bool = False, time_limit: float | None = None
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.time_limit = time_limit
        if read_only and not self.path.exists():
            raise StoreError(
                f"no store at {self.path}; code some documents into it first", stage="store"
            )
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"store {self.path} is in use by another process (a coding run?); "
                    "wait for it to finish or use a copy of the file",
                    stage="store",
                ) from exc
            raise StoreError(f"cannot open store {self.path}: {exc}", stage="store") from exc
        try:
            self._check_schema()
        except BaseException:
            self.con.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- schema ----------------------------------------------------------------------------------

    def _check_schema(self) -> None:
        version = schema.schema_version(self.con)
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path} has schema version {version}, newer than this Dyadic "
                f"understands ({SCHEMA_VERSION}); upgrade Dyadic",
                stage="store",
            )
        if self.read_only:
            if version is None:
                raise StoreError(f"{self.path} is not a Dyadic store", stage="store")
            if version < SCHEMA_VERSION:
                raise StoreError(
                    f"store {self.path} has schema version {version}; open it once for writing "
                    f"to migrate it to version {SCHEMA_VERSION} "
                    f"(`dyadic migrate --db {self.path}`)",
                    stage="store",
                )
            if self._dirty():
                logger.warning(
                    "store %s has events waiting to be re-clustered (an interrupted run?); "
                    "open it for writing to finish",
                    self.path,
                )
            return
        if version is None:
            schema.create(self.con)
        elif version < SCHEMA_VERSION:
            self._migrate(version)
        if self._dirty():
            self.refresh_events()

    def _migrate(self, version: int) -> None:
        logger.info("migrating store %s from schema %d to %d", self.path, version, SCHEMA_VERSION)
        with self._transaction():
            for step in range(version, SCHEMA_VERSION):
                schema.MIGRATIONS[step](self.con)
            if self._has_table("mentions_v1"):
                self._copy_v1_mentions()
            schema.create(self.con)

    def _copy_v1_mentions(self) -> None:
        old = self.con.execute(
            """SELECT m.*, d.published, d.dateline_date
               FROM mentions_v1 m LEFT JOIN documents d USING (doc_id)"""
        ).df()
        if not old.empty:
            documents = (
                Document(
                    doc_id=str(doc_id),
                    text="",
                    published=_iso(group["published"].iloc[0]),
                    events=tuple(
                        _v1_event({str(k): v for k, v in row.items()})
                        for row in group.to_dict("records")
                    ),
                )
                for doc_id, group in old.groupby("doc_id", sort=True)
            )
            rows = Rows()
            for document in documents:
                rows.extend(document_rows(document))
            self._insert("mentions", schema.MENTION_COLUMNS, rows.mentions)
            self.con.execute(
                "INSERT INTO dirty_clusters SELECT DISTINCT cluster_key, cluster_date FROM mentions"
            )
        self.con.execute("DROP TABLE mentions_v1")

    def _has_table(self, name: str) -> bool:
        row = self.con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [name]
        ).fetchone()
        return bool(row and row[0])

    def _dirty(self) -> bool:
        if not self._has_table("dirty_clusters"):
            return False
        row = self.con.execute("SELECT count(*) FROM dirty_clusters").fetchone()
        return bool(row and row[0])

    @property
    def schema_version(self) -> int:
        """The schema version of the open file."""
        return schema.schema_version(self.con) or SCHEMA_VERSION

    # -- plumbing --------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction; a write the database refuses (a full disk, a read-only file) is
        rolled back and raised as a StoreError, leaving the file as it was before."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
            self.con.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(duckdb.Error):  # the commit itself may have ended it
                self.con.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error) and not isinstance(exc, duckdb.InterruptException):
                raise StoreError(
                    f"could not write to store {self.path}: {exc}; the store keeps what was "
                    "written before (free some space or fix the permissions and run again; nothing "
                    "is stored twice)",
                    stage="store",
                ) from exc
            raise

    @contextlib.contextmanager
    def _limited(self) -> Iterator[None]:
        """Interrupt the query when it runs past ``time_limit``."""
        if self.time_limit is None:
            yield
            return
        timer = threading.Timer(self.time_limit, self.con.interrupt)
        timer.start()
        try:
            yield
        except duckdb.InterruptException as exc:
            raise StoreError(
                f"query stopped after the time limit of {self.time_limit:g} s; narrow it down "
                "(a shorter period, fewer actors)",
                stage="store",
            ) from exc
        finally:
            timer.cancel()

    def _df(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        with self._limited():
            return self.con.execute(sql, list(params)).df()

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._limited():
            return self.con.execute(sql, list(params)).fetchall()

    def _insert(
        self, table: str, columns: Sequence[str], rows: list[list[Any]] | pd.DataFrame
    ) -> None:
        frame = (
            rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows, columns=list(columns))
        )
        if frame.empty:
            return
        names = ", ".join(quote_identifier(c) for c in columns)
        self.con.register("_incoming", frame)
        try:
            self.con.execute(
                f"INSERT INTO {quote_identifier(table)} ({names}) SELECT {names} FROM _incoming"  # noqa: S608
            )
        finally:
            self.con.unregister("_incoming")

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only", stage="store")

    # -- writing ---------------------------------------------------------------------------------

    def write(self, documents: Iterable[Document]) -> int:
        """Store coded documents, one transaction per batch of 256, then rebuild the events they
        touch.

        A document already stored with the same text is left alone; one whose text changed is
        replaced. A document that cannot be stored (a malformed date, say) goes to the rejects
        table with stage ``store``; the rest of its batch is written.

        Returns:
            The number of documents written.
        """
        self._writable()
        written = 0
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= BATCH_SIZE:
                written += self._write_batch(batch)
                batch = []
        if batch:
            written += self._write_batch(batch)
        if written:
            self.refresh_events()
        return written

    def _write_batch(self, documents: Sequence[Document]) -> int:
        latest = {d.doc_id: d for d in documents}  # a repeated id: the last version wins
        known = self.stored_hashes(list(latest))
        rows = Rows()
        rejects: list[Reject] = []
        ids: list[str] = []
        for document in latest.values():
            if known.get(document.doc_id) == document.content_hash:
                continue
            try:
                rows.extend(document_rows(document))
            except (ValueError, TypeError, AttributeError, KeyError) as exc:
                rejects.append(Reject(document.doc_id, None, str(exc), "store", document.doc_id))
                continue
            ids.append(document.doc_id)
        if rejects:
            logger.warning(
                "%d documents could not be stored (first: %s: %s); see the rejects table",
                len(rejects), rejects[0].doc_id, rejects[0].reason,
            )  # fmt: skip
            self.write_rejects(rejects)
        if not ids:
            return 0
        with self._transaction():
            self.con.execute(
                """INSERT INTO dirty_clusters SELECT DISTINCT cluster_key, cluster_date
                   FROM mentions WHERE doc_id IN (SELECT unnest(?))""",
                [ids],
            )
            for table in ("mentions", "sentences", "quotes", "documents"):
                self.con.execute(
                    f"DELETE FROM {quote_identifier(table)} WHERE doc_id IN (SELECT unnest(?))",  # noqa: S608
                    [ids],
                )
            self._insert("documents", schema.DOCUMENT_COLUMNS, rows.documents)
            self._insert("sentences", schema.SENTENCE_COLUMNS, rows.sentences)
            self._insert("mentions", schema.MENTION_COLUMNS, rows.mentions)
            self._insert("quotes", schema.QUOTE_COLUMNS, _unique(rows.quotes))
            dirty = {(row[_KEY], row[_CLUSTER_DATE]) for row in rows.mentions}
            self._insert("dirty_clusters", ("cluster_key", "date"), [list(d) for d in dirty])
        return len(ids)

    def refresh_events(self) -> int:
        """Rebuild the events (clusters) of every block of mentions touched since the last refresh.

        Returns:
            The number of events written.
        """
        self._writable()
        with self._transaction():
            if not self._dirty():
                return 0
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE _windows AS {cluster.WINDOWS_SQL}")
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE _members AS {cluster.MEMBERS_SQL}")
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE _assigned AS {cluster.ASSIGN_SQL}")
            self.con.execute(
                """DELETE FROM events USING _windows w WHERE events.cluster_key = w.cluster_key
                   AND events.first_date BETWEEN w.lo AND w.hi"""
            )
            self.con.execute(
                """DELETE FROM events WHERE first_date IS NULL AND cluster_key IN
                   (SELECT cluster_key FROM dirty_clusters WHERE date IS NULL)"""
            )
            names = ", ".join(quote_identifier(c) for c in schema.EVENT_COLUMNS)
            self.con.execute(f"INSERT INTO events ({names}) {cluster.EVENTS_SQL}")
            self.con.execute(
                """UPDATE mentions SET cluster_id = a.cluster_id FROM _assigned a
                   WHERE mentions.mention_id = a.mention_id"""
            )
            row = self.con.execute("SELECT count(DISTINCT cluster_id) FROM _assigned").fetchone()
            for table in ("_windows", "_members", "_assigned"):
                self.con.execute(f"DROP TABLE {quote_identifier(table)}")
            self.con.execute("DELETE FROM dirty_clusters")
        return int(row[0]) if row else 0

    def write_rejects(self, rejects: Iterable[Reject]) -> int:
        """Record rejected inputs (idempotent: the same reject is stored once)."""
        self._writable()
        rows = [
            [content_hash(r.input, str(r.position), r.reason, r.stage), r.input, r.position,
             r.reason, r.stage, r.doc_id]
            for r in rejects
        ]  # fmt: skip
        rows = _unique(rows)
        if rows:
            with self._transaction():
                self.con.execute(
                    "DELETE FROM rejects WHERE reject_id IN (SELECT unnest(?))",
                    [[r[0] for r in rows]],
                )
                self._insert("rejects", schema.REJECT_COLUMNS, rows)
        return len(rows)

    # -- runs ------------------------------------------------------------------------------------

    def start_run(self, inputs: Sequence[str], *, options: Mapping[str, Any] | None = None) -> str:
        """Record the start of a coding run; runs left ``running`` by a killed process become
        ``interrupted`` (DuckDB lets one process write a file at a time, so they are dead).

        Returns:
            The run id, for :meth:`finish_run`.
        """
        self._writable()
        run_id = uuid.uuid4().hex[:16]
        with self._transaction():
            self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            self.con.execute(
                """INSERT INTO runs (run_id, started_at, status, inputs, options, dyadic_version,
                                     schema_version) VALUES (?, ?, 'running', ?, ?, ?, ?)""",
                [
                    run_id, _now(), [str(i) for i in inputs],
                    json.dumps(dict(options or {}), default=str), _dyadic_version(), SCHEMA_VERSION,
                ],
            )  # fmt: skip
        return run_id

    def finish_run(
        self, run_id: str, *, counts: Mapping[str, int], status: str = "finished"
    ) -> None:
        """Record the end of a run with its counts (documents_in, coded, rejected,
        already_stored, events, stored)."""
        self._writable()
        names = ("documents_in", "coded", "rejected", "already_stored", "events", "stored")
        sets = ", ".join(f"{quote_identifier(n)} = ?" for n in names)
        self.con.execute(
            f"UPDATE runs SET finished_at = ?, status = ?, {sets} WHERE run_id = ?",  # noqa: S608
            [_now(), status, *(int(counts.get(n, 0)) for n in names), run_id],
        )

    # -- reading ---------------------------------------------------------------------------------

    def known_documents(self, doc_ids: Sequence[str]) -> set[str]:
        """Which of ``doc_ids`` are already stored (coded or rejected)."""
        if not doc_ids:
            return set()
        rows = self._rows(
            """SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))
               UNION SELECT doc_id FROM rejects WHERE doc_id IN (SELECT unnest(?))""",
            [list(doc_ids), list(doc_ids)],
        )
        return {row[0] for row in rows}

    def stored_hashes(self, doc_ids: Sequence[str]) -> dict[str, str]:
        """The content hash stored for each of ``doc_ids`` that is stored."""
        if not doc_ids:
            return {}
        rows = self._rows(
            "SELECT doc_id, content_hash FROM documents WHERE doc_id IN (SELECT unnest(?))",
            [list(doc_ids)],
        )
        return {row[0]: row[1] for row in rows}

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        out = {}
        for table in (*schema.DATA_TABLES, "runs"):
            sql = f"SELECT count(*) FROM {quote_identifier(table)}"  # noqa: S608
            row = self.con.execute(sql).fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def events_frame(self, *, limit: int | None = None) -> pd.DataFrame:
        """Events (clusters of mentions across articles), oldest first."""
        return self._df(
            "SELECT * FROM events ORDER BY date NULLS LAST, cluster_id LIMIT ?", [_cap(limit)]
        )

    def mentions_frame(self, *, limit: int | None = None) -> pd.DataFrame:
        """Every coded event mention (one Event JSON object each) with its ``cluster_id``."""
        return self._df(
            """SELECT * FROM mentions ORDER BY cluster_date NULLS LAST, doc_id, sentence_index,
                      mention_id LIMIT ?""",
            [_cap(limit)],
        )

    def documents_frame(self, *, limit: int | None = None) -> pd.DataFrame:
        """Documents (without their text), oldest first."""
        return self._df(
            "SELECT * EXCLUDE (text) FROM documents ORDER BY published NULLS LAST, doc_id LIMIT ?",
            [_cap(limit)],
        )

    def rejects_frame(self, *, limit: int | None = None) -> pd.DataFrame:
        """Rejected inputs with their reasons."""
        return self._df(
            "SELECT * FROM rejects ORDER BY input, position NULLS FIRST, reject_id LIMIT ?",
            [_cap(limit)],
        )

    def runs_frame(self) -> pd.DataFrame:
        """Coding runs, newest first."""
        return self._df("SELECT * FROM runs ORDER BY started_at DESC")

    def actors_frame(self, *, limit: int | None = None) -> pd.DataFrame:
        """Actors seen as source or target, most mentioned first."""
        return self._df(
            "SELECT * FROM actors ORDER BY mentions DESC, code, actor_id NULLS LAST LIMIT ?",
            [_cap(limit)],
        )

    def table_frame(self, table: str, *, order_by: Sequence[str] = ()) -> pd.DataFrame:
        """A whole data table, in a stable order (for comparisons and tests): by ``order_by``,
        else by the table's primary key."""
        if table not in (*schema.DATA_TABLES, "runs", "meta"):
            raise StoreError(f"no table {table!r}", stage="store")
        columns = order_by or self._primary_key(table)
        order = ", ".join(quote_identifier(c) for c in columns) or "ALL"
        return self._df(f"SELECT * FROM {quote_identifier(table)} ORDER BY {order}")  # noqa: S608

    def _primary_key(self, table: str) -> list[str]:
        rows = self._rows(
            "SELECT constraint_column_names FROM duckdb_constraints() "
            "WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'",
            [table],
        )
        return list(rows[0][0]) if rows else []

    def analysis_frame(
        self,
        *,
        unit: str = "events",
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> pd.DataFrame:
        """The columns aggregates work from, one row per event (or mention), in a date range.

        Undated rows are included when no range is given (``date`` is NaT); callers count them.
        """
        sql = _ANALYSIS_SQL[_unit(unit)]
        date = _DATE_COLUMN[unit]
        where, params = _date_range(date, since, until)
        return self._df(f"{sql} {where} ORDER BY {quote_identifier(date)} NULLS LAST, id", params)

    def article_dates(
        self, *, since: dt.date | None = None, until: dt.date | None = None
    ) -> pd.Series:
        """The publication date of every stored document (its dateline date when unpublished)."""
        where, params = _date_range("day", since, until)
        frame = self._df(
            f"""SELECT day FROM (SELECT coalesce(published, dateline_date) AS day FROM documents)
                {where}""",  # noqa: S608
            params,
        )
        return pd.to_datetime(frame["day"])

    def event_details(
        self, ids: Sequence[str], *, unit: str = "events", limit: int | None = None
    ) -> pd.DataFrame:
        """Events (or mentions) by id with their proving sentence and article."""
        id_column = quote_identifier(_ID_COLUMN[_unit(unit)])
        date = quote_identifier(_DATE_COLUMN[unit])
        table = quote_identifier(unit)
        counts = (
            "e.num_articles, e.num_mentions"
            if unit == "events"
            else "1 AS num_articles, 1 AS num_mentions"
        )
        return self._df(
            f"""SELECT e.{id_column} AS id, e.{date} AS date, e.source_code, e.cameo, e.target_code,
                       e.goldstein, e.quad_class, e.modality, {counts}, e.sentence, e.doc_id,
                       d.title, d.source AS publisher, d.url
                FROM {table} e LEFT JOIN documents d ON d.doc_id = e.doc_id
                WHERE e.{id_column} IN (SELECT unnest(?))
                ORDER BY e.{date}, e.{id_column} LIMIT ?""",  # noqa: S608
            [list(ids), _cap(limit)],
        )

    def export_frame(
        self,
        *,
        unit: str = "events",
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> pd.DataFrame:
        """Every column of events (or mentions) with their article's title, publisher, address
        and date, for exports."""
        table = quote_identifier(_unit(unit))
        date = _DATE_COLUMN[unit]
        where, params = _date_range(f"e.{date}", since, until)
        id_column = quote_identifier(_ID_COLUMN[unit])
        return self._df(
            f"""SELECT e.*, d.title AS doc_title, d.source AS publisher, d.url AS doc_url,
                       d.published AS doc_published
                FROM {table} e LEFT JOIN documents d ON d.doc_id = e.doc_id {where}
                ORDER BY e.{quote_identifier(date)} NULLS LAST, e.{id_column}""",  # noqa: S608
            params,
        )

    def summary(self, *, top: int = 10, examples: int = 5) -> dict[str, Any]:
        """What ``make demo`` prints: counts, events by root, top dyads, example events."""
        roots = self._rows("SELECT cameo_root, count(*) AS n FROM events GROUP BY 1 ORDER BY 1")
        dyads = self._rows(
            """SELECT source_code, target_code, count(*) AS n, avg(goldstein) AS mean_goldstein
               FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL
               GROUP BY 1, 2 ORDER BY n DESC, source_code, target_code LIMIT ?""",
            [top],
        )
        sample = self._rows(
            """SELECT date, source_code, cameo, target_code, modality, sentence FROM events
               WHERE source_code IS NOT NULL AND target_code IS NOT NULL
               ORDER BY num_articles DESC, confidence DESC, date, cluster_id LIMIT ?""",
            [examples],
        )
        return {"counts": self.counts(), "roots": roots, "dyads": dyads, "examples": sample}


def _unit(unit: str) -> str:
    if unit not in UNITS:
        raise StoreError(f"unknown unit {unit!r}; choose events or mentions", stage="store")
    return unit


def _cap(limit: int | None) -> int:
    return DEFAULT_MAX_ROWS if limit is None else max(0, int(limit))


def _date_range(column: str, since: dt.date | None, until: dt.date | None) -> tuple[str, list[Any]]:
    name = ".".join(quote_identifier(part) for part in column.split("."))
    clauses, params = [], []
    if since is not None:
        clauses.append(f"{name} >= ?")
        params.append(since)
    if until is not None:
        clauses.append(f"{name} <= ?")
        params.append(until)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _unique(rows: list[list[Any]]) -> list[list[Any]]:
    seen: dict[Any, list[Any]] = {}
    for row in rows:
        seen.setdefault(row[0], row)
    return list(seen.values())


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _iso(value: Any) -> str | None:
    if value is None or bool(pd.isna(value)):
        return None
    return pd.Timestamp(value).date().isoformat()


def _v1_event(row: Mapping[str, Any]) -> Event:
    """A schema-1 event row as an Event (for the migration)."""

    def actor(side: str) -> Actor | None:
        if row.get(f"{side}_code") is None and row.get(f"{side}_text") is None:
            return None
        sectors = row.get(f"{side}_sectors")
        return Actor(
            text=row.get(f"{side}_text") or "",
            code=row.get(f"{side}_code"),
            country=row.get(f"{side}_country"),
            sectors=tuple(sectors) if sectors is not None else (),
            name=row.get(f"{side}_name"),
            actor_id=row.get(f"{side}_actor_id"),
        )

    evidence = json.loads(row["evidence"]) if row.get("evidence") else {}
    location = None
    if row.get("location_name"):
        location = Location(
            name=row["location_name"],
            country=row.get("location_country"),
            lat=_float(row.get("lat")),
            lon=_float(row.get("lon")),
            geonameid=None if _float(row.get("geonameid")) is None else int(row["geonameid"]),
        )
    mentions = row.get("mentions")
    return Event(
        event_id=row["event_id"],
        sentence_index=int(row["sentence_index"]),
        sentence=row.get("sentence") or "",
        source=actor("source"),
        target=actor("target"),
        cameo=row["cameo"],
        cameo_root=row["cameo_root"],
        goldstein=_float(row.get("goldstein")),
        quad_class=int(row["quad_class"]),
        plover={"type": row.get("plover_type"), "mode": row.get("plover_mode")},
        modality=row.get("modality") or "asserted",
        date=_iso(row.get("date")),
        date_basis=row.get("date_basis") or "publication",
        location=location,
        confidence=_float(row.get("confidence")) or 0.0,
        evidence=Evidence.from_dict(evidence),
        mentions=tuple(int(i) for i in mentions) if mentions is not None else (),
    )


def _float(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    return None if math.isnan(number) else number
