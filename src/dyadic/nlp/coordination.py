"""Coordinated names as one list, mending a common mis-parse of the English model.

In "Mali, Burkina Faso and Niger announced ..." the parser reads "Burkina Faso" as an apposition
to "Mali" and coordinates "Niger" with it, so spaCy's ``Token.conjuncts`` of "Mali" is empty.
A proper name in apposition to a proper name that itself coordinates with "and" or "or" is a
list, not a second name for the first ("Joe Biden, the president, and his wife" has a common
noun in apposition and stays as parsed).
"""

from __future__ import annotations

from spacy.tokens import Token


def listed_appositions(token: Token) -> list[Token]:
    """The proper names in apposition to ``token`` that open the rest of a list it heads."""
    if token.pos_ != "PROPN":
        return []
    return [
        c
        for c in token.children
        if c.dep_ == "appos"
        and c.pos_ == "PROPN"
        and any(d.dep_ == "conj" for d in c.children)
        # the "and" may hang on a later name of the list ("the UAE, Bahrain and Egypt")
        and any(
            d.dep_ == "cc" and d.lower_ in {"and", "or"}
            for member in (c, *c.conjuncts)
            for d in member.children
        )
    ]


def listed_modifier(token: Token) -> bool:
    """Whether ``token`` is a name the parser hung as a modifier on the next name of a list:
    in "President Donald Trump and President Vladimir Putin met" the repeated title makes
    "Trump" a modifier of "Putin", with "and President" coordinated to it."""
    head = token.head
    if _stranded_conjunct(token):
        return True
    return (
        token.dep_ in ("nmod", "compound")
        and token.pos_ == "PROPN"
        and head.pos_ == "PROPN"
        and token.i < head.i
        and bool(token.ent_type_)
        and token.ent_type_ == head.ent_type_
        and any(c.dep_ == "cc" and c.lower_ in {"and", "or"} for c in token.children)
        and any(c.dep_ == "conj" and c.i < head.i for c in token.children)
    )


def _stranded_conjunct(token: Token) -> bool:
    """Whether ``token`` is a common noun the parser hung, with its "and", as a modifier on the
    noun after it: "Sudan's government and southern rebels" (the government and the rebels),
    also with the adjective of the second noun made the conjunct ("Mali's government and
    northern rebels"), where "oil and gas firms" keeps its conjunct ("gas") on the modifier."""
    head = token.head
    children = [c for c in token.children if c.i > token.i]
    if not (
        token.dep_ == "nmod"
        and token.pos_ == "NOUN"
        and head.pos_ == "NOUN"
        and token.i < head.i
        and children
        and children[0].dep_ == "cc"
        and children[0].lower_ in {"and", "or"}
        and children[0].i == token.i + 1
    ):
        return False
    # nothing else after the "and" but adjectives of the second noun, right before it
    return all(c.dep_ == "conj" and c.pos_ == "ADJ" and c.i == head.i - 1 for c in children[1:])


def coordinated(token: Token) -> list[Token]:
    """Tokens coordinated with ``token`` (spaCy's conjuncts), with a list the parser began as
    an apposition ("Mali, Burkina Faso and Niger") or as a modifier ("President Donald Trump
    and President Vladimir Putin")."""
    found = list(token.conjuncts)
    if token.pos_ == "NOUN":  # "Sudan's government and southern rebels"
        stranded = [c for c in token.children if c.dep_ == "nmod" and _stranded_conjunct(c)]
        return sorted({*found, *stranded}, key=lambda t: t.i) if stranded else found
    if token.pos_ != "PROPN":  # the common case, on a hot path: no list to mend
        return found
    for appos in listed_appositions(token):
        found.extend([appos, *appos.conjuncts])
    found.extend(c for c in token.children if c.dep_ in ("nmod", "compound") and listed_modifier(c))
    return sorted(set(found), key=lambda t: t.i)
