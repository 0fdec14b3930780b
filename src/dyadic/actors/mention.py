"""Actor mentions: where in a parsed document an actor is named, and who it is."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyadic.model import Actor

#: Kinds of mention, from most to least specific.
MENTION_KINDS: tuple[str, ...] = (
    "person",  # a named person, maybe with a title ("Russian President Vladimir Putin")
    "igo",  # an international organisation ("the EU", "NATO", "the bloc")
    "group",  # a non-state group, party or company ("Hamas", "the Taliban")
    "agent",  # country + agent noun ("Russian troops", "Ukraine's foreign minister")
    "seat",  # a capital or seat of power acting for a government ("Moscow", "the Kremlin")
    "country",  # a country by name or demonym ("Russia", "Russians")
    "generic",  # an agent noun with no country ("protesters", "police")
    "pronoun",  # a pronoun resolved to an earlier mention ("he", "it")
    "description",  # a definite description resolved by coreference ("the bloc", "the president")
)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor in a spaCy Doc.

    Attributes:
        start: first token index of the mention (inclusive).
        end: token index after the mention (exclusive).
        head: token index of the mention's syntactic head (the token a verb attaches to).
        actor: the resolved actor; ``actor.text`` is the surface text of this mention.
        kind: one of :data:`MENTION_KINDS`.
        antecedent: for pronouns and descriptions, the ``(start, end)`` tokens of the mention
            they were resolved to.

    Several mentions may share a span when it names several actors ("the two leaders").
        score: how sure the resolver is (0..1).
    """

    start: int
    end: int
    head: int
    actor: Actor
    kind: str
    antecedent: tuple[int, int] | None = None
    score: float = 1.0

    def char_span(self, doc: Doc) -> tuple[int, int]:
        """Character offsets of the mention in ``doc.text``."""
        return doc[self.start].idx, doc[self.end - 1].idx + len(doc[self.end - 1])


def mentions_of(doc: Doc) -> list[ActorMention]:
    """The actor mentions set on ``doc`` by the actors component (empty if none)."""
    return list(doc._.actor_mentions or ())


def mentions_at(doc: Doc, token: Token) -> list[ActorMention]:
    """All mentions headed by ``token`` (a plural description such as "the two leaders" or "the
    leaders of Russia and the US" gives several), else the smallest mention containing it, with
    the others over the same words ("Sweden" in "diplomats from Poland and Sweden" is in both
    the Polish and the Swedish diplomats)."""
    mentions = doc._.actor_mentions or ()
    headed = [m for m in mentions if m.head == token.i]
    if headed:
        return headed
    best = mention_at(doc, token)
    if best is None:
        return []
    return [m for m in mentions if (m.start, m.end, m.head) == (best.start, best.end, best.head)]


def mention_at(doc: Doc, token: Token) -> ActorMention | None:
    """The mention whose head is ``token``, else the smallest mention that contains it."""
    best: ActorMention | None = None
    candidates: list[ActorMention] = list(doc._.actor_mentions or ())
    for mention in candidates:
        if mention.head == token.i:
            return mention
        if mention.start <= token.i < mention.end and (
            best is None or (mention.end - mention.start) < (best.end - best.start)
        ):
            best = mention
    return best
