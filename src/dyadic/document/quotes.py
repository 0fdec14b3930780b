"""Quotations and their speakers: direct quotes between quotation marks and indirect speech.

Direct quotes are found from the quotation marks themselves (straight "..." and curly “...”),
across sentences and paragraphs (a paragraph that opens a quote and leaves it open, followed by a
paragraph that opens another, is one quotation continued). How quoted fragments become quotes:

- a quote split by its attribution (``"We believe," he said, "that ..."``) is one quote;
- several quoted fragments in one sentence by one speaker are one quote, their texts joined by
  " … " and its span running from the first fragment to the last;
- a quote with no verb of saying in its sentences takes the speaker of the quote just before it
  (news convention for a quote that runs on in the next paragraph);
- a short quoted phrase (under four words) with no speaker is a scare quote, not a quotation.

The speaker is the subject of the nearest verb of saying ("Borrell said", "said Borrell", "a
statement said", "according to ..."), resolved through the actor mentions the actors component
set (pronouns and "it", "the statement" are resolved there by coreference). Indirect speech is
the clause a verb of saying governs ("Borrell said the bloc needs to ..."), when it is not mostly
quoted already.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadic.actors.mention import mention_at
from dyadic.model import Actor, Quote
from dyadic.nlp.headlines import as_written, recased

logger = logging.getLogger(__name__)

#: Verbs that attribute a direct quote to their subject.
SPEECH_LEMMAS = frozenset(
    {"say", "tell", "add", "argue", "insist", "note", "warn", "state", "declare", "stress", "write",
     "announce", "explain", "claim", "vow", "pledge", "promise", "urge", "ask", "reply", "respond",
     "conclude", "complain", "acknowledge", "admit", "predict", "suggest", "tweet", "post",
     "recall", "emphasise", "emphasize", "reiterate", "underline", "affirm", "assert", "comment",
     "describe", "call", "accuse", "denounce", "threaten", "continue", "demand", "observe",
     "remark", "confirm", "deny", "caution", "proclaim", "quote", "read", "allege", "maintain"}
)  # fmt: skip
#: Verbs whose clausal complement is reported (indirect) speech.
INDIRECT_LEMMAS = frozenset(
    {"say", "tell", "add", "argue", "insist", "note", "warn", "state", "declare", "stress", "write",
     "announce", "explain", "claim", "reply", "respond", "conclude", "complain", "acknowledge",
     "admit", "predict", "suggest", "emphasise", "emphasize", "reiterate", "underline", "affirm",
     "assert", "confirm", "deny", "allege", "maintain", "report", "promise", "pledge", "vow",
     "caution", "tweet", "observe"}
)  # fmt: skip
#: Verbs that attribute a quote only when they stand alone ('"...," he continued').
_BARE_ONLY = frozenset({"continue", "read", "post"})
_OPEN = {"“": "”", "„": "“", "«": "»"}
_CLOSE = {"”", "»"}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them"})
#: A quote with no speaker and fewer words than this is a scare quote.
MIN_UNATTRIBUTED_WORDS = 4
#: Indirect speech whose characters are more than this share quoted is left to the direct quote.
MAX_QUOTED_SHARE = 0.5
#: How many sentences back an unattributed quote may take its speaker from.
CARRY_SENTENCES = 2


@dataclass
class _Segment:
    """Quoted text between two marks (character offsets of the inner text in ``doc.text``)."""

    start: int
    end: int
    continues: bool = False  # continues the previous segment's quotation (next paragraph)


@dataclass
class _Unit:
    """A quotation being built: its segments, speaker and sentence."""

    segments: list[_Segment]
    sentence: int = 0
    speaker: Actor | None = None
    speaker_token: int | None = None
    attributed: bool = False
    joiners: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.segments[0].start

    @property
    def end(self) -> int:
        return self.segments[-1].end


class QuotesComponent:
    """Finds quotations and sets ``doc._.quotes`` (spans are offsets into the original text)."""

    def __init__(self, nlp: Language | None = None, name: str = "dyadic_quotes") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.quotes = find_quotes(doc)
        except Exception as exc:  # a bad document must not stop the batch
            logger.warning("quotes failed on %s: %s", doc._.doc_id, exc)
            if doc._.errors is None:
                doc._.errors = []
            doc._.errors.append(("quotes", f"{type(exc).__name__}: {exc}"))
            doc._.quotes = []
        return doc


def find_quotes(doc: Doc) -> list[Quote]:
    """Direct and indirect quotations in ``doc``, in text order."""
    sents = list(doc.sents)
    if not sents:
        return []
    offset = int(doc._.offset or 0)
    # spaCy rebuilds doc.text from the tokens on every access: read it once (as written, for
    # a headline parsed in sentence case)
    text = doc.text
    if recased(doc):
        text = as_written(doc, 0, len(text))
    segments = quote_segments(text)
    quoted = [(s.start, s.end) for s in segments]
    units = _group_split_quotes(doc, text, _units(segments), sents)
    previous: _Unit | None = None
    for unit in units:
        unit.sentence = _sentence_index(sents, unit.start)
        _attribute(doc, text, unit, sents, quoted)
        if (
            not unit.attributed
            and previous is not None
            and previous.speaker is not None
            and unit.sentence - _sentence_index(sents, previous.end - 1) <= CARRY_SENTENCES
        ):
            unit.speaker = previous.speaker
            unit.attributed = True
        if unit.attributed:
            previous = unit
    units = [u for u in units if u.attributed or _words(text, u) >= MIN_UNATTRIBUTED_WORDS]
    units = _merge_same_sentence(units, text)
    quotes = [
        Quote(
            speaker=unit.speaker,
            text=_unit_text(text, unit),
            direct=True,
            span=(unit.start + offset, unit.end + offset),
            sentence_index=unit.sentence,
        )
        for unit in units
    ]
    quotes.extend(_indirect(doc, sents, quoted, offset))
    quotes.sort(key=lambda q: (q.span[0], not q.direct))
    return quotes


# -- finding quoted text -------------------------------------------------------------------------


def quote_segments(text: str) -> list[_Segment]:
    """Spans of text between matching quotation marks.

    Straight double quotes alternate open/close within a paragraph; curly quotes pair by shape.
    A quote left open at the end of a paragraph is kept only when the next paragraph opens a quote
    (the convention for a quotation running over paragraphs); otherwise the stray mark is ignored.
    """
    segments: list[_Segment] = []
    open_at: int | None = None
    closer = ""
    carry = False
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            if open_at is not None:
                j = i
                while j < n and text[j] in " \t\r\n":
                    j += 1
                if j < n and (text[j] == '"' or text[j] in _OPEN):
                    if text[open_at:i].strip():
                        segments.append(_Segment(open_at, _rstrip(text, open_at, i), carry))
                    carry = True
                    closer = '"' if text[j] == '"' else _OPEN[text[j]]
                    open_at = j + 1
                    i = j + 1
                    continue
                open_at = None
                carry = False
            i += 1
            continue
        if open_at is None:
            if ch == '"' or ch in _OPEN:
                open_at = i + 1
                closer = '"' if ch == '"' else _OPEN[ch]
                carry = False
        elif ch == closer or (closer != '"' and ch in _CLOSE):
            if text[open_at:i].strip():
                segments.append(_Segment(open_at, i, carry))
            open_at = None
            carry = False
        i += 1
    return segments


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _units(segments: Sequence[_Segment]) -> list[_Unit]:
    units: list[_Unit] = []
    for segment in segments:
        if segment.continues and units:
            units[-1].segments.append(segment)
            units[-1].joiners.append(" ")
        else:
            units.append(_Unit([segment]))
    return units


def _group_split_quotes(
    doc: Doc, text: str, units: list[_Unit], sents: Sequence[Span]
) -> list[_Unit]:
    """Join ``"X," he said, "Y"``: two quoted parts around an attribution inside one sentence."""
    grouped: list[_Unit] = []
    for unit in units:
        if grouped and _is_attribution_gap(doc, text, grouped[-1].end, unit.start):
            grouped[-1].segments.extend(unit.segments)
            grouped[-1].joiners.extend([" ", *unit.joiners])
        else:
            grouped.append(unit)
    return grouped


def _is_attribution_gap(doc: Doc, text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    if not gap.strip() or len(gap) > 80 or "\n" in gap:
        return False
    stripped = gap.strip(' "“”,')
    if not stripped or stripped[-1] in ".!?" or gap.lstrip(' "“”')[:1] in {".", "!", "?"}:
        return False
    span = doc.char_span(end, start, alignment_mode="contract")
    return span is not None and any(t.lemma_.lower() in SPEECH_LEMMAS for t in span)


def _merge_same_sentence(units: list[_Unit], text: str) -> list[_Unit]:
    merged: list[_Unit] = []
    for unit in units:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.sentence == unit.sentence
            and "\n" not in text[last.end : unit.start]
            and last.speaker is not None
            and unit.speaker is not None
            and _same_speaker(last.speaker, unit.speaker)
        ):
            last.segments.extend(unit.segments)
            last.joiners.extend([" … ", *unit.joiners])
        else:
            merged.append(unit)
    return merged


def _same_speaker(a: Actor, b: Actor) -> bool:
    if a.actor_id and b.actor_id:
        return a.actor_id == b.actor_id
    if a.code and b.code:
        return (a.code, a.name) == (b.code, b.name)
    return a.text == b.text


def _unit_text(text: str, unit: _Unit) -> str:
    # a comma closing a quoted part punctuates the attribution that follows, not the quote
    parts = [text[s.start : s.end].strip().removesuffix(",").rstrip() for s in unit.segments]
    out = parts[0]
    for joiner, part in zip(unit.joiners, parts[1:], strict=False):
        out += joiner + part
    return out


def _words(text: str, unit: _Unit) -> int:
    return sum(len(text[s.start : s.end].split()) for s in unit.segments)


def _sentence_index(sents: Sequence[Span], char: int) -> int:
    for index, sent in enumerate(sents):
        if sent.start_char <= char < sent.end_char:
            return index
    return len(sents) - 1 if char >= sents[-1].end_char else 0


# -- attribution ---------------------------------------------------------------------------------


def _inside(char: int, quoted: Iterable[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in quoted)


def _attribute(
    doc: Doc, text: str, unit: _Unit, sents: Sequence[Span], quoted: list[tuple[int, int]]
) -> None:
    first = _sentence_index(sents, unit.start)
    last = _sentence_index(sents, max(unit.start, unit.end - 1))
    # the sentences around the quote, cut at paragraph breaks (the parser may run over them)
    lo = text.rfind("\n", 0, unit.start) + 1
    hi = text.find("\n", unit.end)
    hi = len(text) if hi < 0 else hi
    frame = [
        t
        for sent in sents[first : last + 1]
        for t in sent
        if lo <= t.idx < hi and not _inside(t.idx, quoted)
    ]
    verbs = [t for t in frame if _is_speech_verb(t)]
    according = [t for t in frame if t.lower_ == "according" and _according_object(t) is not None]

    def distance(token: Token) -> int:
        if token.idx >= unit.end:
            return token.idx - unit.end
        if token.idx < unit.start:
            return (unit.start - token.idx) + 1  # attribution after the quote wins ties
        return 0

    ranked = sorted(verbs + according, key=distance)
    for verb in ranked:
        speaker = _according_object(verb) if verb.lower_ == "according" else _subject(verb)
        if speaker is None or _covers(speaker, unit):
            continue
        unit.speaker = speaker_actor(doc, speaker, sents)
        unit.speaker_token = speaker.i
        unit.attributed = unit.speaker is not None
        if unit.attributed:
            return


def _is_speech_verb(token: Token) -> bool:
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_.lower()
    if lemma in _BARE_ONLY:  # '"...," he continued' but not "the war continued for months"
        return not any(
            c.dep_ in {"xcomp", "dobj", "prep", "ccomp", "npadvmod"} for c in token.children
        )
    return lemma in SPEECH_LEMMAS


def _covers(speaker: Token, unit: _Unit) -> bool:
    """True when the speaker's phrase holds the quote itself ('the so-called "plan" failed')."""
    tokens = list(speaker.subtree)
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1])
    return any(start < s.end and s.start < end for s in unit.segments)


def _subject(verb: Token) -> Token | None:
    node = verb
    for _ in range(3):
        for child in node.children:
            if child.dep_ in _SUBJECT_DEPS:
                return child
        # "he said and added", "was quoted as saying": the subject sits on the governing verb
        if node.dep_ in {"conj", "xcomp", "advcl", "pcomp"} and node.head.i != node.i:
            node = node.head if node.dep_ != "pcomp" else node.head.head
            continue
        break
    for child in verb.children:  # "said by the minister"
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _according_object(token: Token) -> Token | None:
    for child in token.children:
        if child.lower_ == "to":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def speaker_actor(doc: Doc, token: Token, sents: Sequence[Span]) -> Actor | None:
    """The actor a speaker token names: its actor mention (pronouns and descriptions resolved by
    the actors component), else the named entity or noun phrase it heads, uncoded."""
    mention = mention_at(doc, token)
    if mention is not None:
        return mention.actor
    if token.lower_ in _PRONOUNS or token.tag_ in {"PRP", "WP"}:
        return None  # an unresolved pronoun names nobody
    if token.ent_type_:
        for ent in doc.ents:
            if ent.start <= token.i < ent.end:
                return Actor(text=ent.text, code=None)
    for chunk in doc.noun_chunks:
        if chunk.start <= token.i < chunk.end:
            return Actor(text=chunk.text, code=None)
    return Actor(text=token.text, code=None)


# -- indirect speech -----------------------------------------------------------------------------


def _indirect(
    doc: Doc, sents: Sequence[Span], quoted: list[tuple[int, int]], offset: int
) -> list[Quote]:
    quotes: list[Quote] = []
    for index, sent in enumerate(sents):
        for verb in sent:
            if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in INDIRECT_LEMMAS:
                continue
            if _inside(verb.idx, quoted) or any(c.dep_ == "neg" for c in verb.children):
                continue
            clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            if clause is None:
                continue
            if not any(c.dep_ in _SUBJECT_DEPS | {"expl"} for c in clause.children):
                continue
            span = _clause_span(doc, clause)
            if span is None or _quoted_share(span, quoted) > MAX_QUOTED_SHARE:
                continue
            speaker_token = _subject(verb)
            speaker = (
                speaker_actor(doc, speaker_token, sents) if speaker_token is not None else None
            )
            quotes.append(
                Quote(
                    speaker=speaker,
                    text=span.text,
                    direct=False,
                    span=(span.start_char + offset, span.end_char + offset),
                    sentence_index=index,
                )
            )
    return quotes


def _clause_span(doc: Doc, clause: Token) -> Span | None:
    tokens = sorted(clause.subtree, key=lambda t: t.i)
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return doc[tokens[0].i : tokens[-1].i + 1]


def _quoted_share(span: Span, quoted: Sequence[tuple[int, int]]) -> float:
    length = span.end_char - span.start_char
    if length <= 0:
        return 1.0
    covered = sum(
        max(0, min(end, span.end_char) - max(start, span.start_char)) for start, end in quoted
    )
    return covered / length
