"""A component that mends verb lemmas the base model gets wrong, after its lemmatizer runs.

spaCy's English lemmatizer strips suffixes by rule where its exception list has no entry, so
"staged" becomes "stag", "waged" "wag", "hoped" "hop", and a past tense tagged as a present one
keeps its form ("Boko Haram overran a base": "overran"). The lexicon is written in lemmas, so such
a verb would miss its entry. LemmInflect knows which lemmas can produce a word form; a lemma that
cannot produce the token is replaced by one that can. A lemma that can ("lay" in "lay down arms"
is a form of both "lay" and "lie") and a word LemmInflect does not know stay as spaCy read them.

It also mends the part of speech of an infinitive the tagger read as a noun while the parser
saw the infinitive ("urged member states to sanction Iran": "to" is its auxiliary, "Iran" its
object), so that the verb's lexicon entries apply; and that of a gerund the tagger read as a
verb where it stands as a bare noun, the subject of its clause with no subject or object of its
own ("Fighting between the army and the RSF continued", "Shelling of Kharkiv resumed"), so that
the noun's entries apply. A word that can only be a verb, read as a noun with a subject and an
object ("fighters overran Mosul"), becomes a verb again.
"""

from __future__ import annotations

import functools

from lemminflect import getAllLemmas
from spacy.language import Language
from spacy.tokens import Doc, Token

VERB_POS = frozenset({"VERB"})


@functools.lru_cache(maxsize=65536)
def verb_lemmas(form: str) -> tuple[str, ...]:
    """The lemmas a lower-case verb form can come from (empty for an unknown word)."""
    return tuple(getAllLemmas(form, upos="VERB").get("VERB", ()))


def mended_lemma(form: str, lemma: str) -> str:
    """``lemma`` when it can produce ``form``, else the first lemma that can."""
    known = verb_lemmas(form.lower())
    if not known or lemma.lower() in known:
        return lemma
    return known[0]


#: Links by which an infinitive hangs from what governs it.
_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "acl", "relcl", "ccomp"})


def infinitive_read_as_noun(token: Token) -> bool:
    """A noun the parser gave an infinitive's "to" and a clause link ("to sanction Iran")."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ in _CLAUSE_DEPS
        and token.lower_ == token.lemma_.lower()
        and bool(verb_lemmas(token.lower_))
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)
    )


def infinitive_read_as_adjective(token: Token) -> bool:
    """An adjective the parser gave an infinitive's "to" and an object ("intend to free
    opposition leader Aung San Suu Kyi")."""
    return (
        token.pos_ == "ADJ"
        and token.dep_ in _CLAUSE_DEPS
        and bool(verb_lemmas(token.lower_))
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)
        and any(c.dep_ == "dobj" for c in token.children)
    )


#: What a gerund that acts as a verb has and a noun cannot.
_VERBAL_DEPS = frozenset({"nsubj", "dobj", "dative", "aux", "auxpass", "xcomp", "ccomp", "attr"})


def gerund_read_as_verb(token: Token) -> bool:
    """A gerund that stands as its clause's subject with nothing only a verb takes ("Fighting
    between X and Y continued"; not "Protecting civilians is a priority")."""
    return (
        token.tag_ == "VBG"
        and token.dep_ in ("nsubj", "nsubjpass")
        and not any(c.dep_ in _VERBAL_DEPS for c in token.children)
    )


def verb_read_as_noun(token: Token) -> bool:
    """A word that can only be a verb (or follows a modal) the tagger read as a noun, though the
    parser gave it a subject and an object ("Islamic State fighters overran Mosul")."""
    return (
        token.pos_ == "NOUN"
        and any(c.dep_ == "nsubj" for c in token.children)
        and any(c.dep_ == "dobj" for c in token.children)
        and bool(verb_lemmas(token.lower_))
        # "North Korea could test-fire a missile": a noun form too, but after a modal
        and (not _noun_lemmas(token.lower_) or any(c.tag_ == "MD" for c in token.children))
    )


@functools.lru_cache(maxsize=65536)
def _noun_lemmas(form: str) -> tuple[str, ...]:
    """The lemmas a lower-case noun form can come from (empty when it is no noun's form)."""
    return tuple(getAllLemmas(form, upos="NOUN").get("NOUN", ()))


@Language.component("dyadic_verb_lemmas")
def verb_lemmas_component(doc: Doc) -> Doc:
    """Mend the lemma of every verb whose lemma cannot produce its form, and the part of speech
    of an infinitive read as a noun and of a gerund read as a verb."""
    for token in doc:
        if infinitive_read_as_noun(token) or infinitive_read_as_adjective(token):
            token.pos_, token.tag_ = "VERB", "VB"
        elif verb_read_as_noun(token):
            past = token.lower_ not in verb_lemmas(token.lower_)
            token.pos_, token.tag_ = "VERB", "VBD" if past else "VBP"
        elif gerund_read_as_verb(token):
            token.pos_, token.tag_, token.lemma_ = "NOUN", "NN", token.lower_
            continue
        if token.pos_ in VERB_POS:
            lemma = mended_lemma(token.text, token.lemma_)
            if lemma != token.lemma_:
                token.lemma_ = lemma
    return doc
