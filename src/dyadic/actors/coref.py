"""Rule-based coreference inside one article: pronouns and definite descriptions.

No maintained coreference library runs offline with spaCy 3.8 here (coreferee needs a model
download; the neural ones need weights), so these rules resolve what event coding needs:

- "he"/"she"/"him"/"her": the nearest earlier person, preferring the subject of the clause or of
  the latest sentence that names a person;
- "it" as the subject of a reporting verb ("it said", "it argued"): the organisation that spoke last
  ("the EU report said", "a statement said"); other "it": the nearest earlier organisation or
  government that was a subject; "they"/"them": the nearest earlier plural group in reach;
- "the bloc", "the alliance", "the 27-nation union", "the world body": the nearest earlier
  organisation the KB describes that way (else the only one named in the article);
- "the president", "the foreign minister": the nearest earlier person holding that title;
  "his Russian counterpart": the nearest earlier office-holder of that country; "the two leaders":
  the two latest distinct office-holders; "a statement said": the organisation that spoke last;
- "the government", "the army", "the country" with no country: the country of the nearest
  earlier mention in the same or the two previous sentences.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyadic.actors.kb import KBActor, KnowledgeBase
from dyadic.actors.mention import ActorMention
from dyadic.actors.resolve import Context, country_of, make_actor
from dyadic.model import Actor
from dyadic.nlp.coordination import coordinated

SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "argue",
        "state",
        "note",
        "warn",
        "insist",
        "claim",
        "write",
        "urge",
        "announce",
        "stress",
        "conclude",
        "recommend",
        "propose",
        "declare",
        "explain",
        "accuse",
        "deny",
        "confirm",
        "report",
        "suggest",
        "acknowledge",
        "admit",
        "vow",
        "pledge",
        "promise",
        "call",
        "lay",
        "set",
        "describe",
        "assert",
        "emphasise",
        "emphasize",
        "underline",
        "demand",
    }
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
THING_PRONOUNS = frozenset({"it"})
#: Possessives resolved to the subject of the verb whose object they own ("Russia repeated its
#: demand").
POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
#: What a person's "his" or "her" owns that an attack on it is an attack on that person ("opened
#: fire on his motorcade", "raided her home"); "his rule" or "his plan" is no party of its own.
PERSONAL_THINGS = frozenset(
    {"motorcade", "convoy", "car", "vehicle", "home", "house", "residence", "compound", "plane",
     "helicopter", "office", "hotel", "family", "wife", "husband", "son",
     "daughter", "brother", "sister",
     # the men a leader commands ("Nasrallah said his guerrillas would fire rockets")
     "guerrilla", "fighter", "militia", "militiaman", "men"}
)  # fmt: skip
#: Definite agent nouns that take their country from the context.
CONTEXT_AGENTS = frozenset(
    {
        "government",
        "army",
        "military",
        "police",
        "ministry",
        "parliament",
        "court",
        "authorities",
        "administration",
        "regime",
        "cabinet",
        "country",
        "nation",
        "state",
    }
)
#: Titles that point at a person met earlier ("the president").
PERSON_TITLES = frozenset(
    {
        "president",
        "prime minister",
        "premier",
        "chancellor",
        "foreign minister",
        "minister",
        "leader",
        "secretary",
        "secretary-general",
        "king",
        "emir",
        "crown prince",
        "secretary of state",
        "defence minister",
        "defense minister",
        "defense secretary",
        "defence secretary",
        "spokesman",
        "spokeswoman",
        "ambassador",
        "envoy",
        "chief",
        "pope",
    }
)
#: Head nouns of a described office-holder ("Argentina's new president said he would"): one
#: person, whom "he" or "she" can mean. The one-word titles above, and more.
PERSON_HEADS = frozenset(t for t in PERSON_TITLES if " " not in t and "-" not in t) | frozenset(
    {
        "queen",
        "prince",
        "monarch",
        "spokesperson",
        "general",
        "commander",
        "governor",
        "mayor",
        "senator",
        "lawmaker",
        "diplomat",
        "counterpart",
        "prosecutor",
        "judge",
        "negotiator",
        "official",
        "adviser",
        "advisor",
        "mediator",
        "representative",
        "chairman",
        "chairwoman",
        "director",
        "head",
    }
)
_PLURAL_LEADERS = frozenset(
    {"leaders", "presidents", "ministers", "heads", "counterparts", "sides"}
)
_NUMBER_WORDS = {"two": 2, "both": 2, "three": 3}
_NATION_RE = re.compile(r"^\d+$")


@dataclass
class _Candidate:
    mention: ActorMention
    sent: int
    subject: bool
    speaker: bool
    person: bool


def resolve_coreference(ctx: Context, mentions: list[ActorMention]) -> list[ActorMention]:
    """Mentions for pronouns and descriptions, resolved against ``mentions`` (and earlier ones)."""
    doc = ctx.doc
    kb = ctx.kb
    # generic agents ("the government", "the union") may still be descriptions of an earlier actor
    taken = {i for m in mentions if m.kind != "generic" for i in range(m.start, m.end)}
    describers = _describers(kb)
    triggers = [t for t in doc if t.i not in taken and _may_refer(kb, t, describers)]
    if not triggers:
        return []
    sent_of = _sentence_index(doc)
    resolved: list[ActorMention] = []
    known = sorted((m for m in mentions + ctx.shadows if m.kind != "generic"), key=lambda m: m.head)
    cache: dict[int, _Candidate] = {}

    def candidate(mention: ActorMention) -> _Candidate:
        key = id(mention)
        if key not in cache:
            cache[key] = _candidate(doc, mention, sent_of)
        return cache[key]

    for token in triggers:
        if token.i in taken:
            continue
        earlier = sorted((m for m in known + resolved if m.head < token.i), key=lambda m: m.head)
        candidates = [candidate(m) for m in earlier]
        new: list[ActorMention] = []
        if token.pos_ == "PRON":
            new = _reported_speaker(token, mentions + resolved) or _pronoun(
                doc, token, candidates, sent_of
            )
        else:
            new = _description(ctx, token, candidates, sent_of, describers=describers, known=known)
        for mention in new:
            resolved.append(mention)
            taken.update(range(mention.start, mention.end))
    return resolved


#: Words that, made definite, stand for a country named just before ("his country").
_COUNTRY_WORDS = frozenset({"country", "nation"})


def _country_described(
    token: Token, start: int, text: str, candidates: list[_Candidate], here: int
) -> list[ActorMention]:
    """ "Putin said his country will not lift the ban": the country of the latest actor
    named in this sentence or the one before; never the subject of the clause the country is
    acted on in ("the United States reimposed sanctions on the country's oil sector")."""
    own = _acting_subjects(token)
    for cand in reversed(candidates):
        if _in_hyphenated_modifier(token.doc[cand.mention.head]):
            continue  # "the US-led coalition to leave the country": not the US
        if cand.mention.head in own:
            continue
        nation = country_of(cand.mention.actor.code or "")
        if nation and here - cand.sent <= 1:
            return [_standing_for(token, start, text, cand.mention, code=nation, score=0.6)]
    return []


def _standing_for(
    token: Token, start: int, text: str, antecedent: ActorMention, *, code: str, score: float
) -> ActorMention:
    """A description (``text``, ending at ``token``) that stands for ``antecedent``'s country
    or one of its agents (``code``)."""
    return ActorMention(
        start,
        token.i + 1,
        token.i,
        make_actor(text, code),
        "description",
        (antecedent.start, antecedent.end),
        score,
    )


def _may_refer(kb: KnowledgeBase, token: Token, describers: dict[str, list[KBActor]]) -> bool:
    """Cheap filter: a pronoun, or a noun that can describe an actor."""
    lower = token.lower_
    if token.pos_ == "PRON":
        if token.tag_ == "PRP$":
            return lower in POSSESSIVE_PRONOUNS or (
                lower in ("his", "her") and token.head.lemma_.lower() in PERSONAL_THINGS
            )
        return token.tag_ == "PRP" and lower in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma = token.lemma_.lower()
    return (
        lower in describers
        or lemma in describers
        or lemma in {"statement", "report", "communique", "document"}
        or (lemma in _COUNTRY_WORDS and _definite(token))
        or lower in kb.agents
        or lemma in kb.agents
    )


def _sentence_index(doc: Doc) -> dict[int, int]:
    out: dict[int, int] = {}
    for number, sent in enumerate(doc.sents):
        for token in sent:
            out[token.i] = number
    return out


def _is_subject(token: Token) -> bool:
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ != "relcl"


def _speaks(token: Token) -> bool:
    """Whether a mention head is the subject (or the owner of the subject) of a reporting verb."""
    current = token
    if current.dep_ in {"compound", "poss"} and current.head.lemma_.lower() in {
        "report",
        "statement",
        "communique",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    }:
        current = current.head
    return current.dep_ in {"nsubj", "nsubjpass"} and current.head.lemma_.lower() in SPEECH_VERBS


def _candidate(doc: Doc, mention: ActorMention, sent_of: dict[int, int]) -> _Candidate:
    head = doc[mention.head]
    return _Candidate(
        mention=mention,
        sent=sent_of.get(mention.head, 0),
        subject=_is_subject(head),
        speaker=_speaks(head),
        person=mention.kind == "person"
        or (mention.kind == "agent" and head.tag_ == "NN" and head.lemma_.lower() in PERSON_HEADS)
        or (
            mention.kind in {"description", "pronoun"}
            and mention.actor.name is not None
            and _looks_personal(mention)
        ),
    )


def _looks_personal(mention: ActorMention) -> bool:
    return (
        bool(mention.actor.name)
        and mention.actor.actor_id is not None
        and not (mention.actor.code or "").startswith("IGO")
    ) or mention.kind == "person"


def _link(
    token_start: int,
    token_end: int,
    head: int,
    source: ActorMention,
    text: str,
    *,
    kind: str,
    score: float,
) -> ActorMention:
    actor = Actor(
        text,
        source.actor.code,
        source.actor.country,
        source.actor.sectors,
        source.actor.name,
        source.actor.actor_id,
    )
    antecedent = (
        source.antecedent
        if source.kind in {"pronoun", "description"} and source.antecedent
        else (source.start, source.end)
    )
    return ActorMention(token_start, token_end, head, actor, kind, antecedent, score)


# ------------------------------------------------------------------------------ pronouns
def reporting_subject(
    pronoun: Token,
    verbs: frozenset[str] = SPEECH_VERBS,
    pronouns: frozenset[str] = THING_PRONOUNS | PLURAL_PRONOUNS,
) -> Token | None:
    """The subject of the reporting verb (one of ``verbs``) whose clause has ``pronoun`` (one of
    ``pronouns``: "it", "they") as its subject: "the union" in "the union said they will not end
    the strike"."""
    if pronoun.lower_ not in pronouns or pronoun.dep_ not in {
        "nsubj",
        "nsubjpass",
    }:
        return None
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in verbs:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def _reported_speaker(token: Token, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "The union said they will not end the strike", "the ministry said it was confident":
    the subject "it"/"they" of a clause reported by a speech verb is that verb's speaker when the
    speaker is an organisation or a group (generic agents included), never a person ("Trump
    said they would" means someone else)."""
    subject = reporting_subject(token)
    if subject is None:
        return []
    # "Colombia's government and the ELN said they would restart talks": "they" is both
    heads = {subject.i} | (
        {c.i for c in subject.conjuncts} if token.lower_ in PLURAL_PRONOUNS else set()
    )
    speakers = [
        m for m in mentions if m.head in heads and m.head < token.i and not _looks_personal(m)
    ]
    return [
        _link(token.i, token.i + 1, token.i, m, token.text, kind="pronoun", score=0.7)
        for m in speakers
    ]


def _pronoun(
    doc: Doc, token: Token, candidates: list[_Candidate], sent_of: dict[int, int]
) -> list[ActorMention]:
    lower = token.lower_
    here = sent_of.get(token.i, 0)
    if token.tag_ == "PRP$" and lower in ("his", "her"):
        # "Mubarak escaped unhurt when gunmen opened fire on his motorcade": a person's
        best = _salient(
            [
                c
                for c in candidates
                # a person, or a leader the KB files under his group ("Hezbollah leader
                # Sayyed Hassan Nasrallah")
                if (
                    c.person
                    or (c.mention.kind == "group" and doc[c.mention.head].ent_type_ == "PERSON")
                )
                and here - c.sent <= 1
                and c.mention.end <= token.i
            ],
            here,
        )
        return [] if best is None else _owned_by(token, [best])
    if token.tag_ == "PRP$":
        return _possessive(token, candidates)
    if lower in PERSON_PRONOUNS:
        # "Trump called Erdogan and urged him": an object pronoun is not its clause's subject
        own = _clause_subjects(token)
        # nor whom the subject, a pronoun itself, stands for ("he invited him")
        meant = {c.mention.antecedent for c in candidates if c.mention.head in own}
        people = [
            c
            for c in candidates
            if c.person
            and here - c.sent <= 3
            and c.mention.head not in own
            and (c.mention.start, c.mention.end) not in meant
        ]
        best = _salient(people, here)
        return (
            [
                _link(
                    token.i,
                    token.i + 1,
                    token.i,
                    best.mention,
                    token.text,
                    kind="pronoun",
                    score=0.75,
                )
            ]
            if best
            else []
        )
    if lower in THING_PRONOUNS:
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            return []
        things = [
            c
            for c in candidates
            if not c.person and here - c.sent <= 3 and c.mention.kind != "generic"
        ]
        if token.head.lemma_.lower() in SPEECH_VERBS or token.head.lemma_.lower() in {"lay", "set"}:
            speakers = [
                c
                for c in things
                if c.speaker
                and c.mention.kind in {"igo", "group", "seat", "agent", "description", "pronoun"}
            ]
            if speakers:
                return [
                    _link(
                        token.i,
                        token.i + 1,
                        token.i,
                        speakers[-1].mention,
                        token.text,
                        kind="pronoun",
                        score=0.7,
                    )
                ]
        subjects = [
            c
            for c in things
            if c.subject
            and c.mention.kind
            in {"igo", "group", "seat", "agent", "country", "description", "pronoun"}
        ]
        if subjects:
            return [
                _link(
                    token.i,
                    token.i + 1,
                    token.i,
                    subjects[-1].mention,
                    token.text,
                    kind="pronoun",
                    score=0.6,
                )
            ]
        return []
    # they / them: the nearest plural group in the same or the previous sentence; an object
    # "them" is not its clause's subject ("agents hauled the leaders from their homes and
    # returned them to prison")
    own = _clause_subjects(token) if lower == "them" else set()
    plural = [
        c
        for c in candidates
        if here - c.sent <= 1
        and doc[c.mention.head].tag_ in {"NNS", "NNPS"}
        and c.mention.head not in own
    ]
    if not plural:
        return []
    last = plural[-1].mention
    group = [c.mention for c in plural if c.mention.head == last.head]
    return [
        _link(token.i, token.i + 1, token.i, m, token.text, kind="pronoun", score=0.6)
        for m in group
    ]


def _acting_subjects(noun: Token) -> set[int]:
    """The subjects of the verb a noun (or what it owns) is the object of, or is aimed at by
    "on", "against", "into" or "at" ("reimposed sanctions on the country's oil sector",
    "invaded the country"); not a noun deeper down ("relief to war-torn parts of the country")."""
    node = noun.head if noun.dep_ == "poss" else noun
    if node.dep_ in ("dobj", "dative"):
        verb = node.head
    elif (
        node.dep_ == "pobj"
        and node.head.dep_ == "prep"
        and node.head.lower_ in ("on", "against", "into", "at")
    ):
        verb = node.head.head
        if verb.pos_ not in {"VERB", "AUX"} and verb.dep_ == "dobj":
            verb = verb.head  # "imposed sanctions on the country"
    else:
        return set()
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() in _HOME_VERBS:
        return set()
    return {t.i for c in verb.children if c.dep_ == "nsubj" for t in (c, *coordinated(c))}


#: Verbs whose doer's own country is the usual object ("helped its forces defend the country",
#: "fled the country", "has ruled the country since 1986").
_HOME_VERBS = frozenset(
    {"defend", "protect", "rule", "govern", "lead", "run", "leave", "flee", "return", "serve",
     "unite", "unify", "reunite", "rebuild", "reform", "modernise", "modernize", "stabilise",
     "stabilize", "secure", "save", "liberate", "free", "develop", "represent"}
)  # fmt: skip


def _clause_subjects(pronoun: Token) -> set[int]:
    """The subjects (with their conjuncts) of the clause whose object ``pronoun`` is, also
    when the verb shares its subject through coordination ("called X and urged him")."""
    verb = pronoun.head
    if pronoun.dep_ == "pobj" and verb.dep_ in ("prep", "dative"):
        verb = verb.head
    elif pronoun.dep_ not in ("dobj", "dative"):
        return set()
    found: set[int] = set()
    while verb.pos_ in {"VERB", "AUX"}:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        found |= {t.i for c in subjects for t in (c, *coordinated(c))}
        # "arrested three journalists, accusing them of ...": a participle's subject is its
        # head's
        if found or not (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")):
            break
        verb = verb.head
    return found


def _possessive(token: Token, candidates: list[_Candidate]) -> list[ActorMention]:
    """ "Russia repeated its demand", "the rebels laid down their arms": the subject of the verb
    whose object the possessive stands in, or of the verb that reports the clause it is the
    subject of ("Russia said its troops"), when an actor other than a person is named there
    first ("its" one, "their" any)."""
    owned = token.head
    verb = owned.head
    if owned.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ in {"VERB", "AUX"}:
        # "fired water cannon at its supply boats": only a speaker can own it (below)
        return _speakers_own(token, verb.head, candidates)
    if (
        owned.dep_ in ("nsubj", "nsubjpass")
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in SPEECH_VERBS
    ):
        verb = verb.head  # "Russia said its troops captured the village": the speaker's
    elif owned.dep_ not in ("dobj", "attr", "oprd") or verb.pos_ not in {"VERB", "AUX"}:
        return []  # "sanctions in response to its invasion of Kuwait": not the subject's
    found = [c for c in candidates if c.mention.head in _subjects(verb) and not c.person]
    if token.lower_ == "its" and (
        len({c.mention.head for c in found}) != 1
        or any(token.doc[c.mention.head].tag_ in {"NNS", "NNPS"} for c in found)
    ):
        return _speakers_own(token, verb, candidates)
    return _owned_by(token, found)


def _owned_by(token: Token, owners: list[_Candidate]) -> list[ActorMention]:
    """The possessive pronoun ``token`` linked to each of its owners."""
    return [
        _link(token.i, token.i + 1, token.i, c.mention, token.text, kind="pronoun", score=0.6)
        for c in owners
    ]


def _subjects(verb: Token) -> set[int]:
    return {
        t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in (c, *coordinated(c))
    }


def _speakers_own(token: Token, verb: Token, candidates: list[_Candidate]) -> list[ActorMention]:
    """ "The coast guard said Chinese vessels rammed its patrol ship", "Japan said Chinese ships
    entered its waters": "its" cannot be the plural subject's, so it is the one organisation
    that reports the clause."""
    speech = verb.head
    if token.lower_ != "its" or verb.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_VERBS:
        return []
    doc = token.doc
    if not any(doc[i].tag_ in {"NNS", "NNPS"} for i in _subjects(verb)):
        return []  # a singular subject may own it: no guess
    found = [c for c in candidates if c.mention.head in _subjects(speech) and not c.person]
    if len({c.mention.head for c in found}) != 1:
        return []
    return _owned_by(token, found)


def _salient(people: list[_Candidate], here: int) -> _Candidate | None:
    """The person a pronoun most likely means: in its own sentence the nearest earlier subject,
    else in the latest sentence naming people its subject (or last-named) person."""
    if not people:
        return None
    same = [c for c in people if c.sent == here]
    if same:
        subjects = [c for c in same if c.subject]
        return subjects[-1] if subjects else same[-1]
    latest = max(c.sent for c in people)
    in_latest = [c for c in people if c.sent == latest]
    subjects = [c for c in in_latest if c.subject or c.speaker]
    return subjects[-1] if subjects else in_latest[-1]


# ------------------------------------------------------------------------------ descriptions
@functools.lru_cache(maxsize=4)
def _describers(kb: KnowledgeBase) -> dict[str, list[KBActor]]:
    """Descriptions ("bloc", "alliance") -> the organisations the KB describes so."""
    out: dict[str, list[KBActor]] = {}
    for actor in kb.actors.values():
        if actor.kind != "igo":
            continue
        for description in actor.descriptions:
            out.setdefault(description.lower(), []).append(actor)
    return out


def _definite(token: Token) -> bool:
    return any(
        c.dep_ in {"det", "poss"}
        and c.lower_ in {"the", "this", "that", "his", "her", "its", "their", "both"}
        for c in token.children
    )


def _phrase(token: Token) -> str:
    """The noun with its adjectival/compound modifiers ("military alliance")."""
    mods = [
        c
        for c in token.lefts
        if c.dep_ in {"amod", "compound"} and c.pos_ in {"ADJ", "NOUN", "PROPN"}
    ]
    return " ".join([t.lower_ for t in mods] + [token.lower_])


def _description(
    ctx: Context,
    token: Token,
    candidates: list[_Candidate],
    sent_of: dict[int, int],
    *,
    describers: dict[str, list[KBActor]],
    known: list[ActorMention],
) -> list[ActorMention]:
    doc = ctx.doc
    here = sent_of.get(token.i, 0)
    lower = token.lower_
    lemma = token.lemma_.lower()
    start = min(
        [token.i]
        + [
            c.i
            for c in token.lefts
            if c.dep_ in {"det", "poss", "amod", "compound", "nummod", "quantmod"}
        ]
        + [t.i for c in token.lefts if c.dep_ in {"amod", "compound", "nummod"} for t in c.subtree]
    )
    text = doc[start : token.i + 1].text
    nation_count = any(_NATION_RE.match(t.text) for t in doc[start : token.i]) and any(
        t.lower_ in {"nation", "member", "country", "state"} for t in doc[start : token.i]
    )
    # organisations by description: "the bloc", "the 27-nation union", "the military alliance"
    phrase = _phrase(token)
    described = describers.get(phrase) or describers.get(lemma)
    if described and (_definite(token) or nation_count):
        if any(
            start <= c.mention.start and c.mention.end <= token.i and c.mention.kind == "igo"
            for c in candidates
        ):
            return []  # "the Mercosur bloc": the name inside the phrase says which
        by_code = {a.code: a for a in described}
        ids = {a.actor_id for a in described}
        for cand in reversed(candidates):
            actor_id = cand.mention.actor.actor_id
            if actor_id in ids or (
                cand.mention.kind in {"igo", "agent"}
                and actor_id is None
                and cand.mention.actor.code in by_code
            ):
                igo = (
                    ctx.kb.get(actor_id)
                    if actor_id in ids and actor_id
                    else by_code[cand.mention.actor.code]
                )
                if igo is None:
                    continue
                actor = make_actor(text, ctx.code_of(igo), name=igo.name, actor_id=igo.actor_id)
                antecedent = (
                    cand.mention.antecedent
                    if cand.mention.kind in {"description", "pronoun"}
                    else None
                )
                return [
                    ActorMention(
                        start,
                        token.i + 1,
                        token.i,
                        actor,
                        "description",
                        antecedent or (cand.mention.start, cand.mention.end),
                        0.85,
                    )
                ]
        named = [a for a in described if a.actor_id in ctx.named_igos]
        if len(named) == 1:
            igo_record = named[0]
            mention = ActorMention(
                start,
                token.i + 1,
                token.i,
                make_actor(
                    text,
                    ctx.code_of(igo_record),
                    name=igo_record.name,
                    actor_id=igo_record.actor_id,
                ),
                "description",
                None,
                0.7,
            )
            return [mention]
        return []
    # a statement / the report said: the organisation that spoke last
    if (
        lemma in {"statement", "report", "communique", "document"}
        and token.dep_ in {"nsubj", "nsubjpass"}
        and token.head.lemma_.lower() in SPEECH_VERBS
    ):
        speakers = [c for c in candidates if c.speaker and not c.person and here - c.sent <= 3]
        if (
            not speakers
        ):  # else the organisation that was last a subject ("The EU report was published")
            speakers = [
                c
                for c in candidates
                if c.subject
                and not c.person
                and here - c.sent <= 2
                and c.mention.kind in {"igo", "group", "seat", "description"}
            ]
        if speakers:
            return [
                _link(
                    start,
                    token.i + 1,
                    token.i,
                    speakers[-1].mention,
                    text,
                    kind="description",
                    score=0.65,
                )
            ]
        return []
    agent = ctx.kb.agents.get(lower) or ctx.kb.agents.get(lemma)
    if agent is None:
        if lemma in _COUNTRY_WORDS and _definite(token) and not token.ent_type_:
            if any(
                obj.dep_ == "pobj" and obj.pos_ == "PROPN"
                for prep in token.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for obj in prep.children
            ):
                return []  # "the island nation of Nauru": the name says which
            return _country_described(token, start, text, candidates, here)
        return []
    country = _country_modifier(ctx, token)
    # "his Russian counterpart": the latest office-holder of that country other than the possessor
    if lemma == "counterpart":
        owner = _possessor(token, candidates)
        for cand in reversed(candidates):
            code = cand.mention.actor.code or ""
            if (
                not cand.person
                or cand.mention is owner
                or (owner and cand.mention.actor.actor_id == owner.actor.actor_id)
            ):
                continue
            if country and country_of(code) != country:
                continue
            if here - cand.sent <= 4:
                return [
                    _link(
                        start,
                        token.i + 1,
                        token.i,
                        cand.mention,
                        text,
                        kind="description",
                        score=0.8,
                    )
                ]
        if country:
            return [
                ActorMention(
                    start,
                    token.i + 1,
                    token.i,
                    make_actor(text, f"{country}GOV"),
                    "agent",
                    None,
                    0.6,
                )
            ]
        return []
    if not _definite(token) and not any(c.lower_ in _NUMBER_WORDS for c in token.lefts):
        return []
    if any(c.dep_ == "prep" and c.lower_ in {"of", "in", "from"} for c in token.children):
        return []  # "the leaders of Russia and the US" is handled by the resolver
    if country is not None:
        return []  # "the Russian government" is a named agent, resolved already
    # "the two leaders", "both leaders"
    if lower in _PLURAL_LEADERS:
        count = max([_NUMBER_WORDS.get(c.lower_, 0) for c in token.lefts] + [0]) or 2
        seen: list[ActorMention] = []
        for cand in reversed(candidates):
            if (
                cand.person
                and (cand.mention.actor.code or "").endswith("GOV")
                and here - cand.sent <= 5
                and all(
                    m.actor.actor_id != cand.mention.actor.actor_id
                    or m.actor.name != cand.mention.actor.name
                    for m in seen
                )
            ):
                seen.append(cand.mention)
            if len(seen) == count:
                break
        if len(seen) == count:
            return [
                _link(start, token.i + 1, token.i, m, text, kind="description", score=0.75)
                for m in reversed(seen)
            ]
        return []
    # "the president": the latest person holding that title
    title = _phrase(token) if _phrase(token) in PERSON_TITLES else lower
    if title in PERSON_TITLES and token.tag_ in {"NN", "NNP"}:
        for cand in reversed(candidates):
            if not cand.person or here - cand.sent > 3:
                continue
            if _holds_title(ctx, cand.mention, title):
                return [
                    _link(
                        start,
                        token.i + 1,
                        token.i,
                        cand.mention,
                        text,
                        kind="description",
                        score=0.75,
                    )
                ]
        return []
    # "the government", "the army", "the country": the country in the context
    if lemma in CONTEXT_AGENTS or lower in CONTEXT_AGENTS:
        reporter = _reported_subject(token, candidates)
        for cand in [reporter] if reporter else reversed(candidates):
            if _in_hyphenated_modifier(doc[cand.mention.head]):
                continue  # "the US-led coalition to leave the country": not the US
            code = cand.mention.actor.code or ""
            nation = country_of(code)
            if nation and here - cand.sent <= 2:
                if lemma in {"country", "nation", "state"}:
                    return [_standing_for(token, start, text, cand.mention, code=nation, score=0.6)]
                sectors = "".join(agent.sectors)
                return [
                    _standing_for(
                        token, start, text, cand.mention, code=nation + sectors, score=0.55
                    )
                ]
    return []


def _reported_subject(token: Token, candidates: list[_Candidate]) -> _Candidate | None:
    """For an agent that reports the clause before it ("China will scrap the duties on
    Australian wine, the commerce ministry said"), the state acting in that clause: its
    subject's, not the nearest country."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < token.i]
    subjects = [s for c in clauses[:1] for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    for cand in candidates:
        head = token.doc[cand.mention.head]
        if country_of(cand.mention.actor.code or "") and any(
            head.i == s.i or (head.head.i == s.i and head.dep_ in ("amod", "compound", "poss"))
            for s in subjects
        ):
            return cand
    return None


def _in_hyphenated_modifier(token: Token) -> bool:
    """A name inside a hyphenated modifier ("US-led", "Iranian-backed"): it describes a thing,
    no country the text goes on to talk about."""
    return (
        token.dep_ in {"npadvmod", "compound", "amod", "nmod"}
        and token.i + 1 < len(token.doc)
        and token.nbor(1).text == "-"
    )


def _country_modifier(ctx: Context, token: Token) -> str | None:
    for child in token.lefts:
        if child.dep_ in {"amod", "compound", "poss"}:
            for entry in ctx.kb.entries(child.text):
                if entry.actor.kind == "country":
                    return entry.actor.country
    return None


def _possessor(token: Token, candidates: list[_Candidate]) -> ActorMention | None:
    """The mention a possessive pronoun on ``token`` refers to ("his" -> the subject)."""
    for child in token.lefts:
        if child.dep_ == "poss" and child.lower_ in {"his", "her"}:
            verb = token.head
            while (
                verb.dep_ not in {"ROOT", "relcl", "ccomp", "advcl", "xcomp"}
                and verb.head.i != verb.i
            ):
                verb = verb.head
            for cand in reversed(candidates):
                if cand.person:
                    return cand.mention
    return None


def _holds_title(ctx: Context, mention: ActorMention, title: str) -> bool:
    actor = ctx.kb.get(mention.actor.actor_id) if mention.actor.actor_id else None
    if actor is not None:
        role = actor.role_on(ctx.day_for(actor))
        if role is not None and role.title and title in role.title.lower():
            return True
    doc = ctx.doc
    words = {t.lower_ for t in doc[mention.start : mention.end]}
    return title.rsplit(maxsplit=1)[-1] in words
