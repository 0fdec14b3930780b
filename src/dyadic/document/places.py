"""Places named in the text, resolved offline against GeoNames, and where an event happened.

``PlacesComponent`` finds toponyms (spaCy GPE/LOC entities, and proper nouns after "in", "at",
"near") and resolves each against the gazetteer. An ambiguous name is settled by a score:
countries first, then population, then agreement with the rest of the article (the countries of
the other places named, the US state when one is named, and an explicit qualifier such as
"Paris, Texas"). So "Georgia" is the country unless the article names places in the US state,
and "Paris" is the French capital unless Texas is in the text.

``event_location`` then picks the place an event happened at from the locative phrases attached
to its trigger's clause ("met in Geneva", "an air strike on Kharkiv", "visited Kyiv"); when the
text names no such place the location is None: the country of an actor is never passed off as
the place of the event.
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadic.actors.kb import country_named
from dyadic.document.gazetteer import Candidate, Gazetteer, Place, get_gazetteer
from dyadic.model import Location

logger = logging.getLogger(__name__)

_PLACE_LABELS = frozenset({"GPE", "LOC"})
_OTHER_LABELS = frozenset(
    {"ORG", "PERSON", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LANGUAGE"}
)
#: Prepositions that put their object at the place of the event.
_LOCATIVE = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "off", "within"}
)
#: "on X" locates these events (attacks on a place); "sanctions on Moscow" it does not.
_ON_LEMMAS = frozenset(
    {"strike", "attack", "assault", "raid", "bombing", "bomb", "shelling", "shell", "fire",
     "offensive", "airstrike", "missile", "rocket", "drone", "advance", "march", "push"}
)  # fmt: skip
#: "to X" locates these events (trips and visits).
_TO_LEMMAS = frozenset(
    {"visit", "trip", "travel", "journey", "go", "come", "fly", "return", "tour"}
)
#: "from X" is a place left after these ("withdrew from Avdiivka", "fled from Rafah").
_FROM_LEMMAS = frozenset(
    {"withdraw", "withdrawal", "retreat", "pull", "pullout", "flee", "evacuate", "evacuation",
     "expel", "drive", "push", "oust", "leave", "escape"}
)  # fmt: skip
#: Events whose direct object is the place they happen at.
_OBJECT_LEMMAS = frozenset(
    {"visit", "tour", "attack", "strike", "shell", "bomb", "bombard", "hit", "raid", "storm",
     "capture", "seize", "occupy", "enter", "besiege", "invade", "encircle", "liberate", "retake",
     "pound", "pummel", "hammer", "rocket", "target", "overrun", "surround", "blockade",
     "recapture", "flee", "evacuate"}
)  # fmt: skip
#: Nouns that stand between a locative preposition and the place ("in the city of Geneva").
_PLACE_NOUNS = frozenset(
    {"city", "capital", "town", "village", "region", "province", "country", "state", "port",
     "outskirts", "suburb", "suburbs", "centre", "center", "border", "area", "district", "oblast",
     "republic", "island", "coast", "south", "north", "east", "west", "heart", "streets"}
)  # fmt: skip
#: Kinds of place that may follow a place's name ("Delta state", "the Somali region").
_PLACE_KIND_WORDS = frozenset(
    {"state", "region", "province", "district", "county", "governorate", "oblast", "area"}
)
_LIGHT_VERBS = frozenset(
    {"hold", "have", "conduct", "stage", "launch", "carry", "make", "take", "begin", "host", "sign"}
)
_CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp", "csubj", "parataxis"}
)

#: Score of a country match; cities score log10(population), US states a fixed middle value.
_COUNTRY_SCORE = 10.0
_STATE_SCORE = 6.0
#: Another country's first-level division ranks with a city of 100,000: a larger city of the
#: same name ("Kabul", "Kandahar") is the place meant.
_DIVISION_SCORE = 5.0
_CAPITAL_BONUS = 0.5
_ALTERNATE_PENALTY = 1.0
#: More for another spelling of a city when the name is a national capital's own ("Dili" is
#: East Timor's capital, and also a spelling of Delhi)
_CAPITAL_NAME_PENALTY = 1.0
_CONTEXT_COUNTRY_BONUS = 0.75
_CONTEXT_STATE_BONUS = 3.5
_QUALIFIER_BONUS = 10.0


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A toponym in the text and the place it names.

    Attributes:
        start: first token of the toponym.
        end: token after the toponym.
        location: the resolved place.
        text: the toponym as written.
        kind: "country", "admin1" (a US state) or "city".
        score: how clearly the name picks this place (the winning score).
        capital: whether the place is a national capital.
    """

    start: int
    end: int
    location: Location
    text: str = ""
    kind: str = "city"
    score: float = 0.0
    capital: bool = False


@dataclass
class _Toponym:
    start: int
    end: int
    text: str
    candidates: list[Candidate]
    is_entity: bool
    #: the text calls it a place: "the city of Kherson", "the town of Avdiivka"
    named_place: bool = False


class PlacesComponent:
    """Finds toponyms, resolves them against GeoNames and sets ``doc._.places``."""

    def __init__(self, nlp: Language | None = None, name: str = "dyadic_places") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.places = find_places(doc)
        except Exception as exc:  # a bad document must not stop the batch
            logger.warning("places failed on %s: %s", doc._.doc_id, exc)
            if doc._.errors is None:
                doc._.errors = []
            doc._.errors.append(("places", f"{type(exc).__name__}: {exc}"))
            doc._.places = []
        return doc


def find_places(doc: Doc, *, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Every resolvable toponym in ``doc``, sorted by position."""
    gazetteer = gazetteer or get_gazetteer()
    nationalities = _nationalities(doc)
    toponyms = list(_toponyms(doc, gazetteer, nationalities))
    context = _Context()
    for toponym in toponyms:
        context.add(toponym)
    context.nationalities = nationalities
    dateline = doc._.dateline
    if dateline is not None and dateline.place:
        context.add(_Toponym(-1, -1, dateline.place, gazetteer.candidates(dateline.place), True))
    mentions: list[PlaceMention] = []
    for index, toponym in enumerate(toponyms):
        qualifier = _qualifier(doc, toponym, toponyms[index + 1 :])
        others = context.without(toponym)
        candidates = [c for c in toponym.candidates if _plausible(c, toponym, others)]
        country = _container(doc, toponym, toponyms)
        if country is not None and not any(_within(c.place, country) for c in candidates):
            # "the village of Solhan in northern Burkina Faso" (a Solhan in Turkey is known),
            # "Nigeria's Delta state": a place the text puts in a country is in that country
            if toponym.is_entity or candidates:
                mentions.append(
                    PlaceMention(
                        toponym.start,
                        toponym.end,
                        country.location(),
                        toponym.text,
                        "country",
                        _COUNTRY_SCORE,
                    )
                )
            continue
        if not candidates and toponym.is_entity and _fallback_ok(toponym.text):
            candidates = [
                c
                for c in gazetteer.fallback_candidates(toponym.text)
                if c.place.country in context.countries
            ]
        if not candidates:
            continue
        home = _national_kind(doc, toponym)
        candidates = [c for c in candidates if c.place.country == home] or candidates
        best, score = _best(candidates, others, qualifier)
        mentions.append(
            PlaceMention(
                toponym.start,
                toponym.end,
                best.location(),
                toponym.text,
                best.kind,
                score,
                capital=best.capital,
            )
        )
    return mentions


def resolve_place(
    name: str, *, countries: Iterable[str] = (), gazetteer: Gazetteer | None = None
) -> Location | None:
    """The place a name most likely refers to, given the countries (CAMEO/ISO alpha-3 codes)
    the text is about; None when the gazetteer does not know the name."""
    gazetteer = gazetteer or get_gazetteer()
    candidates = gazetteer.candidates(name)
    if not candidates:
        return None
    context = _Context()
    context.countries.update(countries)
    best, _ = _best(candidates, context, None)
    return best.location()


def dateline_location(doc: Doc) -> Location | None:
    """The dateline's place as a location (resolved with the article's places as context)."""
    dateline = doc._.dateline
    if dateline is None or not dateline.place:
        return None
    countries = [p.location.country for p in doc._.places or () if p.location.country]
    return resolve_place(dateline.place, countries=countries)


# -- finding toponyms ----------------------------------------------------------------------------


def _toponyms(doc: Doc, gazetteer: Gazetteer, nationalities: frozenset[str]) -> Iterable[_Toponym]:
    seen: set[int] = set()
    for whole, ent in ((e, part) for e in doc.ents for part in _comma_parts(e)):
        span = _strip_determiner(ent)
        if span is None or not span.text[:1].isupper():
            continue
        label = whole.label_
        if label in _PLACE_LABELS:
            candidates = gazetteer.candidates(span.text)
        elif label in _OTHER_LABELS and _after_locative(whole):
            # NER sometimes takes a town for an organisation or a person: trust the text only
            # when it is the object of "in", "at" or "near" and the name is a main name, or
            # another spelling of a town in a country the article's adjectives name
            # ("Ukrainian troops withdrew from Avdiivka")
            candidates = [
                c
                for c in gazetteer.candidates(span.text)
                if c.main_name or c.place.country in nationalities
            ]
        elif label in _OTHER_LABELS and span.root.dep_ == "poss":
            # "Tigray's forces", "Tigray's capital Mekelle": the tagger took a region for a
            # person; a possessor that is the main name of a country or a first-level division
            candidates = [
                c
                for c in gazetteer.candidates(span.text)
                if c.main_name and c.place.kind in ("admin1", "country")
            ]
            if not candidates:
                continue
        else:
            continue
        seen.update(range(span.start, span.end))
        yield _Toponym(
            span.start,
            span.end,
            span.text,
            candidates,
            label in _PLACE_LABELS,
            _named_place(span),
        )
    for token in doc:
        if token.i in seen or token.pos_ != "PROPN" or token.ent_type_:
            continue
        if not token.text[:1].isupper() or not _after_locative(doc[token.i : token.i + 1]):
            continue
        candidates = [c for c in gazetteer.candidates(token.text) if c.main_name]
        if candidates:
            span = doc[token.i : token.i + 1]
            yield _Toponym(token.i, token.i + 1, token.text, candidates, False, _named_place(span))


def _comma_parts(ent: Span) -> list[Span]:
    """An entity the tagger made of a list ("Kharkiv, Sumy" as one organisation) in its
    comma-separated parts; any other entity whole."""
    if ent.label_ in _PLACE_LABELS or not any(t.text == "," for t in ent):
        return [ent]
    parts, start = [], ent.start
    for token in ent:
        if token.text == ",":
            parts.append(ent.doc[start : token.i])
            start = token.i + 1
    parts.append(ent.doc[start : ent.end])
    return [p for p in parts if len(p)]


def _strip_determiner(span: Span) -> Span | None:
    start = span.start
    while start < span.end and span.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    end = span.end
    while end > start and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end] if end > start else None


def _after_locative(span: Span) -> bool:
    """True when a span stands where a place would: "in X", "near X", "an attack on X",
    "a visit to X", "visited X"; or joined to a word that does ("shelled Kharkiv and Sumy")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "pobj":
        prep = root.head
        word = prep.lower_
        return (
            word in _LOCATIVE
            or (word == "on" and _lemma(prep.head) in _ON_LEMMAS)
            or (word == "to" and _lemma(prep.head) in _TO_LEMMAS)
            or (word == "from" and _lemma(prep.head) in _FROM_LEMMAS)
            or (word == "of" and _lemma(prep.head) in _OF_PLACE_NOUNS)  # "the city of Kharkiv"
        )
    return root.dep_ == "dobj" and _lemma(root.head) in _OBJECT_LEMMAS


def _named_place(span: Span) -> bool:
    """Whether the text itself calls the span a place: "the city of Kherson"."""
    root = span.root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and _lemma(prep.head) in _OF_PLACE_NOUNS
    )


#: Nouns whose "of" phrase names a place: "the city of Kharkiv", "the port of Odesa", "parts
#: of Tigray".
_OF_PLACE_NOUNS = frozenset(
    {"city", "town", "village", "capital", "port", "region", "province", "district", "outskirts",
     "part", "area", "suburb", "island", "enclave", "governorate", "county", "municipality",
     "state", "centre", "center", "heart", "edge", "streets"}
)  # fmt: skip
#: A name that NER did not call a place resolves only to a country or a city this large.
_UNTAGGED_MIN_POPULATION = 100_000
#: ... or a town this large in a country the article's national adjectives name ("Ukrainian
#: troops withdrew from Kherson", the tagger calling Kherson a person).
_NATIONAL_MIN_POPULATION = 20_000
#: A city known by an alternate name ("Kiev") needs its country in the article unless this large.
_ALTERNATE_MIN_POPULATION = 1_000_000


def _national_kind(doc: Doc, toponym: _Toponym) -> str | None:
    """The country a national adjective gives the place noun a toponym is named by ("the
    Lebanese city of Tripoli": LBN, "the Syrian town of Manbij"), or None."""
    if toponym.start < 0:
        return None
    root = doc[toponym.start : toponym.end].root
    prep = root.head
    if not (root.dep_ == "pobj" and prep.lower_ == "of" and _lemma(prep.head) in _OF_PLACE_NOUNS):
        return None
    for modifier in prep.head.children:
        if modifier.dep_ in ("amod", "compound") and modifier.i < prep.head.i:
            country = country_named(modifier.text)
            if country:
                return country
    return None


def _nationalities(doc: Doc) -> frozenset[str]:
    """The countries of the national adjectives and demonyms in ``doc`` ("Ukrainian")."""
    named = (country_named(ent.text) for ent in doc.ents if ent.label_ == "NORP")
    return frozenset(country for country in named if country)


def _plausible(candidate: Candidate, toponym: _Toponym, context: _Context) -> bool:
    """Guards against common words and other-language names that happen to be town names:
    "Summit" (New Jersey) after "in the BRICS", "Bali" as an Indian town's alternate name."""
    place = candidate.place
    if place.kind != "city":
        return True
    if (
        not toponym.is_entity
        and not toponym.named_place
        and place.population < _UNTAGGED_MIN_POPULATION
        and not (
            place.population >= _NATIONAL_MIN_POPULATION and place.country in context.nationalities
        )
    ):
        return False
    if not candidate.main_name and place.population < _ALTERNATE_MIN_POPULATION:
        country = place.country or ""
        return context.countries.get(country, 0) > 0 or country in context.nationalities
    return True


def _fallback_ok(text: str) -> bool:
    return len(text) >= 4 and not text.isupper()


# -- resolving -----------------------------------------------------------------------------------


class _Context:
    """Countries and US states named in the article, counted, for settling ambiguous names."""

    def __init__(self) -> None:
        self.countries: Counter[str] = Counter()
        self.states: Counter[str] = Counter()
        #: countries the article's national adjectives name ("Ukrainian troops"): enough to
        #: let a small town's other spelling through, not to choose between places
        self.nationalities: frozenset[str] = frozenset()
        self._by_toponym: dict[int, tuple[list[str], list[str]]] = {}

    def add(self, toponym: _Toponym) -> None:
        place = _clear_choice(toponym.candidates)
        if place is None:
            return
        countries = [place.country] if place.country else []
        states = [place.admin1] if place.iso2 == "US" and place.admin1 else []
        self.countries.update(countries)
        self.states.update(states)
        self._by_toponym[id(toponym)] = (countries, states)

    def without(self, toponym: _Toponym) -> _Context:
        """The context minus what ``toponym`` itself contributed."""
        own = self._by_toponym.get(id(toponym))
        if own is None:
            return self
        other = _Context()
        other.nationalities = self.nationalities
        other.countries = self.countries.copy()
        other.states = self.states.copy()
        other.countries.subtract(own[0])
        other.states.subtract(own[1])
        other.countries = +other.countries
        other.states = +other.states
        return other


def _clear_choice(candidates: Sequence[Candidate]) -> Place | None:
    """The place a name clearly refers to on its own (one candidate, or a country by name)."""
    if len(candidates) == 1:
        return candidates[0].place
    countries = [c.place for c in candidates if c.place.kind == "country" and c.main_name]
    return countries[0] if len(countries) == 1 else None


def _score(candidate: Candidate, context: _Context, qualifier: Place | None) -> float:
    place = candidate.place
    if place.kind == "country":
        score = _COUNTRY_SCORE
    elif place.kind == "admin1":
        score = _STATE_SCORE if place.iso2 == "US" else _DIVISION_SCORE
    else:
        score = math.log10(max(place.population, 1000)) + (_CAPITAL_BONUS if place.capital else 0.0)
        if not candidate.main_name:
            score -= _ALTERNATE_PENALTY
    if place.kind != "country" and place.country and context.countries.get(place.country, 0) > 0:
        score += _CONTEXT_COUNTRY_BONUS
    if place.iso2 == "US" and place.admin1 and context.states.get(place.admin1, 0) > 0:
        score += _CONTEXT_STATE_BONUS
    if qualifier is not None and place.kind != "country" and _within(place, qualifier):
        score += _QUALIFIER_BONUS
    return score


def _within(place: Place, area: Place) -> bool:
    if area.kind == "country":
        return place.iso2 == area.iso2
    if area.kind == "admin1":
        return place.iso2 == area.iso2 and place.admin1 == area.admin1
    return False


def _best(
    candidates: Sequence[Candidate], context: _Context, qualifier: Place | None
) -> tuple[Place, float]:
    capital_name = any(c.main_name and c.place.capital for c in candidates)
    scored = [
        (
            _score(c, context, qualifier)
            - (_CAPITAL_NAME_PENALTY if capital_name and not c.main_name else 0.0),
            c.place.population,
            c.place,
        )
        for c in candidates
    ]
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return scored[0][2], round(scored[0][0], 3)


def _container(doc: Doc, toponym: _Toponym, toponyms: Sequence[_Toponym]) -> Place | None:
    """The country the text puts a place in: its possessor ("Nigeria's Delta state") or the
    country after "in" or "of" ("the village of Solhan in northern Burkina Faso", "the Somali
    region of Ethiopia")."""
    by_start = {t.start: t for t in toponyms}
    by_end = {t.end: t for t in toponyms}
    holder = None
    if toponym.start >= 2 and doc[toponym.start - 1].tag_ == "POS":
        holder = by_end.get(toponym.start - 1)
    else:
        i = toponym.end
        while i < len(doc) and doc[i].lemma_.lower() in _PLACE_KIND_WORDS:
            i += 1  # "Delta state in ...", "the Somali region of Ethiopia"
        if i < len(doc) and doc[i].lower_ in ("in", "of"):
            i += 1
            while i < len(doc) and (doc[i].tag_ == "JJ" or doc[i].lower_ == "the"):
                i += 1  # "in northern Burkina Faso"
            holder = by_start.get(i)
    if holder is None or holder is toponym:
        return None
    countries = {c.place.iso2: c.place for c in holder.candidates if c.place.kind == "country"}
    if len(countries) != 1:
        return None
    country = next(iter(countries.values()))
    # the knowledge base may read the name otherwise ("Congo": the Democratic Republic in news)
    return country if country_named(holder.text) in (None, country.country) else None


def _qualifier(doc: Doc, toponym: _Toponym, following: Sequence[_Toponym]) -> Place | None:
    """The country or state in "Paris, Texas" / "Athens, Georgia" right after a toponym."""
    if not following or toponym.end >= len(doc) or doc[toponym.end].text != ",":
        return None
    nxt = following[0]
    if nxt.start != toponym.end + 1:
        return None
    areas = [c.place for c in nxt.candidates if c.place.kind in {"country", "admin1"}]
    if not areas:
        return None
    for area in areas:  # the area that holds one of the toponym's candidates
        if any(_within(c.place, area) for c in toponym.candidates):
            return area
    return None


# -- event locations -----------------------------------------------------------------------------


def event_location(doc: Doc, trigger: Token) -> Location | None:
    """Where the event triggered by ``trigger`` happened, from the text, or None.

    A place counts when it is the object of a locative preposition ("in", "at", "near", ...;
    "on" for attacks, "to" for visits) or the direct object of a verb such as "visit" or "attack",
    possibly through a place noun ("in the Swiss city of Geneva"), or a modifier of a nominal
    trigger ("the Geneva summit"), and when that phrase attaches to the trigger's own clause
    without passing through another clause. The nearest such place wins.
    """
    sent = trigger.sent  # a locative phrase attaches within the trigger's own sentence
    places = [m for m in doc._.places or () if sent.start <= m.start < sent.end]
    if not places:
        return None
    by_token: dict[int, PlaceMention] = {}
    for mention in places:
        for i in range(mention.start, mention.end):
            by_token[i] = mention
    anchors = _anchors(trigger)
    best: tuple[int, int, PlaceMention] | None = None
    for mention in places:
        root = _mention_root(doc, mention)
        hook = _locative_hook(root, trigger, by_token)
        if hook is None:
            continue
        level = _attach_level(hook, trigger, anchors)
        if level is None:
            continue
        rank = (level, abs(root.i - trigger.i))
        if best is None or rank < best[:2]:
            best = (*rank, mention)
    return best[2].location if best else None


def _mention_root(doc: Doc, mention: PlaceMention) -> Token:
    return doc[mention.start : mention.end].root


def _locative_hook(root: Token, trigger: Token, by_token: dict[int, PlaceMention]) -> Token | None:
    """The token through which a place attaches as a location (a preposition, or the place
    itself as an object or modifier), or None when the place is not used as a location."""
    node = root
    # climb coordination ("in Geneva and Paris") and place nouns ("the city of Geneva")
    for _ in range(4):
        if node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
            continue
        if (
            node.dep_ in {"compound", "poss", "nmod", "amod", "appos"}
            and node.head.lemma_.lower() in _PLACE_NOUNS
        ):
            node = node.head
            continue
        if (
            node.dep_ == "pobj"
            and node.head.lower_ == "of"
            and node.head.head.lemma_.lower() in _PLACE_NOUNS
        ):
            node = node.head.head
            continue
        break
    if node.dep_ == "pobj":
        prep = node.head
        word = prep.lower_
        if word in _LOCATIVE:
            return prep
        if word == "on" and _lemma(prep.head) in _ON_LEMMAS:
            return prep
        if word == "to" and _lemma(prep.head) in _TO_LEMMAS:
            return prep
        return None
    if node.dep_ == "dobj" and node.head.i == trigger.i and _lemma(trigger) in _OBJECT_LEMMAS:
        return node
    if (
        node.dep_ in {"compound", "nmod", "amod"}
        and node.head.i == trigger.i
        and trigger.pos_ == "NOUN"
        and by_token[root.i].kind != "country"  # "the Geneva summit", not "U.S. support"
    ):
        return node
    return None


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _anchors(trigger: Token) -> dict[int, int]:
    anchors = {trigger.i: 0}
    if trigger.pos_ in {"NOUN", "PROPN"}:
        if trigger.dep_ in {"dobj", "nsubjpass", "attr"} and _lemma(trigger.head) in _LIGHT_VERBS:
            anchors[trigger.head.i] = 0
        return anchors
    node = trigger
    for _ in range(6):
        if (node.dep_ in {"xcomp", "conj"} or _is_purpose(node)) and node.head.i != node.i:
            node = node.head
            anchors.setdefault(node.i, 1)
            continue
        break
    return anchors


def _is_purpose(token: Token) -> bool:
    """An infinitive of purpose ("met in Rome to discuss ..."): it happens where its verb does."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _attach_level(hook: Token, trigger: Token, anchors: dict[int, int]) -> int | None:
    """How directly a locative phrase attaches to the trigger's clause (None: it does not).

    The phrase may hang on the trigger, on a governing verb, or on one noun in between that is
    the object of a preposition of the trigger ("sat down for a meeting in Switzerland") or of a
    light verb ("held talks in Geneva"); not on the trigger's direct object, which is what the
    event is about ("discussed the situation in Gaza" does not happen in Gaza), and not deeper.
    """
    if hook.i in anchors:
        return anchors[hook.i]
    node = hook
    nouns = 0
    for _ in range(40):
        parent = node.head
        if parent.i == node.i:
            return None
        if (
            parent.pos_ in {"NOUN", "PROPN", "PRON"}
            and node.dep_ != "conj"
            and parent.i not in anchors
        ):
            nouns += 1
            if nouns > 1:
                return None
            if parent.dep_ == "dobj" and _lemma(parent.head) not in _LIGHT_VERBS:
                return None
        if parent.i in anchors:
            return anchors[parent.i]
        crosses_clause = parent.pos_ in {"VERB", "AUX"} and parent.dep_ in _CLAUSE_DEPS
        if crosses_clause and not (parent.dep_ == "acl" and parent.head.i in anchors):
            return None
        node = parent
    return None
