"""The ``dyadic_events`` spaCy component: candidates to events, deduplicated, with evidence."""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadic.actors.coref import reporting_subject
from dyadic.document import dates as _dates
from dyadic.document import places as _places
from dyadic.events.codes import lookup
from dyadic.events.extract import REPORTING_LEMMAS, ActorRef, Candidate, Extractor
from dyadic.events.lexicon import Lexicon, get_lexicon
from dyadic.events.ranker import Ranker, get_ranker, rank_sentence
from dyadic.events.syntax import RELATIVE_PRONOUNS, lemma
from dyadic.model import Actor, Event, Evidence, Location, Quote, content_hash
from dyadic.nlp.headlines import as_written, recased

logger = logging.getLogger(__name__)

#: Candidates scoring below this are not emitted.
MIN_SCORE = 2.5


class EventsComponent:
    """Codes events from parsed sentences and sets ``doc._.events``.

    Reads ``doc._.actor_mentions`` (actors), ``doc._.places`` (locations), ``doc._.quotes`` (to
    link quotes to the events coded from them) and ``doc._.pub_date``.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "dyadic_events",
        *,
        lexicon: Lexicon | None = None,
        use_ranker: bool = True,
    ) -> None:
        self.name = name
        self.extractor = Extractor(lexicon or get_lexicon())
        self.ranker: Ranker | None = get_ranker() if use_ranker else None

    def __call__(self, doc: Doc) -> Doc:
        try:
            events = self.code(doc)
            doc._.events = events
            doc._.quotes = link_quotes(doc._.quotes or [], events)
        except Exception as exc:  # a bad document must not stop the batch
            logger.exception("events failed on document %s", doc._.doc_id)
            doc._.errors = [*(doc._.errors or []), ("events", f"{type(exc).__name__}: {exc}")]
            doc._.events = []
        return doc

    def candidates(self, doc: Doc) -> list[tuple[int, Span, list[Candidate]]]:
        """The rules' candidates per sentence, best rule score first (the ranker's input)."""
        out = []
        for index, sent in enumerate(doc.sents):
            found = self.extractor.candidates(doc, sent)
            found.sort(key=lambda c: -c.score)
            out.append((index, sent, found))
        return out

    def ranked(self, doc: Doc) -> list[tuple[int, Span, list[Candidate]]]:
        """Candidates per sentence with confidences, most confident first."""
        return [
            (index, sent, self.select(sent, found, self.ranker))
            for index, sent, found in self.candidates(doc)
        ]

    def select(self, sent: Span, found: list[Candidate], ranker: Ranker | None) -> list[Candidate]:
        """Rank one sentence's candidates with ``ranker`` (or by rule score alone without one)."""
        if ranker is not None:
            return rank_sentence(self.extractor, ranker, sent, found)
        kept = [c for c in found if c.score >= MIN_SCORE]
        for candidate in kept:
            candidate.combined = candidate.score
            candidate.confidence = _rule_confidence(candidate)
        return kept

    def code(self, doc: Doc) -> list[Event]:
        """All events in the document, deduplicated within it."""
        events: list[Event] = []
        seen: dict[tuple[object, ...], int] = {}
        for index, sent, found in self.ranked(doc):
            for candidate in _drop_sourceless_duplicates(found):
                for event in self.events_of(doc, index, sent, candidate):
                    key = _dedup_key(event)
                    if key in seen:
                        first = events[seen[key]]
                        if event.sentence_index != first.sentence_index and (
                            event.sentence_index not in first.mentions
                        ):
                            events[seen[key]] = _add_mention(first, event.sentence_index)
                        continue
                    seen[key] = len(events)
                    events.append(event)
        return events

    def events_of(self, doc: Doc, index: int, sent: Span, candidate: Candidate) -> Iterable[Event]:
        """The events a candidate stands for: one per source/target pair (both ways when
        reciprocal)."""
        pairs: list[tuple[ActorRef | None, ActorRef | None]] = []
        for source in candidate.sources:
            for target in candidate.targets:
                if _same_actor(source, target):
                    continue
                if candidate.code[:2] in ("01", "02") and _self_reference(source, target):
                    target = None  # noqa: PLW2901  (the statement stands, about no one else)
                pairs.append((source, target))
                if candidate.recip and source is not None and target is not None:
                    pairs.append((target, source))
        if candidate.recip and candidate.targets == [None] and len(candidate.sources) > 1:
            # "Russia and China agreed": each side toward the other
            refs = sorted((s for s in candidate.sources if s is not None), key=lambda r: r.start)
            pairs = [(a, b) for a in refs for b in refs if not _same_actor(a, b)]
        if not pairs and any(candidate.sources):
            # every target is the source itself ("the bloc" for "EU leaders"; a pronoun misread
            # as the speaker): the act stands, aimed at no one else, with no target evidence
            candidate = replace(candidate, target_args=[])
            pairs = [(source, None) for source in candidate.sources if source is not None]
        for source, target in pairs:
            yield self._event(doc, (index, sent), candidate, source, target)

    def _event(
        self,
        doc: Doc,
        where: tuple[int, Span],
        candidate: Candidate,
        source: ActorRef | None,
        target: ActorRef | None,
    ) -> Event:
        index, sent = where
        code = lookup(candidate.code)
        offset = doc._.offset or 0
        trigger = candidate.trigger
        trigger_span = (trigger.idx + offset, trigger.idx + len(trigger) + offset)
        date, basis = _event_date(doc, sent, candidate)
        event_id = content_hash(
            str(doc._.doc_id),
            str(trigger_span),
            code.code,
            _code_of(source) or "",
            _code_of(target) or "",
        )
        return Event(
            event_id=event_id,
            sentence_index=index,
            sentence=(
                as_written(doc, sent.start_char, sent.end_char) if recased(doc) else sent.text
            ).strip(),
            source=_as_written_actor(doc, source),
            target=_as_written_actor(doc, target),
            cameo=code.code,
            cameo_root=code.root,
            goldstein=code.goldstein,
            quad_class=code.quad_class,
            plover=code.plover,
            modality=candidate.modality,
            date=date,
            date_basis=basis,
            location=_event_location(doc, candidate),
            confidence=_confidence(candidate, source, target),
            evidence=Evidence(
                trigger=trigger_span,
                source=_char_span(doc, source, offset, candidate.source_args),
                target=_char_span(doc, target, offset, candidate.target_args),
                rule=candidate.rule,
            ),
        )


def _drop_sourceless_duplicates(found: list[Candidate]) -> list[Candidate]:
    """Drop a candidate with no source when another in the sentence has the same root and
    target and a source ("sat down with Putin for a meeting": one event, not two), or when it
    is a noun in a phrase on the trigger of one with the same root and a source ("killed eight
    militants in a raid": the raid is the killing)."""
    sourced = [c for c in found if any(c.sources)]
    covered = {(c.code[:2], _code_of(t)) for c in sourced for t in c.targets}
    hosts = {(c.code[:2], c.trigger.i) for c in sourced}
    return [
        c
        for c in found
        if any(c.sources)
        or not (
            all((c.code[:2], _code_of(t)) in covered for t in c.targets)
            or (c.code[:2], _phrase_host(c.trigger)) in hosts
        )
    ]


def _phrase_host(noun: Token) -> int | None:
    """The word a noun's prepositional phrase hangs from ("raid" in "killed ... in a raid")."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return int(noun.head.head.i)
    return None


def _same_actor(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Two refs for one actor: an event needs two different actors (or one and none). An
    organisation acting on itself ("EU leaders" on "the bloc") counts as one; two people of the
    same government (USAGOV and USAGOV) do not."""
    if a is None or b is None:
        return False
    if (a.start, a.end) == (b.start, b.end) and a.actor.code == b.actor.code:
        return True
    if a.actor.actor_id and a.actor.actor_id == b.actor.actor_id:
        return True
    code = a.actor.code
    if not code or code != b.actor.code:
        return False
    return code.startswith("IGO") or a.actor.name == b.actor.name


def _self_reference(a: ActorRef | None, b: ActorRef | None) -> bool:
    """A state and its own government ("Biden said the United States would ..."): in a
    statement, the second names no one else. (In other events a bare country is often its
    people: "Israelis protested against the government" stands.)"""
    if a is None or b is None:
        return False
    country = a.actor.country
    return bool(country) and country == b.actor.country and country in (a.actor.code, b.actor.code)


def _code_of(ref: ActorRef | None) -> str | None:
    return ref.actor.code if ref else None


def _char_span(
    doc: Doc, ref: ActorRef | None, offset: int, args: list[int]
) -> tuple[int, int] | None:
    """The phrase that fills the role: the argument's noun phrase (without relative clauses or
    coordinated phrases) around the actor mention; for a role with no known actor, the phrase
    of its first argument."""
    if ref is not None and ref.kind == "implied":
        if not args:
            return None  # an implied actor is named nowhere in the text
        ref = None  # "imposed a curfew in parts of Kashmir": the phrase acted on
    if ref is None:
        named = _named_by(doc[args[0]]) if args else None
        if named is None:
            return None
        start, end = phrase_span(named)
    elif ref.antecedent is not None and _same_sentence(doc, ref.antecedent[0], ref.head):
        start, end = ref.antecedent  # "the union said they will": the union names the actor
    elif ref.arg >= 0:
        start, end = phrase_span(doc[ref.arg])
        if end <= ref.start or ref.end <= start:
            start, end = ref.start, ref.end  # "it" standing for a speaker named before it
        start = min(start, ref.start)
        end = max(end, ref.end)
    else:
        start, end = ref.start, ref.end
    while end - start > 1 and doc[start].lower_ in _PAIR_WORDS:
        start += 1  # "both Libya and Iraq": Libya
    first, last = doc[start], doc[end - 1]
    return first.idx + offset, last.idx + len(last) + offset


_PAIR_WORDS = frozenset({"both", "either", "neither"})
_PERSON_PRONOUNS = frozenset({"he", "she"})
#: Personal, possessive and relative pronouns: they stand for a phrase elsewhere.
_POINTING_TAGS = frozenset({"PRP", "PRP$", "WP", "WP$", "WDT"})
_GROUP_PRONOUNS = frozenset({"it", "they"})


def _named_by(token: Token) -> Token | None:
    """The words that name an argument no KB actor fills: the argument itself, or for a
    pronoun the phrase it stands for ("civilians who were shot": civilians; "the agency said it
    is skeptical": the agency; "an expert says he is pessimistic": the expert); None for a
    pronoun that names no one in its sentence ("open its borders": whose is the source's)."""
    if token.tag_ not in _POINTING_TAGS:
        return token  # a noun, or a pronoun that is its own phrase ("each of the providers")
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    speaker = reporting_subject(token, REPORTING_LEMMAS, _PERSON_PRONOUNS | _GROUP_PRONOUNS)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    if token.lower_ in _PERSON_PRONOUNS and speaker.ent_type_ not in ("ORG", "GPE", "NORP"):
        return speaker
    if token.lower_ in _GROUP_PRONOUNS and speaker.ent_type_ != "PERSON":
        return speaker  # "Trump said they would": someone else
    return None


#: Children of a noun that fall outside the phrase naming its actor (prepositional phrases
#: are decided by _outside_phrase); inside a kept phrase only the clauses are cut.
_CLAUSES = frozenset({"relcl", "acl", "advcl"})
_OUTSIDE_DEPS = _CLAUSES | {"conj", "cc", "punct"}


def _same_sentence(doc: Doc, a: int, b: int) -> bool:
    return doc[a].sent.start == doc[b].sent.start


#: Prepositional phrases that belong to the noun phrase that names an actor ("a group of
#: hackers", "Omar al-Bashir of Sudan", "Republicans in Congress").
_NAMING_PREPS = frozenset({"of", "in", "from"})


def phrase_span(token: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``token``: its subtree with its appositions
    ("X, the former prime minister") and "of"/"in"/"from" phrases, without clauses,
    coordinated phrases, other prepositional phrases, a leading "both" or a time ("Hours
    earlier Maduro"); a bracket it opens is closed ("the Nigerian Air Force (NAF)")."""
    start, end = _extent(token)
    doc = token.doc
    if end > start and doc[end].dep_ == "case":
        end -= 1  # "Russia's" names Russia
    if end + 1 < len(doc) and doc[end + 1].text == ")":
        opened = doc[start : end + 1].text
        if opened.count("(") > opened.count(")"):
            end += 1
    return start, end + 1


def _extent(token: Token, nested: bool = False) -> tuple[int, int]:
    """First and last token of the phrase ``token`` heads; inside its kept prepositional
    phrases and appositions only clauses are cut ("the families of the migrants who died")."""
    start = end = token.i
    for child in token.children:
        if (nested and child.dep_ in _CLAUSES) or (not nested and _outside_phrase(token, child)):
            continue
        if child.dep_ in ("prep", "pobj", "appos"):
            first, last = _extent(child, nested=True)
        else:
            first, last = child.left_edge.i, child.right_edge.i
        start, end = min(start, first), max(end, last)
    return start, end


def _outside_phrase(head: Token, child: Token) -> bool:
    """Whether ``child`` of a noun ``head`` falls outside the phrase that names the actor."""
    if child.dep_ == "preconj" or (child.i < head.i and _temporal(child)):
        return True
    if child.dep_ == "prep":
        if child.i < head.i:
            return False
        if lemma(child) not in _NAMING_PREPS:
            return True
        # "Omar al-Bashir of Sudan" names him; "accused the US of genocide" does not
        return head.pos_ == "PROPN" and lemma(child) == "of" and not _names_proper(child)
    return child.dep_ in _OUTSIDE_DEPS


def _temporal(token: Token) -> bool:
    """A time before the noun ("Hours earlier Maduro", "Saturday's meeting"), not a date that
    classifies it ("the 2015 nuclear deal")."""
    if token.dep_ == "npadvmod":
        return True
    if token.tag_ in ("RB", "RBR", "JJR") and any(c.dep_ == "npadvmod" for c in token.children):
        return True  # "Hours earlier Maduro"
    if token.ent_type_ not in ("DATE", "TIME"):
        return False
    # "On 17 July 2017 Russia's Supreme Court": a date of its own words, not a classifier
    return token.dep_ not in ("compound", "amod", "nummod") or token.n_lefts + token.n_rights > 0


def _names_proper(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children)


def _rule_confidence(candidate: Candidate) -> float:
    """Without the ranker: a monotone map of the rule score into 0..1 (not calibrated)."""
    return 1.0 / (1.0 + math.exp(-(candidate.score - 5.0) / 1.5))


def _confidence(candidate: Candidate, source: ActorRef | None, target: ActorRef | None) -> float:
    """The candidate's confidence, lowered when an actor of the event is unknown."""
    value = candidate.confidence
    if source is None or not source.actor.code:
        value *= 0.85
    if target is None or not target.actor.code:
        value *= 0.95
    return round(value, 4)


def _event_date(doc: Doc, sent: Span, candidate: Candidate) -> tuple[str | None, str]:
    published = doc._.pub_date
    event_date = getattr(_dates, "event_date", None)  # the document stage's resolver
    if event_date is not None:
        date, basis = event_date(sent, candidate.trigger, published, modality=candidate.modality)
        return date, basis
    if candidate.modality == "reported_past":
        return None, "before_publication"
    return (published.isoformat() if published else None), "publication"


def _as_written_actor(doc: Doc, ref: ActorRef | None) -> Actor | None:
    """The actor of ``ref``, its text as written when the sentence was parsed in sentence case
    (a Title Case headline: "Chinese Survey Ship", not "Chinese survey ship")."""
    if ref is None:
        return None
    if not recased(doc) or ref.actor.text != doc[ref.start : ref.end].text:
        return ref.actor
    first, last = doc[ref.start], doc[ref.end - 1]
    return replace(ref.actor, text=as_written(doc, first.idx, last.idx + len(last)))


def _event_location(doc: Doc, candidate: Candidate) -> Location | None:
    event_location = getattr(_places, "event_location", None)  # the document stage's resolver
    if event_location is None:
        return None
    location: Location | None = event_location(doc, candidate.trigger)
    return location


def _dedup_key(event: Event) -> tuple[object, ...]:
    """Events in one article with the same dyad, code family, modality and date are one event
    (actors compared by code; by text when they have none)."""
    return (
        _actor_key(event.source),
        _actor_key(event.target),
        event.cameo[:3],
        event.modality,
        event.date,
    )


def _actor_key(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.code or actor.text.lower()


def _add_mention(event: Event, sentence_index: int) -> Event:
    return replace(event, mentions=tuple(sorted({*event.mentions, sentence_index})))


def link_quotes(quotes: list[Quote], events: list[Event]) -> list[Quote]:
    """Each quote with the ids of the events whose trigger lies inside it."""
    linked = []
    for quote in quotes:
        ids = tuple(
            e.event_id
            for e in events
            if e.evidence.trigger and quote.span[0] <= e.evidence.trigger[0] < quote.span[1]
        )
        linked.append(replace(quote, event_ids=ids) if ids else quote)
    return linked
