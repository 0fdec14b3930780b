"""Tokens and lemmas as the lexicon reads them."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyadic.events.syntax import agents, direct_objects, lemma, partitive_whole, with_conjuncts
from dyadic.nlp.coordination import listed_modifier


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Both sides agreed to a cease-fire, officials said.", "cease-fire", "ceasefire"),
        ("The Cease-fire held overnight.", "Cease-fire", "ceasefire"),
        ("Workers staged sit-ins at three plants.", "sit-ins", "sit-in"),
        ("The army began a counter-offensive.", "counter-offensive", "counteroffensive"),
    ],
)
def test_hyphenated_word_is_one_token_with_its_closed_lemma(
    nlp: Language, text: str, word: str, expected: str
) -> None:
    doc = nlp(text)
    tokens = [t for t in doc if t.text == word]
    assert len(tokens) == 1, [t.text for t in doc]
    assert lemma(tokens[0]) == expected


def test_other_hyphenated_words_are_split_as_before(nlp: Language) -> None:
    doc = nlp("A well-known Russia-backed group attacked.")
    assert "well-known" not in [t.text for t in doc]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # spaCy's suffix rules: "stag", "wag", "hop", "cordone"; a past tagged as present
        ("The army staged drills near the border.", "staged", "stage"),
        ("Rebels are waging war on the government.", "waging", "wage"),
        ("The minister hoped for talks.", "hoped", "hope"),
        ("Police cordoned off the square.", "cordoned", "cordon"),
        ("Boko Haram jihadists overran a military base.", "overran", "overrun"),
        # a lemma that can produce the form stays: "lay" is a form of "lie" too
        ("The rebels will lay down their arms.", "lay", "lay"),
        ("The troops left the city.", "left", "leave"),
    ],
)
def test_verb_lemmas_the_base_model_misreads_are_mended(
    nlp: Language, text: str, word: str, expected: str
) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert lemma(token) == expected


def test_lexicon_verbs_reached_through_mended_lemmas(nlp: Language) -> None:
    doc = nlp("Boko Haram jihadists overran a military base in northeast Nigeria.")
    assert [e.cameo for e in doc._.events][:1] == ["192"]


#: Parses spaCy gives, written out token by token: (text, heads, deps, pos, tags).
MISPARSES = {
    # "recognised" (VBD) is the subject and "Government" its object
    "participle as subject": (
        "the internationally recognised Government announced a truce",
        [2, 2, 4, 2, 4, 6, 4],
        ["det", "advmod", "nsubj", "dobj", "ROOT", "det", "dobj"],
        ["DET", "ADV", "VERB", "PROPN", "VERB", "DET", "NOUN"],
        ["DT", "RB", "VBD", "NNP", "VBD", "DT", "NN"],
    ),
    # subject and adverb depend on the auxiliary "have", not on "opposed"
    "subject on the auxiliary": (
        "Britain and France however have opposed the plan",
        [4, 0, 0, 4, 5, 5, 7, 5],
        ["nsubj", "cc", "conj", "advmod", "aux", "ROOT", "det", "dobj"],
        ["PROPN", "CCONJ", "PROPN", "ADV", "AUX", "VERB", "DET", "NOUN"],
        ["NNP", "CC", "NNP", "RB", "VBP", "VBN", "DT", "NN"],
    ),
    # "sentenced" joined to the gerund of the charge ("guilty of plotting"), not to "found"
    "past tense joined to a charge": (
        "The court found Smith guilty of plotting a coup and sentenced him",
        [1, 2, 2, 2, 3, 4, 5, 8, 6, 6, 6, 10],
        [
            "det",
            "nsubj",
            "ROOT",
            "dobj",
            "amod",
            "prep",
            "pcomp",
            "det",
            "dobj",
            "cc",
            "conj",
            "dobj",
        ],
        [
            "DET",
            "NOUN",
            "VERB",
            "PROPN",
            "ADJ",
            "ADP",
            "VERB",
            "DET",
            "NOUN",
            "CCONJ",
            "VERB",
            "PRON",
        ],
        ["DT", "NN", "VBD", "NNP", "JJ", "IN", "VBG", "DT", "NN", "CC", "VBD", "PRP"],
    ),
    # the verdict read as an adjective on the object
    "verdict on the object": (
        "The court found Smith guilty of fraud",
        [1, 2, 2, 2, 3, 4, 5],
        ["det", "nsubj", "ROOT", "dobj", "amod", "prep", "pobj"],
        ["DET", "NOUN", "VERB", "PROPN", "ADJ", "ADP", "NOUN"],
        ["DT", "NN", "VBD", "NNP", "JJ", "IN", "NN"],
    ),
    # "home" read as an adverb after a place name taken for the object
    "home as an adverb": (
        "Troops demolished the Jerusalem home of a gunman",
        [1, 1, 3, 1, 1, 4, 7, 5],
        ["nsubj", "ROOT", "det", "dobj", "advmod", "prep", "det", "pobj"],
        ["NOUN", "VERB", "DET", "PROPN", "ADV", "ADP", "DET", "NOUN"],
        ["NNS", "VBD", "DT", "NNP", "RB", "IN", "DT", "NN"],
    ),
    # "people hostage" read as a small clause
    "hostage as a clause": (
        "Gunmen were holding 700 people hostage",
        [2, 2, 2, 4, 5, 2],
        ["nsubj", "aux", "ROOT", "nummod", "nsubj", "ccomp"],
        ["NOUN", "AUX", "VERB", "NUM", "NOUN", "NOUN"],
        ["NNS", "VBD", "VBG", "CD", "NNS", "NN"],
    ),
    # "rejects" is tagged a plural noun, with the subject still its child
    "verb tagged a noun": (
        "The government rejects and condemns the decision",
        [1, 2, 2, 2, 2, 6, 4],
        ["det", "nsubj", "ROOT", "cc", "conj", "det", "dobj"],
        ["DET", "NOUN", "NOUN", "CCONJ", "VERB", "DET", "NOUN"],
        ["DT", "NN", "NNS", "CC", "VBZ", "DT", "NN"],
    ),
}


@pytest.mark.parametrize(
    ("parse", "verb", "expected"),
    [
        ("participle as subject", "announced", ["Government"]),
        ("subject on the auxiliary", "opposed", ["Britain", "France"]),
        ("verb tagged a noun", "condemns", ["government"]),
        ("past tense joined to a charge", "sentenced", ["court"]),
    ],
)
def test_agents_through_misparses(
    nlp: Language, parse: str, verb: str, expected: list[str]
) -> None:
    doc = _misparsed(nlp, parse)
    assert [t.text for t in agents(next(t for t in doc if t.text == verb))] == expected


@pytest.mark.parametrize(
    ("parse", "verb", "expected"),
    [
        ("verdict on the object", "found", ["Smith", "guilty"]),
        ("home as an adverb", "demolished", ["Jerusalem", "home"]),
        ("hostage as a clause", "holding", ["people", "hostage"]),
    ],
)
def test_objects_through_misparses(
    nlp: Language, parse: str, verb: str, expected: list[str]
) -> None:
    doc = _misparsed(nlp, parse)
    assert [t.text for t in direct_objects(next(t for t in doc if t.text == verb))] == expected


def _misparsed(nlp: Language, parse: str) -> Doc:
    """The doc of one of the MISPARSES, with the lemmas the lexicon reads."""
    text, heads, deps, pos, tags = MISPARSES[parse]
    words = text.split()
    lemmas = [{"found": "find", "holding": "hold"}.get(w, w.lower()) for w in words]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def _misparsed_pair(nlp: Language) -> Doc:
    """ "President Ana Diaz and President Li Wei met": the reading the English model gives some
    such pairs, the first name a modifier ("nmod") of the second, its "and President" hung on
    it."""
    words = ["President", "Ana", "Diaz", "and", "President", "Li", "Wei", "met", "."]
    heads = [2, 2, 6, 2, 2, 6, 7, 7, 7]
    deps = ["compound", "compound", "nmod", "cc", "conj", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PROPN"] * 7 + ["VERB", "PUNCT"]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_a_name_misread_as_modifier_of_the_next_is_coordinated_with_it(nlp: Language) -> None:
    doc = _misparsed_pair(nlp)
    assert [t.text for t in with_conjuncts(doc[6])] == ["Wei", "Diaz"]
    assert listed_modifier(doc[2])
    assert not listed_modifier(doc[1])  # "Ana" is part of her own name


def test_a_name_modifier_with_no_list_stays_a_modifier(nlp: Language) -> None:
    words = ["the", "Li", "Wei", "government", "met", "."]
    heads = [3, 2, 3, 4, 4, 4]
    deps = ["det", "compound", "nmod", "nsubj", "ROOT", "punct"]
    pos = ["DET", "PROPN", "PROPN", "NOUN", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert not listed_modifier(doc[2])
    assert [t.text for t in with_conjuncts(doc[3])] == ["government"]


def test_a_participle_read_as_the_subject_gives_its_own_subject(nlp: Language) -> None:
    """ "ASEAN leaders meeting in Jakarta urged ...": the parser makes "meeting" the subject of
    "urged" and "leaders" the subject of "meeting"; who urged is the leaders."""
    doc = nlp(
        "ASEAN leaders meeting in Jakarta on Saturday urged Myanmar's junta chief to open a "
        "dialogue with all parties."
    )
    urged = next(t for t in doc if t.lower_ == "urged")
    assert [t.lower_ for t in agents(urged)] == ["leaders"]


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        # the small model reads these acronyms as verbs or adjectives unless they are read as
        # names (dyadic.nlp.load._acronyms_as_names)
        ("ECOWAS imposed sanctions on Mali on Sunday.", "ECOWAS"),
        ("The IAEA said on Monday it would send inspectors.", "IAEA"),
        ("SADC leaders condemned the coup on Tuesday.", "SADC"),
    ],
)
def test_an_organisations_acronym_is_parsed_as_a_name(
    nlp: Language, text: str, acronym: str
) -> None:
    token = next(t for t in nlp(text) if t.text == acronym)
    assert token.pos_ == "PROPN" and token.dep_ in ("nsubj", "compound"), (token.pos_, token.dep_)


def test_a_common_word_in_capitals_keeps_its_own_reading(nlp: Language) -> None:
    lexeme = nlp.vocab["ICE"]  # a US agency the knowledge base names, and a word
    assert lexeme.norm_ == "ice"


def test_a_counted_spell_of_time_is_part_of_what_fills_it(nlp: Language) -> None:
    doc = nlp("The two sides held a second day of talks in Doha on Sunday.")
    day = next(t for t in doc if t.lower_ == "day")
    assert [t.lower_ for t in partitive_whole(day)] == ["talks"]
    doc = nlp("Monday marked the day of the attack.")
    day = next(t for t in doc if t.lower_ == "day")
    assert partitive_whole(day) == []  # an uncounted day is a date, not a part
