"""The fighting a passive act happened in ("soldiers were killed in a clash with Chinese
troops", "civilians were wounded in an Israeli air strike"): the event coder takes its sides as
the doers, the actor resolver keeps the victims from taking the attackers' country."""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns of fighting in which people are killed or wounded ("killed in a clash with X").
COMBAT_NOUNS = frozenset(
    {"attack", "clash", "ambush", "raid", "strike", "airstrike", "bombing", "shelling",
     "fighting", "battle", "skirmish", "firefight", "assault", "offensive", "exchange"}
)  # fmt: skip


def fights_suffered(verb: Token) -> list[Token]:
    """The nouns of fighting in which ``verb``'s act happened ("in a clash", "during an
    attack")."""
    return [
        fight
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
        for obj in prep.children
        if obj.dep_ == "pobj"
        for fight in (obj, *obj.conjuncts)
        if fight.lemma_.lower() in COMBAT_NOUNS
    ]
