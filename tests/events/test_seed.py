"""The seed article (DESIGN.md section 5): the events a careful coder extracts, and the must-nots.

Reads ../shared (skipped without it); no text of the article is kept in the repository.
"""

from __future__ import annotations

import pytest

import dyadic
from dyadic.model import Document, Event

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seed(seed_text: str) -> Document:
    return dyadic.code_text(seed_text, doc_id="seed")


def find(doc: Document, source: str, roots: tuple[str, ...], target: str) -> list[Event]:
    """Events from ``source`` to ``target`` (codes, or country prefixes) with one of ``roots``."""

    def matches(actor: dyadic.Actor | None, wanted: str) -> bool:
        return actor is not None and bool(actor.code) and actor.code.startswith(wanted)

    return [
        e
        for e in doc.events
        if e.cameo_root in roots and matches(e.source, source) and matches(e.target, target)
    ]


def test_seed_dateline_and_publication_date(seed: Document) -> None:
    assert seed.published == "2021-06-16"
    assert seed.dateline is not None
    assert seed.dateline.place == "Brussels"


def test_row1_biden_putin_meeting(seed: Document) -> None:
    meetings = find(seed, "USAGOV", ("04",), "RUSGOV") + find(seed, "RUSGOV", ("04",), "USAGOV")
    assert meetings
    # the first sentence and the "sat down with Putin" sentence report one meeting
    assert any(e.mentions for e in meetings)


def test_row2_pessimism_about_relations(seed: Document) -> None:
    assert find(seed, "IGOEUREEC", ("01",), "RUS")


def test_row3_eu_sanctions_reported_past(seed: Document) -> None:
    sanctions = find(seed, "IGOEUREEC", ("16",), "RUS")
    assert sanctions
    assert {e.modality for e in sanctions} == {"reported_past"}


def test_row6_red_lines_intended(seed: Document) -> None:
    red_lines = find(seed, "USAGOV", ("10", "13"), "RUSGOV")
    assert red_lines
    assert "intended" in {e.modality for e in red_lines}


def test_row7_confront_russia(seed: Document) -> None:
    assert find(seed, "IGOEUREEC", ("11",), "RUS")


def test_row8_work_together_intended(seed: Document) -> None:
    engage = find(seed, "IGOEUREEC", ("03",), "RUS")
    assert engage
    assert "intended" in {e.modality for e in engage}


def test_row4_navalny_arrest_nominal_reported_past(seed: Document) -> None:
    arrests = find(seed, "RUSGOV", ("17",), "RUSOPP")
    assert arrests
    assert {e.modality for e in arrests} == {"reported_past"}


def test_row5_russia_hits_back_at_eu_officials(seed: Document) -> None:
    responses = find(seed, "RUSGOV", ("16", "17"), "IGOEUREEC")
    assert responses
    assert "reported_past" in {e.modality for e in responses}


def test_row9_support_to_russian_civil_society(seed: Document) -> None:
    support = find(seed, "IGOEUREEC", ("03",), "RUSCVL")
    assert support
    assert "intended" in {e.modality for e in support}


def test_row10_biden_meetings_with_eu_and_nato(seed: Document) -> None:
    assert find(seed, "USAGOV", ("04",), "IGOEUREEC")
    assert find(seed, "USAGOV", ("04",), "IGOWSTNAT")


def test_meeting_located_in_geneva(seed: Document) -> None:
    meetings = find(seed, "USAGOV", ("04",), "RUSGOV")
    assert any(e.location and e.location.country == "CHE" for e in meetings)


def test_must_nots(seed: Document) -> None:
    for event in seed.events:
        for actor in (event.source, event.target):
            if actor is None or not actor.code:
                continue
            assert not actor.code.startswith("BEL"), (event.sentence, actor)
            assert not actor.code.startswith("CHE"), (event.sentence, actor)
            if actor.name == "Joe Biden":
                assert actor.code == "USAGOV"
        if event.source and event.source.code == "IGOEUREEC" and event.target:
            assert not (event.target.code or "").startswith("UKR"), event.sentence
