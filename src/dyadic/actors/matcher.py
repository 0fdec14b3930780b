"""Finding knowledge-base names and agent nouns in a parsed Doc with one Aho-Corasick pass."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import ahocorasick
from spacy.tokens import Doc

from dyadic.actors.kb import AliasEntry, KnowledgeBase, fold, get_kb, normalise

#: Short all-capital aliases ("US", "UN", "IS", "WHO") match only when written in capitals.
_SHORT_CAPS = 4
#: A possessive inside an alias word ("people's"), split as the tokenizer splits it.
_POSSESSIVE = re.compile(r"(\w)'s\b")


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of tokens that names something in the KB: actors and/or an agent phrase."""

    start: int
    end: int
    entries: tuple[AliasEntry, ...]
    agent: str | None  # normalised agent phrase, when the stretch is an agent noun or title


@dataclass(frozen=True, slots=True)
class _Pattern:
    entries: tuple[AliasEntry, ...]
    agent: str | None
    length: int  # characters of the key, without the boundary spaces


class Matcher:
    """An automaton over every alias and agent phrase of a knowledge base, built once."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        keys: dict[str, tuple[list[AliasEntry], str | None]] = {}
        for key, entries in kb.aliases().items():
            keys[key] = (list(entries), None)
        for phrase in kb.agents:
            known = keys.get(phrase)
            keys[phrase] = (known[0] if known else [], phrase)
        # the tokenizer splits a possessive off its word ("New People's Army": People 's)
        for key in [k for k in keys if "'s" in k]:
            split = _POSSESSIVE.sub(r"\1 's", key)
            keys.setdefault(split, keys[key])
        self.automaton = ahocorasick.Automaton()
        for key, (entries, agent) in keys.items():
            self.automaton.add_word(f" {key} ", _Pattern(tuple(entries), agent, len(key)))
        self.automaton.make_automaton()

    def find(self, doc: Doc) -> list[Piece]:
        """Every KB name or agent phrase in ``doc`` that starts and ends on token boundaries."""
        parts: list[str] = []
        starts: dict[int, int] = {}  # char offset in the key string -> token index
        ends: dict[int, int] = {}
        offset = 1
        for token in doc:
            for word in _words(token.text):
                starts[offset] = token.i
                parts.append(word)
                offset += len(word)
                ends[offset] = token.i
                offset += 1
        text = " " + " ".join(parts) + " "
        pieces: list[Piece] = []
        for end_index, pattern in self.automaton.iter(text):
            last = end_index  # the closing boundary space
            first = last - pattern.length
            if first not in starts or last not in ends:
                continue
            start, stop = starts[first], ends[last] + 1
            if start >= stop:
                continue
            entries = tuple(e for e in pattern.entries if _case_ok(e.form, doc, start))
            if stop - start == 1 and _first_word_of_longer_name(doc, start):
                entries = ()  # "West Virginia", "West Bengal", "Jordan Peterson"
            if (
                stop - start == 1
                and entries
                and all(e.actor.kind == "group" for e in entries)
                and _qualified_party(doc, start)
            ):
                entries = ()  # "Social Democrats" are no "Democrats" (the US party)
            if _taking_sides(doc, start):
                entries = ()  # "pro-Russian separatists" are not Russia's
            agent = pattern.agent
            if not entries and agent is None:
                continue
            pieces.append(Piece(start, stop, entries, agent))
        return pieces


#: Prefixes that make a name a side taken: "pro-Russian", "anti-American".
_SIDE_PREFIXES = frozenset({"pro", "anti"})


def _taking_sides(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` follows "pro-" or "anti-" ("pro-Russian separatists",
    "anti-Western rhetoric"): it names whom they are for or against, not whose they are."""
    return (
        start >= 2
        and doc[start - 1].text in {"-", "–"}
        and doc[start - 2].lower_ in _SIDE_PREFIXES
        and doc[start - 1].idx == doc[start - 2].idx + len(doc[start - 2].text)
    )


#: Words that make a party name of "Democrats", "Republicans", "Liberals" ... another party's:
#: "Social Democrats", "Christian Democrats", "Free Democrats", "New Conservatives".
_PARTY_QUALIFIERS = frozenset(
    {"social", "christian", "free", "liberal", "new", "progressive", "radical", "civic", "national"}
)


def _qualified_party(doc: Doc, start: int) -> bool:
    """Whether the one-word name at ``start`` ends a longer party name ("the ruling Social
    Democrats" in Romania): a capitalised qualifier before it makes it no alias of its own."""
    if start == 0:
        return False
    before = doc[start - 1]
    return before.lower_ in _PARTY_QUALIFIERS and before.text[:1].isupper()


def _first_word_of_longer_name(doc: Doc, start: int) -> bool:
    """Whether the token at ``start`` opens a longer place or person name the NER found, whose
    next word is a capitalised proper noun: a one-word alias there ("West", "Jordan") is part of
    another name. Organisation names are left alone ("Israel Defense Forces" is Israel's)."""
    token = doc[start]
    if token.ent_iob_ != "B" or token.ent_type_ not in {"GPE", "LOC", "PERSON"}:
        return False
    if start + 1 >= len(doc):
        return False
    after = doc[start + 1]
    return after.ent_iob_ == "I" and after.pos_ == "PROPN" and after.text[:1].isupper()


@functools.lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    """The normalised words of one token (hyphens split, dots dropped, possessives kept)."""
    folded = fold(text)
    if folded in {"-", "–", "—"}:
        return ()
    words = normalise(folded).split()
    if words:
        return tuple(words)
    return (folded,) if folded.strip() and folded != "." else ()


def _case_ok(form: str, doc: Doc, start: int) -> bool:
    """Capitalised aliases need a capitalised word in the text; short acronyms need capitals."""
    first = doc[start].text
    letters = form.replace(".", "").replace(" ", "")
    if letters.isupper() and len(letters) <= _SHORT_CAPS:
        written = "".join(doc[i].text for i in range(start, min(len(doc), start + 3))).replace(
            ".", ""
        )
        return written[: len(letters)] == letters
    if form[:1].isupper():
        return first[:1].isupper() or first[:1].isdigit()
    return True


@functools.lru_cache(maxsize=1)
def get_matcher() -> Matcher:
    """The matcher of the package's knowledge base, built once per process."""
    return Matcher(get_kb())
