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


def coordinated(token: Token) -> list[Token]:
    """Tokens coordinated with ``token`` (spaCy's conjuncts), with a list the parser began as
    an apposition ("Mali, Burkina Faso and Niger")."""
    found = list(token.conjuncts)
    if token.pos_ != "PROPN":  # the common case, on a hot path: no list to mend
        return found
    for appos in listed_appositions(token):
        found.extend([appos, *appos.conjuncts])
    return sorted(set(found), key=lambda t: t.i)
