"""Candidate lexicon rows from the PETRARCH-2 verb dictionary, for a person to review.

Reads ``CAMEO.2.0.txt`` (openeventdata/petrarch2, MIT) from the developers' shared folder and
prints one candidate per (code, verb, particle, object, preposition) with the number of
dictionary patterns behind it, and what Dyadic's lexicon already does with that verb and object.
Nothing is written into the lexicon: many of the ~4,700 patterns are noisy or redundant, so rows
are added by hand, in our own words, after review (see src/dyadic/data/lexicon/README.md).

Run by developers only:

    python tools/lexicon/petrarch_candidates.py [--code 19] [--new] [--min-count 2]
    python tools/lexicon/petrarch_candidates.py --summary      # per 3-digit code: patterns vs ours
    python tools/lexicon/petrarch_candidates.py --by-object --code 16

The dictionary format, as far as this reader needs it: synonym sets (``&NAME`` followed by
``+WORD`` lines), verb blocks (``---  NAME   [code]  ---``, then the verbs of the block, one per
line, optionally with ``{irregular forms}`` and ``[code]``), and patterns
``- [words before the verb] * [words after] [code] # verb``, where ``{A B}`` is a phrase,
``(PREP WORDS)`` a prepositional phrase, ``&SET`` a synonym set and ``$ + ^ %`` actor markers.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SHARED = ROOT.parent / "shared"
DICTIONARY = Path("data") / "reference" / "petrarch" / "CAMEO.2.0.txt"

#: Words directly after the verb that act as particles (our lexicon's ``particle`` column).
PARTICLES = frozenset(
    {"back", "down", "up", "out", "off", "in", "on", "over", "away", "together", "forward"}
)
#: Actor and skip markers in patterns.
MARKERS = frozenset({"$", "+", "^", "%", "*"})
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---")
_CODE = re.compile(r"\[([0-9A-Fa-f:-]*)\]")
_TOKENS = re.compile(r"\{[^}]*\}|\([^)]*\)|[^\s(){}]+")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One dictionary pattern, reduced to what a lexicon row can say."""

    code: str
    verbs: tuple[str, ...]
    particle: str
    obj: str
    prep: str
    before: str
    line: int


@dataclass
class Block:
    """A verb block: its name, default code, verbs and patterns."""

    name: str
    code: str
    verbs: list[str] = field(default_factory=list)


def _lower(word: str) -> str:
    return word.strip("_").replace("_", " ").lower()


def singular(word: str) -> str:
    """A rough singular for review output ("sanctions" -> "sanction"); not a lemmatiser."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def pattern_code(text: str) -> str | None:
    """The event code of a pattern: ``[163]`` -> 163, ``[:173]`` -> 173, ``[---]`` -> None."""
    match = _CODE.search(text)
    if not match:
        return None
    for part in match.group(1).split(":"):
        if part and part != "---" and part.isdigit():
            return part
    return None


def read_synonyms(lines: list[str]) -> dict[str, list[str]]:
    """Synonym sets: ``&NAME`` -> member words (lower case, multi-word with spaces)."""
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&") and " " not in line:
            current = line.upper()
            sets[current] = []
        elif line.startswith("+") and current is not None:
            sets[current].append(_lower(line[1:].split()[0]))
        elif not line:
            current = None
    return sets


def _phrase(token: str, synonyms: dict[str, list[str]]) -> list[str]:
    """A pattern token as object phrases: ``{HUMAN RIGHTS}`` -> ["human right"], ``&SET``
    -> its members (or ``&set`` itself when ``synonyms`` is empty)."""
    token = token.strip("{}")
    words = [w for w in token.split() if w not in MARKERS]
    if not words:
        return []
    if not synonyms:
        return [
            " ".join(singular(_lower(w)) if not w.startswith("&") else w.lower() for w in words)
        ]
    if len(words) == 1 and words[0].startswith("&"):
        return [singular(w) for w in synonyms.get(words[0].upper(), [words[0].lower()])]
    heads = (
        synonyms.get(words[-1].upper(), [words[-1]]) if words[-1].startswith("&") else [words[-1]]
    )
    mods = " ".join(_lower(w) for w in words[:-1] if not w.startswith("&"))
    return [f"{mods} {singular(_lower(h))}".strip() for h in heads]


def parse_pattern(
    text: str, block: Block, synonyms: dict[str, list[str]], line: int
) -> Iterator[Pattern]:
    """Candidate rows of one ``- ... * ... [code] # verb`` line."""
    body, _, comment = text[1:].partition("#")
    code = pattern_code(body) or (block.code if block.code.isdigit() else None)
    if code is None:
        return
    body = _CODE.sub("", body)
    if "*" not in body:
        return
    before, _, after = body.partition("*")
    named = [_lower(v) for v in re.split(r"[,\s]+", comment.strip()) if v.isalpha()]
    verbs = tuple(dict.fromkeys(named)) or tuple(block.verbs)
    tokens = _TOKENS.findall(after)
    particle = ""
    if tokens and tokens[0].lower() in PARTICLES:
        particle = tokens.pop(0).lower()
    objects: list[str] = []
    prep = ""
    for token in tokens:
        if token in MARKERS:
            continue
        if token.startswith("("):
            inner = token.strip("()").split()
            if inner and not prep:
                prep = inner[0].lower()
                rest = [w for w in inner[1:] if w not in MARKERS]
                if rest and not objects:
                    objects = [f"{prep}>{p}" for p in _phrase(" ".join(rest), synonyms)]
            continue
        if not objects:
            objects = _phrase(token, synonyms)
    before_words = " ".join(w.lower() for w in before.split() if w not in MARKERS)
    for obj in objects or [""]:
        yield Pattern(code, verbs, particle, obj, prep, before_words, line)


def read_dictionary(path: Path, *, expand: bool = False) -> list[Pattern]:
    """All patterns of the dictionary at ``path``; ``expand`` replaces ``&SET`` objects by the
    set's members."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    start = next((i for i, s in enumerate(lines) if s.startswith("####### VERB PATTERNS")), 0)
    synonyms = read_synonyms(lines[:start]) if expand else {}
    patterns: list[Pattern] = []
    block: Block | None = None
    for number, raw in enumerate(lines[start:], start=start + 1):
        line = raw.rstrip()
        header = _HEADER.match(line)
        if header:
            block = Block(header.group(1).lower(), header.group(2))
            continue
        if block is None or not line.strip() or line.startswith("#"):
            continue
        if line.startswith("-"):
            patterns.extend(parse_pattern(line, block, synonyms, number))
        else:
            word = line.split("#", 1)[0].split("{", 1)[0].split("[", 1)[0].strip()
            if word:
                block.verbs.append(_lower(word.lstrip("+")))
    return patterns


def lexicon_index() -> dict[tuple[str, str], set[str]]:
    """(verb lemma, object) -> codes in Dyadic's lexicon; object "" for bare entries."""
    from dyadic.events.lexicon import load_lexicon

    index: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry in load_lexicon().entries:
        if entry.pos != "V":
            continue
        for obj in entry.objects or ():
            index[(entry.lemma.head, str(obj))].add(entry.code)
            index[(entry.lemma.head, obj.head)].add(entry.code)
        if not entry.objects:
            index[(entry.lemma.head, "")].add(entry.code)
    return index


def known_codes(index: dict[tuple[str, str], set[str]], verb: str, obj: str) -> str:
    head = obj.rsplit(">", maxsplit=1)[-1].rsplit(maxsplit=1)[-1] if obj else ""
    codes = index.get((verb, obj)) or index.get((verb, head)) or set()
    return ",".join(sorted(codes)) or "-"


def rows(
    patterns: Iterable[Pattern], *, code_prefix: str, min_count: int, new_only: bool
) -> list[tuple[str, ...]]:
    """Candidate rows: code, verb, particle, object, prep, count, ours."""
    index = lexicon_index()
    counts: Counter[tuple[str, str, str, str, str]] = Counter()
    for p in patterns:
        if not p.code.startswith(code_prefix):
            continue
        for verb in p.verbs:
            counts[(p.code, verb, p.particle, p.obj, p.prep)] += 1
    out: list[tuple[str, ...]] = []
    for (code, verb, particle, obj, prep), count in sorted(counts.items()):
        if count < min_count:
            continue
        ours = known_codes(index, verb, obj)
        if new_only and ours != "-":
            continue
        out.append((code, verb, particle or "-", obj or "-", prep or "-", str(count), ours))
    return out


def by_object(patterns: Iterable[Pattern], *, code_prefix: str) -> list[tuple[str, ...]]:
    """Objects per code with the verbs that take them: code, object, n patterns, verbs."""
    verbs: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for p in patterns:
        if p.code.startswith(code_prefix) and p.obj:
            for verb in p.verbs:
                verbs[(p.code, p.obj)][verb] += 1
    return [
        (code, obj, str(sum(c.values())), "|".join(v for v, _ in c.most_common(12)))
        for (code, obj), c in sorted(verbs.items())
    ]


def summary(patterns: Iterable[Pattern]) -> list[tuple[str, ...]]:
    """Per 3-digit code: dictionary patterns and Dyadic lexicon entries (verbs + nouns)."""
    from dyadic.events.lexicon import load_lexicon

    theirs: Counter[str] = Counter(p.code[:3] for p in patterns)
    ours: Counter[str] = Counter(e.code[:3] for e in load_lexicon().entries)
    codes = sorted(set(theirs) | set(ours))
    return [(c, str(theirs[c]), str(ours[c])) for c in codes]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared folder")
    parser.add_argument("--code", default="", help="only codes starting with this prefix")
    parser.add_argument("--min-count", type=int, default=1, help="minimum patterns per row")
    parser.add_argument("--new", action="store_true", help="only verb+object pairs we lack")
    parser.add_argument("--by-object", action="store_true", help="group by object across verbs")
    parser.add_argument("--summary", action="store_true", help="patterns and entries per code")
    parser.add_argument("--expand", action="store_true", help="expand &SET objects to members")
    args = parser.parse_args(argv)
    path = args.shared / DICTIONARY
    if not path.exists():
        parser.error(f"{path} not found: pass --shared PATH to the developers' shared folder")
    patterns = read_dictionary(path, expand=args.expand)
    if args.summary:
        header: tuple[str, ...] = ("code", "petrarch_patterns", "dyadic_entries")
        table = summary(patterns)
    elif args.by_object:
        header = ("code", "object", "patterns", "verbs")
        table = by_object(patterns, code_prefix=args.code)
    else:
        header = ("code", "verb", "particle", "object", "prep", "patterns", "dyadic_codes")
        table = rows(patterns, code_prefix=args.code, min_count=args.min_count, new_only=args.new)
    sys.stdout.write("\t".join(header) + "\n")
    for row in table:
        sys.stdout.write("\t".join(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
