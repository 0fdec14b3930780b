"""Title Case headlines are parsed in sentence case and reported as written."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyadic.nlp.headlines import ORIGINAL_KEY, common_word, sentence_case
from tests.events.test_extract import country


def _code(nlp: Language, text: str, date: dt.date = dt.date(2024, 3, 1)):  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.pub_date = date
    doc._.doc_id = "headline"
    return nlp(doc)


def _triples(doc, *, target_sector: bool = False):  # type: ignore[no-untyped-def]
    """(source, root, target) of the events as ``test_extract.country`` names actors (an IGO
    by its code); with ``target_sector``, the last three letters of the target's code (its
    sector when it has no country: "ELI")."""
    return {
        (
            country(e.source),
            e.cameo_root,
            (e.target.code or "-")[-3:] if target_sector and e.target else country(e.target),
        )
        for e in doc._.events
    }


def _assert_base_parse(nlp: Language, text: str) -> None:
    """The pipeline keeps the base model's parse of ``text``."""
    parsed = nlp(text)
    base = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name in ("tok2vec", "tagger", "parser"):
            base = pipe(base)
    assert [(t.dep_, t.head.i) for t in parsed] == [(t.dep_, t.head.i) for t in base]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya Sends Police Officers To Haiti", "Kenya sends police officers to Haiti"),
        # a word the lemma tables lack is a name and keeps its capital
        ("Milei Meets Netanyahu in Jerusalem", "Milei meets Netanyahu in Jerusalem"),
        # a known name that is also an English word keeps it ("Turkey", "Jordan")
        ("Turkey Hosts Talks With Jordan", "Turkey hosts talks with Jordan"),
        # capitals are kept ("US", "EU")
        ("US And EU Agree On Steel Tariffs", "US and EU agree on steel tariffs"),
    ],
)
def test_title_case_lines_are_put_in_sentence_case(nlp: Language, text: str, expected: str) -> None:
    doc = nlp.tokenizer(text)
    assert doc.text == expected
    assert doc.user_data[ORIGINAL_KEY] == text


@pytest.mark.parametrize(
    "text",
    [
        # running text: some content word is in lower case
        "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.",
        # too few capitalised words to tell a headline
        "Biden Speaks",
        "",
    ],
)
def test_running_text_is_left_alone(nlp: Language, text: str) -> None:
    doc = nlp.tokenizer(text)
    assert doc.text == text
    assert ORIGINAL_KEY not in doc.user_data
    assert sentence_case(doc, lambda _: set()) is None


def test_only_the_headline_line_changes(nlp: Language) -> None:
    text = "Japan Protests Chinese Survey Ship\n\nTokyo lodged a protest on Monday."
    doc = nlp.tokenizer(text)
    assert doc.text == "Japan protests Chinese survey ship\n\nTokyo lodged a protest on Monday."
    assert len(doc.text) == len(text)


def test_common_words() -> None:
    assert common_word("expels")
    assert common_word("warplanes", frozenset({"warplane"}))  # a news word's plural
    assert common_word("drones")
    assert common_word("against")
    assert not common_word("zelensky")


def test_a_headline_is_coded_and_reported_as_written(nlp: Language) -> None:
    text = "Germany Expels Russian Diplomats Over Spying Case"
    doc = _code(nlp, text)
    (event,) = [e for e in doc._.events if e.cameo_root == "16"]
    assert event.source is not None and event.source.code == "DEU"
    assert event.target is not None and event.target.code == "RUSGOV"
    assert event.target.text == "Russian Diplomats"  # as written, not as parsed
    assert event.sentence == text
    start, end = event.evidence.trigger or (0, 0)
    assert text[start:end] == "Expels"


def test_people_in_a_headline_are_found(nlp: Language) -> None:
    doc = _code(nlp, "Zelensky Meets Biden at White House, Seeks More Aid")
    dyads = {(e.source.code, e.cameo_root, e.target.code) for e in doc._.events if e.target}
    assert ("UKRGOV", "04", "USAGOV") in dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads "expels" as a noun's modifier and the ambassador as the root
        ("Chad junta expels Sudanese ambassador", ("TCD", "16", "SDN")),
        # and "shells" or "lifts" as plural nouns in one long noun phrase
        ("Chad army shells Sudanese positions", ("TCD", "19", "SDN")),
        ("Chad lifts trade ban on Sudan", ("TCD", "08", "-")),
    ],
)
def test_a_headline_verb_read_as_a_noun_is_its_verb(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    doc = _code(nlp, text)
    found = _triples(doc)
    assert expected[:2] in {f[:2] for f in found}, found
    verbs = [t for t in doc if t.dep_ == "ROOT"]
    assert [t.pos_ for t in verbs] == ["VERB"]
    assert verbs[0].tag_ == "VBZ"  # written in the present, whatever the reparse read


@pytest.mark.parametrize(
    "text",
    [
        "Iran nuclear talks in Vienna",  # a noun phrase with no object after "talks"
        "The talks ended without a deal.",  # a verb at the root already
    ],
)
def test_a_sentence_with_no_headline_verb_keeps_its_parse(nlp: Language, text: str) -> None:
    _assert_base_parse(nlp, text)


def test_a_plain_present_after_a_plural_subject_is_the_verb(nlp: Language) -> None:
    """ "Japan, EU sign pact": two subjects take the plain present, which the parser reads as
    a noun; a headline's verb like any other, written in the present (VBP)."""
    doc = _code(nlp, "Canada, EU sign sweeping free trade pact in Brussels")
    assert ("CAN", "05") in {f[:2] for f in _triples(doc)}, _triples(doc)
    (verb,) = [t for t in doc if t.dep_ == "ROOT"]
    assert verb.pos_ == "VERB" and verb.tag_ == "VBP"


def test_a_plain_noun_in_running_text_is_no_verb(nlp: Language) -> None:
    # running text ends with a full stop: a plain form there is left as the parser read it
    _assert_base_parse(nlp, "Chile, Peru trade talks in Lima.")


def test_past_of_plain() -> None:
    from dyadic.nlp.headline_verbs import past_of_plain

    assert past_of_plain("sign") == ("sign", "signed")
    assert past_of_plain("swap") == ("swap", "swapped")
    assert past_of_plain("pact") is None


def test_past_of_present() -> None:
    from dyadic.nlp.headline_verbs import past_of_present

    assert past_of_present("expels") == ("expel", "expelled")
    assert past_of_present("shells") == ("shell", "shelled")
    assert past_of_present("ambassador") is None
    assert past_of_present("news") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads the verb as a reduced relative on the subject (its tagger: VBD)
        (
            "The EU foreign policy chief called on Serbia and Kosovo to resume talks.",
            ("IGOEUREEC", "02", "SRB"),
        ),
        # ... or tags it a participle (VBN) in running text
        (
            "The UN human rights chief called on Myanmar to free detained activists.",
            ("IGOUNO", "02", "MMR"),
        ),
    ],
)
def test_a_past_verb_read_as_its_subjects_modifier_is_the_verb(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    doc = _code(nlp, text)
    found = _triples(doc)
    assert expected in found, found
    (root,) = [t for t in doc if t.dep_ == "ROOT"]
    assert (root.text, root.pos_) == ("called", "VERB")
    assert [t.text for t in root.children if t.dep_ == "nsubj"] == ["chief"]


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers wounded in clashes with rebels.",  # a headline's passive: no article
        "The soldiers wounded in clashes with rebels",  # no full stop: a headline or caption
        "The draft resolution circulated by France.",  # a caption: the participle has an agent
        "The two aid workers kidnapped in northern Mali last year.",  # nothing only actives take
    ],
)
def test_a_participle_in_a_headline_keeps_its_parse(nlp: Language, text: str) -> None:
    _assert_base_parse(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser makes "ousted" a verb of its own and leaves "detained" without an object
        ("Guinean soldiers detained ousted President Alpha Conde.", ("GIN", "17", "ELI")),
        ("Gabon's junta did not free deposed President Ali Bongo.", ("GAB", "08", "ELI")),
        # ... or makes the first verb its auxiliary
        (
            "Bolivian police detained ousted President Jeanine Anez on Saturday after prosecutors"
            " charged her with terrorism.",
            ("BOL", "17", "ELI"),
        ),
    ],
)
def test_a_participle_before_a_title_describes_it(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    doc = _code(nlp, text)
    found = _triples(doc, target_sector=True)
    assert expected in found, found
    (participle,) = [t for t in doc if t.lower_ in ("ousted", "deposed")]
    assert participle.dep_ == "amod"


def test_a_verb_after_a_reporting_verb_keeps_its_parse(nlp: Language) -> None:
    _assert_base_parse(nlp, "Trump signed a pipeline deal that he said made Germany dependent.")


@pytest.mark.parametrize(
    "text",
    [
        "British Prime Minister Theresa May issued a stern warning to Moscow on Monday.",
        "Prime Minister Theresa May condemned Russia over the poisoning in Salisbury.",
    ],
)
def test_a_surname_read_as_a_modal_is_the_subject(nlp: Language, text: str) -> None:
    # the parser makes "May" the auxiliary of the verb after it, which is left without a subject
    doc = _code(nlp, text, dt.date(2018, 3, 14))
    (name,) = [t for t in doc if t.text == "May"]
    assert name.dep_ == "nsubj" and name.pos_ == "PROPN"
    assert ("GBR", "RUS") in {(country(e.source), country(e.target)) for e in doc._.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase after a comma restating the act is no second object of the verb
        (
            "Modi held talks with Xi Jinping in Kazan on Wednesday, their first formal meeting"
            " in five years.",
            ("IND", "04", "CHN"),
        ),
        (
            "Germany expelled two Iranian diplomats on Friday, its toughest step in years.",
            ("DEU", "16", "IRN"),
        ),
    ],
)
def test_a_phrase_restating_the_act_leaves_the_object(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    doc = _code(nlp, text)
    assert expected in _triples(doc), _triples(doc)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Obama demanded that Assad step aside.", "step"),
        ("The opposition insisted that the minister step down at once.", "step"),
    ],
)
def test_a_demands_plain_verb_is_read_as_a_verb(nlp: Language, text: str, verb: str) -> None:
    doc = _code(nlp, text)
    (word,) = [t for t in doc if t.text == verb]
    assert word.pos_ == "VERB" and word.tag_ == "VB" and word.dep_ == "ccomp"
    assert any(c.dep_ == "nsubj" for c in word.children)


def test_a_demanded_noun_stays_a_noun(nlp: Language) -> None:
    doc = _code(nlp, "The union demanded that pay rise by ten percent.")
    assert [t.pos_ for t in doc if t.text == "pay"] == ["NOUN"]
