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
text and is tagged as the present-tense verb it is). Sentences with a verb at the root, nearly
all of running text, are left as they are and cost nothing.
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


def _candidates(sent: Span) -> Iterator[Token]:
    """Words of a verbless sentence that may be its verb, first to last."""
    for token in sent[1:-1]:
        before, after = token.nbor(-1), token.nbor(1)
        if before.pos_ not in _SUBJECT_END or after.pos_ not in _OBJECT_START:
            continue
        if past_of_present(token.lower_) is not None:
            yield token


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

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # the roots' indices from the array: no Token object per word, no Span per sentence
        links = doc.to_array([DEP])
        roots = [doc[int(i)] for i in np.flatnonzero(links == doc.vocab.strings["ROOT"])]
        for root in roots:
            if _well_formed(root):
                continue
            sent = root.sent
            if len(sent) > _MAX_TOKENS:
                continue
            verbal = root.pos_ in ("VERB", "AUX")
            for token in _candidates(sent):
                if verbal and token != root:
                    continue  # only the root verb that lacks its subject
                if self._reparse(doc, sent, token):
                    break
        return doc

    def _reparse(self, doc: Doc, sent: Span, token: Token) -> bool:
        """Parse ``sent`` again with ``token`` in the past tense; adopt that parse when it makes
        the token the root verb with a subject. Says whether it did."""
        found = past_of_present(token.lower_)
        if found is None:
            return False
        lemma, past = found
        start = token.idx - sent.start_char
        text = sent.text[:start] + past + sent.text[start + len(token.text) :]
        variant = self.nlp.make_doc(text)
        for name, pipe in self.nlp.pipeline:
            if name in _REPARSE_PIPES:
                variant = pipe(variant)
        if len(variant) != len(sent):
            return False
        verb = variant[token.i - sent.start]
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or len(list(variant.sents)) != 1:
            return False
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
            return False
        _adopt(doc, sent, variant, token.i, lemma)
        return True


def _adopt(doc: Doc, sent: Span, variant: Doc, verb: int, lemma: str) -> None:
    """Give ``sent`` the heads, links, tags and lemmas of ``variant``; the verb is tagged as
    the present tense it is written in."""
    attrs = [HEAD, DEP, POS, TAG, LEMMA]
    rows = cast(Ints2d, np.asarray(doc.to_array(attrs), dtype=np.uint64))
    strings = doc.vocab.strings
    for offset, token in enumerate(variant):
        i = sent.start + offset
        rows[i, 0] = (token.head.i - token.i) % 2**64  # relative, unsigned, as spaCy keeps it
        rows[i, 1] = strings.add(token.dep_)
        rows[i, 2] = token.pos  # a part of speech is kept as its symbol, not a string
        is_verb = i == verb
        rows[i, 3] = strings.add("VBZ" if is_verb else token.tag_)
        rows[i, 4] = strings.add(lemma if is_verb else doc[i].lemma_)
    doc.from_array(attrs, rows)


@Language.factory("dyadic_headline_verbs")
def make_headline_verbs(nlp: Language, name: str) -> HeadlineVerbs:
    return HeadlineVerbs(nlp)
