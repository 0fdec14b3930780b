"""Quotes: direct and indirect quotations, grouped and attributed through actor mentions."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyadic.actors.mention import ActorMention
from dyadic.document.quotes import QuotesComponent, find_quotes, quote_segments
from dyadic.model import Actor

BORRELL = Actor(text="Borrell", code="IGOEUREEC", name="Josep Borrell", actor_id="kb:borrell")
EU = Actor(text="the EU", code="IGOEUREEC", name="European Union", actor_id="kb:eu")


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "yes" and "no".', ["yes", "no"]),
        ("He said “yes” and “no”.", ["yes", "no"]),
        ('"We believe," he said, "that it works."', ["We believe,", "that it works."]),
        ('A 6" pipe', []),  # a stray mark closes nothing
        ('"First paragraph of a long quote.\n\n"Second paragraph," he said.',
         ["First paragraph of a long quote.", "Second paragraph,"]),
        ("It’s the minister’s “plan”.", ["plan"]),  # apostrophes are not quotes
    ],
)  # fmt: skip
def test_quote_segments(text: str, quoted: list[str]) -> None:
    assert [text[s.start : s.end] for s in quote_segments(text)] == quoted


def test_quote_running_over_paragraphs_is_one_quotation() -> None:
    text = '"First paragraph of a long quote.\n\n"Second paragraph," he said.'
    first, second = quote_segments(text)
    assert not first.continues and second.continues


def _doc(doc_nlp: Language, text: str, mentions: dict[str, Actor]) -> Doc:
    """Parse ``text`` and set actor mentions by hand (word -> actor), as the actors stage would."""
    doc = doc_nlp(text)
    built = []
    for token in doc:
        actor = mentions.get(token.text)
        if actor is not None:
            kind = "pronoun" if token.tag_ == "PRP" or token.lower_ == "statement" else "person"
            built.append(ActorMention(token.i, token.i + 1, token.i, actor, kind))
    doc._.actor_mentions = built
    return doc


def test_direct_quote_attributed_after(doc_nlp: Language) -> None:
    doc = _doc(doc_nlp, '"We will push back against Moscow," Borrell said.', {"Borrell": BORRELL})
    (quote,) = [q for q in find_quotes(doc) if q.direct]
    assert quote.text == "We will push back against Moscow"
    assert quote.speaker == BORRELL
    assert quote.sentence_index == 0
    assert doc.text[quote.span[0] : quote.span[1]].startswith("We will push back")


def test_direct_quote_attributed_before_with_curly_quotes(doc_nlp: Language) -> None:
    doc = _doc(
        doc_nlp, "Borrell told reporters: “The bloc must be realistic.”", {"Borrell": BORRELL}
    )
    (quote,) = [q for q in find_quotes(doc) if q.direct]
    assert quote.speaker == BORRELL
    assert quote.text == "The bloc must be realistic."


def test_split_quote_is_one_quotation(doc_nlp: Language) -> None:
    text = '"We believe," Borrell said, "that the partnership is a distant prospect."'
    doc = _doc(doc_nlp, text, {"Borrell": BORRELL})
    (quote,) = [q for q in find_quotes(doc) if q.direct]
    assert quote.text == "We believe that the partnership is a distant prospect."
    assert quote.speaker == BORRELL


def test_pronoun_and_statement_speakers_come_from_actor_mentions(doc_nlp: Language) -> None:
    text = (
        'The EU published a report. "The EU will respond to hybrid threats," a statement said. '
        '"It will support civil society," it said.'
    )
    doc = _doc(doc_nlp, text, {"EU": EU, "statement": EU, "it": EU})
    quotes = [q for q in find_quotes(doc) if q.direct]
    assert [q.speaker for q in quotes] == [EU, EU]


def test_unattributed_follow_on_quote_takes_the_previous_speaker(doc_nlp: Language) -> None:
    text = (
        '"The bloc needs to be realistic," Borrell said.\n\n'
        '"A renewed partnership is a distant prospect for now."'
    )
    doc = _doc(doc_nlp, text, {"Borrell": BORRELL})
    quotes = [q for q in find_quotes(doc) if q.direct]
    assert [q.speaker for q in quotes] == [BORRELL, BORRELL]
    assert quotes[1].sentence_index == 1


def test_fragments_in_one_sentence_by_one_speaker_are_grouped(doc_nlp: Language) -> None:
    text = 'Borrell said the bloc must "push back" and build a "more predictable relationship".'
    doc = _doc(doc_nlp, text, {"Borrell": BORRELL})
    (quote,) = [q for q in find_quotes(doc) if q.direct]
    assert quote.text == "push back … more predictable relationship"
    assert doc.text[quote.span[0] : quote.span[1]].startswith("push back")
    assert doc.text[quote.span[0] : quote.span[1]].endswith("relationship")


def test_scare_quotes_are_not_quotations(doc_nlp: Language) -> None:
    doc = _doc(doc_nlp, 'The so-called "special operation" continued for months.', {})
    assert [q for q in find_quotes(doc) if q.direct] == []


def test_indirect_speech(doc_nlp: Language) -> None:
    doc = _doc(
        doc_nlp,
        "Borrell said the bloc needs to confront Moscow over human rights.",
        {"Borrell": BORRELL},
    )
    (quote,) = find_quotes(doc)
    assert not quote.direct
    assert quote.speaker == BORRELL
    assert quote.text == "the bloc needs to confront Moscow over human rights"


def test_no_indirect_quote_for_a_negated_verb(doc_nlp: Language) -> None:
    doc = _doc(doc_nlp, "Borrell did not say the bloc would act.", {"Borrell": BORRELL})
    assert find_quotes(doc) == []


def test_unresolved_pronoun_names_nobody(doc_nlp: Language) -> None:
    doc = _doc(doc_nlp, '"We will act against this decision," he said.', {})
    (quote,) = [q for q in find_quotes(doc) if q.direct]
    assert quote.speaker is None


def test_spans_are_offsets_into_the_original_text(doc_nlp: Language) -> None:
    original = 'GENEVA (AP) — "We will meet again," Borrell said.'
    body_start = original.index('"')
    doc = doc_nlp.make_doc(original[body_start:])
    doc._.offset = body_start
    doc = doc_nlp(doc)
    doc._.actor_mentions = []
    (quote,) = [q for q in find_quotes(doc) if q.direct]
    assert original[quote.span[0] : quote.span[1]] == "We will meet again,"


def test_quotes_component_survives_a_bad_doc(doc_nlp: Language) -> None:
    doc = doc_nlp('"Yes," he said.')
    doc._.errors = None
    doc._.actor_mentions = ["not a mention"]  # a broken attribute: the component must not raise
    QuotesComponent(doc_nlp)(doc)
    assert doc._.quotes == []
    assert doc._.errors and doc._.errors[0][0] == "quotes"
