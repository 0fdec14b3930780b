"""The DuckDB store: documents, events, quotes and rejects, written idempotently."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pandas as pd

from dyadic.errors import StoreError
from dyadic.model import Document, Event, Reject, content_hash

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    title VARCHAR,
    source VARCHAR,
    url VARCHAR,
    published DATE,
    dateline_place VARCHAR,
    dateline_date DATE,
    n_events INTEGER,
    n_quotes INTEGER,
    text VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    sentence_index INTEGER,
    sentence VARCHAR,
    source_text VARCHAR, source_code VARCHAR, source_country VARCHAR, source_sectors VARCHAR[],
    source_name VARCHAR, source_actor_id VARCHAR,
    target_text VARCHAR, target_code VARCHAR, target_country VARCHAR, target_sectors VARCHAR[],
    target_name VARCHAR, target_actor_id VARCHAR,
    cameo VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,
    goldstein DOUBLE,
    quad_class INTEGER,
    plover_type VARCHAR,
    plover_mode VARCHAR,
    modality VARCHAR,
    date DATE,
    date_basis VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT,
    confidence DOUBLE,
    rule VARCHAR,
    evidence JSON,
    mentions INTEGER[]
);
CREATE TABLE IF NOT EXISTS quotes (
    quote_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    speaker_code VARCHAR,
    speaker_name VARCHAR,
    text VARCHAR,
    direct BOOLEAN,
    span_start INTEGER,
    span_end INTEGER,
    sentence_index INTEGER,
    event_ids VARCHAR[]
);
CREATE TABLE IF NOT EXISTS rejects (
    reject_id VARCHAR PRIMARY KEY,
    input VARCHAR,
    position INTEGER,
    reason VARCHAR,
    stage VARCHAR,
    doc_id VARCHAR
);
"""

_EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "sentence_index", "sentence",
    "source_text", "source_code", "source_country", "source_sectors", "source_name", "source_actor_id",
    "target_text", "target_code", "target_country", "target_sectors", "target_name", "target_actor_id",
    "cameo", "cameo_root", "goldstein", "quad_class", "plover_type", "plover_mode", "modality",
    "date", "date_basis", "location_name", "location_country", "lat", "lon", "geonameid",
    "confidence", "rule", "evidence", "mentions",
)  # fmt: skip
_QUOTE_COLUMNS: tuple[str, ...] = (
    "quote_id", "doc_id", "speaker_code", "speaker_name", "text", "direct", "span_start", "span_end",
    "sentence_index", "event_ids",
)  # fmt: skip
_DOCUMENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "content_hash", "title", "source", "url", "published", "dateline_place", "dateline_date",
    "n_events", "n_quotes", "text",
)  # fmt: skip
_REJECT_COLUMNS: tuple[str, ...] = ("reject_id", "input", "position", "reason", "stage", "doc_id")


def quote_identifier(name: str) -> str:
    """Quote an SQL identifier (the only way identifiers reach SQL text)."""
    return '"' + name.replace('"', '""') + '"'


class Store:
    """A DuckDB file holding coded documents.

    Args:
        path: the database file (created if missing, unless ``read_only``).
        read_only: open without write access (the HTTP API does this).

    Raises:
        StoreError: the file cannot be opened (missing in read-only mode, locked, not DuckDB).
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}; code some documents into it first", stage="store")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}", stage="store") from exc
        if not read_only:
            self._migrate()

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

    def _migrate(self) -> None:
        self.con.execute(_SCHEMA)
        self.con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
        )

    # -- writing -------------------------------------------------------------------------------

    def write(self, documents: Iterable[Document]) -> int:
        """Store coded documents; a document already stored with the same text is left alone, one
        whose text changed is replaced. Returns the number of documents written."""
        written = 0
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= 256:
                written += self._write_batch(batch)
                batch = []
        if batch:
            written += self._write_batch(batch)
        return written

    def _write_batch(self, documents: Sequence[Document]) -> int:
        known = dict(
            self.con.execute(
                "SELECT doc_id, content_hash FROM documents WHERE doc_id IN (SELECT unnest(?))",
                [[d.doc_id for d in documents]],
            ).fetchall()
        )
        fresh = [d for d in documents if known.get(d.doc_id) != d.content_hash]
        fresh = list({d.doc_id: d for d in fresh}.values())
        if not fresh:
            return 0
        ids = [d.doc_id for d in fresh]
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table in ("events", "quotes", "documents"):
                self.con.execute(
                    f"DELETE FROM {quote_identifier(table)} WHERE doc_id IN (SELECT unnest(?))", [ids]
                )
            self._insert("documents", _DOCUMENT_COLUMNS, [_document_row(d) for d in fresh])
            events = [_event_row(d, e) for d in fresh for e in d.events]
            self._insert("events", _EVENT_COLUMNS, _unique(events))
            quotes = [_quote_row(d, i) for d in fresh for i in range(len(d.quotes))]
            self._insert("quotes", _QUOTE_COLUMNS, _unique(quotes))
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return len(fresh)

    def write_rejects(self, rejects: Iterable[Reject]) -> int:
        """Record rejected inputs (idempotent: the same reject is stored once)."""
        rows = [
            [content_hash(r.input, str(r.position), r.reason, r.stage), r.input, r.position, r.reason,
             r.stage, r.doc_id]
            for r in rejects
        ]  # fmt: skip
        if rows:
            self._insert("rejects", _REJECT_COLUMNS, _unique(rows), replace=True)
        return len(rows)

    def _insert(
        self, table: str, columns: Sequence[str], rows: list[list[Any]], *, replace: bool = False
    ) -> None:
        if not rows:
            return
        frame = pd.DataFrame(rows, columns=list(columns))
        names = ", ".join(quote_identifier(c) for c in columns)
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        self.con.register("_incoming", frame)
        try:
            self.con.execute(
                f"{verb} INTO {quote_identifier(table)} ({names}) SELECT {names} FROM _incoming"
            )
        finally:
            self.con.unregister("_incoming")

    # -- reading -------------------------------------------------------------------------------

    def known_documents(self, doc_ids: Sequence[str]) -> set[str]:
        """Which of ``doc_ids`` are already stored (coded or rejected)."""
        if not doc_ids:
            return set()
        rows = self.con.execute(
            """SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))
               UNION SELECT doc_id FROM rejects WHERE doc_id IN (SELECT unnest(?))""",
            [list(doc_ids), list(doc_ids)],
        ).fetchall()
        return {row[0] for row in rows}

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        out = {}
        for table in ("documents", "events", "quotes", "rejects"):
            row = self.con.execute(f"SELECT count(*) FROM {quote_identifier(table)}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def events_frame(self) -> pd.DataFrame:
        """All events as a pandas frame."""
        return self.con.execute("SELECT * FROM events ORDER BY date, doc_id, sentence_index").df()

    def documents_frame(self) -> pd.DataFrame:
        """All documents (without their text) as a pandas frame."""
        return self.con.execute(
            "SELECT * EXCLUDE (text) FROM documents ORDER BY published, doc_id"
        ).df()

    def summary(self, *, top: int = 10, examples: int = 5) -> dict[str, Any]:
        """What ``make demo`` prints: counts, events by root, top dyads, example events."""
        roots = self.con.execute(
            "SELECT cameo_root, count(*) AS n FROM events GROUP BY 1 ORDER BY 1"
        ).fetchall()
        dyads = self.con.execute(
            """SELECT source_code, target_code, count(*) AS n, avg(goldstein) AS mean_goldstein
               FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL
               GROUP BY 1, 2 ORDER BY n DESC, source_code, target_code LIMIT ?""",
            [top],
        ).fetchall()
        sample = self.con.execute(
            """SELECT date, source_code, cameo, target_code, modality, sentence FROM events
               WHERE source_code IS NOT NULL AND target_code IS NOT NULL
               ORDER BY confidence DESC, date, event_id LIMIT ?""",
            [examples],
        ).fetchall()
        return {"counts": self.counts(), "roots": roots, "dyads": dyads, "examples": sample}


def _unique(rows: list[list[Any]]) -> list[list[Any]]:
    seen: dict[Any, list[Any]] = {}
    for row in rows:
        seen.setdefault(row[0], row)
    return list(seen.values())


def _document_row(document: Document) -> list[Any]:
    dateline = document.dateline
    return [
        document.doc_id, document.content_hash, document.title, document.source, document.url,
        document.published, dateline.place if dateline else None, dateline.date if dateline else None,
        len(document.events), len(document.quotes), document.text,
    ]  # fmt: skip


def _event_row(document: Document, event: Event) -> list[Any]:
    src, tgt, loc = event.source, event.target, event.location
    return [
        event.event_id, document.doc_id, event.sentence_index, event.sentence,
        src.text if src else None, src.code if src else None, src.country if src else None,
        list(src.sectors) if src else None, src.name if src else None, src.actor_id if src else None,
        tgt.text if tgt else None, tgt.code if tgt else None, tgt.country if tgt else None,
        list(tgt.sectors) if tgt else None, tgt.name if tgt else None, tgt.actor_id if tgt else None,
        event.cameo, event.cameo_root, event.goldstein, event.quad_class,
        event.plover.get("type"), event.plover.get("mode"), event.modality,
        event.date, event.date_basis,
        loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
        loc.lon if loc else None, loc.geonameid if loc else None,
        event.confidence, event.evidence.rule, json.dumps(event.evidence.to_dict()),
        list(event.mentions),
    ]  # fmt: skip


def _quote_row(document: Document, index: int) -> list[Any]:
    quote = document.quotes[index]
    speaker = quote.speaker
    return [
        content_hash(document.doc_id, str(index), quote.text), document.doc_id,
        speaker.code if speaker else None, (speaker.name or speaker.text) if speaker else None,
        quote.text, quote.direct, quote.span[0], quote.span[1], quote.sentence_index,
        list(quote.event_ids),
    ]  # fmt: skip
