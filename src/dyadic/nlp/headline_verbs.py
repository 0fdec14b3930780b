"""A component that finds the verb of a headline the parser read as a noun phrase.

Headlines drop articles and auxiliaries, and a verb in the present tense ends in the same "-s"
as a plural noun: the English model reads "Niger junta expels French ambassador" with the
ambassador as the root, and "Sudan army shells rebel positions" or "US lifts travel ban to
Lebanon" as one long noun; or it finds the verb but hangs the subject on it as a modifier. Such
a sentence has no verb at its root, or a root verb with no subject. The component tries each
word that can be a verb's "-s" form, between a noun it could take as subject and a word that
could open its object; it parses the sentence again with that word in the past tense, which
no noun shares ("Niger junta expelled French ambassador"), and when the new parse makes the
word the root verb with a subject before it, the sentence takes that parse (the word keeps its
text and is tagged as the present-tense verb it is). Two subjects take the plain present
("Japan, EU sign free trade pact"), which the parser may read as a noun too: after a plural or
coordinated subject, in a line with no full stop, a plain form is tried the same way.
Sentences with a verb at the root, nearly all of running text, are left as they are and cost
nothing.

The parser also reads a long subject followed by a past-tense verb as a noun phrase with a
reduced relative clause ("The UN envoy called on both sides to respect the truce": "envoy" the
root, "called" its modifier), often while its own tagger calls the verb a finite past (VBD).
A participle (VBN) is read so only in running text, where the subject opens with an article and
the sentence ends with a full stop, and only when the new parse gives it what only an active
verb takes: an object, a particle or a clause ("Two soldiers wounded in clashes." and "The
two aid workers kidnapped in Mali last year." stay as they are). When the subject runs
from the start of the sentence to the verb, the verb's clause is parsed again behind a pronoun
in the subject's place ("It called on both sides to respect the truce"); if the pronoun comes
out as the subject of the root verb, the clause takes that parse, with the noun as its
subject; the subject phrase keeps its own parse.

A participle that describes a title or name right after a verb ("Peruvian police detained
ousted President Pedro Castillo", "the junta did not free deposed President Bazoum") is
sometimes read as a verb of its own, leaving the first verb without its object. When such a
participle is not a modifier in the parse, the sentence is parsed again with "former" in its
place; if that makes "former" a modifier of the noun after it, the sentence takes that parse
(the participle keeps its text, tag and lemma).

A surname that is also a modal verb is sometimes read as an auxiliary after a title ("Prime
Minister Theresa May issued an ultimatum", "May" the auxiliary of "issued", the sentence left
without a subject), while the tagger still calls it a proper noun. Such a sentence is parsed
again with a plain surname in its place and takes that parse when the stand-in comes out a noun
(the name keeps its text, tag and lemma).

A demand's "that" clause takes a verb's plain form ("demanded that Assad step aside"), which the
parser may read as a noun with the subject for its modifier. Such a clause is parsed again with
the verb in the past tense and takes that parse when the word comes out a verb with a subject
(it keeps its text and is tagged as the plain form it is).

A noun phrase set off by a comma after a verb's object ("held talks with Xi on Monday, the first
such meeting since 2016") restates the act; the parser makes it a second object, which then
hides the first. It is made a loose modifier of the verb instead.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import cast

import numpy as np
from lemminflect import getInflection
from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

from dyadic.nlp.lemmas import verb_lemmas

#: The base pipes that read a sentence again (the tagger and parser and what they feed).
_REPARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
#: Parts of speech that can end a subject right before its verb.
_SUBJECT_END = frozenset({"NOUN", "PROPN"})
#: Parts of speech that can open a verb's object right after it.
_OBJECT_START = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})
#: Words that open a running sentence's subject but hardly ever a headline's.
_ARTICLES = frozenset({"the", "a", "an"})
#: What a participle takes only in the active voice: an object, a particle, a clause.
_ACTIVE_LINKS = frozenset({"dobj", "dative", "prt", "xcomp", "ccomp", "oprd"})
#: Verbs with no passive: their past participle after a noun is the sentence's verb.
NO_PASSIVE_VERBS = frozenset(
    {"clash", "riot", "rampage", "rally", "march", "gather", "converge", "demonstrate", "mutiny"}
)
#: Longer sentences are running text, not headlines.
_MAX_TOKENS = 25


@functools.lru_cache(maxsize=16384)
def past_of_present(form: str) -> tuple[str, str] | None:
    """(lemma, past tense) when a lower-case word is a verb's third-person present ("expels":
    ("expel", "expelled")); None otherwise."""
    if not form.isalpha() or not form.endswith("s"):
        return None
    for lemma in verb_lemmas(form):
        if form in getInflection(lemma, tag="VBZ"):
            past = getInflection(lemma, tag="VBD")
            if past and past[0] != form:
                return lemma, past[0]
    return None


@functools.lru_cache(maxsize=16384)
def past_of_plain(form: str) -> tuple[str, str] | None:
    """(lemma, past tense) when a lower-case word is a verb's plain present ("sign": ("sign",
    "signed")), the form a headline gives a plural subject; None otherwise."""
    if not form.isalpha() or form not in verb_lemmas(form):
        return None
    past = getInflection(form, tag="VBD")
    return (form, past[0]) if past and past[0] != form else None


def _tense_of(token: Token) -> tuple[str, str, str] | None:
    """(lemma, past, tag) for a word that may be a headline's present-tense verb: an "-s" form
    after any subject, a plain form after a plural or coordinated one ("Japan, EU sign pact")."""
    found = past_of_present(token.lower_)
    if found is not None:
        return (*found, "VBZ")
    before = token.nbor(-1)
    plural = before.tag_ in ("NNS", "NNPS") or any(
        t.lower_ in (",", "and") for t in token.doc[max(token.sent.start, token.i - 3) : token.i]
    )
    found = past_of_plain(token.lower_) if plural and token.sent[-1].text != "." else None
    return (*found, "VBP") if found is not None else None


def _candidates(sent: Span) -> Iterator[tuple[Token, tuple[str, str, str]]]:
    """Words of a verbless sentence that may be its verb, first to last, each with its lemma,
    past tense and tag (see :func:`_tense_of`)."""
    for token in sent[1:-1]:
        before, after = token.nbor(-1), token.nbor(1)
        opens = after.pos_ in _OBJECT_START or after.tag_ == "VBG"  # "sign sweeping pact"
        if before.pos_ not in _SUBJECT_END or not opens:
            continue
        tense = _tense_of(token)
        if tense is not None:
            yield token, tense


def _well_formed(root: Token) -> bool:
    """A verb at the root, unless it is a verb with no subject that the parser gave a noun as
    a compound ("Chad junta expels Sudanese ambassador", read with "junta" as its modifier)."""
    if root.pos_ not in ("VERB", "AUX"):
        return False
    left = [c for c in root.children if c.i < root.i]
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in left) or not any(
        c.dep_ == "compound" for c in left
    )


class HeadlineVerbs:
    """See the module's text."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        strings = nlp.vocab.strings
        self._participle_tags = np.array([strings.add("VBN"), strings.add("VBD")], dtype=np.uint64)
        self._name_tags = np.array([strings.add("NNP"), strings.add("NNPS")], dtype=np.uint64)
        self._aux = strings.add("aux")

    def _modifier(self, doc: Doc, participle: Token) -> bool:
        """Parse the sentence again with "former" for ``participle``; adopt that parse when
        "former" modifies the noun after it. Says whether it did."""
        sent = participle.sent
        start = participle.idx - sent.start_char
        variant = self._parse(
            sent.text[:start] + "former" + sent.text[start + len(participle.text) :]
        )
        if len(variant) != len(sent) or len(list(variant.sents)) != 1:
            return False
        former = variant[participle.i - sent.start]
        if former.dep_ != "amod" or former.head.i <= former.i:
            return False
        _adopt(doc, sent, variant, participle.i, lemma=participle.lemma_, tag=participle.tag_)
        return True

    def _name(self, doc: Doc, name: Token) -> bool:
        """Parse the sentence again with a plain surname for ``name``, a proper noun the parse
        made an auxiliary; adopt that parse when the stand-in is a noun. Says whether it did."""
        sent = name.sent
        start = name.idx - sent.start_char
        variant = self._parse(sent.text[:start] + "Smith" + sent.text[start + len(name.text) :])
        if len(variant) != len(sent) or len(list(variant.sents)) != 1:
            return False
        if variant[name.i - sent.start].pos_ != "PROPN":
            return False
        _adopt(doc, sent, variant, name.i, lemma=name.lemma_, tag=name.tag_)
        return True

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # indices from the arrays: no Token object per word, no Span per sentence
        tags = doc.to_array([TAG])
        for i in np.flatnonzero(np.isin(tags, self._participle_tags)):
            token = doc[int(i)]
            if _stray_participle(token):
                self._modifier(doc, token)
        tags, links = doc.to_array([TAG, DEP]).T  # as the participle repairs left them
        for i in np.flatnonzero(np.isin(tags, self._name_tags) & (links == self._aux)):
            self._name(doc, doc[int(i)])  # a name the parse made an auxiliary
        _restated_objects(doc)
        links = doc.to_array([DEP])
        for i in np.flatnonzero(links == doc.vocab.strings["ccomp"]):
            token = doc[int(i)]
            if _mandated_noun(token):
                self._subjunctive(doc, token)  # "demanded that Assad step aside"

        for i in np.flatnonzero(doc.to_array([LEMMA]) == doc.vocab.strings["that"]):
            # "demanded that the United States extradite cleric Fethullah Gulen": the verb read
            # as a modifier inside a noun phrase
            for word in _verbless_mandate(doc[int(i)]):
                if self._subjunctive(doc, word):
                    break
        links = doc.to_array([DEP])
        roots = [doc[int(i)] for i in np.flatnonzero(links == doc.vocab.strings["ROOT"])]
        for root in roots:
            if _well_formed(root):
                continue
            sent = root.sent
            if self._finite_modifier(doc, sent, root):
                continue
            if len(sent) > _MAX_TOKENS:
                continue
            verbal = root.pos_ in ("VERB", "AUX")
            for token, tense in _candidates(sent):
                if verbal and token != root:
                    continue  # only the root verb that lacks its subject
                if self._reparse(doc, sent, token, tense):
                    break
        return doc

    def _subjunctive(self, doc: Doc, token: Token) -> bool:
        """Parse the sentence again with ``token``, a plain verb the parse read as a noun, in
        the past tense; adopt that parse when the word comes out a verb with a subject. Says
        whether it did."""
        found = past_of_plain(token.lower_)
        if found is None:
            return False
        sent = token.sent
        start = token.idx - sent.start_char
        # the past first, then the "-s" form ("that the United States extradites cleric ...")
        for form in (found[1], *getInflection(found[0], tag="VBZ")[:1]):
            variant = self._parse(sent.text[:start] + form + sent.text[start + len(token.text) :])
            if len(variant) != len(sent) or len(list(variant.sents)) != 1:
                continue
            verb = variant[token.i - sent.start]
            if verb.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in verb.children):
                _adopt(doc, sent, variant, token.i, lemma=found[0], tag="VB")
                return True
        return False

    def _parse(self, text: str) -> Doc:
        """``text`` read by the tagger and parser alone."""
        variant = self.nlp.make_doc(text)
        for name, pipe in self.nlp.pipeline:
            if name in _REPARSE_PIPES:
                variant = pipe(variant)
        return variant

    def _finite_modifier(self, doc: Doc, sent: Span, root: Token) -> bool:
        """Re-read a noun root's past-tense modifier as the sentence's verb, the noun as its
        subject (see the module's text). Says whether the sentence took the new parse."""
        if root.pos_ not in _SUBJECT_END:
            return False
        verb = next((c for c in root.rights if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")), None)
        if verb is None:
            # "Thousands of protesters angered by price rises clashed with police": a verb
            # that has no passive, hung on the last noun of the subject
            verb = next(
                (
                    t
                    for t in root.subtree
                    if t.dep_ == "acl" and t.i > root.i and t.lemma_.lower() in NO_PASSIVE_VERBS
                ),
                None,
            )
        if verb is None:
            return False
        start = verb.left_edge.i  # "also called": the clause's own words before its verb
        subject = doc[sent.start : start]
        if any(t.i != root.i and root not in t.ancestors for t in subject):
            return False  # the subject does not run from the sentence's start to the verb
        if verb.tag_ == "VBN" and not (
            _running_text(sent, subject, verb) or verb.lemma_.lower() in NO_PASSIVE_VERBS
        ):
            return False  # "Five killed in Kabul blast": a headline's passive
        pronoun = "They" if root.tag_ in ("NNS", "NNPS") else "It"
        variant = self._parse(f"{pronoun} {doc[start : sent.end].text}")
        if len(variant) != sent.end - start + 1 or len(list(variant.sents)) != 1:
            return False
        head = variant[verb.i - start + 1]
        if head.dep_ != "ROOT" or head.pos_ != "VERB":
            return False
        if variant[0].head.i != head.i or variant[0].dep_ != "nsubj":
            return False  # the pronoun must come out as the verb's subject
        if (
            verb.tag_ == "VBN"
            and verb.lemma_.lower() not in NO_PASSIVE_VERBS
            and not any(c.dep_ in _ACTIVE_LINKS for c in head.children)
        ):
            return False  # "The two aid workers kidnapped in Mali last year.": a caption
        _adopt_clause(doc, root, start, variant)
        return True

    def _reparse(self, doc: Doc, sent: Span, token: Token, tense: tuple[str, str, str]) -> bool:
        """Parse ``sent`` again with ``token`` in the past tense (``tense``: its lemma, past
        and tag); adopt that parse when it makes the token the root verb with a subject. Says
        whether it did."""
        lemma, past, tag = tense
        start = token.idx - sent.start_char
        variant = self._parse(sent.text[:start] + past + sent.text[start + len(token.text) :])
        if len(variant) != len(sent):
            return False
        verb = variant[token.i - sent.start]
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or len(list(variant.sents)) != 1:
            return False
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
            return False
        _adopt(doc, sent, variant, token.i, lemma=lemma, tag=tag)
        return True


def _adopt(doc: Doc, sent: Span, variant: Doc, verb: int, *, lemma: str, tag: str) -> None:
    """Give ``sent`` the heads, links, tags and lemmas of ``variant``; the changed word gets
    ``lemma`` and ``tag`` (for a verb, the tense it is written in)."""
    attrs = [HEAD, DEP, POS, TAG, LEMMA]
    rows = cast(Ints2d, np.asarray(doc.to_array(attrs), dtype=np.uint64))
    strings = doc.vocab.strings
    for offset, token in enumerate(variant):
        i = sent.start + offset
        rows[i, 0] = (token.head.i - token.i) % 2**64  # relative, unsigned, as spaCy keeps it
        rows[i, 1] = strings.add(token.dep_)
        rows[i, 2] = token.pos  # a part of speech is kept as its symbol, not a string
        is_verb = i == verb
        rows[i, 3] = strings.add(tag if is_verb else token.tag_)
        rows[i, 4] = strings.add(lemma if is_verb else _lemma_as(doc[i], token))
    doc.from_array(attrs, rows)


#: Verbs that are auxiliaries before a participle ("was ousted", "has freed").
_AUXILIARIES = frozenset(
    {"be", "have", "do", "get", "will", "would", "can", "could", "may", "might", "shall",
     "should", "must", "become", "remain", "seem", "appear", "feel", "look"}
)  # fmt: skip


#: Verbs that take a clause whose verb may follow them at once ("said made").
_REPORTING = frozenset(
    {"say", "tell", "claim", "believe", "think", "report", "announce", "add", "insist", "argue",
     "note", "warn", "know", "hope", "fear", "suggest", "show", "find", "reveal", "allege"}
)  # fmt: skip


#: Verbs whose "that" clause takes the plain form ("demanded that Assad step aside").
_MANDATIVE = frozenset(
    {"demand", "insist", "urge", "ask", "request", "propose", "recommend", "require", "order"}
)


def _mandated_noun(token: Token) -> bool:
    """A "that" clause of a verb of demand whose head the parse read as a noun or an adjective
    ("demanded that Assad step aside", with "step" a noun and "Assad" its modifier)."""
    return (
        token.pos_ in ("NOUN", "ADJ", "PROPN")
        and token.is_lower
        and token.head.lemma_.lower() in _MANDATIVE
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
    )


def _verbless_mandate(that: Token) -> list[Token]:
    """The words that can be the plain verb of a demand's "that" clause the parse left with
    no verb ("demanded that the United States extradite cleric Fethullah Gulen", the verb read
    as a modifier): lower-case modifiers right after a noun, up to the clause's end."""
    before = that.doc[max(that.sent.start, that.i - 6) : that.i]
    if that.dep_ != "mark" or not any(
        w.pos_ == "VERB" and w.lemma_.lower() in _MANDATIVE for w in before
    ):
        return []
    clause = []
    for word in that.doc[that.i + 1 : that.sent.end]:
        if word.is_punct:
            break
        if word.pos_ in ("VERB", "AUX") and word.dep_ not in ("amod", "compound", "nmod"):
            return []  # the clause has its verb ("U.S.-based" only describes)
        clause.append(word)
    return [
        w
        for w in clause[1:]
        if w.is_lower
        and w.dep_ in ("amod", "compound", "nmod")
        and w.nbor(-1).pos_ in _SUBJECT_END
        and past_of_plain(w.lower_) is not None
    ]


def _stray_participle(token: Token) -> bool:
    """A participle right after a verb and before a title or a name, that the parse does not
    make a modifier ("detained ousted President Pedro Castillo")."""
    if token.i == 0 or not token.is_lower or token.tag_ not in ("VBN", "VBD"):
        return False
    if token.lemma_.lower() in _AUXILIARIES or token.dep_ in ("amod", "compound", "nmod", "conj"):
        return False
    before = token.nbor(-1)
    if before.pos_ not in ("VERB", "AUX") or not before.is_lower:
        return False
    if before.lemma_.lower() in _AUXILIARIES:
        return False
    if token.tag_ == "VBD" and before.lemma_.lower() in _REPORTING:
        return False  # "he said made Germany dependent": a clause's own verb
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    # a title or a name follows: "ousted President Pedro Castillo", "wanted militant leader Ali"
    for after in token.doc[token.i + 1 : token.i + 5]:
        if after.pos_ == "PROPN":
            return True
        if after.pos_ not in ("NOUN", "ADJ"):
            return False
    return False


def _running_text(sent: Span, subject: Span, verb: Token) -> bool:
    """Whether a subject and a participle read as a sentence's subject and verb, not as a
    headline's or caption's passive: the subject opens with an article, the sentence ends
    with a full stop, and the participle has no agent ("by ...")."""
    return (
        bool(subject)
        and subject[0].lower_ in _ARTICLES
        and sent[-1].text in (".", "!")
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _lemma_as(token: Token, reread: Token) -> str:
    """The lemma of ``token`` once read as ``reread`` is: a word that becomes a verb takes a
    verb's lemma ("detained", an auxiliary in the first parse, is "detain")."""
    if reread.pos_ == "VERB" and token.pos_ != "VERB":
        return next(iter(verb_lemmas(token.lower_)), token.lemma_)
    return token.lemma_


def _adopt_clause(doc: Doc, subject: Token, start: int, variant: Doc) -> None:
    """Give the words from ``start`` to the sentence's end the heads, links, parts of speech
    and tags of ``variant`` (a pronoun and then those words), and make ``subject`` the subject
    of the variant's root; the words before ``start`` keep their parse."""
    attrs = [HEAD, DEP, POS, TAG]
    rows = cast(Ints2d, np.asarray(doc.to_array(attrs), dtype=np.uint64))
    strings = doc.vocab.strings

    def place(token: Token) -> int:
        return subject.i if token.i == 0 else start + token.i - 1

    for token in variant[1:]:
        i = place(token)
        rows[i, 0] = (place(token.head) - i) % 2**64
        rows[i, 1] = strings.add(token.dep_)
        rows[i, 2] = token.pos
        rows[i, 3] = strings.add(token.tag_)
    rows[subject.i, 0] = (place(variant[0].head) - subject.i) % 2**64
    rows[subject.i, 1] = strings.add("nsubj")
    doc.from_array(attrs, rows)


def _restated_objects(doc: Doc) -> None:
    """A noun phrase set off by a comma after a verb's object restates the act ("held talks
    with Xi on Monday, the first such meeting since 2016"; "ordered 23 diplomats out, its
    biggest expulsion in decades"); the parser makes it a second object. It becomes a loose
    modifier of the verb (npadvmod), so the verb keeps the object it acts on."""
    dobj = doc.vocab.strings["dobj"]
    links = doc.to_array([DEP])
    changed = False
    for i in np.flatnonzero(links == dobj):
        token = doc[int(i)]
        start = token.left_edge.i
        if start == 0 or doc[start - 1].text != "," or doc[start].tag_ not in ("DT", "PRP$"):
            continue  # a restating phrase opens with "the", "a" or "its", not a name or a list
        if any(c.dep_ == "dobj" and c.i < start for c in token.head.children):
            links[int(i)] = doc.vocab.strings.add("npadvmod")
            changed = True
    if changed:
        heads = np.asarray(doc.to_array([HEAD]), dtype=np.uint64)
        rows = np.stack([heads, np.asarray(links, dtype=np.uint64)], axis=1)
        doc.from_array([HEAD, DEP], cast(Ints2d, rows))


@Language.factory("dyadic_headline_verbs")
def make_headline_verbs(nlp: Language, name: str) -> HeadlineVerbs:
    return HeadlineVerbs(nlp)
