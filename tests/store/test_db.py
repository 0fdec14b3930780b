"""Store: idempotent writes, rejects, runs, read-only access, time limits, migrations."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dyadic.errors import StoreError
from dyadic.model import Actor, Quote, Reject
from dyadic.store import DATA_TABLES, SCHEMA_VERSION, Store
from tests.store.factories import document, event


def snapshot(store: Store) -> dict[str, pd.DataFrame]:
    return {table: store.table_frame(table) for table in DATA_TABLES}


def assert_same_tables(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame]) -> None:
    assert left.keys() == right.keys()
    for table, frame in left.items():
        pd.testing.assert_frame_equal(frame, right[table], obj=table)


def corpus() -> list:
    quote = Quote(
        Actor("Borrell", "IGOEUREEC", None, (), "Josep Borrell"), "We will", True, (5, 12)
    )
    return [
        document(
            "a1",
            "2022-02-24",
            (event("RUSMIL", "UKR", "190", "2022-02-24"), event("UKRGOV", "RUS", "111", None)),
            quotes=(quote,),
        ),
        document("a2", "2022-02-25", (event("RUS", "UKRGOV", "193", "2022-02-25"),)),
        document("a3", "2022-03-01", (event("IGOEUREEC", "RUS", "163", "2022-02-28"),)),
        document("a4", None, (event("USAGOV", "RUSGOV", "040", None),)),
        document("a5", "2022-03-02"),
    ]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "test.duckdb") as opened:
        yield opened


def test_write_counts_every_table(store: Store) -> None:
    assert store.write(corpus()) == 5
    counts = store.counts()
    assert counts["documents"] == 5
    assert counts["mentions"] == 5
    assert counts["quotes"] == 1
    assert counts["sentences"] == 5
    # a1's fighting and a2's attack on the next day are one event; the rest stand alone
    assert counts["events"] == 4


def test_write_twice_changes_nothing(store: Store) -> None:
    store.write(corpus())
    before = snapshot(store)
    assert store.write(corpus()) == 0
    assert_same_tables(before, snapshot(store))


def test_write_in_any_batching_gives_same_tables(tmp_path: Path) -> None:
    with Store(tmp_path / "one.duckdb") as one, Store(tmp_path / "many.duckdb") as many:
        one.write(corpus())
        for doc in reversed(corpus()):
            many.write([doc])
        assert_same_tables(snapshot(one), snapshot(many))


def test_write_changed_text_replaces_document(store: Store) -> None:
    store.write(corpus())
    changed = document("a2", "2022-02-25", (event("RUS", "UKRGOV", "173", "2022-02-25"),))
    assert store.write([changed]) == 1
    mentions = store.mentions_frame()
    assert list(mentions.loc[mentions["doc_id"] == "a2", "cameo"]) == ["173"]
    assert store.counts()["documents"] == 5
    events = store.events_frame()
    # the fighting event no longer has a2 among its articles
    fighting = events[events["cameo_root"] == "19"]
    assert list(fighting["num_articles"]) == [1]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"date": "2022-13-45"}, "not a YYYY-MM-DD date"),
        ({"goldstein": float("nan")}, "goldstein"),
        ({"confidence": "high"}, "confidence"),
        ({"cameo": ""}, "no CAMEO code"),
    ],
)
def test_write_bad_document_goes_to_rejects_rest_of_batch_stored(
    store: Store, change: dict[str, object], reason: str
) -> None:
    bad_event = dataclasses.replace(event("RUS", "UKR", "190", "2022-02-24"), **change)
    bad = document("bad", "2022-02-24", (bad_event,))
    written = store.write([*corpus(), bad])
    assert written == 5
    rejects = store.rejects_frame()
    assert list(rejects["doc_id"]) == ["bad"]
    assert list(rejects["stage"]) == ["store"]
    assert reason in rejects["reason"].iloc[0]


def test_write_bad_publication_date_is_rejected(store: Store) -> None:
    assert store.write([document("bad", "24 February")]) == 0
    assert store.rejects_frame()["doc_id"].tolist() == ["bad"]


def test_write_rejects_idempotent(store: Store) -> None:
    reject = Reject("in.jsonl", 3, "no text", "ingest", "x")
    store.write_rejects([reject, reject])
    store.write_rejects([reject])
    assert store.counts()["rejects"] == 1
    assert store.known_documents(["x", "a1"]) == {"x"}


def test_stored_hashes_match_document_hash(store: Store) -> None:
    docs = corpus()
    store.write(docs)
    assert store.stored_hashes(["a1", "zz"]) == {"a1": docs[0].content_hash}


def test_runs_record_start_end_and_interrupted(store: Store) -> None:
    first = store.start_run(["in.jsonl"], options={"format": "auto"})
    second = store.start_run(["in.jsonl"])  # the first never finished: it was killed
    store.finish_run(second, counts={"documents_in": 4, "coded": 3, "rejected": 1})
    runs = store.runs_frame().set_index("run_id")
    assert runs.loc[first, "status"] == "interrupted"
    assert runs.loc[second, "status"] == "finished"
    assert runs.loc[second, "coded"] == 3
    assert runs.loc[second, "schema_version"] == SCHEMA_VERSION


def test_actors_view_counts_roles(store: Store) -> None:
    store.write(corpus())
    actors = store.actors_frame().set_index("code")
    assert actors.loc["RUS", "as_target"] == 2  # from UKRGOV and from the EU
    assert actors.loc["RUSMIL", "as_source"] == 1


def test_read_only_store_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "ro.duckdb"
    with Store(path) as store:
        store.write(corpus())
    with Store(path, read_only=True) as store:
        assert store.counts()["documents"] == 5
        with pytest.raises(StoreError, match="read-only"):
            store.write(corpus())


@pytest.mark.parametrize("read_only", [True])
def test_read_only_missing_file_is_clear_error(tmp_path: Path, read_only: bool) -> None:
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "missing.duckdb", read_only=read_only)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    with Store(path) as store:
        store.con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_time_limit_interrupts_long_query(tmp_path: Path) -> None:
    with Store(tmp_path / "t.duckdb", time_limit=0.05) as store:
        with pytest.raises(StoreError, match="time limit"):
            store._df("SELECT count(*) FROM range(100000000000) a")
        assert store.counts()["documents"] == 0  # the connection still works


@pytest.mark.parametrize("limit", [0, 2])
def test_listing_caps_rows(store: Store, limit: int) -> None:
    store.write(corpus())
    assert len(store.mentions_frame(limit=limit)) == limit
    assert len(store.events_frame(limit=limit)) == limit


def test_table_frame_orders_by_the_primary_key_by_default(store: Store) -> None:
    store.write(list(reversed(corpus())))
    documents = store.table_frame("documents")["doc_id"].tolist()
    sentences = store.table_frame("sentences")[["doc_id", "sentence_index"]]
    assert documents == sorted(documents) and len(documents) > 1
    assert list(sentences.itertuples(index=False, name=None)) == sorted(
        sentences.itertuples(index=False, name=None)
    )


def test_table_frame_unknown_table_is_error(store: Store) -> None:
    with pytest.raises(StoreError, match="no table"):
        store.table_frame("events; DROP TABLE events")


# The skeleton's schema (version 1), to check that old files are migrated.
V1_SCHEMA = """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
INSERT INTO meta VALUES ('schema_version', '1');
CREATE TABLE documents (doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR,
    source VARCHAR, url VARCHAR, published DATE, dateline_place VARCHAR, dateline_date DATE,
    n_events INTEGER, n_quotes INTEGER, text VARCHAR);
CREATE TABLE events (event_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, sentence_index INTEGER,
    sentence VARCHAR, source_text VARCHAR, source_code VARCHAR, source_country VARCHAR,
    source_sectors VARCHAR[], source_name VARCHAR, source_actor_id VARCHAR, target_text VARCHAR,
    target_code VARCHAR, target_country VARCHAR, target_sectors VARCHAR[], target_name VARCHAR,
    target_actor_id VARCHAR, cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, goldstein DOUBLE,
    quad_class INTEGER, plover_type VARCHAR, plover_mode VARCHAR, modality VARCHAR, date DATE,
    date_basis VARCHAR, location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    geonameid BIGINT, confidence DOUBLE, rule VARCHAR, evidence JSON, mentions INTEGER[]);
CREATE TABLE quotes (quote_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, speaker_code VARCHAR,
    speaker_name VARCHAR, text VARCHAR, direct BOOLEAN, span_start INTEGER, span_end INTEGER,
    sentence_index INTEGER, event_ids VARCHAR[]);
CREATE TABLE rejects (reject_id VARCHAR PRIMARY KEY, input VARCHAR, position INTEGER,
    reason VARCHAR, stage VARCHAR, doc_id VARCHAR);
INSERT INTO documents VALUES ('d1', 'h', 'T', 'Wire', NULL, '2022-02-24', NULL, NULL, 2, 0, 'x');
INSERT INTO events VALUES
  ('e1', 'd1', 0, 'Russia attacked Ukraine.', 'Russia', 'RUS', 'RUS', [], NULL, NULL, 'Ukraine',
   'UKR', 'UKR', [], NULL, NULL, '190', '19', -10.0, 4, 'ASSAULT', NULL, 'asserted', '2022-02-24',
   'publication', NULL, NULL, NULL, NULL, NULL, 0.9, 'r', '{"rule": "r"}', []),
  ('e2', 'd1', 1, 'Russian troops fought.', 'Russian troops', 'RUSMIL', 'RUS', ['MIL'], NULL, NULL,
   'Ukraine', 'UKR', 'UKR', [], NULL, NULL, '193', '19', -10.0, 4, 'ASSAULT', NULL, 'asserted',
   '2022-02-24', 'publication', NULL, NULL, NULL, NULL, NULL, 0.7, 'r', '{"rule": "r"}', [0]);
"""


def test_migration_from_v1_keeps_mentions_and_builds_events(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    con.execute(V1_SCHEMA)
    con.close()
    with pytest.raises(StoreError, match="migrate"):
        Store(path, read_only=True)
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        counts = store.counts()
        assert counts["mentions"] == 2
        assert counts["events"] == 1
        assert store.events_frame()["num_mentions"].tolist() == [2]
        assert "mentions_v1" not in set(store.con.execute("SHOW TABLES").df()["name"])
    with Store(path, read_only=True) as store:
        assert store.counts()["documents"] == 1
