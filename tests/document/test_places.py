"""Places: toponyms resolved against GeoNames, ambiguity settled by the article, event locations."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyadic.document.gazetteer import fold, get_gazetteer
from dyadic.document.places import PlaceMention, PlacesComponent, event_location, resolve_place
from dyadic.model import Dateline


@pytest.mark.parametrize(
    ("name", "key"),
    [("the United States", "united states"), ("U.S.", "us"), ("São Paulo", "sao paulo"),
     ("Côte d’Ivoire", "cote d'ivoire"), ("Bosnia-Herzegovina", "bosnia herzegovina")],
)  # fmt: skip
def test_fold(name: str, key: str) -> None:
    assert fold(name) == key


def test_alternate_name_of_a_town_needs_its_country_in_the_article(doc_nlp: Language) -> None:
    """ "Artemivsk" is an old name of Bakhmut (80,000 inhabitants): alone it could be anything,
    with Ukraine in the article it is Bakhmut. "Kharkov" (Kharkiv, 1.4 million) needs no help."""
    alone = _places(doc_nlp, "Officials said the shelling of Artemivsk went on.")
    assert [p.location.name for p in alone._.places] == []
    with_country = _places(doc_nlp, "Officials in Ukraine said the shelling of Artemivsk went on.")
    assert "Bakhmut" in [p.location.name for p in with_country._.places]
    big = _places(doc_nlp, "Officials said the shelling of Kharkov went on.")
    assert [p.location.name for p in big._.places] == ["Kharkiv"]


def test_a_national_adjective_places_the_town_it_names(doc_nlp: Language) -> None:
    """ "the Lebanese city of Tripoli" is Lebanon's Tripoli, not Libya's capital."""
    lebanese = _places(doc_nlp, "Protesters clashed in the Lebanese city of Tripoli on Monday.")
    assert [p.location.country for p in lebanese._.places] == ["LBN"]
    alone = _places(doc_nlp, "Fighting broke out in Tripoli on Monday.")
    assert [p.location.country for p in alone._.places] == ["LBY"]


def test_a_region_the_tagger_took_for_a_person_is_a_place_as_possessor(
    doc_nlp: Language,
) -> None:
    """ "Tigray's forces": the tagger calls Tigray a person; as a possessor that is the main name
    of a first-level division it is that region, and it places the city named after it. A
    possessor no table calls a region or a country stays no place."""
    doc = _places(doc_nlp, "The convoy reached Tigray's capital Mekelle on Friday.")
    assert [p.location.country for p in doc._.places] == ["ETH", "ETH"]
    person = _places(doc_nlp, "Officials said Smith's car was found on Friday.")
    assert [p.location.country for p in person._.places] == []


@pytest.mark.parametrize(
    ("name", "country", "geonameid"),
    [
        ("Switzerland", "CHE", 2658434),
        ("the US", "USA", 6252001),
        ("Britain", "GBR", 2635167),
        ("Russia", "RUS", 2017370),
        ("Romania", "ROM", 798549),  # CAMEO's code where it differs from ISO (ROU)
        ("Geneva", "CHE", 2660646),
        ("Kiev", "UKR", 703448),  # an English exonym of Kyiv
        ("Moscow", "RUS", 524901),
    ],
)
def test_resolve_place_known_names(name: str, country: str, geonameid: int) -> None:
    location = resolve_place(name)
    assert location is not None
    assert (location.country, location.geonameid) == (country, geonameid)
    assert location.lat is not None and location.lon is not None


@pytest.mark.parametrize("name", ["Narnia", "Middle East", "the bloc", "Africa", "the Balkans"])
def test_resolve_place_unknown_names(name: str) -> None:
    assert resolve_place(name) is None


def test_country_points_are_the_countrys_not_its_capitals() -> None:
    switzerland = resolve_place("Switzerland")
    bern = get_gazetteer().candidates("Bern")[0].place
    assert switzerland is not None
    assert (switzerland.lat, switzerland.lon) != (bern.lat, bern.lon)


def _places(doc_nlp: Language, text: str, *, dateline: str | None = None) -> Doc:
    doc = doc_nlp.make_doc(text)
    if dateline:
        doc._.dateline = Dateline(place=dateline, date=None)
    return doc_nlp(doc)


def _place_named(doc_nlp: Language, text: str, name: str, country: str) -> PlaceMention:
    """The last place called ``name`` in ``text``, which must be in ``country``."""
    doc = _places(doc_nlp, text)
    found = [p for p in doc._.places if p.text == name]
    assert found, [(p.text, p.location.country) for p in doc._.places]
    assert found[-1].location.country == country
    return found[-1]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Paris, France unless the text points to Texas
        ("The ministers met in Paris on Monday.", "Paris", "FRA"),
        ("The mayor spoke in Paris, Texas, on Monday.", "Paris", "USA"),
        # Georgia the country unless the article is about the US state
        ("The minister travelled to Georgia for talks in Tbilisi.", "Georgia", "GEO"),
        ("The US condemned Russian troops in Georgia.", "Georgia", "GEO"),
        ("Protesters rallied in Atlanta as lawmakers in Georgia voted.", "Georgia", "USA"),
        # Geneva, Switzerland, even when the US is named in the article
        ("The leaders of Russia and the US met in Geneva.", "Geneva", "CHE"),
    ],
)
def test_ambiguous_toponyms(doc_nlp: Language, text: str, name: str, country: str) -> None:
    doc = _places(doc_nlp, text)
    found = [p for p in doc._.places if p.text == name]
    assert found, [p.text for p in doc._.places]
    assert found[-1].location.country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # other countries' first-level divisions, by ISO name, with their kind, or as news
        # spells them
        ("Gunmen attacked a village in Borno State on Sunday.", "Borno State", "NGA"),
        ("Fighting spread across Tigray last week.", "Tigray", "ETH"),
        ("Aid reached camps in Rakhine State.", "Rakhine State", "MMR"),
        ("The ceasefire in Hodeidah held.", "Hodeidah", "YEM"),
        ("Militias clashed in Darfur.", "Darfur", "SDN"),
        # Indonesia's provinces sit under islands that govern nothing: still first-level
        ("Helicopters ferried food to survivors in Aceh province.", "Aceh province", "IDN"),
        # a region two countries name is the one of the country in the article
        ("South Sudan lifted the state of emergency in Bahr el Ghazal.", "Bahr el Ghazal", "SSD"),
    ],
)
def test_divisions_of_other_countries(
    doc_nlp: Language, text: str, name: str, country: str
) -> None:
    found = _place_named(doc_nlp, text, name, country)
    assert found.location.geonameid is None and found.location.lat is None


@pytest.mark.parametrize(
    "text", ["The Delta variant spread.", "Rivers flooded the plain.", "Kabul is the capital."]
)
def test_divisions_named_like_common_words_or_large_cities(doc_nlp: Language, text: str) -> None:
    doc = _places(doc_nlp, text)
    assert all(p.kind != "admin1" for p in doc._.places), [(p.text, p.kind) for p in doc._.places]


def test_us_state_has_no_invented_coordinates(doc_nlp: Language) -> None:
    doc = _places(doc_nlp, "Lawmakers in Atlanta and elsewhere in Georgia voted.")
    (state,) = [p for p in doc._.places if p.text == "Georgia"]
    assert state.kind == "admin1"
    assert state.location.geonameid == 4197000
    assert state.location.lat is None and state.location.lon is None


def test_places_component_survives_a_bad_doc(doc_nlp: Language) -> None:
    doc = doc_nlp.make_doc("Talks in Geneva.")
    doc._.errors = None
    doc._.dateline = "not a dateline"  # a broken attribute: the component must not raise
    PlacesComponent(doc_nlp)(doc)
    assert doc._.places == []
    assert doc._.errors and doc._.errors[0][0] == "places"


def _trigger(doc: Doc, word: str) -> object:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The leaders of Russia and the US met in Geneva on Wednesday.", "met", "Geneva"),
        ("Biden sat down with Putin for a meeting in Switzerland.", "sat", "Switzerland"),
        ("Russian forces launched an air strike on Kharkiv.", "strike", "Kharkiv"),
        ("Biden visited Kyiv on Monday.", "visited", "Kyiv"),
        ("The talks were held in the Swiss city of Geneva.", "talks", "Geneva"),
        ("Protesters gathered outside the embassy in Berlin.", "gathered", "Berlin"),
        # no place in the event's own clause: None, never an actor's country
        ("The EU imposed sanctions on Moscow.", "imposed", None),
        ("Russia criticised the United States.", "criticised", None),
        ("France said in Paris that it condemned the attack.", "condemned", None),
        ("Fighting broke out near the border of Narnia.", "broke", None),
        # what is discussed is not where the discussion happens
        ("The two leaders discussed the situation in Gaza.", "discussed", None),
        # a nationality, not a place
        ("She noted strong U.S. support for the elections.", "support", None),
        # a place deep inside another phrase is not the event's
        ("He stressed the futility of the latest round of talks in Berlin.", "stressed", None),
        # an infinitive of purpose happens where its verb does
        (
            "Envoys met in Rome on Thursday to discuss the situation in Afghanistan.",
            "discuss",
            "Rome",
        ),
        ("Putin met Lukashenko at the residence in Sochi.", "met", "Sochi"),
        ("Officials held talks in Geneva.", "held", "Geneva"),
        # a common word that names a small town is not a place unless NER says it is one
        ("Putin took part in the 14th BRICS Summit.", "took", None),
    ],
)
def test_event_location(doc_nlp: Language, text: str, trigger: str, expected: str | None) -> None:
    doc = doc_nlp(text)
    location = event_location(doc, _trigger(doc, trigger))  # type: ignore[arg-type]
    assert (location.name if location else None) == expected


def test_a_town_left_under_another_spelling_is_found_by_the_articles_adjectives(
    doc_nlp: Language,
) -> None:
    """The tagger may call a town a person; after "withdrew from", and with a national
    adjective naming its country, its other spelling resolves."""
    doc = _places(doc_nlp, "The Ukrainian army withdrew from Avdiivka after months of fighting.")
    assert [(p.text, p.location.country) for p in doc._.places] == [("Avdiivka", "UKR")]


def test_a_town_of_another_country_needs_that_country_named(doc_nlp: Language) -> None:
    doc = _places(doc_nlp, "The Russian army withdrew from Avdiivka after months of fighting.")
    assert not doc._.places


def test_a_place_named_by_an_area_of_it_is_a_place(doc_nlp: Language) -> None:
    doc = _places(doc_nlp, "Troops pulled out of parts of Toretsk overnight.")
    assert [(p.text, p.location.country) for p in doc._.places] == [("Toretsk", "UKR")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the tagger calls the second town a person: it stands where the first does
        ("Sudanese troops shelled Kadugli and Dilling.", ["Kadugli", "Dilling"]),
        # and makes one organisation of "Kharkiv, Sumy"
        (
            "Russian forces attacked Kharkiv, Sumy and Chernihiv on Monday.",
            ["Kharkiv", "Sumy", "Chernihiv"],
        ),
    ],
)
def test_every_town_of_a_list_is_a_place(doc_nlp: Language, text: str, names: list[str]) -> None:
    doc = _places(doc_nlp, text)
    assert [p.location.name for p in doc._.places] == names


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a town of that name is known only in another country: the text's country wins
        ("Gunmen attacked the village of Solhan in northern Burkina Faso.", "Solhan", "BFA"),
        ("Police in Nigeria's Delta state arrested two journalists.", "Delta", "NGA"),
        # a town the gazetteer knows in the named country stays that town
        ("Troops shelled Kharkiv in eastern Ukraine.", "Kharkiv", "UKR"),
    ],
)
def test_a_place_the_text_puts_in_a_country_is_in_that_country(
    doc_nlp: Language, text: str, name: str, country: str
) -> None:
    _place_named(doc_nlp, text, name, country)


def test_a_country_name_the_knowledge_base_reads_otherwise_contains_nothing(
    doc_nlp: Language,
) -> None:
    # the gazetteer's "Congo" is the Republic, news means the Democratic Republic: no container
    doc = _places(doc_nlp, "Rebels raided the town of Beni in eastern Congo.")
    found = [p for p in doc._.places if p.text == "Beni"]
    assert found and found[-1].location.country == "COD"
