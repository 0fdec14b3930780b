"""The actor knowledge base: countries, organisations, groups, people with dated roles, agents.

Everything is read from the TSV files in ``dyadic/data/kb`` (see docs/ACTORS.md). Files ending in
``_reference.tsv`` and ``countries.tsv`` are converted from public reference tables by
``tools/kb/convert.py``; the others are written by hand and win over the converted ones.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import logging
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyadic.errors import DyadicError
from dyadic.settings import DATA_DIR

logger = logging.getLogger(__name__)

KB_DIR = DATA_DIR / "kb"

#: Kinds of knowledge-base record.
KB_KINDS: tuple[str, ...] = ("country", "igo", "group", "org", "person", "seat")

#: Sector codes that mean "holds office" (preferred over ELI when several roles are active).
_SOURCE_RANK = {"hand": 0, "REIGN": 1, "petrarch2": 2}

DateLike = dt.date | str | None


class KnowledgeBaseError(DyadicError):
    """A knowledge-base file is malformed."""


def fold(text: str) -> str:
    """Lower-case, strip accents and unify quotes: the form aliases are matched in."""
    if text.isascii():
        return text.replace("`", "'").lower()
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def normalise(text: str) -> str:
    """The match key of a phrase: folded words, dots dropped, hyphens and spaces as one space."""
    text = fold(text).replace(".", "")
    text = re.sub(r"[\s\-–—]+", " ", text)
    return text.strip()


def alias_key(text: str) -> str:
    """The key an alias is stored under: normalised, without a leading "the" (the resolver
    reads determiners from the parse)."""
    key = normalise(text)
    return key[4:] if key.startswith("the ") and len(key) > 4 else key


#: Endings of names that English news spells either way in transliteration: each pair is
#: (ending, other spelling), tried in order, the first that fits wins ("Aliyev" -> "Aliev").
_ENDING_SPELLINGS = (
    ("yan", "ian"), ("ian", "yan"), ("iyev", "iev"), ("yev", "iev"), ("iyeva", "ieva"),
    ("yeva", "ieva"), ("yenko", "ienko"),
)  # fmt: skip
#: One given name in its common English spellings.
_GIVEN_SPELLINGS = (
    frozenset({"mohammed", "mohammad", "muhammad", "mohamed", "mohamad", "muhammed"}),
)


def spelling_variants(name: str) -> list[str]:
    """Other transliterations of a person's name: the surname's ending ("Kocharyan" and
    "Kocharian", "Aliyev" and "Aliev") and the usual spellings of a common given name
    ("Mohammed", "Muhammad")."""
    words = name.split()
    if len(words) < 2:
        return []
    found: list[str] = []
    last = words[-1]
    for ending, other in _ENDING_SPELLINGS:
        if last.lower().endswith(ending) and len(last) >= len(ending) + 2:
            found.append(" ".join([*words[:-1], last[: -len(ending)] + other]))
            break
    first = words[0].lower()
    for spellings in _GIVEN_SPELLINGS:
        if first in spellings:
            found += [" ".join([s.capitalize(), *words[1:]]) for s in sorted(spellings - {first})]
    return found


def parse_date(value: DateLike) -> dt.date | None:
    """A date from a ``datetime.date`` or an ISO string (None stays None).

    Raises:
        ValueError: the string is not an ISO date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value.strip()[:10])


@dataclass(frozen=True, slots=True)
class Role:
    """A code an actor holds between two dates (start inclusive, end exclusive; None = open)."""

    code: str
    title: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    source: str = "hand"
    notes: str = ""

    def active(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class KBActor:
    """One record of the knowledge base (a country, organisation, group, seat or person)."""

    actor_id: str
    kind: str
    name: str
    code: str | None
    country: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    descriptions: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    source: str = ""
    notes: str = ""

    def role_on(self, day: dt.date | None) -> Role | None:
        """The role that applies on ``day`` (None: the most recent role), or None."""
        if not self.roles:
            return None
        if day is None:
            return max(
                self.roles, key=lambda r: (r.start or dt.date.min, -_SOURCE_RANK.get(r.source, 3))
            )
        hand_starts = [r.start or dt.date.min for r in self.roles if r.source == "hand"]
        hand_from = min(hand_starts) if hand_starts else None
        active = [
            r
            for r in self.roles
            if r.active(day) and (hand_from is None or r.source == "hand" or day < hand_from)
        ]
        if not active:
            return None
        return min(
            active,
            key=lambda r: (
                _SOURCE_RANK.get(r.source, 3),
                r.code.endswith("ELI"),
                -(r.start or dt.date.min).toordinal(),
            ),
        )

    def code_on(self, day: dt.date | None) -> str | None:
        """The CAMEO code on ``day``: the active role, else ELI of the home country (people),
        else the record's own code."""
        role = self.role_on(day)
        if role is not None:
            return role.code
        if self.kind == "person":
            return f"{self.country}ELI" if self.country else None
        return self.code


@dataclass(frozen=True, slots=True)
class Agent:
    """An agent noun or title that gives sector codes ("troops" -> MIL, "minister" -> GOV)."""

    phrase: str
    sectors: tuple[str, ...]
    kind: str = "noun"  # "noun" or "title" (titles precede names: "President Biden")
    source: str = "hand"


@dataclass(frozen=True, slots=True)
class LookupResult:
    """What the knowledge base says a name is on a date (``actor_id`` is None for agent nouns)."""

    actor_id: str | None
    kind: str
    name: str
    code: str | None
    country: str | None
    title: str
    start: str | None
    end: str | None
    matched: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor_id": self.actor_id,
            "kind": self.kind,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "matched": self.matched,
        }


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One way of naming an actor: the surface form and what kind of name it is."""

    actor: KBActor
    form: str  # as written in the KB, for the case check
    use: str  # "name", "demonym", "capital", "seat"


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a KB TSV file (``#`` lines at the top are comments)."""
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        for number, row in enumerate(reader, start=2):
            if None in row or any(v is None for v in row.values()):
                raise KnowledgeBaseError(
                    f"{path.name}: row {number} has the wrong number of cells", stage="actors"
                )
            yield {k: (v or "").strip() for k, v in row.items()}


def _plurals(phrase: str) -> list[str]:
    """Regular English plurals of the last word of an agent phrase."""
    head, _, last = phrase.rpartition(" ")
    prefix = f"{head} " if head else ""
    forms: list[str] = []
    if last.endswith("man"):
        forms.append(last[:-3] + "men")
    elif last.endswith("person"):
        forms.append(last[:-6] + "people")
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms.append(last[:-1] + "ies")
    elif last.endswith(("s", "x", "ch", "sh")):
        forms.append(last + "es")
    else:
        forms.append(last + "s")
    return [prefix + form for form in forms]


class KnowledgeBase:
    """Actors, aliases and agents, indexed for lookup by normalised name.

    Args:
        kb_dir: folder with the KB TSV files (default: the package's own data).
    """

    def __init__(self, kb_dir: Path | None = None) -> None:
        self.kb_dir = kb_dir or KB_DIR
        self.actors: dict[str, KBActor] = {}
        self.agents: dict[str, Agent] = {}
        self.demonym_of: dict[str, str] = {}
        self._aliases: dict[str, list[AliasEntry]] = defaultdict(list)
        self._surnames: dict[str, list[KBActor]] | None = None
        #: a state's code -> the state it was part of and the day it became independent
        self.successors: dict[str, tuple[str, dt.date]] = {}
        self._load()

    def code_as_of(self, code: str | None, day: dt.date | None) -> str | None:
        """``code`` with its country as it stood on ``day``: a state not yet independent is
        the state it was part of ("KSVCVL" in 1999 is "SRBCVL")."""
        if code is None or day is None or code[:3] not in self.successors:
            return code
        predecessor, independent = self.successors[code[:3]]
        return predecessor + code[3:] if day < independent else code

    # ---------------------------------------------------------------- loading
    def _load(self) -> None:
        roles: dict[str, list[Role]] = defaultdict(list)
        for file_name, source in (("roles_reference.tsv", ""), ("roles.tsv", "hand")):
            path = self.kb_dir / file_name
            if not path.exists():
                continue
            for row in read_tsv(path):
                try:
                    role = Role(
                        code=row["code"],
                        title=row.get("title", ""),
                        start=parse_date(row.get("start")),
                        end=parse_date(row.get("end")),
                        source=source or row.get("source") or "reference",
                        notes=row.get("notes", ""),
                    )
                except ValueError as exc:
                    raise KnowledgeBaseError(
                        f"{file_name}: bad date for {row['actor_id']}: {exc}", stage="actors"
                    ) from exc
                roles[row["actor_id"]].append(role)
        self._load_countries()
        path = self.kb_dir / "successor_states.tsv"
        if path.exists():
            for row in read_tsv(path):
                day = parse_date(row["independent"])
                if day is None:
                    raise KnowledgeBaseError(
                        f"{path.name}: no date for {row['code']}", stage="actors"
                    )
                self.successors[row["code"]] = (row["predecessor"], day)
        self._load_records("orgs_reference.tsv", "org")
        self._load_records("groups.tsv", "group")
        self._load_records("companies.tsv", "group")
        self._adopt_reference_twins()
        self._load_records("igos.tsv", "igo")
        self._load_seats()
        self._load_people(roles)
        self._load_agents()

    def _add(self, actor: KBActor, forms: Iterable[tuple[str, str]]) -> None:
        self.actors[actor.actor_id] = actor
        for form, use in forms:
            key = alias_key(form)
            if key and not any(
                e.actor.actor_id == actor.actor_id and e.use == use for e in self._aliases[key]
            ):
                self._aliases[key].append(AliasEntry(actor, form, use))

    def _load_countries(self) -> None:
        extra: dict[str, list[tuple[str, str]]] = defaultdict(list)
        removed: set[tuple[str, str]] = set()
        extra_path = self.kb_dir / "country_aliases.tsv"
        if extra_path.exists():
            for row in read_tsv(extra_path):
                if row["use"].startswith("-"):
                    removed.add((row["code"], normalise(row["alias"])))
                else:
                    extra[row["code"]].append((row["alias"], row["use"]))
        rows = list(read_tsv(self.kb_dir / "countries.tsv"))
        if (self.kb_dir / "countries_extra.tsv").exists():
            rows += list(read_tsv(self.kb_dir / "countries_extra.tsv"))
        for row in rows:
            code = row["code"]
            forms: list[tuple[str, str]] = [(row["name"], "name")]
            forms += [(a, "name") for a in _split(row["aliases"])]
            forms += [(d, "demonym") for d in _split(row["demonyms"])]
            forms += [(c, "capital") for c in _split(row["capitals"])]
            forms += extra.get(code, [])
            for form, use in list(forms):
                if use == "demonym":
                    self.demonym_of.setdefault(normalise(form), code)
                    if form[-1:] in "nir":  # "Germans", not the agent-noun plural "Germen"
                        forms.append((form + "s", "demonym"))
            forms = [(f, u) for f, u in forms if (code, normalise(f)) not in removed]
            aliases = tuple(dict.fromkeys(f for f, u in forms if u == "name"))
            actor = KBActor(
                actor_id=code.lower(),
                kind="country",
                name=row["name"],
                code=code,
                country=code,
                aliases=aliases,
                seats=tuple(f for f, u in forms if u == "capital"),
                source=row.get("source", ""),
            )
            self._add(actor, forms)

    def _load_records(self, file_name: str, kind: str) -> None:
        path = self.kb_dir / file_name
        if not path.exists():
            return
        for row in read_tsv(path):
            code = row["code"] or None
            country = row.get("country") or (
                code[:3] if code and not code.startswith(("IGO", "NGO", "IMG", "MNC")) else None
            )
            actor = KBActor(
                actor_id=row["actor_id"],
                kind=kind,
                name=row["name"],
                code=code,
                country=country,
                aliases=_split(row.get("aliases")),
                descriptions=_split(row.get("descriptions")),
                seats=_split(row.get("seats")),
                source=row.get("source") or ("hand" if kind in {"igo", "group"} else ""),
                notes=row.get("notes", ""),
            )
            forms = [(actor.name, "name")] + [(a, "name") for a in actor.aliases]
            forms += [(s, "seat") for s in actor.seats]
            if row["actor_id"] in self.actors and kind == "org":
                continue
            self._add(actor, forms)

    def _adopt_reference_twins(self) -> None:
        """A converted organisation under a hand group's name is that group: its other names
        (leaders, wings, older names) become the group's, so "Joseph Kony" names the hand
        record of the Lord's Resistance Army (UGAREB) and not the converted one (CFRREB)."""
        adopted: dict[str, KBActor] = {}  # converted actor_id -> the hand group
        for group in [a for a in self.actors.values() if a.kind == "group"]:
            for form in (group.name, *group.aliases):
                for entry in self._aliases.get(alias_key(form), ()):
                    if entry.actor.kind == "org":
                        adopted.setdefault(entry.actor.actor_id, group)
        if not adopted:
            return
        for entries in self._aliases.values():
            entries[:] = [e for e in entries if e.actor.actor_id not in adopted]
        for twin_id, group in adopted.items():
            twin = self.actors.pop(twin_id)
            self._add(group, [(form, "name") for form in (twin.name, *twin.aliases)])

    def _load_seats(self) -> None:
        path = self.kb_dir / "seats.tsv"
        for row in read_tsv(path):
            code = row["code"]
            actor = KBActor(
                actor_id=row["actor_id"],
                kind="seat",
                name=row["name"],
                code=code,
                country=code[:3] if not code.startswith("IGO") else None,
                aliases=_split(row["aliases"]),
                source="hand",
                notes=row.get("notes", ""),
            )
            self._add(actor, [(actor.name, "seat")] + [(a, "seat") for a in actor.aliases])

    def _load_people(self, roles: dict[str, list[Role]]) -> None:
        people: dict[str, dict[str, str]] = {}
        for file_name in ("people_reference.tsv", "people.tsv"):
            path = self.kb_dir / file_name
            if not path.exists():
                continue
            for row in read_tsv(path):
                known = people.get(row["actor_id"])
                if known is None:
                    people[row["actor_id"]] = dict(row, source=row.get("source") or "hand")
                    continue
                # a hand row corrects a converted one: its name wins, aliases are merged
                merged = dict(known)
                merged["name"] = row["name"] or known["name"]
                merged["aliases"] = "|".join(
                    dict.fromkeys(_split(row["aliases"]) + _split(known["aliases"]))
                )
                merged["country"] = row.get("country") or known.get("country", "")
                merged["notes"] = row.get("notes", "")
                merged["source"] = "hand; " + known.get("source", "")
                people[row["actor_id"]] = merged
        _fold_titled_copies(people, roles)
        for actor_id, row in people.items():
            actor = KBActor(
                actor_id=actor_id,
                kind="person",
                name=row["name"],
                code=None,
                country=row.get("country") or None,
                aliases=_split(row.get("aliases")),
                roles=tuple(roles.get(actor_id, ())),
                source=row.get("source", ""),
                notes=row.get("notes", ""),
            )
            self._add(actor, [(actor.name, "name")] + [(a, "name") for a in actor.aliases])
        # other spellings of the same name ("Robert Kocharian" for "Robert Kocharyan"), only
        # where no record already answers to them
        for actor in [a for a in self.actors.values() if a.kind == "person"]:
            variants = [v for f in (actor.name, *actor.aliases) for v in spelling_variants(f)]
            self._add(actor, [(v, "name") for v in variants if alias_key(v) not in self._aliases])
        # dated codes for non-person records (groups that became governments)
        for actor_id, dated in roles.items():
            record = self.actors.get(actor_id)
            if record is not None and record.kind != "person":
                self.actors[actor_id] = _with_roles(record, dated)
                for entries in self._aliases.values():
                    for i, entry in enumerate(entries):
                        if entry.actor.actor_id == actor_id:
                            entries[i] = AliasEntry(self.actors[actor_id], entry.form, entry.use)

    def _load_agents(self) -> None:
        for file_name, source in (("agents_reference.tsv", "petrarch2"), ("agents.tsv", "hand")):
            path = self.kb_dir / file_name
            if not path.exists():
                continue
            for row in read_tsv(path):
                phrase = normalise(row["phrase"])
                sectors = tuple(re.findall(r"[A-Z]{3}", row["sectors"]))
                kind = row.get("kind") or "noun"
                if row["sectors"].strip() == "-":
                    for form in [phrase, *_plurals(phrase)]:
                        self.agents.pop(form, None)
                    continue
                agent = Agent(phrase, sectors, kind, source)
                self.agents[phrase] = agent
                for plural in _plurals(phrase):
                    if plural not in self.agents or source == "hand":
                        self.agents[plural] = Agent(plural, sectors, kind, source)

    # ---------------------------------------------------------------- queries
    def aliases(self) -> dict[str, list[AliasEntry]]:
        """Every normalised alias and what it names (used to build the matcher)."""
        return self._aliases

    def entries(self, name: str) -> list[AliasEntry]:
        """The records a name may refer to (exact normalised match)."""
        return list(self._aliases.get(alias_key(name), ()))

    def get(self, actor_id: str) -> KBActor | None:
        return self.actors.get(actor_id)

    def agent(self, phrase: str) -> Agent | None:
        return self.agents.get(normalise(phrase))

    def country(self, code: str) -> KBActor | None:
        actor = self.actors.get(code.lower())
        return actor if actor is not None and actor.kind == "country" else None

    def lookup(self, name: str, *, date: DateLike = None) -> list[LookupResult]:
        """Who ``name`` is on ``date``: every record with that name or alias, best first."""
        day = parse_date(date)
        results = []
        for entry in self.entries(name):
            results.append(_result(entry.actor, day, entry.form))
        key = normalise(name)
        agent = self.agents.get(key)
        if agent is not None and not results:
            results.append(
                LookupResult(
                    None,
                    "agent",
                    agent.phrase,
                    "".join(agent.sectors),
                    None,
                    agent.kind,
                    None,
                    None,
                    name,
                )
            )
        results.sort(key=_rank)
        return results

    def in_office_by_surname(self, surname: str, *, date: DateLike) -> list[KBActor]:
        """People whose name ends in ``surname`` and who hold an office (not ELI) on ``date``:
        news names leaders by surname alone ("Mugabe resigns"); the caller decides what to do
        when more than one qualifies."""
        day = parse_date(date)
        if day is None:
            return []
        if self._surnames is None:
            index: dict[str, list[KBActor]] = defaultdict(list)
            for actor in self.actors.values():
                if actor.kind != "person" or not actor.roles:
                    continue
                names = (alias_key(form).split() for form in (actor.name, *actor.aliases))
                # "Abdullah II of Jordan" has no surname: the last word is a country
                for last in {w[-1] for w in names if len(w) > 1 and "of" not in w[:-1]}:
                    index[last].append(actor)
            self._surnames = dict(index)
        found = []
        for actor in self._surnames.get(alias_key(surname), ()):
            role = actor.role_on(day)
            if role is not None and not role.code.endswith("ELI"):
                found.append(actor)
        return found

    def list_actors(
        self, *, country: str | None = None, date: DateLike = None, kind: str | None = None
    ) -> list[LookupResult]:
        """Records of one country (by home country or code prefix) and/or kind, coded on ``date``.

        With a date, people are listed only when they hold a role other than ELI that day.
        """
        day = parse_date(date)
        if kind is not None and kind not in KB_KINDS:
            raise ValueError(f"unknown kind {kind!r}; choose one of {', '.join(KB_KINDS)}")
        wanted = country.upper() if country else None
        out = []
        for actor in self.actors.values():
            if kind is not None and actor.kind != kind:
                continue
            result = _result(actor, day, actor.name)
            code_country = (result.code or "")[:3]
            if wanted and wanted not in {actor.country, code_country}:
                continue
            if actor.kind == "person" and day is not None and (result.code or "").endswith("ELI"):
                continue
            if actor.kind == "person" and day is not None and not actor.roles:
                continue
            out.append(result)
        out.sort(key=_rank)
        return out


_KIND_ORDER = {"person": 0, "igo": 1, "country": 2, "seat": 3, "group": 4, "org": 5, "agent": 6}


# Titles a converted record may carry in front of a name ("Secretary-General Ban Ki-Moon").
_NAME_TITLES = (
    "secretary general ",
    "president ",
    "prime minister ",
    "foreign minister ",
    "minister ",
    "chancellor ",
    "king ",
    "queen ",
    "general ",
    "mr ",
    "dr ",
)


def _fold_titled_copies(people: dict[str, dict[str, str]], roles: dict[str, list[Role]]) -> None:
    """Fold a converted person whose name is a title plus a hand-written person's name, or who
    has that very name and no country, into that person: the two are one, and the hand row's
    dated roles are the ones to trust (the copy's roles stop where the converted file stopped)."""
    hand: dict[str, str] = {}
    for actor_id, row in people.items():
        if row.get("source", "").startswith("hand"):
            for form in (row["name"], *_split(row.get("aliases"))):
                hand.setdefault(alias_key(form), actor_id)
    for actor_id, row in list(people.items()):
        if row.get("source", "").startswith("hand"):
            continue
        key = alias_key(row["name"])
        title = next((t for t in _NAME_TITLES if key.startswith(t)), None)
        owner = hand.get(key[len(title) :]) if title else None
        if owner is None and not row.get("country"):
            # a copy with no country under the very name ("David Cameron" among the
            # international actors, aliased "Prime Minister David Cameron")
            owner = hand.get(key)
        if owner is None:
            continue
        kept = people[owner]
        kept["aliases"] = "|".join(
            dict.fromkeys((*_split(kept.get("aliases")), row["name"], *_split(row.get("aliases"))))
        )
        del people[actor_id]
        roles.pop(actor_id, None)


def _rank(result: LookupResult) -> tuple[int, bool, str]:
    return (_KIND_ORDER.get(result.kind, 9), (result.code or "").endswith("ELI"), result.name)


def _result(actor: KBActor, day: dt.date | None, matched: str) -> LookupResult:
    role = actor.role_on(day)
    code = actor.code_on(day)
    return LookupResult(
        actor_id=actor.actor_id,
        kind=actor.kind,
        name=actor.name,
        code=code,
        country=_country_of(code, actor),
        title=role.title
        if role
        else ("former office-holder" if actor.kind == "person" and actor.roles else ""),
        start=role.start.isoformat() if role and role.start else None,
        end=role.end.isoformat() if role and role.end else None,
        matched=matched,
    )


def _country_of(code: str | None, actor: KBActor) -> str | None:
    if code and not code.startswith(("IGO", "NGO", "IMG", "MNC")):
        return code[:3]
    if code and code.startswith(("IGO", "NGO", "IMG", "MNC")):
        return None
    return actor.country


def _with_roles(actor: KBActor, roles: list[Role]) -> KBActor:
    return KBActor(
        actor_id=actor.actor_id,
        kind=actor.kind,
        name=actor.name,
        code=actor.code,
        country=actor.country,
        aliases=actor.aliases,
        roles=tuple(roles),
        descriptions=actor.descriptions,
        seats=actor.seats,
        source=actor.source,
        notes=actor.notes,
    )


@functools.lru_cache(maxsize=1)
def get_kb() -> KnowledgeBase:
    """The package's knowledge base, loaded once per process."""
    kb = KnowledgeBase()
    logger.debug("knowledge base: %d actors, %d agents", len(kb.actors), len(kb.agents))
    return kb


def lookup(name: str, *, date: DateLike = None) -> list[LookupResult]:
    """Who the knowledge base says ``name`` is on ``date`` (best match first).

    Args:
        name: a name, alias, demonym, capital or agent phrase ("Putin", "the Kremlin", "troops").
        date: a ``datetime.date`` or ISO string; None uses each actor's most recent role.

    Returns:
        Records with code, country, name, role title, role start/end and actor_id.

    Raises:
        ValueError: ``date`` is not an ISO date.
    """
    return get_kb().lookup(name, date=date)


@functools.lru_cache(maxsize=4096)
def country_named(text: str) -> str | None:
    """The country a name or national adjective stands for ("Ukrainian": UKR), per the
    knowledge base; None when it names no country."""
    for result in lookup(text):
        if result.kind == "country" and result.country:
            return str(result.country)
    return None


def list_actors(
    *, country: str | None = None, date: DateLike = None, kind: str | None = None
) -> list[LookupResult]:
    """Actors of a country and/or kind as coded on ``date`` (people only while in office).

    Raises:
        ValueError: unknown kind or bad date.
    """
    return get_kb().list_actors(country=country, date=date, kind=kind)
