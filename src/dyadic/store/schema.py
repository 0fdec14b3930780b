"""The store's schema: tables of the current version and the migrations that lead to it.

Version history:

1. The skeleton: ``documents``, ``events`` (one row per coded event mention), ``quotes`` and
   ``rejects``.
2. ``events`` renamed ``mentions`` (every coded event mention, keyed by ``mention_id``); a new
   ``events`` table holds deduplicated real-world events (clusters of mentions across articles);
   ``sentences``, ``runs`` and ``dirty_clusters`` tables; an ``actors`` view.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import duckdb

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 2

MENTION_COLUMNS: tuple[str, ...] = (
    "mention_id", "event_id", "doc_id", "sentence_index", "sentence",
    "source_text", "source_code", "source_country", "source_sectors", "source_name",
    "source_actor_id",
    "target_text", "target_code", "target_country", "target_sectors", "target_name",
    "target_actor_id",
    "cameo", "cameo_root", "goldstein", "quad_class", "plover_type", "plover_mode", "modality",
    "date", "date_basis", "cluster_date", "cluster_key",
    "location_name", "location_country", "lat", "lon", "geonameid",
    "confidence", "rule", "evidence", "mentions",
)  # fmt: skip

EVENT_COLUMNS: tuple[str, ...] = (
    "cluster_id", "cluster_key", "date", "first_date", "last_date",
    "source_code", "source_country", "source_name", "source_sectors",
    "target_code", "target_country", "target_name", "target_sectors",
    "cameo", "cameo_root", "quad_class", "goldstein", "plover_type", "plover_mode", "modality",
    "location_name", "location_country", "lat", "lon", "geonameid",
    "mention_id", "doc_id", "sentence_index", "sentence", "confidence",
    "num_mentions", "num_articles", "num_sources", "is_root_event", "first_seen", "source_url",
    "mention_ids", "doc_ids",
)  # fmt: skip

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "content_hash", "title", "source", "url", "published", "dateline_place",
    "dateline_date", "n_sentences", "n_events", "n_quotes", "text",
)  # fmt: skip

SENTENCE_COLUMNS: tuple[str, ...] = ("doc_id", "sentence_index", "start_char", "end_char", "text")

QUOTE_COLUMNS: tuple[str, ...] = (
    "quote_id", "doc_id", "speaker_code", "speaker_name", "speaker_actor_id", "text", "direct",
    "span_start", "span_end", "sentence_index", "event_ids",
)  # fmt: skip

REJECT_COLUMNS: tuple[str, ...] = ("reject_id", "input", "position", "reason", "stage", "doc_id")

#: Tables whose content is a function of the inputs (``runs`` is a log and ``meta`` bookkeeping).
DATA_TABLES: tuple[str, ...] = (
    "documents", "sentences", "mentions", "events", "quotes", "rejects",
)  # fmt: skip

_TABLES = """
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
    n_sentences INTEGER,
    n_events INTEGER,
    n_quotes INTEGER,
    text VARCHAR
);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    PRIMARY KEY (doc_id, sentence_index)
);
CREATE TABLE IF NOT EXISTS mentions (
    mention_id VARCHAR PRIMARY KEY,
    event_id VARCHAR NOT NULL,
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
    cluster_date DATE,
    cluster_key VARCHAR NOT NULL,
    cluster_id VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT,
    confidence DOUBLE,
    rule VARCHAR,
    evidence JSON,
    mentions INTEGER[]
);
CREATE TABLE IF NOT EXISTS events (
    cluster_id VARCHAR PRIMARY KEY,
    cluster_key VARCHAR NOT NULL,
    date DATE,
    first_date DATE,
    last_date DATE,
    source_code VARCHAR, source_country VARCHAR, source_name VARCHAR, source_sectors VARCHAR[],
    target_code VARCHAR, target_country VARCHAR, target_name VARCHAR, target_sectors VARCHAR[],
    cameo VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,
    quad_class INTEGER,
    goldstein DOUBLE,
    plover_type VARCHAR,
    plover_mode VARCHAR,
    modality VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT,
    mention_id VARCHAR,
    doc_id VARCHAR,
    sentence_index INTEGER,
    sentence VARCHAR,
    confidence DOUBLE,
    num_mentions INTEGER,
    num_articles INTEGER,
    num_sources INTEGER,
    is_root_event BOOLEAN,
    first_seen DATE,
    source_url VARCHAR,
    mention_ids VARCHAR[],
    doc_ids VARCHAR[]
);
CREATE TABLE IF NOT EXISTS dirty_clusters (cluster_key VARCHAR NOT NULL, date DATE);
CREATE TABLE IF NOT EXISTS quotes (
    quote_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    speaker_code VARCHAR,
    speaker_name VARCHAR,
    speaker_actor_id VARCHAR,
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
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status VARCHAR NOT NULL,
    inputs VARCHAR[],
    options JSON,
    documents_in INTEGER,
    coded INTEGER,
    rejected INTEGER,
    already_stored INTEGER,
    events INTEGER,
    stored INTEGER,
    dyadic_version VARCHAR,
    schema_version INTEGER
);
"""

_VIEWS = """
CREATE OR REPLACE VIEW actors AS
SELECT code, country, actor_id, min(name) AS name, count(*) AS mentions,
       count(*) FILTER (WHERE role = 'source') AS as_source,
       count(*) FILTER (WHERE role = 'target') AS as_target,
       min(cluster_date) AS first_seen, max(cluster_date) AS last_seen
FROM (
    SELECT 'source' AS role, source_code AS code, source_country AS country,
           source_actor_id AS actor_id, source_name AS name, cluster_date
    FROM mentions WHERE source_code IS NOT NULL
    UNION ALL
    SELECT 'target', target_code, target_country, target_actor_id, target_name, cluster_date
    FROM mentions WHERE target_code IS NOT NULL
)
GROUP BY code, country, actor_id;
"""


def schema_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The version recorded in the file, or None for an empty file."""
    tables = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "meta" not in tables:
        return 1 if "events" in tables else None
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 1


def create(con: duckdb.DuckDBPyConnection) -> None:
    """Create every table and view of the current version (no-op for those that exist)."""
    con.execute(_TABLES)
    con.execute(_VIEWS)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])


def _v1_to_v2(con: duckdb.DuckDBPyConnection) -> None:
    """Rename ``events`` to ``mentions_v1`` and add the new tables; the store copies the rows."""
    con.execute("ALTER TABLE events RENAME TO mentions_v1")
    con.execute("ALTER TABLE documents ADD COLUMN IF NOT EXISTS n_sentences INTEGER")
    con.execute("ALTER TABLE quotes ADD COLUMN IF NOT EXISTS speaker_actor_id VARCHAR")
    con.execute(_TABLES)


#: from-version -> the step that moves a file to the next version (inside one transaction).
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {1: _v1_to_v2}
