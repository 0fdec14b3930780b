"""A small store of hand-built documents: a dyad that cooperates, then collapses in 2022."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadic.model import Document, Location
from dyadic.store import Store
from tests.store.factories import document, event

GENEVA = Location("Geneva", "CHE", 46.2, 6.15, 2660646)


def build_documents() -> list[Document]:
    """Monthly RUS-UKR talks through 2021, an attack in February 2022, EU acts towards Russia."""
    docs: list[Document] = []
    for month in range(1, 13):
        day = f"2021-{month:02d}-10"
        docs.append(
            document(
                f"talks-{month:02d}",
                day,
                (
                    event("RUSGOV", "UKRGOV", "040", day, location=GENEVA),
                    event("UKRGOV", "RUSGOV", "040", day, sentence_index=1),
                ),
                source="Wire A",
            )
        )
        docs.append(document(f"other-{month:02d}", day, source="Wire B"))  # no events
    docs.append(
        document(
            "invasion",
            "2022-02-24",
            (
                event("RUSMIL", "UKR", "190", "2022-02-24"),
                event("UKRGOV", "RUS", "111", "2022-02-24", sentence_index=1),
                event("IGOEUREEC", "RUS", "163", "2022-02-24", sentence_index=2),
                event("IGOEUREEC", "RUS", "111", "2022-02-24", sentence_index=3),
            ),
            source="Wire A",
        )
    )
    docs.append(
        document(
            "invasion-b",
            "2022-02-25",
            (
                event("RUS", "UKRGOV", "193", "2022-02-25"),  # same attack, another article
                event("RUS", "UKR", "190", "2022-02-25", modality="negated", sentence_index=1),
            ),
            source="Wire B",
        )
    )
    docs.append(
        document(
            "eu-talks",
            "2021-06-16",
            (
                event("IGOEUREEC", "RUS", "036", "2021-06-16", modality="intended"),
                event("IGOEUREEC", "UKR", "071", "2021-06-16", sentence_index=1),
                event("USAGOV", "RUSGOV", "044", "2021-06-16", sentence_index=2),
            ),
            source="Wire A",
        )
    )
    docs.append(document("undated", None, (event("RUS", "UKR", "111", None),)))
    return docs


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("aggregate") / "events.duckdb"
    with Store(path) as store:
        store.write(build_documents())
    return path
