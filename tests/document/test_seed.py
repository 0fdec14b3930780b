"""The seed article (../shared, skipped without it): dateline, dates, quotes and the meeting place.

Runs the document stage with the actors stage before the quotes (as in the full pipeline) but
without the events stage, so that it measures this stage's targets.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import dyadic.components  # noqa: F401  (registers the factories)
from dyadic.actors.mention import mention_at
from dyadic.document.dates import event_date
from dyadic.document.places import event_location
from dyadic.document.prepare import prepare
from dyadic.ingest.record import RawDocument
from dyadic.nlp import load_base

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seed_doc(seed_text: str) -> tuple[Doc, str]:
    nlp: Language = load_base()
    for name in ("dyadic_places", "dyadic_actors", "dyadic_quotes"):
        nlp.add_pipe(name)
    prepared = prepare(RawDocument("seed", seed_text))
    doc = nlp.make_doc(prepared.body)
    doc._.doc_id = "seed"
    doc._.pub_date = prepared.published
    doc._.offset = prepared.offset
    doc._.dateline = prepared.dateline
    return nlp(doc), seed_text


def test_seed_publication_date_and_dateline(seed_text: str) -> None:
    prepared = prepare(RawDocument("seed", seed_text))
    assert prepared.published is not None and prepared.published.isoformat() == "2021-06-16"
    assert prepared.dateline is not None and prepared.dateline.place == "Brussels"
    assert prepared.body.startswith("EU foreign policy chief Josep Borrell said Wednesday")


def _token(doc: Doc, word: str, sentence: int) -> object:
    sent = list(doc.sents)[sentence]
    return next(t for t in sent if t.text == word)


def test_seed_wednesday_and_next_week(seed_doc: tuple[Doc, str]) -> None:
    doc, _ = seed_doc
    sents = list(doc.sents)
    said = _token(doc, "said", 0)
    assert event_date(sents[0], said, doc._.pub_date, modality="asserted") == ("2021-06-16", "text")  # type: ignore[arg-type]
    debate = _token(doc, "debate", 4)
    date, basis = event_date(sents[4], debate, doc._.pub_date, modality="intended")  # type: ignore[arg-type]
    assert (date, basis) == ("2021-06-21", "text")  # the week of Monday 21 June


def test_seed_meeting_in_geneva(seed_doc: tuple[Doc, str]) -> None:
    doc, _ = seed_doc
    location = event_location(doc, _token(doc, "met", 0))  # type: ignore[arg-type]
    assert location is not None
    assert (location.name, location.country, location.geonameid) == ("Geneva", "CHE", 2660646)


def test_seed_borrell_direct_quotes(seed_doc: tuple[Doc, str]) -> None:
    """Six quoted spans are Borrell's; the two fragments of the "He said ... as he presented"
    sentence make one quote, so he has five direct quotes."""
    doc, text = seed_doc
    direct = [q for q in doc._.quotes if q.direct]
    borrell = [q for q in direct if q.speaker and "Borrell" in (q.speaker.name or q.speaker.text)]
    assert len(borrell) == 5
    assert sum(q.text.count(" … ") + 1 for q in borrell) == 6
    for quote in borrell:
        assert text[quote.span[0] : quote.span[1]].startswith(quote.text.split(" … ")[0])


@pytest.mark.parametrize(("subject", "count"), [("statement", 1), ("it", 2)])
def test_seed_eu_quotes_take_the_speaker_the_actors_stage_resolved(
    seed_doc: tuple[Doc, str], subject: str, count: int
) -> None:
    """'"...," a statement said' and '"...," it said / it argued' are the EU's: the quotes take
    the actor the actors stage resolved the subject to."""
    doc, _ = seed_doc
    found = 0
    for quote in (q for q in doc._.quotes if q.direct):
        start = quote.span[1] - doc._.offset
        after = doc.text[start : doc.text.find("\n", start)]
        if f" {subject} said" not in after and f" {subject} argued" not in after:
            continue
        token = next(t for t in doc if t.lower_ == subject and t.idx >= start)
        mention = mention_at(doc, token)
        assert mention is not None, f"the actors stage left {subject!r} unresolved"
        assert quote.speaker == mention.actor
        assert quote.speaker is not None and quote.speaker.code == "IGOEUREEC"
        found += 1
    assert found == count
