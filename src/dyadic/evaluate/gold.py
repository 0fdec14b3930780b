"""Gold sets: five-class sentence labels (TSV) and source/target spans (CoNLL), read from disk."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from dyadic.errors import UsageError

_NO_SPACE_BEFORE = re.compile(
    r"^(?:[.,;:!?%)\]}”]|'s|’s|'|’|n't|'re|'ve|'ll|'d|'m)$", re.IGNORECASE
)
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "#", "“", "‘"})
# the gold's tokenizer also split what news writes as one word:
# "Japan’ s", "rebel - held", "$22. 5", "88, 550, 000"
_APOSTROPHES = frozenset({"’", "'"})
_CLITICS = frozenset({"s", "t", "re", "ve", "ll", "d", "m"})
_NUMBER_HEAD = re.compile(r"\d[.,]$")


@dataclass(frozen=True, slots=True)
class ClassItem:
    """A sentence with its five-way class (0 statements/appeals ... 4 material conflict)."""

    text: str
    label: int


@dataclass(frozen=True, slots=True)
class SpanItem:
    """A sentence with gold source (S), target (T) and reciprocal (R) character spans."""

    text: str
    spans: tuple[tuple[str, int, int], ...]  # (role, start, end)

    def role_spans(self, role: str) -> list[tuple[int, int]]:
        """Spans for a role; reciprocal spans count for both source and target."""
        return [(s, e) for r, s, e in self.spans if r in (role, "R")]


def read_class_tsv(path: Path) -> list[ClassItem]:
    """``text<TAB>class`` lines (class 0..4).

    Raises:
        UsageError: a line is not in that form.
    """
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        text, _, label = line.rpartition("\t")
        if not text or not label.strip().isdigit() or not 0 <= int(label) <= 4:
            raise UsageError(f"{path}:{number}: expected 'text<TAB>class 0-4'", stage="evaluate")
        items.append(ClassItem(text.strip(), int(label)))
    return items


def read_conll_spans(path: Path) -> list[SpanItem]:
    """CoNLL ``token tag`` lines (B-/I- S, T, R), sentences separated by blank lines; the text is
    rebuilt from the tokens with ordinary English spacing."""
    return [_to_item(tokens) for tokens in _conll_sentences(path)]


def _conll_sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                yield current
            current = []
            continue
        token, _, tag = line.rpartition(" ")
        current.append((token, tag.strip()))
    if current:
        yield current


def _to_item(tokens: list[tuple[str, str]]) -> SpanItem:
    text, offsets = detokenise([token for token, _tag in tokens])
    spans: list[tuple[str, int, int]] = []
    open_role: str | None = None
    open_start = 0
    last_end = 0
    for (_token, tag), (start, end) in zip(tokens, offsets, strict=True):
        prefix, _, role = tag.partition("-")
        if open_role is not None and (prefix != "I" or role != open_role):
            spans.append((open_role, open_start, last_end))
            open_role = None
        if prefix == "B" or (prefix == "I" and open_role is None):
            open_role, open_start = role, start
        last_end = end
    if open_role is not None:
        spans.append((open_role, open_start, last_end))
    return SpanItem(text, tuple(spans))


def detokenise(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence as news prints it, and the character span of each token.

    Ordinary English spacing, and what the gold's tokenizer split inside a word joined again:
    a possessive or clitic after an apostrophe ("Japan’ s" → "Japan’s"), a hyphen between two
    word characters ("rebel - held" → "rebel-held"; "- -" stays a dash) and a number's decimal
    point or thousands separator ("$22. 5" → "$22.5", "88, 550" → "88,550")."""
    text = ""
    offsets: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if text and _spaced(text, tokens, index):
            text += " "
        offsets.append((len(text), len(text) + len(token)))
        text += token
    return text, offsets


def _spaced(text: str, tokens: Sequence[str], index: int) -> bool:
    token, previous = tokens[index], tokens[index - 1]
    if _NO_SPACE_BEFORE.match(token) or previous in _NO_SPACE_AFTER:
        return False
    if previous in _APOSTROPHES and token.lower() in _CLITICS:
        return False
    if _NUMBER_HEAD.search(text) and _number_tail(token, text[-1]):
        return False
    return not (_inner_hyphen(tokens, index) or _inner_hyphen(tokens, index - 1))


def _number_tail(token: str, separator: str) -> bool:
    if separator == ",":
        return len(token) == 3 and token.isdigit()  # "88, 550": "in 2017, 5 people" stays apart
    return token[:1].isdigit()


def _inner_hyphen(tokens: Sequence[str], index: int) -> bool:
    """A lone "-" token between two words ("U.N. - backed"): a hyphen, not a dash."""
    if index < 1 or index + 1 >= len(tokens) or tokens[index] != "-":
        return False
    before = tokens[index - 1][-1:]
    return (before.isalnum() or before == ".") and tokens[index + 1][:1].isalnum()


def find_gold_sets(directory: Path) -> dict[str, tuple[str, Path]]:
    """Gold files in a folder, by format: ``*.tsv`` five-class sets and ``*.txt``/``*.conll``
    span sets. Returns name -> (kind, path)."""
    found: dict[str, tuple[str, Path]] = {}
    for path in sorted(directory.iterdir()):
        if path.suffix == ".tsv":
            found[path.stem] = ("class", path)
        elif path.suffix in (".txt", ".conll"):
            found[path.stem] = ("spans", path)
    return found
