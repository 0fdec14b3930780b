"""Tokens and lemmas as the lexicon reads them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadic.events.syntax import lemma


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
