"""The ``dyadic_actors`` spaCy component: KB matching, roles by date, metonymy, coreference."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from dyadic.actors.coref import resolve_coreference
from dyadic.actors.kb import KnowledgeBase, get_kb
from dyadic.actors.matcher import Matcher, get_matcher
from dyadic.actors.mention import ActorMention
from dyadic.actors.resolve import (
    Context,
    apposed_offices,
    configure,
    earlier_roles,
    inherit_countries,
    make_actor,
    named_members,
    resolve_names,
)

logger = logging.getLogger(__name__)


def find_mentions(
    doc: Doc,
    *,
    day: dt.date | None = None,
    kb: KnowledgeBase | None = None,
    matcher: Matcher | None = None,
) -> list[ActorMention]:
    """All actor mentions in a parsed ``doc`` on publication date ``day``, sorted by start.

    Args:
        doc: a Doc parsed by a pipeline with a tagger, dependency parser and NER.
        day: the publication date that decides who held which office (None: latest roles).
        kb: the knowledge base (default: the package's own, loaded once).
        matcher: the matcher over ``kb`` (default: built once from the package's KB).
    """
    kb = kb or get_kb()
    matcher = matcher or (get_matcher() if kb is get_kb() else Matcher(kb))
    configure(kb)
    mentions = _mentions(doc, kb, matcher, day, {})
    if day is None:
        # an undated text that names a group apart from the government it has since become
        # ("the Taliban rejected the Afghan government's offer") predates that change
        dated = earlier_roles(doc, kb, mentions)
        if dated:
            mentions = _mentions(doc, kb, matcher, day, dated)
    return mentions


def _mentions(
    doc: Doc,
    kb: KnowledgeBase,
    matcher: Matcher,
    day: dt.date | None,
    dated: dict[str, dt.date],
) -> list[ActorMention]:
    named, shadows = resolve_names(doc, kb, matcher, day, dated)
    named = [_ethnic(doc, _placed(doc, m)) for m in named]
    named = apposed_offices(Context(doc, kb, day, [], shadows=shadows, dated=dated), named)
    ctx = Context(doc, kb, day, [], shadows=shadows, dated=dated)
    ctx.named_igos = {
        m.actor.actor_id for m in [*named, *shadows] if m.kind == "igo" and m.actor.actor_id
    }
    resolved = resolve_coreference(ctx, named)
    replaced = {m.head for m in resolved}
    mentions = [m for m in named if not (m.kind == "generic" and m.head in replaced)] + resolved
    mentions = named_members(doc, inherit_countries(ctx, mentions))
    credit = _dateline_end(doc, mentions)
    mentions = [m for m in mentions if m.start >= credit]
    mentions.sort(key=lambda m: (m.start, m.head))  # stable: text order of joint owners
    return [_as_of(kb, m, day) for m in mentions]


def _as_of(kb: KnowledgeBase, mention: ActorMention, day: dt.date | None) -> ActorMention:
    """The mention with its actor's country as it stood on ``day`` (Kosovo before 2008 is
    Serbia)."""
    code = kb.code_as_of(mention.actor.code, day)
    if code == mention.actor.code or code is None:
        return mention
    if mention.kind == "seat":
        code = code[:3]  # Pristina in 1999 was a Serbian city, no seat of Serbia's government
    return replace(
        mention,
        actor=make_actor(
            mention.actor.text, code, name=mention.actor.name, actor_id=mention.actor.actor_id
        ),
    )


def _ethnic(doc: Doc, mention: ActorMention) -> ActorMention:
    """ "Ethnic Albanians", "ethnic Russians in eastern Ukraine": a people, not a country's
    citizens; civilians whose country is where the sentence puts them (or none)."""
    head = doc[mention.head]
    if mention.actor.sectors != ("CVL",) or not any(
        c.dep_ == "amod" and c.lower_ == "ethnic" for c in head.children
    ):
        return mention
    return replace(mention, actor=make_actor(mention.actor.text, "CVL"), kind="generic")


def _placed(doc: Doc, mention: ActorMention) -> ActorMention:
    """A city the KB files under one country that the text places in another ("the Lebanese
    city of Tripoli", "Tripoli, Lebanon": LBN, not Libya's capital): the places stage, which
    reads such qualifiers, decides its country."""
    actor = mention.actor
    if mention.kind not in ("country", "seat") or not actor.country or not actor.code:
        return mention
    place = next(
        (p for p in doc._.places or () if p.start == mention.start and p.end == mention.end),
        None,
    )
    country = getattr(place.location, "country", None) if place is not None else None
    if place is None or place.kind != "city" or not country or country == actor.country:
        return mention
    if not actor.code.startswith(actor.country):
        return mention
    code = country + actor.code[len(actor.country) :]
    return replace(mention, actor=replace(actor, code=code, country=country))


#: What follows a wire agency's credit at the head of a story ("SHANGHAI (Reuters) - ...").
CREDIT_DASHES = frozenset({"-", "--", "–", "—", ":"})
#: How far into a sentence a dateline's credit may end.
CREDIT_REACH = 14


def _dateline_end(doc: Doc, mentions: list[ActorMention]) -> int:
    """Where a dateline with a bracketed wire credit ends ("MOSCOW, June 16 (Reuters) -",
    "UNITED NATIONS (AP) —", "THE HAGUE (Reuters) -"): the index after its dash, or 0. What
    stands before it is the story's place and source, no actor in the story."""
    media = {
        i for m in mentions if (m.actor.code or "").endswith("MED") for i in range(m.start, m.end)
    }
    for i, token in enumerate(doc[:CREDIT_REACH]):
        if token.text != "(":
            continue
        close = next((j for j in range(i + 1, min(i + 5, len(doc))) if doc[j].text == ")"), None)
        if close is None or close + 1 >= len(doc) or doc[close + 1].text not in CREDIT_DASHES:
            continue
        inner = doc[i + 1 : close]
        if any(t.i in media for t in inner) or (len(inner) == 1 and inner[0].text.isupper()):
            return close + 2
    return 0


class ActorsComponent:
    """Finds actor mentions and sets ``doc._.actor_mentions`` (sorted by start).

    The knowledge base and its matcher load once per process, on the first document.
    """

    def __init__(self, nlp: Language, name: str = "dyadic_actors") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        try:
            day = doc._.pub_date
            if isinstance(day, dt.datetime):
                day = day.date()
            doc._.actor_mentions = find_mentions(doc, day=day if isinstance(day, dt.date) else None)
        except Exception as exc:  # one bad document must not stop the batch
            logger.warning("actors failed on document %s: %s", doc._.doc_id, exc)
            if doc._.errors is None:
                doc._.errors = []
            doc._.errors.append(("actors", f"{type(exc).__name__}: {exc}"))
            doc._.actor_mentions = []
        return doc
