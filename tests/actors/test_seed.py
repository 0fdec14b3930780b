"""The seed article (EU strategy on Russia, 2021-06-16): every actor coded as a careful coder would.

Skips without ../shared (the article text is never copied into the repository).
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyadic.actors import ActorMention
from dyadic.document.prepare import prepare
from dyadic.ingest.record import RawDocument

pytestmark = pytest.mark.shared


def _doc(nlp: Language, text: str, day: dt.date | None) -> Doc:
    prepared = prepare(RawDocument(doc_id="seed", text=text))
    doc = nlp.make_doc(prepared.body)
    doc._.pub_date = day or prepared.published
    return nlp(doc)


@pytest.fixture(scope="module")
def seed_doc(actors_nlp: Language, seed_text: str) -> Doc:
    doc = _doc(actors_nlp, seed_text, None)
    assert doc._.pub_date == dt.date(2021, 6, 16), "the dateline gives the publication date"
    return doc


def _headed(doc: Doc, word: str) -> list[list[ActorMention]]:
    """For each occurrence of ``word`` that is not a modifier inside another mention ("Russia" in
    "the leaders of Russia", "Kremlin" in "Kremlin critic Alexei Navalny"), the mentions it
    heads."""
    out = []
    for token in doc:
        if token.text != word:
            continue
        headed = [m for m in doc._.actor_mentions if m.head == token.i]
        inside = [
            m for m in doc._.actor_mentions if m.start <= token.i < m.end and m.head != token.i
        ]
        if headed or not inside:
            out.append(headed)
    return out


def _codes(doc: Doc, word: str) -> list[list[str | None]]:
    return [sorted(m.actor.code for m in group) for group in _headed(doc, word)]


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Borrell", "IGOEUREEC"),
        ("bloc", "IGOEUREEC"),
        ("EU", None),  # checked below: every EU mention is the EU
        ("Russia", "RUS"),
        ("Moscow", "RUSGOV"),
        ("Kremlin", "RUSGOV"),
        ("authorities", "RUSGOV"),
        ("government", "RUSGOV"),
        ("Putin", "RUSGOV"),
        ("Biden", "USAGOV"),
        ("Navalny", "RUSOPP"),
        ("partners", "IGOEUREEC"),
        ("allies", "IGOWSTNAT"),
        ("union", "IGOEUREEC"),
        ("counterpart", "RUSGOV"),
        ("statement", "IGOEUREEC"),
    ],
)
def test_seed_every_occurrence_is_coded(seed_doc: Doc, word: str, code: str | None) -> None:
    groups = _codes(seed_doc, word)
    assert groups, f"{word} not found"
    for codes in groups:
        if code is None:
            assert all(c == "IGOEUREEC" for c in codes)
        else:
            assert codes == [code], f"{word}: {groups}"


def test_seed_leaders_of_russia_and_the_us_are_two_mentions_headed_by_leaders(
    seed_doc: Doc,
) -> None:
    first, eu_leaders = _headed(seed_doc, "leaders")
    assert sorted(m.actor.code for m in first) == ["RUSGOV", "USAGOV"]
    assert len({(m.start, m.end, m.head) for m in first}) == 1
    assert [m.actor.code for m in eu_leaders] == ["IGOEUREEC"]


def test_seed_brussels_is_the_eu_never_belgium(seed_doc: Doc) -> None:
    assert not [m for m in seed_doc._.actor_mentions if (m.actor.country or "") == "BEL"]
    approach = [m for m in seed_doc._.actor_mentions if m.actor.text == "Brussels"]
    assert approach and {m.actor.code for m in approach} == {"IGOEUREEC"}
    officials = [m for m in seed_doc._.actor_mentions if m.actor.text == "officials in Brussels"]
    assert [m.actor.code for m in officials] == ["IGOEUREEC"]


def test_seed_switzerland_and_geneva_are_only_places(seed_doc: Doc) -> None:
    for mention in seed_doc._.actor_mentions:
        head = seed_doc[mention.head]
        if head.text in {"Switzerland", "Geneva"}:
            assert mention.kind == "country" and head.dep_ == "pobj" and head.head.lower_ == "in"


def test_seed_people_carry_names_and_kb_ids(seed_doc: Doc) -> None:
    borrell = _headed(seed_doc, "Borrell")[0][0]
    assert (borrell.actor.name, borrell.actor.actor_id, borrell.kind) == (
        "Josep Borrell",
        "igo-josep-borrell",
        "person",
    )
    assert borrell.actor.text == "EU foreign policy chief Josep Borrell"
    biden = _headed(seed_doc, "Biden")[0][0]
    assert (biden.actor.name, biden.actor.actor_id) == ("Joe Biden", "usa-joe-biden")
    navalny = _headed(seed_doc, "Navalny")[0][0]
    assert (navalny.actor.name, navalny.actor.actor_id) == ("Alexei Navalny", "rus-alexei-navalny")


def test_seed_he_is_borrell_and_it_is_the_eu(seed_doc: Doc) -> None:
    for word in ("He", "he"):
        for group in _headed(seed_doc, word):
            assert [(m.kind, m.actor.name) for m in group] == [("pronoun", "Josep Borrell")]
    its = [g for g in _headed(seed_doc, "it") if g]
    assert len(its) >= 3 and all([m.actor.code for m in g] == ["IGOEUREEC"] for g in its)


def test_seed_counterpart_points_back_to_putin(seed_doc: Doc) -> None:
    (counterpart,) = _headed(seed_doc, "counterpart")[0]
    assert counterpart.kind == "description" and counterpart.antecedent is not None
    start, end = counterpart.antecedent
    assert "Putin" in seed_doc[start:end].text


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (dt.date(2019, 6, 16), "USAELI"),
        (dt.date(2025, 6, 16), "USAELI"),
        (dt.date(2012, 6, 16), "USAGOV"),
    ],
)
def test_seed_biden_code_follows_the_article_date(
    actors_nlp: Language, seed_text: str, day: dt.date, code: str
) -> None:
    doc = _doc(actors_nlp, seed_text, day)
    assert {c for group in _codes(doc, "Biden") for c in group} == {code}
