"""Rule-based coreference: pronouns, descriptions, titles, counterparts, short names."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyadic.actors import ActorMention


def _parse(nlp: Language, text: str, date: str = "2021-06-16") -> Doc:
    doc = nlp.make_doc(text)
    doc._.pub_date = dt.date.fromisoformat(date)
    return nlp(doc)


def _at(doc: Doc, word: str, nth: int = 0) -> list[ActorMention]:
    token = [t for t in doc if t.text == word][nth]
    return [m for m in doc._.actor_mentions if m.head == token.i]


@pytest.mark.parametrize(
    ("text", "word", "nth", "kind", "code"),
    [
        (
            "The European Union met on Monday. The bloc imposed sanctions on Minsk.",
            "bloc",
            0,
            "description",
            "IGOEUREEC",
        ),
        (
            "NATO leaders met in Madrid. The alliance said it would expand.",
            "alliance",
            0,
            "description",
            "IGOWSTNAT",
        ),
        (
            "Ties between Moscow and the 27-nation union are poor after the EU acted.",
            "union",
            0,
            "description",
            "IGOEUREEC",
        ),
        ("Putin met Erdogan in Sochi. He said the talks went well.", "He", 0, "pronoun", "RUSGOV"),
        (
            "The EU report said the bloc would respond. It argued for more pressure.",
            "It",
            0,
            "pronoun",
            "IGOEUREEC",
        ),
        (
            "The EU report was published. A statement said sanctions would stay.",
            "statement",
            0,
            "description",
            "IGOEUREEC",
        ),
        (
            "Biden flew to Geneva to meet his Russian counterpart after talking to Putin.",
            "counterpart",
            0,
            "agent",
            "RUSGOV",
        ),
        (
            "Putin arrived first. Biden then met his Russian counterpart.",
            "counterpart",
            0,
            "description",
            "RUSGOV",
        ),
        (
            "Biden met Putin in Geneva. The two leaders talked for three hours.",
            "leaders",
            0,
            "description",
            None,
        ),
        (
            "Russian President Vladimir Putin spoke. The president said Russia was ready.",
            "president",
            0,
            "description",
            "RUSGOV",
        ),
        (
            "Iraqi police cleared the square. The government said calm had returned.",
            "government",
            0,
            "description",
            "IRQGOV",
        ),
        # "his country": the country of the actor named just before
        (
            "Putin said his country would not lift the ban on EU food.",
            "country",
            0,
            "description",
            "RUS",
        ),
        # a possessive on a verb's object: the subject of that verb
        ("Russia repeated its demand for talks.", "its", 0, "pronoun", "RUS"),
        ("Houthi rebels laid down their arms.", "their", 0, "pronoun", "YEMREB"),
        # "he" after an office-holder the sentence describes but does not name
        (
            "Chile's foreign minister said he would travel to La Paz.",
            "he",
            0,
            "pronoun",
            "CHLGOV",
        ),
        # a name inside a hyphenated modifier is no antecedent of "the country"
        (
            "Baghdad told the US-led coalition to leave the country.",
            "country",
            0,
            "description",
            "IRQ",
        ),
        # "their" after a list the parser began as an apposition
        ("Chad, Burkina Faso and Mali recalled their envoys.", "their", 0, "pronoun", None),
        # an agent reporting the clause before it: the state acting there, not the nearest
        (
            "Beijing will end the duties on Australian barley, the trade ministry said.",
            "ministry",
            0,
            "description",
            "CHNGOV",
        ),
        (
            "Egyptian troops shut the Rafah crossing into Gaza, the army said on Monday.",
            "army",
            0,
            "description",
            "EGYMIL",
        ),
    ],
)
def test_coreference_resolves(  # noqa: PLR0917  (one parameter per table column)
    actors_nlp: Language, text: str, word: str, nth: int, kind: str, code: str | None
) -> None:
    doc = _parse(actors_nlp, text)
    mentions = _at(doc, word, nth)
    assert mentions, [(m.actor.text, m.actor.code, m.kind) for m in doc._.actor_mentions]
    assert {m.kind for m in mentions} == {kind}
    if code is None and word == "their":  # one mention per listed country
        assert sorted(m.actor.code for m in mentions) == ["BFA", "MLI", "TCD"]
    elif code is None:  # "the two leaders": one mention per leader, same span and head
        assert sorted(m.actor.code for m in mentions) == ["RUSGOV", "USAGOV"]
        assert len({(m.start, m.end) for m in mentions}) == 1
    else:
        assert [m.actor.code for m in mentions] == [code]
    if kind == "pronoun" or (
        kind == "description" and word in {"counterpart", "leaders", "president", "statement"}
    ):
        assert all(m.antecedent is not None for m in mentions)


def test_short_name_after_full_mention_is_the_same_person(actors_nlp: Language) -> None:
    doc = _parse(
        actors_nlp,
        "Kremlin critic Ilya Voronkov was jailed. Voronkov called it a sham.",
        "2021-02-02",
    )
    (short,) = _at(doc, "Voronkov", 1)
    assert (short.actor.code, short.actor.name, short.antecedent) == (
        "RUSOPP",
        "Ilya Voronkov",
        (0, 4),
    )


@pytest.mark.parametrize(
    "text",
    [
        "It was raining in Geneva.",  # no antecedent at all
        "The bloc was not named here.",  # no organisation described as a bloc in the text
        "He said nothing.",
        # a possessive outside the verb's object is not the subject's: Iraq invaded Kuwait
        "The UN imposed sanctions on Baghdad in response to its invasion of Kuwait.",
        # "its" for one subject, not for two
        "Russia and China repeated its demand for talks.",
        # a description with its name in an "of" phrase is that country, not the last one named
        "Indonesia established diplomatic ties with the island nation of Nauru.",
    ],
)
def test_no_antecedent_no_mention(actors_nlp: Language, text: str) -> None:
    doc = _parse(actors_nlp, text)
    assert not [m for m in doc._.actor_mentions if m.kind in {"pronoun", "description"}]


def test_a_description_with_a_name_inside_is_that_organisation(actors_nlp: Language) -> None:
    # "the Mercosur bloc" after the EU is Mercosur, not the last bloc mentioned
    doc = _parse(actors_nlp, "The European Union and the Mercosur bloc signed a trade deal.")
    codes = {m.actor.code for m in doc._.actor_mentions}
    assert "IGOSAMMER" in codes, codes
    assert not [m for m in doc._.actor_mentions if m.kind == "description"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an object pronoun is not the subject of its own clause, also through coordination
        ("Joe Biden called Vladimir Putin and urged him to pull back his troops.", "RUSGOV"),
        ("Vladimir Putin met Joe Biden and told him that Russia would not attack.", "USAGOV"),
        # nor whom that subject, a pronoun itself, stands for
        ("Narendra Modi hosted Joe Biden, and he thanked him for the visit.", "USAGOV"),
    ],
)
def test_an_object_pronoun_is_not_its_clause_subject(
    actors_nlp: Language, text: str, code: str
) -> None:
    doc = _parse(actors_nlp, text)
    (mention,) = _at(doc, "him")
    assert mention.actor.code == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Foreign journalists in Gaza were detained by the army.", "journalists"),
        ("An international tribunal in The Hague ruled against Beijing.", "tribunal"),
        ("Foreign fighters were killed in Syria on Monday.", "fighters"),
    ],
)
def test_a_foreign_agent_takes_no_country_from_where_it_is(
    actors_nlp: Language, text: str, word: str
) -> None:
    doc = _parse(actors_nlp, text)
    mentions = _at(doc, word)
    assert mentions and all(m.actor.country is None for m in mentions), [
        (m.actor.text, m.actor.code) for m in doc._.actor_mentions
    ]
