"""Dependency-parse helpers: who acts, what is acted on, and which verb governs which."""

from __future__ import annotations

from spacy.tokens import Token

from dyadic.nlp.coordination import coordinated
from dyadic.nlp.headline_verbs import NO_PASSIVE_VERBS

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "acomp"})  # acomp: "was skeptical of X"
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "nummod"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
PARTICLE_WORDS = frozenset(
    {"back", "down", "up", "out", "off", "in", "on", "over", "away", "together", "home", "aside",
     "dearly", "short"}
)  # fmt: skip
#: Adjectives of the state a verb leaves its object in, read as particles ("set free").
RESULT_WORDS = frozenset({"free", "loose", "responsible", "accountable"})
#: What people are held as ("held 700 people hostage").
CAPTIVE_WORDS = frozenset({"hostage", "hostages", "captive", "captives"})
#: Verbs that pass a verdict on their object ("found X guilty"), and the verdicts.
VERDICT_VERBS = frozenset({"find", "declare", "pronounce"})
VERDICT_WORDS = frozenset({"guilty", "liable"})
#: Verbs that give their object a name ("called X a liar", "branded X a terrorist group").
NAMING_VERBS = frozenset({"call", "brand", "label", "term", "dub", "declare"})
#: Verbs of letting whose object the parser reads as the subject of the infinitive after it.
PERMISSION_VERBS = frozenset({"allow", "permit", "let"})
ADJ_OR_VERB = frozenset({"ADJ", "VERB"})
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


#: Hyphenated spellings of one word that spaCy would split at the hyphen ("cease-fire" is AP
#: style): the tokenizer keeps them whole (nlp/load.py) and they read as the closed form.
HYPHENATED_WORDS: dict[str, str] = {
    "cease-fire": "ceasefire",
    "cease-fires": "ceasefire",
    "counter-attack": "counterattack",
    "counter-attacks": "counterattack",
    "counter-offensive": "counteroffensive",
    "counter-offensives": "counteroffensive",
    "peace-keeper": "peacekeeper",
    "peace-keepers": "peacekeeper",
    "peace-keeping": "peacekeeping",
    "walk-out": "walkout",
    "walk-outs": "walkout",
    "sit-in": "sit-in",
    "sit-ins": "sit-in",
    "air-strike": "airstrike",
    "air-strikes": "airstrike",
    "stand-off": "standoff",
    "hand-over": "handover",
    "crack-down": "crackdown",
}


def lemma(token: Token) -> str:
    """Lower-case lemma (spaCy lemmatises proper nouns with their case); a hyphenated spelling
    of one word reads as its closed form."""
    value = token.lemma_.lower()
    return HYPHENATED_WORDS.get(value, HYPHENATED_WORDS.get(token.lower_, value))


def is_passive(verb: Token) -> bool:
    """True when the verb is in the passive voice ("were imposed")."""
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)


def _dated(prep: Token) -> bool:
    """A preposition with a date or time ("take place in October"): no particle."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _placed(prep: Token) -> bool:
    """ "in" before a named place ("took delivery in Toulouse"): no particle ("take in")."""
    return lemma(prep) == "in" and any(
        c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "LOC"))
        for c in prep.children
    )


def particle_children(verb: Token) -> list[Token]:
    """The particles hung on a verb, and the particle words the parser made adverbs or
    prepositions ("pulled out of X": "out" is a preposition to the parser)."""
    return [
        c
        for c in verb.children
        if c.dep_ == "prt"
        or (
            c.dep_ in ("advmod", "prep")
            and lemma(c) in PARTICLE_WORDS
            and not (_dated(c) or _placed(c))
            and not (lemma(c) == "in" and any(g.dep_ == "pobj" for g in c.children))
        )
    ]


def particles(verb: Token) -> set[str]:
    """Particles and particle-like adverbs of a verb ("hit back", "sat down", "work together")."""
    found = {lemma(c) for c in particle_children(verb)}
    # "work together with": the parser often hangs the adverb on the preposition
    found.update(
        lemma(g)
        for c in verb.children
        if c.dep_ == "prep"
        for g in c.children
        if g.dep_ == "advmod" and lemma(g) in PARTICLE_WORDS
    )
    # "set the hostages free", "set free the journalist"; the parser may read "let free
    # Karman" as a free Karman, the adjective right after the verb, and may tag it a verb
    # ("let free the jailed activist")
    results = [c for c in verb.children if c.dep_ != "amod" and c.pos_ == "ADJ"]
    results += [g for c in verb.children for g in (c, *c.children) if g.i == verb.i + 1]
    found.update(lemma(w) for w in results if w.pos_ in ADJ_OR_VERB and w.lower_ in RESULT_WORDS)
    # "test-fired": a word joined to the verb by a hyphen, which the tokenizer splits off
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and not doc[verb.i - 1].whitespace_:
        prefix = doc[verb.i - 2]
        if prefix.head.i == verb.i and not prefix.whitespace_ and prefix.is_alpha:
            found.add(lemma(prefix))
    # "took part in the exercises": the bare noun makes the verb a phrase of its own
    if lemma(verb) == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" and not list(c.children) for c in verb.children
    ):
        found.add("part")
    return found


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def with_conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Russia and China"), leaving out a
    conjunct that is really the subject of the next clause (see :func:`stolen_subject`)."""
    return [
        token,
        *(
            c
            for c in coordinated(token)
            if (c.i > token.i or c.head.i == token.i) and not is_stolen_subject(c)
        ),
    ]


def _subjectless_finite_verb(verb: Token) -> bool:
    return (
        verb.tag_ in FINITE_TAGS
        and verb.dep_ in ("conj", "advcl", "ccomp")
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children)
    )


def stolen_subject(verb: Token) -> Token | None:
    """Repair common mis-parses: in "the arrest of Navalny and the Russian authorities hit back",
    the parser coordinates "authorities" with "Navalny" and leaves "hit" without a subject. A
    finite verb with no subject, right after a coordinated noun phrase, takes it as subject; so
    does a name the parser read as an adverb at the start of the sentence."""
    opening = verb.sent[0]
    if (
        opening.dep_ in ("advmod", "npadvmod")
        and (opening.pos_ == "PROPN" or opening.ent_type_ in ("ORG", "GPE", "PERSON", "NORP"))
        and opening.head.i == verb.i
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children)
    ):
        return opening  # "USAID had announced": a name read as an adverb opens the sentence
    if not _subjectless_finite_verb(verb):
        return None
    previous = verb.doc[verb.i - 1] if verb.i > 0 else None
    while previous is not None and previous.pos_ in ("ADV", "AUX", "PART") and previous.i > 0:
        previous = verb.doc[previous.i - 1]
    if previous is None:
        return None
    head = previous
    while head.dep_ in ("compound", "amod", "det", "poss", "nummod") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "conj" and head.pos_ in NOUN_POS and head.right_edge.i < verb.i:
        return head
    return None


def is_stolen_subject(token: Token) -> bool:
    """True for a coordinated noun that :func:`stolen_subject` gives to the next verb."""
    if token.dep_ != "conj" or token.pos_ not in NOUN_POS:
        return False
    nxt = token.right_edge.i + 1
    while nxt < len(token.doc) and token.doc[nxt].pos_ in ("ADV", "AUX", "PART"):
        nxt += 1
    if nxt >= len(token.doc):
        return False
    verb = token.doc[nxt]
    return verb.pos_ in VERB_POS and stolen_subject(verb) is not None


def _set_off(verb: Token, obj: Token) -> bool:
    """An "object" after a comma that closes the verb's own phrases ("met in Geneva on Wednesday,
    their first summit since ..."): a note on the whole clause, which the parser took for what
    was met."""
    before = obj.left_edge.i - 1
    return (
        obj.dep_ == "dobj"
        and obj.pos_ == "NOUN"  # not a name: "received the ambassador, Abdulridha Khori"
        and before > verb.i
        and obj.doc[before].text == ","
        and any(c.dep_ in ("prep", "npadvmod") and verb.i < c.i < before for c in verb.children)
    )


def direct_objects(verb: Token) -> list[Token]:
    """Objects of a verb: the direct object, predicative complement, or the passive subject."""
    dative = _first_of_two_objects(verb)
    found = [
        c
        for c in verb.children
        if c.dep_ in OBJECT_DEPS and c not in dative and not _set_off(verb, c)
    ]
    for clause in verb.children:  # a small clause: "found [the journalist guilty]"
        if clause.dep_ == "ccomp" and _free_relative(clause):
            # "struck what New Delhi described as a training camp": what was struck is named
            # by the clause's "as" phrase or the name it gives
            found += prep_objects(clause, {"as"}) + [c for c in clause.children if c.dep_ == "oprd"]
        elif clause.dep_ == "ccomp" and clause.lower_ in RESULT_WORDS and clause.i == verb.i + 1:
            # "let free two French citizens": the parser gives the object to "free"
            found += [c for c in clause.children if c.dep_ in ("dobj", "nsubj")]
        elif clause.dep_ == "ccomp" and clause.lower_ in CAPTIVE_WORDS and clause.i > verb.i:
            # "holding more than 700 people hostage": the parser reads a small clause
            found += [*(c for c in clause.children if c.dep_ == "nsubj"), clause]
        elif clause.dep_ == "ccomp" and clause.pos_ == "ADJ":
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            if subjects and not any(c.dep_ in ("aux", "cop") for c in clause.children):
                found += [*subjects, clause]
        elif clause.dep_ == "ccomp" and _participle(clause) and clause.i > verb.i:
            # "hosted talks attended by 40 countries", "accept refugees fleeing the war": a
            # participle after the object, which the parser read as a clause with the object
            # for its subject (and may tag as a past tense)
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i > verb.i]
            if subjects and not any(c.dep_ in ("aux", "auxpass", "cop") for c in clause.children):
                found += subjects
        elif clause.dep_ == "ccomp" and _bare_participle(verb, clause):
            # "refused to free a dozen UN staff detained in a sweep": a participle the parser
            # tagged as a past tense, its noun read as the subject of a clause
            found += [c for c in clause.children if c.dep_ == "nsubj"]
        elif (
            clause.dep_ == "ccomp"
            and clause.pos_ in NOUN_POS
            and clause.i > verb.i
            and not any(c.dep_ in ("nsubj", "aux", "cop") for c in clause.children)
        ):
            found.append(clause)  # "let free the jailed activist": a noun read as a clause
        elif (
            clause.dep_ in ("ccomp", "xcomp")
            and lemma(verb) in PERMISSION_VERBS
            and clause.i > verb.i
            and not any(c.dep_ == "dobj" for c in verb.children)
        ):
            # "allowed the first aid trucks to enter Gaza": what is let in is the object
            found += [c for c in clause.children if c.dep_ == "nsubj" and c.i > verb.i]
    found += [
        # "granted Edward Snowden, the former contractor, temporary asylum": the parser joins
        # the second object to the first one's apposition, with no "and" between
        second
        for first in [c for c in verb.children if c.dep_ == "dobj"]
        for apposed in first.children
        if apposed.dep_ == "appos" and not any(c.dep_ == "cc" for c in apposed.children)
        for second in apposed.children
        if second.dep_ in ("conj", "appos")
        and second.i > apposed.i
        and second.pos_ == "NOUN"
        and second.doc[second.left_edge.i - 1].text == ","
    ]
    found += [
        # "demolished the East Jerusalem home of a Palestinian": the parser reads "home" as an
        # adverb after a place name it takes for the object
        c
        for c in verb.children
        if c.dep_ == "advmod"
        and c.lower_ in ("home", "homes")
        and any(o.dep_ == "dobj" and o.i == c.i - 1 and o.pos_ == "PROPN" for o in found)
        and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
    ]
    if found and not is_passive(verb):
        # "lifted a national emergency order and remaining economic sanctions on Myanmar": the
        # parser joins the second object to the verb
        found += [
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.pos_ in NOUN_POS
            and c.i > found[0].i
            and verb.doc[c.left_edge.i - 1].dep_ == "cc"
            and c.left_edge.i - 2 == found[0].right_edge.i  # "X and Y", nothing between
        ]
    if is_passive(verb):
        found += [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    elif not found:
        # "freed on bail two former ministers": the parser joins the object to the phrase;
        # "designated the Houthis a terrorist organisation": the object read as a dative
        found += (
            _bailed(verb)
            or [c for c in verb.children if c.dep_ == "dative"]
            or _judged_first(verb)
            or _caught_doing(verb)
            or _shared_object(verb)
            or _dated_object(verb)
            or _passive_conjunct_subject(verb)
        )
    objects = [t for head in found for t in with_conjuncts(head)]
    if lemma(verb) in VERDICT_VERBS:
        # "found former President Jair Bolsonaro guilty of plotting": the parser may read the
        # verdict as an adjective on the object
        objects += [
            a
            for o in objects
            for a in o.children
            if a.dep_ == "amod" and a.i > o.i and a.lower_ in VERDICT_WORDS
        ]
    if lemma(verb) in NAMING_VERBS:
        # "called Britain's ambassador a very stupid guy": the name given, which the parser
        # reads as an apposition to the object
        objects += [
            a
            for o in objects
            for a in o.children
            if a.dep_ == "appos" and a.i > o.i and a.doc[a.left_edge.i - 1].text != ","
        ]
    if any(
        _money(o) for o in objects
    ):  # "gave 5 billion yen in aid": the parser's "in" on the verb
        objects += prep_objects(verb, {"in"})
    objects += [t for obj in objects for t in _named_kind(obj)]
    return objects + [t for obj in objects for t in partitive_whole(obj)]


def _shared_object(verb: Token) -> list[Token]:
    """The object a verb shares with the verb joined to it by "and" or "or", which the parser
    hangs on that verb alone ("abusing and humiliating naked Iraqi prisoners")."""
    return [
        o
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and c.i == verb.i + 2
        and verb.nbor(1).dep_ == "cc"
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        for o in c.children
        if o.dep_ == "dobj"
    ]


def _free_relative(clause: Token) -> bool:
    """A clause that names the object it opens with "what" ("what New Delhi described as",
    "what it called")."""
    return clause.i > clause.head.i and any(
        c.lower_ == "what" and c.dep_ == "dobj" and c.i == clause.left_edge.i
        for c in clause.children
    )


def _passive_conjunct_subject(verb: Token) -> list[Token]:
    """The subject of a passive verb that a participle joined to it shares ("were dragged from
    their cars and beaten by a crowd": the lawmakers were beaten)."""
    if not (verb.dep_ == "conj" and verb.tag_ == "VBN" and is_passive(verb.head)):
        return []
    if any(c.dep_ in ("nsubj", "aux", "auxpass") for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]


def _dated_object(verb: Token) -> list[Token]:
    """The object after a date the parser joined it to ("rejected on Friday China's demand":
    the parser reads "Friday China's demand" as one phrase after "on")."""
    return [
        o
        for p in verb.children
        if p.dep_ == "prep"
        and p.lower_ == "on"
        and p.i == verb.i + 1
        and p.nbor(1).ent_type_ == "DATE"
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ != "DATE" and o.pos_ in NOUN_POS
    ]


def _caught_doing(verb: Token) -> list[Token]:
    """Whom a verb with no object finds doing something, when the parser reads the object as
    the subject of the participle after it ("captured Saddam Hussein hiding in a hole")."""
    return [
        s
        for c in verb.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i
        for s in c.children
        if s.dep_ == "nsubj" and s.left_edge.i == verb.i + 1 and s.i < c.i
    ]


def _named_kind(obj: Token) -> list[Token]:
    """The common noun that ends a name of the form "the X of Y <noun>", which the parser
    hangs on "of" beside Y ("launched the Power of Siberia gas pipeline": the pipeline)."""
    if obj.pos_ != "PROPN":
        return []
    return [
        noun
        for of in obj.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for noun in of.children
        if noun.dep_ == "pobj"
        and noun.pos_ == "NOUN"
        and all(t.pos_ in ("PROPN", "NOUN") for t in obj.doc[of.i + 1 : noun.i])
        and any(t.pos_ == "PROPN" for t in obj.doc[of.i + 1 : noun.i])
    ]


#: Judgements put before the thing judged ("dismissed as baseless allegations that ...",
#: "condemned as totally unacceptable a ruling by ...").
JUDGEMENT_WORDS = frozenset(
    {"baseless", "groundless", "unfounded", "false", "unacceptable", "absurd", "illegal",
     "illegitimate", "unlawful", "invalid", "provocative", "hostile", "irresponsible",
     "unjustified", "ridiculous", "outrageous", "null", "void", "lies", "fabricated",
     "politically", "deplorable", "regrettable", "interference", "nonsense", "propaganda",
     "slander", "slanderous", "fantasy", "fiction", "fake", "lie", "rubbish", "smear",
     "misleading", "malicious"}
)  # fmt: skip


def _judged_first(verb: Token) -> list[Token]:
    """The object of a verb that puts its judgement first ("condemned as totally unacceptable
    a ruling"), which the parser reads as the object of "as"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i + 1 >= prep.sent.end:
            continue
        judged = [w for w in prep.doc[prep.i + 1 : prep.i + 3] if w.lower_ in JUDGEMENT_WORDS]
        if judged:
            # "as unacceptable a ruling ordering Nippon Steel to pay": the parser makes the
            # participle the object of "as" and the thing judged its subject
            return [
                o
                for c in prep.children
                for o in ([c] if c.dep_ == "pobj" else c.children if c.dep_ == "pcomp" else [])
                if o.dep_ in ("pobj", "nsubj") and judged[0].i < o.i
            ]
    return []


def _participle(verb: Token) -> bool:
    """A participle, or a past tense with a "by" agent ("talks attended by 40 countries")."""
    return verb.tag_ in ("VBN", "VBG") or any(c.dep_ == "agent" for c in verb.children)


def _bare_participle(verb: Token, clause: Token) -> bool:
    """True for a "clause" after an infinitive that is a noun and a past participle with no
    object of its own, right after it ("to free [staff detained] in a sweep"): an infinitive
    of acting, unlike a finite verb of saying, takes no clause without "that"."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return (
        verb.tag_ == "VB"
        and clause.tag_ in ("VBD", "VBN")
        and clause.i > verb.i
        and len(subjects) == 1
        and subjects[0].pos_ in NOUN_POS
        and subjects[0].right_edge.i == clause.i - 1
        and not any(c.dep_ in ("dobj", "aux", "auxpass", "cop", "mark") for c in clause.children)
        and not any(c.dep_ in OBJECT_DEPS for c in verb.children)
    )


def _bailed(verb: Token) -> list[Token]:
    """Who is "freed on bail" when the parser makes them part of the phrase ("on bail two
    former ministers", or a second object of "on")."""
    found = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if any(o.lower_ == "bail" for o in objects):
            found += [o for o in objects if o.lower_ != "bail"]
        found += [
            o
            for o in objects
            if any(c.dep_ == "compound" and c.lower_ == "bail" for c in o.children)
        ]
    return found


#: Heads of partitive phrases: "three of the hostages", "40 percent of their arms".
PARTITIVES = frozenset(
    {
        "some",
        "most",
        "many",
        "all",
        "part",
        "parts",
        "half",
        "dozen",
        "dozens",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "percent",
        "%",
        "number",
        "rest",
        "majority",
        "remainder",
        "portion",
        "share",
        "batch",
        "group",
        "contingent",
        "detachment",
        "squad",
        "convoy",
        "shipment",
        "consignment",
        "few",
        "several",
        "each",
        "one",
        "two",
        "three",
        "first",
        "last",
        "second",
        "latest",
        "remaining",
    }
)


#: Currencies a sum is counted in ("200 billion euros").
CURRENCY_NOUNS = frozenset(
    {"dollar", "euro", "pound", "yen", "yuan", "renminbi", "rouble", "ruble", "rupee", "franc",
     "shekel", "dinar", "riyal", "rial", "lira", "won", "peso", "rand", "naira", "krona",
     "krone", "kroner", "kronor", "zloty", "hryvnia", "dirham", "ringgit", "baht", "rupiah",
     "real"}
)  # fmt: skip


def _money(token: Token) -> bool:
    """A sum of money: "$8 billion", "200 billion euros" (the tagger's MONEY, a currency sign,
    or a counted currency)."""
    if token.ent_type_ == "MONEY" or any(c.tag_ == "$" for c in token.children):
        return True
    return lemma(token) in CURRENCY_NOUNS and any(c.dep_ == "nummod" for c in token.children)


#: Nouns of more of something: "a sixfold increase in funding" gives funding.
GROWTH_NOUNS = frozenset({"increase", "boost", "rise", "hike", "surge", "expansion"})


def _whole_preps(part: Token) -> frozenset[str]:
    """The prepositions that name the whole a partitive word is part of: "of" ("three of the
    hostages"), also "in" after a sum or a growth ("$8 billion in assets", "an increase in
    funding") or after a share in something ("participation in talks"); none for other
    words."""
    if _money(part) or (part.pos_ in ("NOUN", "PROPN") and lemma(part) in GROWTH_NOUNS):
        return frozenset({"of", "in"})
    if part.pos_ == "NUM" or part.lower_ in PARTITIVES:
        return frozenset({"of"})
    if part.lower_ in ("participation", "involvement"):
        return frozenset({"in"})  # "suspended their participation in peace talks with X"
    if lemma(part) in SPELL_NOUNS and any(
        c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in ORDINAL_WORDS)
        for c in part.children
    ):
        return frozenset({"of"})  # "held a second day of talks", "after three days of protests"
    return frozenset()


#: Spells of time that, counted, are a part of what fills them ("a second day of talks").
SPELL_NOUNS = frozenset({"day", "week", "month", "year", "hour"})
ORDINAL_WORDS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "final", "another"}
)


def partitive_whole(token: Token) -> list[Token]:
    """The whole a partitive object is part of ("released three of the hostages": the
    hostages; "froze $8 billion in Russian assets": the assets; "announced an increase in
    funding": the funding), so entries about hostages, arms, assets or aid match it."""
    wholes: list[Token] = []
    current = [token]
    for _ in range(3):  # "three of the dozens of hostages"
        current = [whole for part in current for whole in prep_objects(part, _whole_preps(part))]
        wholes += current
    return wholes


def datives(verb: Token) -> list[Token]:
    """Indirect objects ("gave Ukraine weapons"; "offered to the US a regiment", where the
    parser makes the preposition the dative)."""
    found: list[Token] = _first_of_two_objects(verb)
    for child in (c for c in verb.children if c.dep_ == "dative"):
        found += [o for o in child.children if o.dep_ == "pobj"] if child.pos_ == "ADP" else [child]
    return [t for c in found for t in with_conjuncts(c)]


def _first_of_two_objects(verb: Token) -> list[Token]:
    """The first of two direct objects the parser gave one verb, which is its indirect object
    ("handed Australian writer Yang Hengjun a suspended death sentence")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 2 or objects[0].pos_ not in NOUN_POS | {"PRON"}:
        return []
    # "took Israeli soldiers hostage", "named him envoy": a bare second noun is what the first
    # is made, not the thing given
    determined = any(c.dep_ in ("det", "nummod", "poss") for c in objects[1].children)
    adjacent = objects[1].left_edge.i == objects[0].right_edge.i + 1  # no comma between
    return objects[:1] if determined and adjacent else []


def prep_objects(head: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    """Objects of the given prepositions attached to ``head`` ("with Moscow", "on Russia")."""
    found = []
    for child in head.children:
        if child.dep_ in ("prep", "agent", "dative") and lemma(child) in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found.extend(with_conjuncts(obj))
                elif obj.dep_ == "pcomp" and obj.tag_ == "VBG":
                    # "negotiated with protesters blocking the road": the parser's clause; not a
                    # question or a clause of its own ("on whether the government was ...")
                    if any(c.dep_ in ("aux", "auxpass", "mark") for c in obj.children):
                        continue
                    subjects = [c for c in obj.children if c.dep_ == "nsubj"]
                    found.extend(t for c in subjects for t in with_conjuncts(c))
    return found


def possessors(noun: Token) -> list[Token]:
    """Possessors of a noun ("Russia's invasion")."""
    return [t for c in noun.children if c.dep_ == "poss" for t in with_conjuncts(c)]


#: Prepositions that name who made a plan, offer or demand ("an offer from Kabul").
MAKER_PREPS = frozenset({"by", "from"})
#: Entity types that name an actor among a noun's modifiers ("the French proposal").
NAME_TYPES = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def owners(noun: Token) -> list[Token]:
    """Whose thing a noun is: its possessors ("Russia's proposal"), the actor words that modify
    it ("an Afghan government offer", "the US plan") and the agent of a participle describing
    it ("the resolution proposed by France")."""
    return possessors(noun) + named_modifiers(noun) + made_by(noun)


def named_modifiers(noun: Token) -> list[Token]:
    """Names among the words before a noun that modify it ("a French plan")."""
    return [
        t
        for child in noun.children
        if child.dep_ in ("compound", "amod", "nmod") and child.i < noun.i
        for t in child.subtree
        if t.ent_type_ in NAME_TYPES
    ]


def participles(noun: Token) -> list[Token]:
    """Past participles describing a noun ("the sanctions *imposed* on India")."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]


def made_by(noun: Token) -> list[Token]:
    """The agents of a noun's participles ("the resolution proposed *by France*")."""
    return [t for participle in participles(noun) for t in prep_objects(participle, {"by"})]


def modifier_lemmas(token: Token) -> set[str]:
    """Lemmas of a noun's modifiers, including "of"-objects ("state of emergency"); a plural
    modifier also as written, as lexicon lines write it ("arms sale", "human rights abuse")."""
    words: set[str] = set()
    for child in token.children:
        if child.dep_ in MODIFIER_DEPS:
            words.update((lemma(child), child.lower_))
            words.update(
                word
                for g in child.children
                if g.dep_ in MODIFIER_DEPS
                for word in (lemma(g), g.lower_)
            )
        elif child.dep_ == "prep" and lemma(child) == "of":
            # "a team of medical experts": the experts, and what kind they are
            for g in child.children:
                if g.dep_ == "pobj":
                    words.add(lemma(g))
                    words.update(lemma(m) for m in g.children if m.dep_ in ("amod", "compound"))
    return words


#: Verbs whose object does what their infinitive says ("urged Russia to withdraw"); after
#: other verbs the infinitive is the subject's purpose ("launched an offensive to retake X").
OBJECT_CONTROL = frozenset(
    {"urge", "ask", "call", "force", "compel", "persuade", "convince", "allow", "permit", "order",
     "tell", "invite", "encourage", "press", "push", "pressure", "require", "request", "instruct",
     "authorize", "authorise", "help", "enable", "advise", "warn", "beg", "implore", "lead", "get",
     "want", "expect", "need", "oblige", "prompt", "mandate", "empower", "appeal", "challenge",
     "dare", "direct", "command", "inspire", "motivate", "cause", "prevent", "forbid", "ban",
     "bar", "exhort", "entreat", "beseech", "recruit", "train", "hire", "pay", "bribe", "coerce",
     "pressurize", "pressurise", "lobby", "petition", "summon", "mobilize", "mobilise", "rally",
     "like", "prefer", "see", "make", "let", "have", "trust", "remind", "teach", "choose",
     "elect", "appoint", "nominate", "select", "assign", "send", "deploy", "dispatch"}
)  # fmt: skip
#: Documents through which their issuer acts ("issued a statement urging", "a report accusing").
DOCUMENT_NOUNS = frozenset(
    {"statement", "report", "letter", "communique", "communiqué", "declaration", "message",
     "resolution", "note", "readout", "decree", "law", "bill", "legislation", "directive",
     "ordinance", "motion", "order", "regulation", "edict", "amendment"}
)  # fmt: skip


#: What one telephones someone to do: say something to them ("called Erdogan to apologise").
CALL_PURPOSES = frozenset(
    {"apologize", "apologise", "discuss", "congratulate", "express", "demand", "protest",
     "thank", "complain", "inform", "brief", "convey", "offer", "voice", "reassure", "assure",
     "wish", "invite", "urge", "ask", "press", "seek", "request", "raise", "review", "explain",
     "condemn", "warn", "pledge", "promise", "share", "clarify"}
)  # fmt: skip


def phone_call(verb: Token, complement: Token) -> bool:
    """ "called Erdogan to apologise": a call made to someone to say something, the caller's
    purpose; "called the rebels to lay down arms" and "called on/for X to" appeal to X."""
    return (
        lemma(verb) == "call"
        and lemma(complement) in CALL_PURPOSES
        and any(c.dep_ == "dobj" for c in verb.children)
        and not [
            t  # "on Monday" appeals to no one
            for t in prep_objects(verb, {"on", "upon", "for"})
            if t.ent_type_ not in ("DATE", "TIME")
        ]
    )


#: How the parser hangs a first headline subject it does not see as one.
_LOOSE_DEPS = frozenset({"nsubj", "dep", "npadvmod", "advcl"})


def _comma_subjects(verb: Token, subject: Token) -> list[Token]:
    """Names a headline joins to the subject with a comma, which the parser leaves as a second
    subject or a loose dependent ("Biden, Xi agree to resume talks", "Saudi Arabia, Iran
    restore ties")."""
    doc = verb.doc
    found = []
    for other in verb.children:
        if other is subject or other.dep_ not in _LOOSE_DEPS or other.pos_ != "PROPN":
            continue
        first, second = sorted((other, subject), key=lambda t: t.i)
        if second.i > verb.i or first.i + 2 >= len(doc):
            continue
        if doc[first.i + 1].text == "," and second.left_edge.i == first.i + 2:
            found.append(other)
    return found


#: Verbs that keep someone from an act ("prevented aid agencies from providing assistance"):
#: the one kept from it is who would have done it.
PREVENTING_VERBS = frozenset(
    {"prevent", "stop", "bar", "block", "keep", "prohibit", "restrain", "deter", "forbid",
     "ban", "hinder", "discourage", "dissuade"}
)  # fmt: skip


def agents(verb: Token, depth: int = 0) -> list[Token]:
    """Who does what the verb says: subject, passive agent, or the controller of an infinitive.

    "urged Russia to withdraw": the agent of withdraw is Russia; "vowed to impose": the subject
    of vowed; "troops who attacked": troops; "the EU, which imposed": the EU.
    """
    if depth > 6:
        return []
    if is_passive(verb):
        by = (
            prep_objects(verb, {"by"})
            or [
                # "was recognised as Venezuela's interim president by the Trump administration":
                # the parser hangs the agent on the "as" phrase before it
                o
                for prep in verb.children
                if prep.dep_ == "prep" and lemma(prep) == "as"
                for noun in prep.children
                if noun.dep_ == "pobj"
                for o in prep_objects(noun, {"by"})
            ]
            or [
                # "was shot several times and seriously wounded by a man": the agent both share
                o
                for conj in verb.children
                if conj.dep_ == "conj" and conj.tag_ == "VBN"
                for o in prep_objects(conj, {"by"})
            ]
        )
        if by:
            return by
    else:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] or [
            # "Britain and France however have opposed": the parser may hang the subject (and
            # the adverb) on the auxiliary
            c
            for aux in verb.children
            if aux.dep_ == "aux" and aux.i < verb.i
            for c in aux.children
            if c.dep_ in SUBJECT_DEPS
        ]
        if subjects:
            subject = subjects[0]
            if lemma(subject) in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                if lemma(verb.head) in DOCUMENT_NOUNS:  # "adopted a resolution that demands"
                    return _document_agents(verb, depth)
                return with_conjuncts(verb.head)
            if subject.pos_ in VERB_POS and subject.tag_ in ("VBN", "VBD"):
                # "the internationally recognised Government announced": the parser made the
                # participle the subject and the noun its object
                nouns = [c for c in subject.children if c.dep_ == "dobj"]
                if nouns:
                    return with_conjuncts(nouns[0])
            if subject.pos_ in VERB_POS and subject.tag_ == "VBG":
                # "ASEAN leaders meeting in Jakarta urged": the parser made the participle the
                # subject and the leaders its subject
                nouns = [c for c in subject.children if c.dep_ == "nsubj" and c.pos_ in NOUN_POS]
                if nouns:
                    return with_conjuncts(nouns[0])
            return with_conjuncts(subject) + _comma_subjects(verb, subject)
    if is_passive(verb):
        return []
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and lemma(verb) in NO_PASSIVE_VERBS:
        # "Thousands of rioters angered by price rises clashed with police": the parser hangs
        # the verb on the last noun of its subject, which runs from the noun phrase's top
        top = verb.head
        while top.dep_ in ("pobj", "prep", "agent", "acl", "compound") and top.head.i < top.i:
            top = top.head
        return with_conjuncts(top)
    repaired = stolen_subject(verb)
    if repaired is not None:
        return [repaired]
    head = verb.head
    if head.i == verb.i:
        return []
    if _body_set_up_to(verb):
        # "voted to set up a fact-finding mission to investigate X": who sets it up acts
        return agents(head.head, depth + 1)
    if verb.dep_ == "relcl":
        return with_conjuncts(head)
    if verb.dep_ == "acomp" and head.pos_ in VERB_POS:  # "was ready to": the copula's subject
        return agents(head, depth + 1)
    if verb.dep_ == "xcomp":
        if is_passive(head) and not prep_objects(head, {"by"}):
            # "is expected to travel", "were ordered to withdraw": the passive subject
            held = [c for c in head.children if c.dep_ == "nsubjpass"]
            if held:
                return with_conjuncts(held[0])
        controllers = [c for c in head.children if c.dep_ in ("dobj",)]
        if (
            controllers
            and (lemma(head) in OBJECT_CONTROL or controllers[0].pos_ == "PRON")
            and not phone_call(head, verb)
        ):
            return with_conjuncts(controllers[0])  # "urged Russia to withdraw"
        return agents(head, depth + 1)  # "started a hunger strike to protest": the striker
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and head.dep_ == "pcomp"
        and head.head.head.pos_ in VERB_POS
    ):
        # "accused Macron of treating Brazil like a colony, lashing out at him": the comma's
        # participle goes with the accuser, not with the act the accused is charged with
        return agents(head.head.head, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and lemma(head) in CREDITING_VERBS:
        # "Israeli air strikes killed 400 people, health officials said, shattering a truce":
        # the participle goes with the reported clause the credit line follows
        reported = [c for c in head.children if c.dep_ == "ccomp" and c.i < head.i < verb.i]
        if reported:
            return agents(reported[0], depth + 1)
    if verb.dep_ == "advcl" and head.dep_ == "ccomp" and _bare_participle(head.head, head):
        # "refused to free staff detained in a sweep, accusing them of spying": who refuses
        return agents(head.head, depth + 1)
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VBG" and head.dep_ == "pcomp":
        # "found Bolsonaro guilty of plotting a coup and sentenced him": a past tense cannot
        # join the gerund of the charge; it goes with the verb the charge hangs from
        clause = next((a for a in head.ancestors if a.pos_ in VERB_POS and a.dep_ != "pcomp"), None)
        if clause is not None:
            return agents(clause, depth + 1)
    if verb.dep_ in ("conj", "advcl", "ccomp") and head.pos_ in VERB_POS:
        return agents(head, depth + 1)
    if verb.dep_ == "dobj" and verb.tag_ == "VBG" and head.pos_ in VERB_POS:
        return agents(head, depth + 1)  # "resumed funding the agency": the resumer funds
    if verb.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in head.children):
        # "the government, thus, rejects and condemns": a verb the tagger took for a plural
        # noun still has the subject both verbs share
        return with_conjuncts(next(c for c in head.children if c.dep_ in SUBJECT_DEPS))
    if verb.dep_ == "pcomp" and head.head.i != head.i:
        governor = head.head
        if governor.dep_ == "advmod" and governor.pos_ == "ADV" and governor.head.pos_ in VERB_POS:
            governor = governor.head  # "could go as far as cutting ties": who would go
        # "accused Ukraine of shelling", "praised Poland for taking in", "warned Washington
        # against sending warships": the object acts
        preventing = lemma(head) == "from" and lemma(governor) in PREVENTING_VERBS
        if lemma(head) == "of" and governor.pos_ in NOUN_POS and governor.dep_ == "dobj":
            return agents(governor.head, depth + 1)  # "had no intention of sitting down"
        if (lemma(head) in ("of", "for", "against") or preventing) and governor.pos_ in VERB_POS:
            # "stopped the rebels from attacking the town": the rebels would have attacked
            objects = [c for c in governor.children if c.dep_ == "dobj"]
            if objects:
                return with_conjuncts(objects[0])
        return agents(governor, depth + 1)
    if (
        verb.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.pos_ in NOUN_POS
        and any(c.dep_ == "dobj" for c in verb.children)
    ):
        # "The Iraqi air force carried out three air strikes": with no finite verb left, the
        # parser took the predicate for a participle on its subject ("soldiers killed in
        # clashes", with no object, stays passive)
        return with_conjuncts(head)
    if (
        verb.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.pos_ in NOUN_POS
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ in ("relcl", "appos") and head.i < c.i < verb.i for c in head.children)
    ):
        # "Marty Natalegawa, whose country chairs ASEAN, shuttled between Phnom Penh and
        # Bangkok": after a clause set off by commas, the sentence's verb hung on its subject
        return with_conjuncts(head)
    if (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and head.dep_ == "dobj"
        and lemma(head.head) in CREDITING_VERBS
        and any(c.dep_ == "dobj" for v in (verb, *with_conjuncts(verb)) for c in v.children)
    ):
        # "officials said right-wing paramilitaries tortured and killed 36 villagers": the
        # parser read the reported clause as its subject with a participle
        return with_conjuncts(head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        if lemma(head) in SENTENCE_ADVERB_NOUNS and head.dep_ == "pobj":
            # "placed the firms under state management, in effect seizing their assets": the
            # parser hangs the participle on the idiom's noun; the placer seizes
            clause = head.head.head
            return agents(clause, depth + 1) if clause.pos_ in VERB_POS else []
        if lemma(head) in DOCUMENT_NOUNS:
            return _document_agents(verb, depth)
        return with_conjuncts(head)
    if verb.dep_ == "acl" and head.pos_ in NOUN_POS and any(c.tag_ == "TO" for c in verb.children):
        # "Russia's plan to annex": Russia annexes; "an offer from Kabul to extend the truce"
        return noun_agents(head, depth + 1, MAKER_PREPS)
    return []


#: Verbs of a credit line after a reported clause ("..., officials said").
CREDITING_VERBS = frozenset({"say", "report", "add", "state", "claim", "confirm", "announce"})


def _document_agents(verb: Token, depth: int) -> list[Token]:
    """Who speaks through a document a clause describes: "a UN resolution condemning X", whose
    the document is; "issued a statement urging X", "adopted a resolution that demands", the
    issuer; "vetoed a resolution condemning X", not the vetoer (but "failed to adopt a
    resolution urging X", the would-be adopter, negated)."""
    head = verb.head
    document = owners(head)
    if document or (blocked_document(verb) and lemma(head.head) in BLOCKING_VERBS):
        return document
    if head.dep_ == "dobj" and head.head.pos_ in VERB_POS:
        return agents(head.head, depth + 1)
    return []


#: Bodies set up to do something, and the verbs that set them up.
CREATED_BODIES = frozenset(
    {"mission", "commission", "panel", "team", "committee", "inquiry", "tribunal", "body",
     "taskforce", "probe", "board"}
)  # fmt: skip
CREATING_VERBS = frozenset(
    {
        "set",
        "create",
        "establish",
        "form",
        "appoint",
        "launch",
        "send",
        "dispatch",
        "name",
        "order",
        "authorise",
        "authorize",
        "mandate",
        "convene",
    }
)


def _body_set_up_to(verb: Token) -> bool:
    """An infinitive on a body someone sets up ("set up a mission to investigate")."""
    head = verb.head
    return (
        verb.dep_ in ("relcl", "acl")
        and any(c.tag_ == "TO" for c in verb.children)
        and lemma(head) in CREATED_BODIES
        and head.dep_ == "dobj"
        and lemma(head.head) in CREATING_VERBS
    )


#: Nouns of sentence adverbs made of a preposition and a noun ("in effect", "in practice").
SENTENCE_ADVERB_NOUNS = frozenset({"effect", "practice", "fact", "turn", "essence"})
#: Verbs that stop a document from being adopted or issued ("vetoed a resolution condemning X").
BLOCKING_VERBS = frozenset({"veto", "block", "reject", "scuttle", "torpedo", "thwart"})
#: Verbs that make a document law, and those that say they failed to ("failed to adopt").
ADOPTING_VERBS = frozenset(
    {"adopt", "pass", "approve", "endorse", "ratify", "agree", "sign", "enact"}
)
FAILING_VERBS = frozenset({"fail", "refuse", "decline"})
#: Decisions, and the verbs that undo one ("overturned the decision to deploy police").
DECISION_NOUNS = frozenset({"decision", "decree", "order", "ruling", "plan", "move", "bid"})
UNDOING_VERBS = BLOCKING_VERBS | frozenset(
    {"overturn", "overrule", "quash", "annul", "invalidate", "nullify", "void", "revoke",
     "reverse", "rescind", "suspend", "cancel", "scrap", "halt"}
)  # fmt: skip


def blocked_document(verb: Token) -> bool:
    """A participle describing a document that was blocked ("Russia vetoed a resolution
    condemning the annexation", "the council failed to adopt a resolution calling for",
    "did not pass a bill banning"), or what an undone decision was to do ("the court
    overturned the decision to deploy police"): it did not happen."""
    head = verb.head
    if verb.dep_ not in ("acl", "relcl") or head.dep_ not in ("dobj", "nsubjpass"):
        return False
    adopting = head.head
    if lemma(head) in DECISION_NOUNS and verb.tag_ == "VB":
        # "overturned the decision to deploy police", "quashed the decree to ban the party"
        return lemma(adopting) in UNDOING_VERBS
    if lemma(head) not in DOCUMENT_NOUNS:
        return False
    if lemma(adopting) in BLOCKING_VERBS:
        return True
    if lemma(adopting) not in ADOPTING_VERBS:
        return False
    if any(c.dep_ == "neg" for c in adopting.children):
        return True
    return adopting.dep_ == "xcomp" and lemma(adopting.head) in FAILING_VERBS


def noun_owners(noun: Token, preps: frozenset[str] = frozenset()) -> list[Token]:
    """Who a plan, demand or threat is said to be by in its own phrase: its possessor ("Russia's
    plan", "its demand"), else the objects of ``preps`` on it ("a demand from the rebels"), else
    the names before it ("a French plan")."""
    return possessors(noun) or prep_objects(noun, preps) or named_modifiers(noun)


def noun_agents(noun: Token, depth: int = 0, preps: frozenset[str] = frozenset()) -> list[Token]:
    """Whose a plan, demand or threat is: :func:`noun_owners`, else the subject of the verb that
    makes it ("the EU unveiled a plan")."""
    made = noun_owners(noun, preps)
    if made or noun.dep_ != "dobj" or noun.head.pos_ not in VERB_POS:
        return made
    return agents(noun.head, depth + 1)


def has_mark(verb: Token, words: frozenset[str]) -> bool:
    """True when the verb's clause is introduced by one of ``words`` ("after", "if")."""
    return any(c.dep_ == "mark" and lemma(c) in words for c in verb.children)


def governing_prep(token: Token) -> str | None:
    """The preposition a noun (or a gerund) is the object of, if any."""
    if token.dep_ in ("pobj", "pcomp") and token.head.dep_ in ("prep", "agent"):
        return lemma(token.head)
    return None
