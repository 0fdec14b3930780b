"""The CAMEO lexicon: verb and noun triggers, complement-taking governors, and their codes.

The files live in ``dyadic/data/lexicon`` (see its README for the columns); this module parses
them into indexes keyed by lemma.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dyadic.errors import ConfigError
from dyadic.events.codes import is_code
from dyadic.settings import DATA_DIR

LEXICON_DIR = DATA_DIR / "lexicon"

GOVERNOR_ROLES: tuple[str, ...] = (
    "intent",
    "offer",
    "hypothetical",
    "negate",
    "fail",
    "cease",
    "reject",
    "appeal",
    "demand",
    "threaten",
    "transparent",
    "light",
    "say",
    "none",
)
FLAGS: frozenset[str] = frozenset(
    {
        "recip",
        "swap",
        "poss=target",
        "needs_target",
        "needs_source",
        "weak",
        "intransitive",
        "transitive",
        "bare",
        "clausal",
        "actor_object",
        "igo_object",
        "state_agent",
        "joint",
        "mutual",
        "armed_subject",
        "protest_subject",
        "rioter_subject",
        "goods_subject",
        "that_clause",
        "denied",
    }
)
_SLOT_NAMES: frozenset[str] = frozenset({"dobj", "iobj", "poss", "comp", "none"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """A head lemma with the modifier lemmas that must depend on it, and an optional
    preposition it must be the object of (``under>attack``)."""

    head: str
    modifiers: tuple[str, ...] = ()
    prep: str | None = None

    @classmethod
    def parse(cls, text: str) -> Phrase:
        prep = None
        if ">" in text:
            prep, text = text.split(">", 1)
        words = text.lower().split()
        return cls(head=words[-1], modifiers=tuple(words[:-1]), prep=prep or None)

    def __str__(self) -> str:
        words = " ".join((*self.modifiers, self.head))
        return f"{self.prep}>{words}" if self.prep else words


@dataclass(frozen=True, slots=True)
class Slot:
    """Where a target is looked for: a named slot, or the objects of some prepositions."""

    kind: str  # dobj | iobj | poss | comp | none | prep
    preps: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, text: str) -> Slot:
        if text.startswith("prep:"):
            return cls("prep", frozenset(text[5:].split("|")))
        if text not in _SLOT_NAMES:
            raise ValueError(f"unknown target slot {text!r}")
        return cls(text)


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon line: a trigger, its constraints, the code and where to find the target."""

    code: str
    pos: str  # "V" verb, "N" noun
    lemma: Phrase  # for nouns, modifiers are required dependents; for verbs always bare
    particle: str | None
    objects: tuple[Phrase, ...]
    targets: tuple[Slot, ...]
    flags: frozenset[str]
    notes: str
    source: str  # "verbs:57"

    @property
    def specificity(self) -> float:
        """How specific the entry is: constrained entries beat bare ones."""
        score = 1.0 + 2.0 * bool(self.particle) + 2.0 * bool(self.objects)
        score += 1.0 * bool(self.lemma.modifiers) + 1.0 * ("clausal" in self.flags)
        score += 1.0 * ("goods_subject" in self.flags)  # "tanks arrived": goods, no visitor
        return score - (0.75 if "weak" in self.flags else 0.0)

    @property
    def rule(self) -> str:
        """The name ``evidence.rule`` carries: file, line, trigger and code."""
        words = str(self.lemma)
        if self.particle:
            words += f" {self.particle}"
        if self.objects:
            words += " +obj"
        return f"lex:{self.source}:{words.replace(' ', '_')}:{self.code}"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Indexes over the lexicon files."""

    verbs: dict[str, tuple[Entry, ...]]
    nouns: dict[str, tuple[Entry, ...]]
    governors: dict[str, tuple[tuple[str, frozenset[str]], ...]]  # key -> (role, links) rows
    governor_codes: dict[str, dict[str, str]]  # role -> code prefix -> code
    entries: tuple[Entry, ...] = field(default=())

    def verb_entries(self, lemma: str) -> tuple[Entry, ...]:
        return self.verbs.get(lemma, ())

    def noun_entries(self, lemma: str) -> tuple[Entry, ...]:
        return self.nouns.get(lemma, ())

    def governor_role(
        self,
        lemma: str,
        particle: str | None = None,
        *,
        link: str | None = None,
        skip: frozenset[str] = frozenset(),
    ) -> str | None:
        """The role of a governing verb, or None. With ``link`` (how the complement hangs from
        it: xcomp, ccomp, dobj, "to", ...), the first row that governs that link applies; rows
        with no links govern every link; rows of a role in ``skip`` are passed over."""
        for key in ((f"{lemma} {particle}",) if particle else ()) + (lemma,):
            for role, links in self.governors.get(key, ()):
                if role not in skip and (link is None or not links or link in links):
                    return None if role == "none" else role
        return None

    def governed_code(self, role: str, complement: str | None) -> str | None:
        """The code a governor of ``role`` gives to a complement coded ``complement``."""
        table = self.governor_codes.get(role, {})
        if complement is not None:
            for length in range(len(complement), 0, -1):
                found = table.get(complement[:length])
                if found:
                    return complement if found == "=" else found
        return table.get("*")


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        yield number, [cell.strip() for cell in line.split("\t")]


def _parse_entries(path: Path, pos: str) -> list[Entry]:
    entries = []
    stem = path.stem
    for number, cells in _rows(path):
        if len(cells) < 6:
            raise ConfigError(
                f"{path.name}:{number}: expected 7 tab-separated columns", stage="events"
            )
        code, lemmas, particle, objects, targets, flags = cells[:6]
        notes = cells[6] if len(cells) > 6 else ""
        if not is_code(code):
            raise ConfigError(f"{path.name}:{number}: {code!r} is not a CAMEO code", stage="events")
        flag_set = frozenset(f for f in flags.split(",") if f and f != "-")
        unknown = flag_set - FLAGS
        if unknown:
            raise ConfigError(
                f"{path.name}:{number}: unknown flags {sorted(unknown)}", stage="events"
            )
        try:
            slots = tuple(Slot.parse(s) for s in targets.split(",") if s and s != "-")
        except ValueError as exc:
            raise ConfigError(f"{path.name}:{number}: {exc}", stage="events") from None
        object_phrases = tuple(Phrase.parse(o) for o in objects.split("|") if o and o != "-")
        for lemma in lemmas.split("|"):
            entries.append(
                Entry(
                    code=code,
                    pos=pos,
                    lemma=Phrase.parse(lemma),
                    particle=None if particle in ("", "-") else particle.lower(),
                    objects=object_phrases,
                    targets=slots,
                    flags=flag_set,
                    notes=notes,
                    source=f"{stem}:{number}",
                )
            )
    return entries


def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    """Read and index the lexicon files in ``directory``.

    Raises:
        ConfigError: a file is missing or a line is malformed (the message names file and line).
    """
    verbs: dict[str, list[Entry]] = defaultdict(list)
    nouns: dict[str, list[Entry]] = defaultdict(list)
    entries: list[Entry] = []
    for path in sorted(directory.glob("verbs*.tsv")):
        for entry in _parse_entries(path, "V"):
            verbs[entry.lemma.head].append(entry)
            entries.append(entry)
    for path in sorted(directory.glob("nouns*.tsv")):
        for entry in _parse_entries(path, "N"):
            nouns[entry.lemma.head].append(entry)
            entries.append(entry)
    if not entries:
        raise ConfigError(f"no lexicon files in {directory}", stage="events")
    governors: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
    for number, cells in _rows(directory / "governors.tsv"):
        lemmas, particle, role = cells[:3]
        only = cells[4] if len(cells) > 4 else ""
        if role not in GOVERNOR_ROLES:
            raise ConfigError(f"governors.tsv:{number}: unknown role {role!r}", stage="events")
        links = frozenset(only.split("|")) if only and only != "-" else frozenset()
        for lemma in lemmas.split("|"):
            key = lemma if particle in ("", "-") else f"{lemma} {particle}"
            governors[key].append((role, links))
    codes: dict[str, dict[str, str]] = defaultdict(dict)
    for number, cells in _rows(directory / "governor_codes.tsv"):
        role, prefix, code = cells[:3]
        if role not in GOVERNOR_ROLES or (code != "=" and not is_code(code)):
            raise ConfigError(f"governor_codes.tsv:{number}: bad row {cells[:3]}", stage="events")
        codes[role][prefix] = code
    return Lexicon(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        governors={key: tuple(rows) for key, rows in governors.items()},
        governor_codes=dict(codes),
        entries=tuple(entries),
    )


@functools.lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once per process."""
    return load_lexicon()
