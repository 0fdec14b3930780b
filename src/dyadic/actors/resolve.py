"""Resolving knowledge-base matches into actor mentions: noun phrases, titles, metonymy, dates.

The steps, per document:

1. :class:`~dyadic.actors.matcher.Matcher` finds every KB name and agent phrase (one pass).
2. Each match is attached to the head of the noun phrase it modifies ("Russian" -> "authorities",
   "US" -> "President" -> "Biden"), following spaCy's dependency parse.
3. Each noun phrase becomes one mention (or several for "the leaders of Russia and the US"):
   a person coded by the role they held on the publication date, an organisation, a country +
   agent ("Russian authorities" -> RUSGOV), a capital or seat of power acting as its government
   ("Moscow imposed" -> RUSGOV; "in Moscow" stays a place), or a country.
4. :mod:`dyadic.actors.coref` then resolves pronouns and definite descriptions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from dyadic.actors.kb import Agent, AliasEntry, KBActor, KnowledgeBase
from dyadic.actors.matcher import Matcher, Piece
from dyadic.actors.mention import ActorMention
from dyadic.model import Actor
from dyadic.nlp.coordination import listed_modifier
from dyadic.nlp.fighting import fights_suffered

#: Dependencies by which a word modifies the noun it belongs to.
MOD_DEPS = frozenset({"compound", "amod", "nmod", "poss", "flat", "nummod"})
#: Prepositions whose object is a place, not a participant ("met in Geneva").
LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "inside",
        "outside",
        "around",
        "across",
        "throughout",
        "within",
        "via",
    }
)
#: Prepositions that are locative after a verb of motion ("flew to Moscow", "returned from Kyiv").
MOTION_PREPS = frozenset({"to", "from", "into", "toward", "towards"})
MOTION_VERBS = frozenset(
    {
        "go",
        "travel",
        "fly",
        "jet",
        "return",
        "arrive",
        "head",
        "move",
        "come",
        "trip",
        "visit",
        "flee",
        "journey",
        "drive",
        "sail",
        "deploy",
        "send",
        "relocate",
        "evacuate",
        "land",
        "leave",
        "get",
    }
)
#: Prepositions that attach a country to an agent ("leaders of Russia", "police in Kenya").
AGENT_PREPS = frozenset({"of", "in", "from", "for"})
#: Nouns that speak for the actor that modifies them ("the EU report said").
REPORT_NOUNS = frozenset(
    {"report", "statement", "communique", "communiqué", "declaration", "readout", "document"}
)
#: Things that stand for the state that owns them when they are acted on ("the British tanker").
PROPERTY_NOUNS = frozenset(
    {
        "tanker",
        "vessel",
        "ship",
        "warship",
        "boat",
        "aircraft",
        "plane",
        "jet",
        "drone",
        "helicopter",
        "embassy",
        "consulate",
        "mission",
        "base",
        "outpost",
        "position",
        "territory",
        "soil",
        "airspace",
        "border",
        "interest",
        "asset",
        "facility",
        "convoy",
        "satellite",
        "missile",
        "navy",
        "fleet",
    }
)
#: Entity labels inside which a country word is part of a name, not an actor ("Bank of America").
NAME_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT", "PERSON"})
#: Agent nouns that turn protesters into opposition.
#: Nouns for a group's people: with the group as modifier they act for the group ("a Hezbollah
#: official" is Hezbollah's, not Lebanon's government).
_MEMBER_NOUNS = frozenset(
    {
        "official",
        "commander",
        "leader",
        "chief",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "member",
        "fighter",
        "militant",
        "operative",
        "negotiator",
        "representative",
        "delegation",
        "delegate",
        "envoy",
    }
)
#: A non-state armed group's forces are the group ("Hezbollah forces", "RSF troops"); a group
#: that governs (the Taliban) has an army of the state's.
_FORCE_NOUNS = frozenset({"force", "troop", "soldier", "unit", "gunman", "brigade", "army"})
_OPPOSITION_WORDS = frozenset(
    {
        "anti-government",
        "anti - government",
        "antigovernment",
        "opposition",
        "anti-regime",
        "pro-democracy",
    }
)

_IGO_PREFIXES = ("IGO", "NGO", "IMG", "MNC")
_KIND_RANK = {"igo": 0, "seat": 1, "group": 2, "country": 3, "person": 4, "org": 5}


def sectors_of(code: str | None) -> tuple[str, ...]:
    """Sector codes of a CAMEO actor code ("RUSGOVMIL" -> ("GOV", "MIL"); IGO codes -> ())."""
    if not code or code.startswith(_IGO_PREFIXES):
        return ()
    first = 0 if code[:3] in SECTOR_CODES else 3
    return tuple(code[i : i + 3] for i in range(first, len(code) - len(code) % 3, 3))


#: CAMEO sector (type) codes: a code that starts with one names no country ("COP" for police).
SECTOR_CODES = frozenset(
    {
        "COP",
        "GOV",
        "INS",
        "JUD",
        "MIL",
        "OPP",
        "REB",
        "SEP",
        "SPY",
        "UAF",
        "AGR",
        "BUS",
        "CRM",
        "CVL",
        "DEV",
        "EDU",
        "ELI",
        "ENV",
        "HLH",
        "HRI",
        "LAB",
        "LEG",
        "MED",
        "REF",
        "MOD",
        "RAD",
        "REL",
        "PTY",
        "UIS",
        "SET",
        "MUS",
        "CHR",
        "JEW",
        "BUD",
        "HIN",
    }
)


#: Sectors that make an actor part of a country's state (government, army, police ...).
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def country_of(code: str | None) -> str | None:
    """The country of a CAMEO code ("RUSGOV" -> "RUS"; a company "MNCBRA" -> "BRA"; IGOs and
    sector-only codes such as "COP": None)."""
    if code and code.startswith("MNC") and len(code) >= 6 and code[3:6].isalpha():
        return code[3:6]
    if not code or code.startswith(_IGO_PREFIXES) or len(code) < 3 or code[:3] in SECTOR_CODES:
        return None
    return code[:3]


def make_actor(
    text: str, code: str | None, *, name: str | None = None, actor_id: str | None = None
) -> Actor:
    return Actor(
        text=text,
        code=code,
        country=country_of(code),
        sectors=sectors_of(code),
        name=name,
        actor_id=actor_id,
    )


@dataclass
class Context:
    """What the resolver knows about one document while it works through it."""

    doc: Doc
    kb: KnowledgeBase
    day: dt.date | None
    pieces: list[Piece]
    named_igos: set[str] = field(default_factory=set)  # actor_ids of IGOs named in the doc
    groups: dict[int, list[Piece]] = field(default_factory=dict)  # noun-phrase head -> pieces
    places: dict[int, str] = field(default_factory=dict)  # token -> country of a resolved place
    #: IGO/country actors named only as modifiers ("EU" in "EU foreign policy chief"), for coref.
    shadows: list[ActorMention] = field(default_factory=list)
    #: actor_id -> the day to code that actor on, when the text rules out its latest role
    dated: dict[str, dt.date] = field(default_factory=dict)

    def day_for(self, actor: KBActor) -> dt.date | None:
        """The day that decides ``actor``'s role: the article's, or one the text implies."""
        return self.dated.get(actor.actor_id, self.day)

    def code_of(self, actor: KBActor) -> str | None:
        """``actor``'s CAMEO code on its day (:meth:`day_for`)."""
        return actor.code_on(self.day_for(actor))


def resolve_names(
    doc: Doc,
    kb: KnowledgeBase,
    matcher: Matcher,
    day: dt.date | None,
    dated: dict[str, dt.date] | None = None,
) -> tuple[list[ActorMention], list[ActorMention]]:
    """Mentions of named actors and agents in ``doc`` (before coreference), plus modifier-only
    organisation mentions useful as antecedents (``dated``: actors coded on a day of their own)."""
    found = matcher.find(doc)
    pieces = [
        p
        for p in found
        if _piece_ok(doc, p, found) and _nominal_agent(doc, p) and not _inside_person(p, found)
    ]
    ctx = Context(doc, kb, day, pieces, dated=dict(dated or {}))
    for piece in pieces:
        for entry in piece.entries:
            if entry.actor.kind == "igo" and entry.use == "name":
                ctx.named_igos.add(entry.actor.actor_id)
    groups: dict[int, list[Piece]] = defaultdict(list)
    for piece in pieces:
        head = _climb(doc[_root(doc, piece)])
        groups[head.i].append(piece)
        for first in _first_conjuncts(head):
            if piece.end <= first.i:  # "Sudan's government and southern rebels": Sudan's both
                groups[first.i].append(piece)
    ctx.groups = groups
    for place in doc._.places or ():
        country = getattr(place.location, "country", None)
        if country:
            for i in range(place.start, place.end):
                ctx.places[i] = country
    absorbed: set[int] = set()
    prep_mods: dict[int, list[Token]] = {}
    for head_i in sorted(groups):
        head = doc[head_i]
        if not _is_agent_head(head, groups[head_i]):
            continue
        if any(p.entries and not (p.agent and p.end - 1 == head_i) for p in groups[head_i]):
            continue  # "NATO allies in Brussels": the direct modifier decides; the place stays one
        institutions = _institutions_at(ctx, head, groups)
        objects = _agent_prep_objects(head) + institutions
        if objects:
            for obj in objects:
                if (
                    obj.i in groups
                    and obj.i != head_i
                    and (
                        obj in institutions
                        or not _has_agent_or_person(groups[obj.i], obj)
                        # "supporters of President Trump": his country's people, for him
                        or (head.lemma_.lower() == "supporter" and _a_person(groups[obj.i], obj))
                    )
                ):
                    absorbed.add(obj.i)
            prep_mods[head_i] = [o for o in objects if o.i in absorbed]
    mentions: list[ActorMention] = []
    for ent in doc.ents:  # unknown people described by an apposition ("X, the German chancellor")
        if (
            ent.label_ == "PERSON"
            and ent.root.i not in groups
            and any(c.dep_ == "appos" for c in ent.root.children)
        ):
            mentions.extend(_titled_unknown_person(ctx, ent.root, []))
    for head_i in sorted(groups):
        if head_i in absorbed:
            continue
        extra = [p for o in prep_mods.get(head_i, []) for p in _region_owner(doc[o.i], groups)]
        mentions.extend(_compose(ctx, doc[head_i], groups[head_i], extra))
    mentions.extend(_unknown_people(ctx, mentions))
    mentions.extend(_place_mentions(ctx, mentions))
    mentions.sort(key=lambda m: (m.start, m.head))
    return mentions, ctx.shadows


# ------------------------------------------------------------------------------ parse helpers
def _root(doc: Doc, piece: Piece) -> int:
    span = doc[piece.start : piece.end]
    return span.root.i


def _climb(token: Token) -> Token:
    """The head noun of the phrase a word modifies ("Russian" in "Russian authorities")."""
    current = token
    for _ in range(8):
        head = current.head
        if head.i == current.i:
            break
        if listed_modifier(current):
            break  # "President Donald Trump and President Vladimir Putin": two names
        if current.dep_ == "conj" and listed_modifier(head):
            current = head.head  # the second "President" is Putin's title
            continue
        if current.dep_ == "conj" and head.dep_ in MOD_DEPS:
            current = head
            continue
        if (
            current.dep_ in MOD_DEPS
            and (head.pos_ in {"NOUN", "PROPN"} or _model_number(current, head))
            and abs(head.i - current.i) <= 8
        ):
            if current.dep_ == "poss" and not _possessive_joins(current, head):
                break
            current = head
            continue
        break
    return current


def _first_conjuncts(head: Token) -> list[Token]:
    """Nouns the parser hung, with their "and", as modifiers on ``head`` ("government" in
    "Sudan's government and southern rebels"): what modifies the whole phrase before them
    modifies them too."""
    return [c for c in head.children if c.dep_ == "nmod" and c.i < head.i and listed_modifier(c)]


def _model_number(modifier: Token, head: Token) -> bool:
    """A model number between a country word and the noun it names ("Turkish F-16 jets")."""
    return (
        head.pos_ == "NUM"
        and modifier.dep_ in ("amod", "compound")
        and head.dep_ in ("nummod", "compound")
        and head.head.pos_ == "NOUN"
    )


def _possessive_joins(owner: Token, noun: Token) -> bool:
    """A possessor joins the noun phrase only when the noun is an agent or a person's name
    ("Ukraine's foreign minister"), not when it is a thing ("Moscow's behaviour")."""
    return (
        noun.ent_type_ == "PERSON"
        or noun.lower_ in _AGENT_HEADS
        or noun.lemma_.lower() in _AGENT_HEADS
    )


_AGENT_HEADS: set[str] = set()  # filled from the KB's agents by configure()
_INSTITUTION_HEADS: set[str] = set()  # hand-listed agents and organisation nouns
_TITLE_WORDS: set[str] = set()  # the words of titles put before a name ("king", "crown")
_DEMONYMS: set[str] = set()  # nationality words ("dutch")
#: Nouns that make a country word inside a name the owner of that organisation ("the U.S. Embassy",
#: "the Indian Space Research Organization"), unlike "the Voice of America" or "Real Madrid".
_ORGANISATION_WORDS = frozenset(
    {
        "embassy",
        "consulate",
        "organization",
        "organisation",
        "commission",
        "association",
        "union",
        "council",
        "committee",
        "agency",
        "exchange",
        "institute",
        "office",
        "department",
        "service",
        "services",
        "authority",
        "authorities",
        "federation",
        "assembly",
        "bureau",
        "guard",
        "corps",
        "mission",
    }
)


def configure(kb: KnowledgeBase) -> None:
    """Prepare module tables from the knowledge base (called once when the KB is loaded)."""
    if _AGENT_HEADS:
        return
    for phrase, agent in kb.agents.items():
        # the head of "minister of public service and administrative reform" is "minister":
        # the words after "of" or "for" are no agents ("Macron's pension reform")
        head = re.split(r" (?:of|for) ", phrase, maxsplit=1)[0].rsplit(" ", 1)[-1]
        _AGENT_HEADS.add(head)
        if agent.source == "hand":
            _INSTITUTION_HEADS.add(head)
        if agent.kind == "title":
            _TITLE_WORDS.update(phrase.split())
    _DEMONYMS.update(kb.demonym_of)
    _INSTITUTION_HEADS.update(_ORGANISATION_WORDS)
    _AGENT_HEADS.difference_update({"union", "public"})


#: Capitalised landform words a country's name may open ("the Jordan Valley", "the Congo River").
_LANDFORMS = frozenset(
    {"Valley", "River", "Delta", "Basin", "Gorge", "Plateau", "Highlands", "Rift", "Estuary"}
)


#: Last words of names of built places, which a title may open ("the Ambassador Bridge").
_STRUCTURES = frozenset(
    {"Bridge", "Street", "Avenue", "Square", "Hotel", "Hospital", "Airport", "Station",
     "Building", "Tower", "Park", "Stadium", "Highway", "Road", "Boulevard", "Mosque", "Church"}
)  # fmt: skip


#: Words before a name that the tagger may take into it: articles, and descriptions written with
#: a capital at the head of a sentence.
_NOT_NAME_OPENERS = frozenset(
    {"the", "a", "an", "suspected", "alleged", "armed", "masked", "unidentified", "rival"}
)


def _people_of_the_americas(doc: Doc, piece: Piece, found: list[Piece]) -> bool:
    """ "Indians" named by their people ("Tzotzil Indians", "Mayan Indians", "American
    Indians"): an indigenous people of the Americas, not citizens of India."""
    if piece.end - piece.start != 1 or doc[piece.start].lower_ not in ("indians", "indian"):
        return False
    word = doc[piece.start]
    before = doc[piece.start - 1] if piece.start > 0 else None
    if before is None or not before.text[:1].isupper() or before.head.i != word.i:
        return False
    return before.lower_ in ("american", "native") or not any(
        p.start <= before.i < p.end and p.entries for p in found
    )


def _piece_ok(doc: Doc, piece: Piece, found: list[Piece]) -> bool:
    """Drop country/organisation words that are part of a longer name ("Bank of America",
    "Jordan Peterson"), but keep a demonym that opens an agency ("Iranian Foreign Ministry")."""
    if not piece.entries:
        return not _inside_organisation_name(piece, found)
    if _people_of_the_americas(doc, piece, found):
        return False  # "45 Tzotzil Indians", "Yanomami Indians", "American Indians": no India
    if (
        piece.end < len(doc)
        and doc[piece.end].text in _LANDFORMS
        and all(e.actor.kind == "country" for e in piece.entries)
    ):
        return False  # "the Jordan Valley", "the Niger Delta": a landform, maybe elsewhere
    ent = _entity_at(doc, piece.start)
    if ent is None or ent.label_ not in NAME_LABELS:
        return True
    start, end = ent.start, ent.end
    while start < end - 1 and doc[start].lower_ in _NOT_NAME_OPENERS:
        start += 1  # "Suspected Abu Sayyaf gunmen", tagged a person at the sentence's head
    while end - 1 > start and doc[end - 1].lower_ in {"'s", "’s", "'", "’"}:
        end -= 1
    covers = piece.start <= start and end <= piece.end
    if (
        covers
        and ent.label_ == "PERSON"
        and all(e.actor.kind in {"country", "seat"} for e in piece.entries)
        and _names_a_person(
            doc, doc[start:end], country=all(e.actor.kind == "country" for e in piece.entries)
        )
    ):
        return False  # a person called Douglas, Chad or Jordan is no capital or country
    if piece.start <= start and end <= piece.end:
        return True
    if _list_of_countries(doc, start, end, found):
        return True  # "Mali, Burkina Faso" tagged as one organisation: a list of countries
    if piece.start == start and piece.end < end and doc[piece.end].is_currency:
        return True  # "lend Ukraine $15 billion" tagged as one organisation: a sum after it
    if _one_of_a_list_of_places(doc, piece, ent):
        return True  # "around Kyiv and Chernihiv" tagged as a work of art
    if _opens_a_model_name(doc, piece, ent, start, end):
        return True  # "U.S. B-2 stealth bombers" tagged "U.S. B-2": the bombers' country
    if (
        ent.label_ != "PERSON"
        and piece.end == end
        and all(e.use == "demonym" for e in piece.entries)
        and doc[end - 1].lower_.endswith("s")
    ):
        return True  # "Aboriginal Australians" tagged as an organisation: a people
    if (
        ent.label_ == "PERSON"
        and piece.end == end
        and any(e.actor.kind == "person" for e in piece.entries)
        and all(
            doc[i].lower_ in _TITLE_WORDS or doc[i].lower_ in _DEMONYMS
            for i in range(start, piece.start)
        )
    ):
        # "Dutch King Willem-Alexander" tagged as one person: his name ends it, after a title
        # and a nationality (not "Hunter Biden")
        return True
    if ent.label_ == "PERSON":
        # a demonym in a "person" the tagger made of a modifier ("Sri Lankan Tamil rebels") stays
        return all(e.use == "demonym" for e in piece.entries) and ent.root.dep_ in {
            "compound",
            "amod",
        }
    if (
        piece.end < end
        and doc[piece.end].lower_ in {"'s", "’s"}
        and all(e.actor.kind == "country" for e in piece.entries)
    ):
        return True  # "Mozambique's Cabo Delgado" tagged as one name: its owner's name stays
    if piece.end == end and any(e.actor.kind in {"igo", "group", "org"} for e in piece.entries):
        return True  # "International Red Cross": a named organisation at the end of the name
    if piece.end == end and piece.agent is not None and _countries_before(piece, start, found):
        return True  # "the Mexican Congress": a body's agent noun after its country's name
    # a country word inside an agency's name stays ("Parliament of the United Kingdom",
    # "Iranian Foreign Ministry"); inside another organisation's name it does not
    return any(
        tok.lower_ in _INSTITUTION_HEADS
        for tok in doc[start:end]
        if not piece.start <= tok.i < piece.end
    )


def _inside_organisation_name(piece: Piece, found: list[Piece]) -> bool:
    """Whether an agent noun is part of a longer known organisation's name ("Union" in "the
    European Union proposal", "Community" in "the Economic Community of West African States"):
    the name is one actor, not a European trade union beside it."""
    return any(
        p.start < piece.start
        and p.end >= piece.end
        # not an armed group's: "the Revolutionary Armed Forces of Colombia" keeps its forces
        and any(e.use == "name" and e.actor.kind in {"igo", "org"} for e in p.entries)
        for p in found
    )


def _inside_person(piece: Piece, found: list[Piece]) -> bool:
    """Whether a seat or title piece is the first word of a longer known person's name ("the
    Pope" in "Pope Tawadros")."""
    return (
        any(
            p.start == piece.start
            and p.end > piece.end
            and p.entries
            and all(e.actor.kind == "person" for e in p.entries)
            for p in found
        )
        and bool(piece.entries)
        and all(e.actor.kind == "seat" for e in piece.entries)
    )


def _list_of_countries(doc: Doc, start: int, end: int, found: list[Piece]) -> bool:
    """Whether the words from ``start`` to ``end`` are countries' names and the commas and
    "and" between them, two names at least."""
    countries = [
        p
        for p in found
        if p.entries
        and start <= p.start
        and p.end <= end
        and all(e.actor.kind == "country" for e in p.entries)
    ]
    return len(countries) > 1 and all(
        any(p.start <= i < p.end for p in countries) or doc[i].lower_ in {",", "and"}
        for i in range(start, end)
    )


def _one_of_a_list_of_places(doc: Doc, piece: Piece, ent: Span) -> bool:
    """Whether a country or capital ``piece`` is one item of a list of places the tagger made
    one name of something else ("Kyiv and Chernihiv" as a work of art): "and" or a comma next
    to it inside the name, in no person's or organisation's name."""
    if ent.label_ in ("PERSON", "ORG") or not all(
        e.actor.kind in ("country", "seat") for e in piece.entries
    ):
        return False
    before = doc[piece.start - 1] if piece.start > ent.start else None
    after = doc[piece.end] if piece.end < ent.end else None
    return any(t is not None and t.lower_ in (",", "and") for t in (before, after))


def _opens_a_model_name(doc: Doc, piece: Piece, ent: Span, start: int, end: int) -> bool:
    """Whether a country ``piece`` opens a name the tagger made of it and a model or type that
    modifies an agent noun after the name ("U.S. B-2" in "U.S. B-2 stealth bombers", "Turkish
    F-16" before "jets"): the agent is that country's."""
    if ent.label_ == "PERSON" or piece.start != ent.start or end >= len(doc):
        return False
    if not all(e.actor.kind == "country" for e in piece.entries):
        return False
    # the name's last word modifies the noun after it, or the whole name does ("Thai F-16
    # fighter jets", the model number read as the country's modifier)
    return any(
        word.dep_ in ("compound", "amod", "nummod", "nmod")
        and word.head.i >= end
        and (word.head.lower_ in _AGENT_HEADS or word.head.lemma_.lower() in _AGENT_HEADS)
        for word in (doc[end - 1], doc[start:end].root)
    )


def _countries_before(piece: Piece, start: int, found: list[Piece]) -> bool:
    """Whether the words of a name before ``piece`` (from ``start``) are a country's name or
    demonym, each of them ("Mexican" in "the Mexican Congress")."""
    countries = [
        p for p in found if p.entries and all(e.actor.kind == "country" for e in p.entries)
    ]
    return start < piece.start and all(
        any(p.start <= i < p.end for p in countries) for i in range(start, piece.start)
    )


#: Words before a name that make it a person's ("Mr. Jordan", "striker Chad").
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "rep", "sen", "gov", "gen", "lt", "col"}
)


def _names_a_person(doc: Doc, name: Span, *, country: bool) -> bool:
    """Whether a name the tagger calls a person but the KB knows as a country or capital is the
    person: a capital's name of several words, one after an honorific or a title ("Mr.
    Jordan", "coach Chad"), or a word of a longer person's name in the document ("Jim Jordan
    ... Jordan said"). A lone "Mali" or "Chad" the tagger misreads is the country ("sent troops
    to Mali"), and so is a country's whole name of several words ("Burkina Faso")."""
    if len(name) > 1:
        return not country
    before = doc[name.start - 1] if name.start > 0 else None
    if before is not None and (
        before.lower_.rstrip(".") in _HONORIFICS
        or (before.pos_ == "NOUN" and before.dep_ == "compound" and before.head.i == name.root.i)
    ):
        return True
    word = name.text.lower()
    return any(
        e.label_ == "PERSON" and len(e) > 1 and word in {t.lower_ for t in e} for e in doc.ents
    )


def _nominal_agent(doc: Doc, piece: Piece) -> bool:
    """An agent word used as a noun ("rebels"), not inside a modifier ("rebel-held")."""
    if piece.entries or piece.agent is None:
        return True
    last = doc[piece.end - 1]
    if last.pos_ not in {"NOUN", "PROPN"} or last.dep_ == "npadvmod":
        return False
    return not (piece.end < len(doc) and doc[piece.end].text in {"-", "–"})


_ENT_INDEX = "dyadic_actors_ent_index"


def _entity_at(doc: Doc, i: int) -> Span | None:
    """The named entity covering token ``i`` (an index built once per doc)."""
    index = doc.user_data.get(_ENT_INDEX)
    if index is None:
        index = {}
        for ent in doc.ents:
            for j in range(ent.start, ent.end):
                index[j] = ent
        doc.user_data[_ENT_INDEX] = index
    found: Span | None = index.get(i)
    return found


def _ent_end(doc: Doc, i: int) -> int:
    ent = _entity_at(doc, i)
    return ent.end if ent is not None else i + 1


#: Offices a state keeps abroad: people gathered at one are not of its state.
_ABROAD_NOUNS = frozenset({"embassy", "consulate", "legation", "chancery"})
#: Words that say an agent is not of the place it is in.
_FOREIGN_WORDS = frozenset({"foreign", "international", "multinational", "overseas"})


def _foreign(agent: Token) -> bool:
    """Whether an agent is said not to be of where it is ("foreign journalists in Gaza")."""
    return any(c.dep_ == "amod" and c.lower_ in _FOREIGN_WORDS for c in agent.children)


def _agent_prep_objects(head: Token) -> list[Token]:
    """Countries attached to an agent by a preposition ("the leaders of Russia and the US"; the
    parser often hangs "the US" on "leaders" as a conjunct, so proper-noun conjuncts of the agent
    that follow its "of" object count too)."""
    objects: list[Token] = []
    foreign = _foreign(head)
    # "the delegations of Sudan and South Sudan in Addis Ababa": whose they are, then where
    owned = any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in head.children)
    for child in head.children:
        if (foreign or owned) and child.lower_ == "in":
            continue  # "foreign journalists in Gaza", "an international tribunal in The Hague"
        if child.dep_ == "prep" and child.lower_ in AGENT_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    objects.append(obj)
                    objects.extend(t for t in obj.conjuncts if t.i > obj.i)
                    if child.lower_ == "of":
                        objects.extend(
                            t
                            for t in head.conjuncts
                            if t.i > obj.i and t.pos_ == "PROPN" and t.tag_ == "NNP"
                        )
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if (
        not objects
        and head.lemma_.lower() in _SEATED_AGENTS
        and after is not None
        and after.lower_ == "in"
        and after.head.i == head.head.i
        and after.dep_ == "prep"
    ):
        # "defended the government in Damascus on Monday": the parser hangs the seat on the
        # verb; right after a state's institution it says whose the institution is
        objects += [o for o in after.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return objects


#: Regions whose governments act together through one organisation: their leaders or
#: ministers named by the region are that organisation ("West African leaders" at a summit).
_REGION_BODIES = {"WAF": "IGOWAFWAS", "SEA": "IGOSEAASN"}
#: A state's institutions, which "in <capital>" right after names ("the government in Kabul").
_SEATED_AGENTS = frozenset(
    {"government", "regime", "authority", "leadership", "administration", "junta", "parliament"}
)


#: Sectors of agents that can be an organisation's staff ("judges at the ICC", "officials at
#: the UN"), unlike people who only gather there ("protesters at the UN headquarters").
_STAFF_SECTORS = frozenset({"GOV", "JUD", "LEG", "MIL", "COP", "SPY"})


def _attackers_of(victim: Token) -> set[int]:
    """Tokens naming who fought in the fighting a passive subject suffered ("were killed in an
    Israeli air strike", "in a clash with Chinese troops", "in an attack by rebels")."""
    if victim.dep_ != "nsubjpass":
        return set()
    return {
        t.i
        for fight in fights_suffered(victim.head)
        for child in fight.children
        if child.dep_ in ("amod", "compound", "nmod", "poss")
        or (child.dep_ == "prep" and child.lower_ in ("by", "from", "with"))
        for t in child.subtree
    }


def _institutions_at(ctx: Context, head: Token, groups: dict[int, list[Piece]]) -> list[Token]:
    """International organisations an agent works at ("judges at the International Criminal
    Court", "diplomats at the UN"); "at" a place or an embassy stays where the agent is."""
    agents = [ctx.kb.agents.get(p.agent or "") for p in groups.get(head.i, []) if p.agent]
    if not any(a is not None and _STAFF_SECTORS & set(a.sectors) for a in agents):
        return []
    return [
        obj
        for child in head.children
        if child.dep_ == "prep" and child.lower_ == "at"
        for obj in child.children
        if obj.dep_ == "pobj"
        and any(e.actor.kind == "igo" for p in groups.get(obj.i, []) for e in p.entries)
    ]


def _a_person(pieces: list[Piece], head: Token) -> bool:
    """Whether the phrase headed by ``head`` names a person ("President Donald Trump")."""
    return not _is_agent_head(head, pieces) and any(
        e.actor.kind == "person" for p in pieces if p.start <= head.i < p.end for e in p.entries
    )


def _is_agent_head(head: Token, pieces: list[Piece]) -> bool:
    return any(p.agent and p.end - 1 == head.i for p in pieces)


def _has_agent_or_person(pieces: list[Piece], head: Token) -> bool:
    return any(
        (p.agent and p.end - 1 == head.i) or any(e.actor.kind == "person" for e in p.entries)
        for p in pieces
    )


#: Nouns that name a kind of place before its name ("the state of Chiapas", "the town of Osh").
_PLACE_KINDS_OF = frozenset(
    {"state", "province", "region", "city", "town", "village", "district", "county", "hamlet",
     "island", "port", "capital", "municipality", "governorate", "oblast", "enclave"}
)  # fmt: skip


def _region_owner(place: Token, groups: dict[int, list[Piece]]) -> list[Piece]:
    """The pieces that say whose a place is: a region named after a people belongs to the
    state that owns it ("officials in Ethiopia's Somali region": Ethiopia's, not Somalia's)."""
    pieces = groups[place.i]
    if place.lemma_.lower() not in _PLACE_KINDS_OF:
        return pieces
    owners = [p for c in place.children if c.dep_ == "poss" for p in groups.get(c.i, [])]
    return [p for p in owners if p.entries] or pieces


def is_locative(token: Token) -> bool:
    """Whether a noun is used as a place: object of in/at/near, or of to/from after motion."""
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    if current.dep_ != "pobj":
        return current.dep_ in {"npadvmod"} and current.head.pos_ == "VERB" and False
    prep = current.head
    word = prep.lower_
    if word in LOCATIVE_PREPS:
        return True
    if word == "of" and prep.head.lemma_.lower() in _PLACE_KINDS_OF and prep.head.i != token.i:
        return is_locative(prep.head)  # "in the southern Mexican state of Chiapas"
    if word in MOTION_PREPS:
        governor = prep.head
        return governor.lemma_.lower() in MOTION_VERBS or governor.lower_ in {
            "trip",
            "visit",
            "flight",
            "journey",
        }
    return False


# ------------------------------------------------------------------------------ composition
def _best_entries(piece: Piece) -> list[AliasEntry]:
    return sorted(piece.entries, key=lambda e: (_KIND_RANK.get(e.actor.kind, 9), e.use != "name"))


def _head_piece(pieces: Iterable[Piece], head: Token) -> Piece | None:
    covering = [p for p in pieces if p.start <= head.i < p.end and p.entries]
    if not covering:
        return None
    return max(covering, key=lambda p: (p.end - p.start, -p.start))


def _span_text(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text


def _np_bounds(
    head: Token, pieces: Iterable[Piece], extra: Iterable[Piece] = ()
) -> tuple[int, int]:
    start = min([head.i] + [p.start for p in pieces] + [p.start for p in extra])
    end = max([head.i + 1] + [p.end for p in pieces] + [p.end for p in extra])
    # include a leading determiner ("the Russian authorities")
    doc = head.doc
    if start > 0 and doc[start - 1].dep_ == "det" and doc[start - 1].head.i == head.i:
        start -= 1
    return start, end


def _compose(
    ctx: Context, head: Token, pieces: list[Piece], extra: list[Piece]
) -> list[ActorMention]:
    doc = ctx.doc
    head_piece = _head_piece(pieces, head)
    agent_pieces = [p for p in pieces if p.agent and p.end - 1 == head.i]
    agent_piece = max(agent_pieces, key=lambda p: p.end - p.start) if agent_pieces else None

    # 1. a named person (KB), however titled; a group or state body of that name wins unless
    #    the tagger saw a person ("ISIS" is a group even if a converted entry lists it as a person)
    if (
        head_piece is not None
        and any(e.actor.kind == "person" for e in head_piece.entries)
        and (
            head.ent_type_ == "PERSON"
            or all(e.actor.kind in {"person", "org"} for e in head_piece.entries)
        )
    ):
        person_mention = _person(ctx, head, head_piece, pieces)
        titled: list[ActorMention] = []
        if person_mention is None or _out_of_date(ctx, person_mention):
            others = [p for p in pieces if p is not head_piece and p.end <= head_piece.start]
            titled = _titled_unknown_person(ctx, head, others + _title_pieces(ctx, head_piece))
        if person_mention is not None and not any(_in_office(m) for m in titled):
            _shadow_modifiers(ctx, pieces, head_piece)
            return [person_mention]
        # the text says another country than the KB's namesake ("Saudi King Abdullah"), or an
        # office the KB's records are too old to know ("South Sudan's President Salva Kiir")
        return titled
    # 2. an unknown person with a title or a country ("Kremlin critic Alexei Navalny")
    if _looks_like_name(ctx, head, pieces) and (
        head_piece is None or not _covers_entity(doc, head_piece, head)
    ):
        return _titled_unknown_person(ctx, head, pieces)
    # 3. a report or statement speaks for the actor that modifies it
    if head_piece is None and agent_piece is None and head.lemma_.lower() in REPORT_NOUNS:
        owners = [m for p in pieces for m in _standalone(ctx, p)]
        return [
            ActorMention(
                *_np_bounds(head, pieces),
                head.i,
                _retext(m.actor, doc, *_np_bounds(head, pieces)),
                m.kind,
                None,
                0.9,
            )
            for m in owners[:1]
        ]
    # 4. an agent noun with the country, organisation or seat that modifies it
    if agent_piece is not None and (
        head_piece is None
        or head_piece.end - head_piece.start < agent_piece.end - agent_piece.start
        or _foreign_modifier(head_piece, pieces)
    ):
        return _agent(ctx, head, agent_piece, [p for p in pieces if p is not agent_piece] + extra)
    # 5. the head itself names an organisation, seat, country or capital
    if head_piece is not None:
        mentions = _standalone(ctx, head_piece, head=head, pieces=pieces)
        if mentions:
            _shadow_modifiers(ctx, pieces, head_piece)
            return mentions
    # 6. modifiers of a thing ("Moscow's behaviour", "the EU's strategy"): each stands alone
    out: list[ActorMention] = []
    used: set[int] = set()
    for piece in pieces:
        # an agent word in front of its act or its post ("opposition demands", "rebel attacks",
        # "a police station"): its own actor, with whatever names its country before it
        # ("Kenyan opposition demands"); not in front of other things ("intelligence sharing",
        # "refugee camps")
        word = doc[piece.end - 1]
        if (
            piece.entries
            or not piece.agent
            or word.dep_ not in ("compound", "amod")  # "a rebel stronghold" may read rebel JJ
            or word.head.i != head.i
        ):
            continue
        mods = [p for p in pieces if p.entries and p.end <= piece.start]
        if not _acts_or_posts(ctx, head, piece, mods):
            continue
        out.extend(_agent(ctx, word, piece, mods))
        used.update(id(p) for p in mods)
    for piece in _outermost([p for p in pieces if id(p) not in used]):
        out.extend(_standalone(ctx, piece))
    # a state's property stands for the state as a target ("seized the British tanker")
    owns = len(out) == 1 and head.lemma_.lower() in PROPERTY_NOUNS
    if owns and (out[0].kind != "country" or not is_locative(doc[out[0].head])):
        owner = out[0]
        start, end = _np_bounds(head, pieces)
        actor = _retext(owner.actor, doc, start, end)
        out.append(ActorMention(start, end, head.i, actor, owner.kind, None, 0.7))
    return out


#: What an agent named in front of it does ("opposition demands", "a rebel offensive").
_AGENT_ACTS = frozenset(
    {"demand", "request", "proposal", "plan", "offer", "call", "ultimatum", "attack", "offensive",
     "raid", "assault", "ambush", "bombing", "shelling", "crackdown", "operation", "rally",
     "protest", "march", "strike", "boycott", "blockade", "threat", "warning", "campaign",
     "incursion", "takeover", "siege", "advance", "withdrawal", "pullout", "violence",
     "brutality", "abuse", "killing", "massacre", "patrol"}
)  # fmt: skip
#: Where an armed or state body named in front of it is ("a police station", "an army camp").
_AGENT_POSTS = frozenset(
    {"station", "camp", "base", "headquarters", "post", "checkpoint", "barracks", "convoy",
     "vehicle", "building", "compound", "office", "position", "stronghold", "outpost",
     "academy"}
)  # fmt: skip
#: Sectors whose posts stand for them.
_POST_SECTORS = frozenset({"MIL", "COP", "GOV", "REB", "SPY", "JUD", "LEG", "INS", "CRM"})


def _acts_or_posts(ctx: Context, head: Token, piece: Piece, mods: list[Piece]) -> bool:
    """Whether the thing an agent word modifies is the agent's act ("opposition demands") or,
    for an armed or state body, its post ("a police station"); a group's post stays the group's
    ("Hamas intelligence offices")."""
    word = head.lemma_.lower()
    if word in _AGENT_ACTS:
        return True
    agent = ctx.kb.agents.get(piece.agent or "")
    if word not in _AGENT_POSTS or agent is None or not set(agent.sectors) & _POST_SECTORS:
        return False
    return not any(e.actor.kind == "group" for p in mods for e in p.entries)


def _foreign_modifier(head_piece: Piece, pieces: list[Piece]) -> bool:
    """Whether a country named before a body that is also one country's seat is another one:
    "the Peruvian Congress" is Peru's legislature, not Capitol Hill."""
    own = {e.actor.country for e in head_piece.entries}
    return any(
        e.use in {"name", "demonym"} and e.actor.kind == "country" and e.actor.country not in own
        for p in pieces
        if p.end <= head_piece.start
        for e in p.entries
    )


def _outermost(pieces: list[Piece]) -> list[Piece]:
    keep: list[Piece] = []
    for piece in sorted(pieces, key=lambda p: (p.start, -(p.end - p.start))):
        if not piece.entries:
            continue
        if any(k.start <= piece.start and piece.end <= k.end for k in keep):
            continue
        keep.append(piece)
    return keep


def _covers_entity(doc: Doc, piece: Piece, head: Token) -> bool:
    ent = _entity_at(doc, head.i)
    if ent is None:
        return True
    return piece.start <= ent.start and ent.end <= piece.end


def _retext(actor: Actor, doc: Doc, start: int, end: int) -> Actor:
    return Actor(
        _span_text(doc, start, end),
        actor.code,
        actor.country,
        actor.sectors,
        actor.name,
        actor.actor_id,
    )


def _shadow_modifiers(ctx: Context, pieces: list[Piece], head_piece: Piece) -> None:
    for piece in pieces:
        if piece is head_piece or (head_piece.start <= piece.start and piece.end <= head_piece.end):
            continue
        for entry in _best_entries(piece)[:1]:
            if entry.actor.kind in {"igo", "country", "group"}:
                actor = make_actor(
                    _span_text(ctx.doc, piece.start, piece.end),
                    ctx.code_of(entry.actor),
                    name=entry.actor.name,
                    actor_id=entry.actor.actor_id,
                )
                ctx.shadows.append(
                    ActorMention(
                        piece.start, piece.end, _root(ctx.doc, piece), actor, entry.actor.kind
                    )
                )


def _person(
    ctx: Context, head: Token, head_piece: Piece, pieces: list[Piece]
) -> ActorMention | None:
    doc = ctx.doc
    people = [e.actor for e in head_piece.entries if e.actor.kind == "person"]
    hint = _modifier_countries(ctx, pieces, exclude=head_piece)
    chosen, score = choose_person(people, ctx.day, hint)
    if chosen is None:
        return None
    if ctx.code_of(chosen) is None:
        return None
    role = chosen.role_on(ctx.day_for(chosen))
    homes = {chosen.country, role.code[:3] if role else None}
    if hint and not hint & homes and not (role and role.code.startswith(_IGO_PREFIXES)):
        return None
    start, end = _np_bounds(head, pieces)
    code = ctx.code_of(chosen)
    if code and code[:3] == chosen.country and not code.endswith("ELI") and _formerly(head):
        code = f"{chosen.country}ELI"  # "Former President Salva Kiir": the text says he left
    actor = make_actor(
        _span_text(doc, start, end), code, name=chosen.name, actor_id=chosen.actor_id
    )
    return ActorMention(start, end, head.i, actor, "person", None, score)


def _out_of_date(ctx: Context, mention: ActorMention) -> bool:
    """Whether the KB has a person out of office (ELI) on the article's day only from converted
    records, which stop in 2014: then a current office the text gives wins ("South Sudan's
    President Salva Kiir" in 2019). Hand-checked records are trusted over the text."""
    if not (mention.actor.code or "").endswith("ELI"):
        return False
    person = ctx.kb.actors.get(mention.actor.actor_id or "")
    return person is not None and not any(r.source == "hand" for r in person.roles)


def _in_office(mention: ActorMention) -> bool:
    """A titled person coded with a country and an office (not ELI), or with an international
    body's office ("U.N. envoy Martti Ahtisaari", a former head of state)."""
    code = mention.actor.code
    if code and code.startswith(_IGO_PREFIXES):
        return True
    return bool(mention.actor.country and code and not code.endswith("ELI"))


#: Words that put a title in the past ("former President X", "ex-minister Y").
_FORMER_WORDS = frozenset({"former", "ex", "ex-", "erstwhile", "ousted", "deposed", "late"})


def _formerly(head: Token) -> bool:
    """Whether the phrase that names a person says the title is no longer held."""
    return any(
        t.lower_ in _FORMER_WORDS or t.lower_.startswith("ex-")
        for t in head.doc[head.left_edge.i : head.i]
    )


def earlier_roles(doc: Doc, kb: KnowledgeBase, mentions: list[ActorMention]) -> dict[str, dt.date]:
    """Groups an undated text must code by an earlier role: a group whose latest role makes it
    a country's state (the Taliban: Afghanistan's government from 2021-08-15) while the text
    names that state apart from it ("the Taliban rejected the Afghan government's offer") is
    the group as it was before, coded on the day before its latest role began."""
    dated: dict[str, dt.date] = {}
    for mention in mentions:
        record = kb.actors.get(mention.actor.actor_id or "")
        if record is None or record.kind not in {"group", "org"} or mention.kind == "pronoun":
            continue
        latest = record.role_on(None)
        if latest is None or latest.start is None or latest.code != mention.actor.code:
            continue
        earlier = [r for r in record.roles if r.start is not None and r.start < latest.start]
        if not earlier or max(earlier, key=lambda r: r.start or dt.date.min).code == latest.code:
            continue
        if not STATE_SECTORS & set(sectors_of(latest.code)):
            continue
        own = {
            i
            for m in mentions
            if m.actor.actor_id == record.actor_id
            for i in range(m.start, m.end)
        }
        if any(_rival_state(doc, other, own, country_of(latest.code)) for other in mentions):
            dated[record.actor_id] = latest.start - dt.timedelta(days=1)
    return dated


def _rival_state(doc: Doc, mention: ActorMention, own: set[int], country: str | None) -> bool:
    """Whether ``mention`` names ``country``'s state (government, army, police ...) as an
    actor of its own: not a pronoun, not a phrase that contains the group ("Taliban's interior
    ministry") or refers back to it, and not a former government."""
    if mention.kind == "pronoun" or mention.actor.country != country or country is None:
        return False
    if not STATE_SECTORS & set(mention.actor.sectors):
        return False
    if mention.antecedent is not None and mention.antecedent[0] in own:
        return False
    head = doc[mention.head]
    phrase = range(head.left_edge.i, head.right_edge.i + 1)
    return not any(i in own for i in phrase) and not _formerly(head)


def _title_pieces(ctx: Context, piece: Piece) -> list[Piece]:
    """Agent titles inside a matched name ("King" in "King Abdullah"), as pieces of their own."""
    doc = ctx.doc
    out = []
    for i in range(piece.start, piece.end):
        agent = ctx.kb.agents.get(doc[i].lower_)
        if agent is not None and agent.kind == "title":
            out.append(Piece(i, i + 1, (), doc[i].lower_))
    return out


def choose_person(
    people: list[KBActor], day: dt.date | None, hint: set[str]
) -> tuple[KBActor | None, float]:
    """The person a name refers to on ``day``: one holding office, of the hinted country, with
    hand-checked roles; the score drops when the name stays ambiguous."""
    unique = list({p.actor_id: p for p in people}.values())
    if not unique:
        return None, 0.0

    def rank(person: KBActor) -> tuple[bool, bool, bool, bool, int]:
        role = person.role_on(day)
        in_office = role is not None and not role.code.endswith("ELI")
        hinted = bool(hint) and (
            person.country in hint or (role is not None and role.code[:3] in hint)
        )
        hand = any(r.source == "hand" for r in person.roles)
        return (not in_office, not hinted, not hand, not person.roles, -len(person.roles))

    unique.sort(key=rank)
    best = unique[0]
    if len(unique) == 1:
        return best, 1.0
    return best, 0.9 if rank(best) < rank(unique[1]) else 0.6


def _modifier_countries(
    ctx: Context, pieces: list[Piece], exclude: Piece | None = None
) -> set[str]:
    out: set[str] = set()
    for piece in pieces:
        if piece is exclude:
            continue
        for entry in piece.entries:
            if entry.actor.kind in {"country", "seat"} and entry.actor.country:
                out.add(entry.actor.country)
    return out


def _looks_like_name(ctx: Context, head: Token, pieces: list[Piece]) -> bool:
    """A person's name: tagged PERSON, or a proper noun right after a title ("lawmaker X Y")."""
    if head.ent_type_ == "PERSON":
        return True
    if head.pos_ != "PROPN" or any(p.start <= head.i < p.end for p in pieces):
        return False
    titles = [p for p in pieces if p.agent and p.end <= head.i]
    if not titles:
        return False
    last = max(titles, key=lambda p: p.end)
    between = ctx.doc[last.end : head.i + 1]
    return all(t.pos_ == "PROPN" for t in between) and len(between) <= 4


def _name_span(doc: Doc, head: Token) -> Span:
    """The proper nouns of a name ending at ``head`` (its entity when the tagger found one)."""
    ent = _entity_at(doc, head.i)
    if ent is not None and ent.label_ == "PERSON":
        return ent
    start = head.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == head.i:
        start -= 1
    return doc[start : head.i + 1]


def _titled_unknown_person(ctx: Context, head: Token, pieces: list[Piece]) -> list[ActorMention]:
    """A name the KB does not know, coded from its title and country ("Kremlin critic X")."""
    doc = ctx.doc
    ent = _name_span(doc, head)
    name = ent.text
    if doc[(ent.end if ent is not None else head.i + 1) - 1].text in _STRUCTURES:
        return []  # "the Ambassador Bridge", "the President Hotel": a place named after a title
    agents = [p for p in pieces if p.agent and p.end <= (ent.start if ent is not None else head.i)]
    if not agents and not pieces and not any(c.dep_ == "appos" for c in head.children):
        return []
    sectors: tuple[str, ...] = ()
    if agents:
        agent = ctx.kb.agents.get(max(agents, key=lambda p: (p.end, p.end - p.start)).agent or "")
        sectors = agent.sectors if agent else ()
        if sectors and _formerly(head):
            sectors = ("ELI",)  # "former Lebanese Prime Minister X": an elite, not the government
    owners = _owners(
        ctx, [p for p in pieces if p.entries and not (ent is not None and p.start >= ent.start)]
    )
    if not owners and not sectors:  # "Angela Merkel, the German chancellor"
        for child in head.children:
            if child.dep_ != "appos":
                continue
            appos = list(ctx.groups.get(child.i, []))
            for obj in _agent_prep_objects(child):
                appos += ctx.groups.get(obj.i, [])
            agent_pieces = [p for p in appos if p.agent and p.end - 1 == child.i]
            if agent_pieces:
                agent = ctx.kb.agents.get(agent_pieces[0].agent or "")
                sectors = agent.sectors if agent else ()
            owners = _owners(ctx, [p for p in appos if p.entries])
            break
    if not owners and not sectors:
        return []
    start, end = _np_bounds(head, pieces)
    if ent is not None:
        end = max(end, ent.end)
    text = _span_text(doc, start, end)
    mentions = []
    choices: list[tuple[str | None, str]] = list(owners) or [(None, "generic")]
    for owner_code, _kind in choices:
        code = _join_code(owner_code, sectors)
        mentions.append(
            ActorMention(start, end, head.i, make_actor(text, code, name=name), "person", None, 0.8)
        )
    return mentions


def _join_code(owner: str | None, sectors: tuple[str, ...]) -> str | None:
    if owner is None:
        return "".join(sectors) or None
    if owner.startswith(_IGO_PREFIXES):
        return owner
    if len(owner) > 3 and sectors:  # a seat's code carries its sector (RUSSPY); the agent's wins
        owner = owner[:3]
    return owner + "".join(sectors)


def _member_of_group(noun: str, group: str | None) -> bool:
    """Whether a group's ``noun`` ("official", "forces") is the group itself."""
    if noun in _MEMBER_NOUNS:
        return True
    return noun in _FORCE_NOUNS and "GOV" not in (group or "")


def _owners(ctx: Context, pieces: list[Piece]) -> list[tuple[str, str]]:
    """The countries or organisations named by modifier pieces, in text order, one per actor."""
    owners: list[tuple[str, str]] = []
    for piece in _outermost(sorted(pieces, key=lambda p: p.start)):
        entry = _pick_entry(ctx, piece)
        if entry is None:
            continue
        actor = entry.actor
        if actor.kind == "person":
            code = ctx.code_of(actor)
            owner = country_of(code) or code
        elif actor.kind == "igo" or (actor.code or "").startswith(_IGO_PREFIXES):
            owner = ctx.code_of(actor)
        elif actor.kind == "seat":
            owner = ctx.code_of(actor)  # "the FSB's X" -> RUSSPY unless a title says more
        elif actor.kind == "group":
            owner = ctx.code_of(actor) or actor.country  # its country, or itself for a member
        else:
            owner = actor.country or country_of(ctx.code_of(actor))
        if owner and _owner_key(owner) not in [_owner_key(o) for o, _ in owners]:
            owners.append((owner, actor.kind))
    return owners


def _owner_key(owner: str) -> str:
    return owner if owner.startswith(_IGO_PREFIXES) else owner[:3]


def _pick_entry(ctx: Context, piece: Piece) -> AliasEntry | None:
    """Which KB record a modifier names; a seat of an IGO named in this document wins
    ("Brussels" in an EU story is the EU)."""
    entries = _best_entries(piece)
    if not entries:
        return None
    for entry in entries:
        if entry.use == "seat" and entry.actor.kind == "igo":
            if entry.actor.actor_id in ctx.named_igos:
                return entry
            continue
        return entry
    return None


def _agent(ctx: Context, head: Token, agent_piece: Piece, mods: list[Piece]) -> list[ActorMention]:
    doc = ctx.doc
    agent = ctx.kb.agents.get(agent_piece.agent or "")
    sectors = agent.sectors if agent else ()
    if head.lemma_.lower() == "counterpart":
        return []  # "his Russian counterpart" is a description: coreference resolves it
    supporters = head.lemma_.lower() == "supporter"
    # whose supporters may follow them: "supporters of the opposition leader"
    left = "".join(t.text_with_ws for t in head.subtree if supporters or t.i < head.i).lower()
    if sectors == ("CVL",) and any(word in left for word in _OPPOSITION_WORDS):
        sectors = ("OPP",)
    titled = head.tag_ in ("NN", "NNP") or (agent is not None and agent.kind == "title")
    # "the U.S.-backed Syrian Democratic Forces": who backs a force does not own it
    mods = [
        p
        for p in mods
        if not any(_backer(doc[i], head) or _backing_word(doc[i]) for i in range(p.start, p.end))
    ]
    if "GOV" in sectors and titled and _formerly(head):
        # "the former Chief Minister of Kashmir", "former chief ministers": out of office
        sectors = ("ELI",)
    owners = _owners(
        ctx, [p for p in mods if not (agent_piece.start <= p.start and p.end <= agent_piece.end)]
    )
    # the agent phrase itself may name an owner ("Kremlin spokesman" is one piece)
    if not owners:
        owners = _owners(ctx, [p for p in mods if p.entries])
    start, end = _np_bounds(head, [agent_piece, *mods])
    if not owners:  # a place that modifies the agent ("an Istanbul court", "Alberta government")
        owners = _place_owners(ctx, head, start)
    text = _span_text(doc, start, end)
    if not owners and supporters and sectors != ("OPP",):
        return []  # supporters of no one named: a club's as likely as a party's
    if not owners:
        sectors = _body_sectors(ctx, agent, mods) or sectors
        actor = make_actor(text, "".join(sectors) or None)
        return [
            ActorMention(
                start, end, head.i, Actor(text, actor.code, None, sectors), "generic", None, 0.5
            )
        ]
    mentions = []
    for owner, kind in owners:
        if kind == "group" and _member_of_group(head.lemma_.lower(), owner):
            code: str | None = owner  # "a Hezbollah official", "Hamas commanders": the group's
        elif owner in _REGION_BODIES and set(sectors) <= {"GOV"}:
            code = _REGION_BODIES[owner]  # "West African leaders demanded": ECOWAS acting
        else:
            code = _join_code(owner, sectors)
        mentions.append(
            ActorMention(start, end, head.i, make_actor(text, code), "agent", None, 0.9)
        )
    return mentions


def _body_sectors(ctx: Context, agent: Agent | None, mods: list[Piece]) -> tuple[str, ...]:
    """The sectors of the body an officer title belongs to ("the company's chief executive",
    "the union's president"): an office is a government one only when no other body owns it."""
    if agent is None or agent.sectors != ("GOV",):
        return ()
    for piece in mods:
        body = ctx.kb.agents.get(piece.agent or "")
        if body is not None and body.sectors not in ((), ("GOV",)):
            return body.sectors
    return ()


def _place_owners(ctx: Context, head: Token, start: int) -> list[tuple[str, str]]:
    doc = ctx.doc
    first = min([start] + [t.i for t in head.lefts])
    countries = []
    for i in range(first, head.i):
        country = ctx.places.get(i)
        if (
            country
            and doc[i].head.i in {head.i, *[t.i for t in head.lefts]}
            and not _backer(doc[i], head)
            and country not in countries
        ):
            countries.append(country)
    return [(c, "country") for c in countries[:1]]


def _place_mentions(ctx: Context, mentions: list[ActorMention]) -> list[ActorMention]:
    """Places the KB does not know, resolved by the places stage, as country mentions
    ("shell Haifa" -> ISR). Places used locatively ("in Hodeidah") keep a lower score; the event
    coder skips objects of in/at/near."""
    doc = ctx.doc
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out: list[ActorMention] = []
    for place in doc._.places or ():
        country = getattr(place.location, "country", None)
        if not country or any(i in covered for i in range(place.start, place.end)):
            continue
        span = doc[place.start : place.end]
        if any(
            e.use == "seat" and e.actor.actor_id in ctx.named_igos
            for e in ctx.kb.entries(span.text)
        ):
            continue  # "in Brussels" in an EU story names no Belgian actor
        head = span.root
        if head.dep_ == "compound" and head.head.i in covered:
            continue
        score = 0.4 if is_locative(head) else 0.5
        out.append(
            ActorMention(
                place.start,
                place.end,
                head.i,
                make_actor(span.text, country),
                "country",
                None,
                score,
            )
        )
    return out


#: Sectors that may take the country of the sentence they are in when no country is named.
_DOMESTIC = frozenset(
    {"CVL", "OPP", "LAB", "EDU", "MED", "BUS", "COP", "JUD", "LEG", "GOV", "HLH", "AGR", "HRI",
     "ELI"}
)  # fmt: skip


def apposed_offices(ctx: Context, mentions: list[ActorMention]) -> list[ActorMention]:
    """A known person set beside an office of another country than the KB's namesake's
    ("Mali's foreign minister, Abdoulaye Diop": not the Senegalese Abdoulaye Diop) takes the
    office's code; the text is the best witness of who is meant."""
    doc = ctx.doc
    offices = {m.head: m for m in mentions if m.kind == "agent" and m.actor.country}
    # an organisation, or its envoy named as one ("the Arab League's special envoy")
    bodies = {
        m.head: m
        for m in mentions
        if m.kind == "igo"
        or (m.kind in ("agent", "group") and (m.actor.code or "").startswith("IGO"))
    }
    out: list[ActorMention] = []
    for mention in mentions:
        head = doc[mention.head]
        beside = None
        envoy = (
            _envoy_of_body(head, bodies)
            if mention.kind == "person" and (mention.actor.code or "").endswith("ELI")
            else None
        )
        if envoy is not None:
            # "Former South African President Thabo Mbeki, the African Union's chief
            # mediator": a former leader acts in the office he holds now
            actor = make_actor(
                mention.actor.text, envoy.actor.code, name=mention.actor.name, actor_id=None
            )
            out.append(replace(mention, actor=actor))
            continue
        if mention.kind == "person" and mention.actor.country:
            if head.dep_ == "appos":
                beside = offices.get(head.head.i)
            else:
                beside = next(
                    (offices[c.i] for c in head.children if c.dep_ == "appos" and c.i in offices),
                    None,
                )
        if beside is None or beside.actor.country == mention.actor.country:
            out.append(mention)
            continue
        actor = make_actor(
            mention.actor.text, beside.actor.code, name=mention.actor.name, actor_id=None
        )
        out.append(replace(mention, actor=actor))
    return out


def _envoy_of_body(person: Token, bodies: dict[int, ActorMention]) -> ActorMention | None:
    """The organisation a person's apposition makes him the envoy of ("Thabo Mbeki, the African
    Union's chief mediator", "Kofi Annan, the UN's special envoy"; "the U.N. envoy for Yemen,
    Jamal Benomar")."""
    nouns = [c for c in person.children if c.dep_ == "appos"]
    if person.dep_ == "appos":
        nouns.append(person.head)
    for noun in nouns:
        if noun.lemma_.lower() not in _ENVOY_AGENTS:
            continue
        if noun.i in bodies:
            return bodies[noun.i]
        for owner in noun.children:
            if owner.dep_ == "poss":
                found = bodies.get(owner.i) or next(
                    (m for m in bodies.values() if m.start <= owner.i < m.end), None
                )
                if found is not None:
                    return found
    return None


def named_members(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """A member noun set beside a name the KB gives a group ("its leader Joseph Kony", with
    Kony among the Lord's Resistance Army's names) is that group, not a generic leader."""
    groups = {m.head: m for m in mentions if m.kind == "group" and m.actor.code}
    # "negotiators from the Colombian government": the body they come from
    bodies = {
        m.head: m
        for m in mentions
        if m.kind in ("group", "agent", "igo") and m.actor.code and m.actor.country
    }
    out: list[ActorMention] = []
    for mention in mentions:
        head = doc[mention.head]
        named = next(
            (groups[c.i] for c in head.children if c.dep_ == "appos" and c.i in groups), None
        )
        if named is None:
            named = next(
                (
                    bodies[o.i]
                    for c in head.children
                    if c.dep_ == "prep" and c.lower_ == "from"
                    for o in c.children
                    if o.dep_ == "pobj" and o.i in bodies
                ),
                None,
            )
        if named and mention.kind == "agent" and head.lemma_.lower() in _MEMBER_NOUNS:
            out.append(replace(mention, actor=replace(named.actor, text=mention.actor.text)))
        else:
            out.append(mention)
    return out


def inherit_countries(ctx: Context, mentions: list[ActorMention]) -> list[ActorMention]:
    """Generic agents ("police", "activists") take the country of their sentence: first of a place
    named in it ("in Baghdad"), else, for domestic sectors, of the nearest actor with a country."""
    doc = ctx.doc
    out: list[ActorMention] = []
    for mention in mentions:
        # an unknown person titled only by office ("opposition leader Ousmane Sonko",
        # "ousted President Pedro Castillo") is of the country in the sentence, as agents are
        titled = mention.kind == "person" and mention.actor.actor_id is None
        if (
            (mention.kind != "generic" and not titled)
            or mention.actor.country is not None
            or not mention.actor.sectors
            or of_many_countries(doc[mention.head])
            or _foreign(doc[mention.head])  # "an international tribunal": of no place here
        ):
            out.append(mention)
            continue
        partner = _listed_with(doc[mention.head], mentions)
        if partner is not None and not titled and set(mention.actor.sectors) & _FORCES:
            # "NATO warplanes and cruise missiles", "U.S. and British warplanes and cruise
            # missiles": a force listed after another named one is of the same side
            same_force = set(partner.actor.sectors) == set(mention.actor.sectors)
            code = (
                partner.actor.code
                if same_force or not partner.actor.country
                else partner.actor.country + "".join(mention.actor.sectors)
            )
            if code and (partner.actor.country or code.startswith("IGO")):
                out.append(_inherited(mention, code, "agent", partner))
                continue
        principal = _principal(doc[mention.head], mentions)
        if principal is not None and not titled and principal.actor.country:
            # "negotiators for the Philippine government and the MILF": whom they act for,
            # not where they meet
            code = principal.actor.country + "".join(mention.actor.sectors)
            out.append(_inherited(mention, code, "agent", principal))
            continue
        alliance = _leader(doc[mention.head], [m for m in mentions if m.kind == "igo"])
        if alliance is not None and not titled and alliance.actor.code:
            # "NATO-led peacekeeping troops": the organisation's force
            out.append(_inherited(mention, alliance.actor.code, "agent", alliance))
            continue
        sent = doc[mention.head].sent
        near = [
            m
            for m in mentions
            if m is not mention
            and m.kind != "generic"
            and m.actor.country
            and sent.start <= m.head < sent.end
            and not (m.start <= mention.head < m.end)
        ]
        # "civilians were killed in an Israeli air strike on Gaza": the attackers named in the
        # fighting are not the victims' people
        attackers = _attackers_of(doc[mention.head])
        near = [m for m in near if m.head not in attackers]
        # an embassy people gather at stands in another country than its owner's
        near = [
            m
            for m in near
            if not (doc[m.head].lemma_.lower() in _ABROAD_NOUNS and is_locative(doc[m.head]))
        ]
        backers = [m for m in near if _backer(doc[m.head], doc[mention.head])]
        near = [m for m in near if m not in backers]
        sectors = set(mention.actor.sectors)
        # a place where the agent's own clause happens ("protesters attacked it in Baghdad")
        verb = _clause_verb(doc[mention.head])
        if (
            sectors & {"GOV", "LEG", "ELI", "JUD"}
            and doc[mention.head].dep_ in ("nsubj", "nsubjpass")
            and not _of_one_cabinet(doc[mention.head])  # "cabinet ministers urged May": hers
        ):
            # "the president vowed to attack Ukraine": a government acting on a country is
            # usually a foreign one; do not take the country of what it acts on ("a federal
            # grand jury indicted 12 Russian officers": a court naming a defendant's country
            # names a foreigner)
            near = [m for m in near if not _acted_on(doc[m.head], verb)]
        places = [m for m in near if is_locative(doc[m.head]) and _clause_verb(doc[m.head]) == verb]
        # "outside the U.S. embassy in Islamabad": the city says where, not the embassy's owner
        places = [m for m in places if m.kind != "agent"] or places
        # a region ("across Europe") is a weaker clue than a country named in the sentence
        if places and not any(is_state(m.actor.country) for m in places) and sectors <= _DOMESTIC:
            places = [m for m in near if is_state(m.actor.country)] or places
        partner = _government_partner(doc[mention.head], near)
        if partner is not None:  # "Venezuela's government and the opposition": the same land's
            pool = [partner]
        elif places:
            pool = places
        elif backers:  # "Washington blamed Iran-backed militias": a proxy, no one's here
            pool = []
        elif sectors <= _DOMESTIC:
            pool = near
        elif sectors & {"REB", "INS", "SEP"}:  # rebels fight the government of their country
            pool = [m for m in near if "GOV" in m.actor.sectors or is_locative(doc[m.head])]
        else:
            pool = [m for m in near if is_locative(doc[m.head])]
        sender = _sender(doc[mention.head], near)
        if sender is not None:  # "France sent troops to Chad": French troops
            pool = [sender]
        warden = _warden(doc[mention.head], near) if sectors & _FORCES else None
        if warden is not None:  # "Turkish authorities detained 2,800 soldiers": Turkish
            pool = [warden]
        leader = _leader(doc[mention.head], near)
        if leader is not None:  # "US-led coalition forces": the leader's
            pool = [leader]
        ruled = _ruled(doc[mention.head], near)
        if ruled is not None:  # "the generals who rule Myanmar": that country's
            pool = [ruled]
        owner = [
            m
            for m in near
            if m.kind == "pronoun"
            and doc[m.head].dep_ == "poss"
            and doc[m.head].head.i == mention.head
        ]
        if owner:  # "Russia said its troops": Russian
            pool = owner
        elif any(c.dep_ == "poss" and c.lower_ == "their" for c in doc[mention.head].children):
            pool = []  # "Iran and Saudi Arabia agreed to reopen their embassies": no one nearby's
        if titled:  # only a state's own institution acting on a person says whose the
            # person is ("Senegalese police arrested opposition leader X"), not a foreign
            # leader the person meets or a government the person speaks to
            acted_on = doc[mention.head].dep_ not in ("nsubj", "appos")
            pool = [
                m
                for m in near
                if acted_on
                and m.kind == "agent"
                and set(m.actor.sectors) & STATE_SECTORS
                and (doc[m.head].dep_ == "nsubj" or doc[m.head].head.dep_ == "agent")
            ]
        described = _described_by(doc[mention.head], near)
        if described is not None:  # "Bolivia's armed forces chief, General Williams Kaliman"
            pool = [described]
        countries = [m for m in pool if is_state(m.actor.country)]
        pool = countries or pool
        if not pool or "REF" in sectors:
            out.append(mention)
            continue
        source = min(pool, key=lambda m: (abs(m.head - mention.head), m.head > mention.head))
        code = (source.actor.country or "") + "".join(mention.actor.sectors)
        out.append(_inherited(mention, code, "person" if titled else "agent", source))
    return out


#: Agents who act on someone's behalf ("negotiators for the government").
_ENVOY_AGENTS = frozenset(
    {"negotiator", "delegation", "delegate", "envoy", "representative", "mediator"}
)


def _principal(token: Token, mentions: list[ActorMention]) -> ActorMention | None:
    """Whom an envoy-like agent acts for, named by "for" or "from" ("negotiators for the
    Colombian government and FARC rebels"): the first actor named there."""
    if token.lemma_.lower() not in _ENVOY_AGENTS:
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "from"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found = [m for m in mentions if m.start <= obj.i < m.end]
                    if found:
                        return found[0]
    return None


def _described_by(token: Token, near: list[ActorMention]) -> ActorMention | None:
    """The country whose a generic agent or an untitled person is said to be by the noun it stands
    in apposition with ("Bolivia's armed forces chief, General Williams Kaliman") or by the named
    unit it comes from ("soldiers from an elite Madagascar army unit")."""
    doc = token.doc
    nouns = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        nouns.append(token.head)
    for mention in near:
        word = doc[mention.head]
        if mention.kind == "country" and word.dep_ == "poss" and word.head in nouns:
            return mention
    units = [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    for mention in near:
        if mention.kind == "agent" and any(mention.start <= u.i < mention.end for u in units):
            return mention
    return None


def _inherited(mention: ActorMention, code: str, kind: str, source: ActorMention) -> ActorMention:
    """``mention`` recoded with a code taken from ``source`` (whose span is the evidence)."""
    return ActorMention(
        mention.start,
        mention.end,
        mention.head,
        make_actor(mention.actor.text, code),
        kind,
        (source.start, source.end),
        0.45,
    )


#: Sectors of armed forces.
_FORCES = frozenset({"MIL", "COP"})


def _listed_with(token: Token, mentions: list[ActorMention]) -> ActorMention | None:
    """The named armed force a generic one is listed after ("NATO warplanes and cruise
    missiles"), when the list is of forces."""
    if token.dep_ != "conj" or token.i < token.head.i:
        return None
    first = token.head
    for mention in mentions:
        if (
            mention.head == first.i
            and mention.kind == "agent"
            and mention.actor.code
            and (set(mention.actor.sectors) & _FORCES or mention.actor.code.startswith("IGO"))
        ):
            return mention
    return None


#: Verbs of ruling a country ("the generals who rule Myanmar").
_RULING_VERBS = frozenset({"rule", "run", "govern", "control", "lead"})


def _ruled(token: Token, near: list[ActorMention]) -> ActorMention | None:
    """The country an agent's relative clause says it rules ("the generals who rule Myanmar",
    "the junta that runs Niger")."""
    for clause in token.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _RULING_VERBS:
            continue
        for mention in near:
            word = token.doc[mention.head]
            if word.dep_ == "dobj" and word.head.i == clause.i:
                return mention
    return None


def _leader(token: Token, near: list[ActorMention]) -> ActorMention | None:
    """The actor an agent is led by ("US-led coalition forces", "the Saudi-led coalition")."""
    led = [
        c
        for word in (token, *(c for c in token.children if c.dep_ == "compound"))
        for c in word.children
        if c.dep_ == "amod" and c.lemma_.lower() == "lead"
    ]
    for mention in near:
        word = token.doc[mention.head]
        if any(word.head.i == verb.i and word.dep_ in ("npadvmod", "compound") for verb in led):
            return mention
    return None


def _government_partner(token: Token, near: list[ActorMention]) -> ActorMention | None:
    """A government the agent is coordinated with ("the Colombian government and the rebels",
    "Venezuela's government and the opposition"): the two sides of one country."""
    for mention in near:
        other = token.doc[mention.head]
        joined = other.dep_ == "conj" and other.head.i == token.i
        joined = joined or (token.dep_ == "conj" and token.head.i == other.i)
        if joined and mention.kind == "agent" and "GOV" in mention.actor.sectors:
            return mention
    return None


#: Participles that say who supports an agent, not whose it is ("US-backed forces").
_BACKING = frozenset(
    {"back", "support", "fund", "finance", "arm", "train", "sponsor", "ally", "align", "equip"}
)


def _backer(token: Token, agent: Token) -> bool:
    """``token`` names who backs ``agent`` ("Iran-backed militias", "Turkish-supported rebels"):
    the militias are not Iran's."""
    head = token.head
    return (
        head.head.i == agent.i
        and head.dep_ in ("amod", "compound")
        and head.lemma_.lower() in _BACKING
        and head.lower_.endswith("ed")  # a participle: "finance ministers" back no one
    )


#: Participles a hyphen joins to a backer in one token ("U.S.-backed").
_BACKING_PARTICIPLES = frozenset(
    {"backed", "supported", "funded", "financed", "armed", "trained", "sponsored", "allied",
     "aligned", "equipped", "recognised", "recognized"}
)  # fmt: skip


def _backing_word(token: Token) -> bool:
    """``token`` is one hyphenated word naming a backer ("U.S.-backed", "Iranian-armed") or
    who recognises a government ("the U.N.-recognised government in Tripoli")."""
    name, dash, participle = token.lower_.rpartition("-")
    return bool(name and dash) and participle in _BACKING_PARTICIPLES


#: Verbs whose object agents are the subject's own ("sent troops", "withdrew its soldiers").
_MOVED_BY_OWNER = frozenset(
    {
        "send",
        "deploy",
        "redeploy",
        "dispatch",
        "station",
        "withdraw",
        "pull",
        "recall",
        "mass",
        "amass",
        "reposition",
        "rush",
        "mobilise",
        "mobilize",
        "contribute",
        "commit",
    }
)


def _sender(token: Token, near: list[ActorMention]) -> ActorMention | None:
    """The actor that sends or withdraws a generic agent it owns: the subject of the verb whose
    object the agent is, climbing through infinitives and conjoined verbs ("offered to send
    troops", "is ready to lead a force and deploy police"), or the owner
    of a decision or plan to send them ("the government's decision to deploy police"), and of
    its conjuncts ("deployed soldiers and police")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in _MOVED_BY_OWNER:
        return None
    for _ in range(4):
        for mention in near:
            head = token.doc[mention.head]
            if head.dep_ in ("nsubj", "nsubjpass") and head.head.i == verb.i:
                return mention if head.dep_ == "nsubj" else None
            if verb.dep_ == "acl" and head.dep_ == "poss" and head.head.i == verb.head.i:
                return mention
        # "offered to send", "is ready to send", "will lead a force and deploy police"
        if verb.dep_ not in ("xcomp", "acomp", "conj"):
            return None
        verb = verb.head
    return None


#: Verbs of a state holding its own forces to account ("detained soldiers", "investigating
#: members of the armed forces").
_DISCIPLINING = frozenset(
    {"arrest", "detain", "investigate", "probe", "charge", "indict", "prosecute", "try",
     "convict", "sentence", "purge", "dismiss", "sack", "suspend", "discharge", "jail",
     "imprison", "interrogate", "question", "court-martial", "demote", "cashier"}
)  # fmt: skip


#: Parts of speech of a part or a count of a group ("members of", "dozens of", "some of").
_PARTS = frozenset({"NOUN", "NUM", "PRON"})


def _warden(token: Token, near: list[ActorMention]) -> ActorMention | None:
    """The civil authority (a government, court or police) that arrests, tries or dismisses a
    generic force, which is then its own country's ("Colombian prosecutors were investigating
    members of the armed forces", "Turkish authorities detained soldiers")."""
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in _PARTS:
        token = token.head.head  # "dozens of members of the armed forces"
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in _DISCIPLINING:
        return None
    for mention in near:
        head = token.doc[mention.head]
        if (
            head.dep_ == "nsubj"
            and head.head.i == verb.i
            and set(mention.actor.sectors) & {"GOV", "JUD", "COP"}
            and not set(mention.actor.sectors) & {"MIL", "REB", "INS"}
        ):
            return mention
    return None


#: Modifiers saying a generic agent belongs to no one country ("other governments").
_MANY_COUNTRIES = frozenset({"other", "another", "foreign", "several", "various", "many"})


def _of_one_cabinet(head: Token) -> bool:
    """ "cabinet ministers": members of one government."""
    return any(c.dep_ == "compound" and c.lower_ == "cabinet" for c in head.children)


def of_many_countries(head: Token) -> bool:
    """ "India, Israel and other governments", "foreign governments", "member states": no one
    country's."""
    if head.lemma_.lower() == "state" and head.tag_ == "NNS":
        return any(c.lower_ == "member" for c in head.children)
    if _of_one_cabinet(head):
        return False  # "several cabinet ministers": one cabinet's
    return any(c.dep_ == "amod" and c.lower_ in _MANY_COUNTRIES for c in head.children)


def _acted_on(token: Token, verb: int) -> bool:
    """True for the object of a clause's verb, or of an infinitive under it."""
    if token.dep_ not in ("dobj", "pobj", "dative"):
        return False
    head = token.head if token.dep_ != "pobj" else token.head.head
    for _ in range(3):
        if head.i == verb:
            return True
        if head.dep_ not in ("xcomp", "conj") or head.head.i == head.i:
            return False
        head = head.head
    return False


def _clause_verb(token: Token) -> int:
    """The verb whose clause a token belongs to (the token itself at the root)."""
    current = token
    for _ in range(12):
        if current.pos_ in {"VERB", "AUX"} or current.head.i == current.i:
            return current.i
        current = current.head
    return current.i


def is_state(country: str | None) -> bool:
    """A country code rather than a CAMEO region ("EUR", "WAF")."""
    return bool(country) and country not in REGIONS


#: CAMEO region codes: places wider than a state ("Europe", "West Africa"), which rank or
#: locate things but do not own them.
REGIONS = frozenset(
    {
        "EUR",
        "AFR",
        "ASA",
        "MEA",
        "WAF",
        "EAF",
        "SAF",
        "NAF",
        "LAM",
        "WST",
        "SAM",
        "CAS",
        "SEA",
        "SAS",
        "BLK",
        "CRB",
        "EEU",
        "SCN",
        "CFR",
        "CEU",
        "EIN",
        "MDT",
        "NMR",
        "PGS",
        "CAU",
    }
)


def _standalone(
    ctx: Context, piece: Piece, *, head: Token | None = None, pieces: list[Piece] | None = None
) -> list[ActorMention]:
    """A piece that names an actor by itself: organisation, group, seat, capital or country."""
    doc = ctx.doc
    entry = _pick_entry(ctx, piece)
    if entry is None:
        return []
    actor = entry.actor
    root = head if head is not None else doc[_root(doc, piece)]
    if actor.kind == "country" and _names_water(root):
        return []  # "the Gulf of Oman", "the Sea of Japan": a sea, not the country
    start, end = (
        _np_bounds(root, pieces or [piece]) if head is not None else (piece.start, piece.end)
    )
    if (
        head is None
        and start > 0
        and doc[start - 1].lower_ == "the"
        and doc[start - 1].head.i == root.i
    ):
        start -= 1
    text = _span_text(doc, start, end)
    code = ctx.code_of(actor)
    if entry.use in {"capital", "seat"} and actor.kind in {"country", "igo"}:
        if is_locative(root) or _modifies_place(root):
            if actor.kind == "igo":
                return []
            # a capital used as a place: a country mention the event coder skips (pobj of in/at)
            if any(
                e.actor.kind == "igo" and e.actor.actor_id in ctx.named_igos for e in piece.entries
            ):
                return []
            return [
                ActorMention(
                    start, end, root.i, make_actor(text, actor.country), "country", None, 0.6
                )
            ]
        if actor.kind == "igo":
            return [
                ActorMention(
                    start,
                    end,
                    root.i,
                    make_actor(text, code, name=actor.name, actor_id=actor.actor_id),
                    "igo",
                    None,
                    0.85,
                )
            ]
        return [
            ActorMention(
                start,
                end,
                root.i,
                make_actor(text, f"{actor.country}GOV", name=actor.name, actor_id=actor.actor_id),
                "seat",
                None,
                0.85,
            )
        ]
    if actor.kind == "seat":
        if text.lower().removeprefix("the ") == "congress":
            other = _congress_of(ctx, root)  # "stormed Congress in Brasilia": Brazil's
            code = f"{other}LEG" if other else code
        if is_locative(root):
            return [
                ActorMention(
                    start, end, root.i, make_actor(text, country_of(code)), "country", None, 0.6
                )
            ]
        return [
            ActorMention(
                start,
                end,
                root.i,
                make_actor(text, code, name=actor.name, actor_id=actor.actor_id),
                "seat",
                None,
                0.9,
            )
        ]
    if actor.kind == "person":
        return []
    if _people_of(entry, root, piece):
        # "thousands of Kenyans marched": the country's people, not its state
        return [
            ActorMention(
                start, end, root.i, make_actor(text, f"{actor.country}CVL"), "agent", None, 0.9
            )
        ]
    kind = {"igo": "igo", "group": "group", "org": "group", "country": "country"}.get(
        actor.kind, "group"
    )
    name = actor.name
    return [
        ActorMention(
            start,
            end,
            root.i,
            make_actor(text, code, name=name, actor_id=actor.actor_id),
            kind,
            None,
            0.95,
        )
    ]


def _people_of(entry: AliasEntry, root: Token, piece: Piece) -> bool:
    """Whether a national noun in the plural names a country's people ("Kenyans", "Cubans"),
    not the country."""
    return (
        entry.actor.kind == "country"
        and any(e.use == "demonym" and e.actor is entry.actor for e in piece.entries)
        and bool(entry.actor.country)
        and root.i == piece.end - 1
        and root.tag_ in ("NNS", "NNPS")
        and root.lower_.endswith("s")
    )


#: Bodies of water named after a country ("the Gulf of Oman", "the Sea of Japan").
_WATER_NOUNS = frozenset({"gulf", "sea", "bay", "strait", "straits", "ocean", "channel"})


#: States whose national legislature is called Congress (besides the United States).
CONGRESS_STATES = frozenset(
    {"BRA", "PER", "COL", "MEX", "GTM", "HND", "CHL", "ARG", "PRY", "PHL", "DOM", "ESP"}
)


def _congress_of(ctx: Context, word: Token) -> str | None:
    """Whose a bare "Congress" is when the sentence names another state that has one and no
    US actor ("stormed Congress in Brasilia": Brazil's; of two such states, the first named,
    "Peruvian President Pedro Pablo Kuczynski ... Congress ... Brazilian builder Odebrecht");
    None keeps the US Congress."""
    countries: list[str] = []
    for ent in word.sent.ents:
        if ent.start <= word.i < ent.end or ent.label_ not in ("GPE", "NORP", "LOC"):
            continue
        country = next((e.actor.country for e in ctx.kb.entries(ent.text) if e.actor.country), None)
        if country:
            countries.append(country)
    found = [c for c in countries if c in CONGRESS_STATES]
    return found[0] if found and "USA" not in countries else None


def _names_water(token: Token) -> bool:
    """Whether a country's name is the "of" phrase of a body of water named after it."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in _WATER_NOUNS
        and prep.head.text[:1].isupper()
    )


def _modifies_place(token: Token) -> bool:
    """A capital that names a place in a compound ("the Moscow region", "a Brussels summit")."""
    return token.dep_ == "compound" and token.head.lower_ not in _AGENT_HEADS


def _unknown_people(ctx: Context, mentions: list[ActorMention]) -> list[ActorMention]:
    """Short names of people met earlier in full ("Navalny" after "Alexei Navalny")."""
    doc = ctx.doc
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out: list[ActorMention] = []
    people = [m for m in mentions if m.kind == "person" and m.actor.name]
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(i in covered for i in range(ent.start, ent.end)):
            continue
        surname = _surname(ent.text)
        if ent.end - ent.start == 1 and not any(
            m.actor.name and _surname(m.actor.name) == surname for m in people + out
        ):
            # "Mugabe resigns as Zimbabwe president": a surname alone names the one person of
            # that surname in office on the day, when there is exactly one
            holders = ctx.kb.in_office_by_surname(surname, date=ctx.day)
            if len(holders) == 1 and ctx.code_of(holders[0]) is not None:
                person = holders[0]
                actor = make_actor(
                    ent.text, ctx.code_of(person), name=person.name, actor_id=person.actor_id
                )
                out.append(ActorMention(ent.start, ent.end, ent.root.i, actor, "person", None, 0.7))
            continue
        for earlier in reversed([m for m in people + out if m.start < ent.start]):
            if earlier.actor.name and _surname(earlier.actor.name) == surname and surname:
                actor = Actor(
                    ent.text,
                    earlier.actor.code,
                    earlier.actor.country,
                    earlier.actor.sectors,
                    earlier.actor.name,
                    earlier.actor.actor_id,
                )
                out.append(
                    ActorMention(
                        ent.start,
                        ent.end,
                        ent.root.i,
                        actor,
                        "person",
                        (earlier.start, earlier.end),
                        0.8,
                    )
                )
                break
    return out


def _surname(name: str) -> str:
    words = re.findall(r"[\w'-]+", name.lower())
    return words[-1] if words else ""
