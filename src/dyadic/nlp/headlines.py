"""Headlines in Title Case, read as sentences.

The English model learnt its tags and entities from running text, where a capital marks a
name: in "Zelensky Meets Biden at White House, Seeks More Aid" it finds no verb and no person.
A line whose every content word is capitalised is parsed in sentence case instead: a word keeps
its capital when it opens the line, is written in capitals ("US", "EU"), names something the
knowledge base knows ("White House", "Turkey") or is no common English word (a name:
"Zelensky", "Rafah"); the other words lose it ("meets", "seeks more aid"). Only letters change
case, so every character offset stays that of the text as written, and what Dyadic reports
(sentences, actor texts) is taken from that text (:func:`as_written`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from lemminflect import getAllLemmas
from spacy.tokens import Doc

#: Where the text as written is kept when a Doc was parsed from a sentence-cased copy.
ORIGINAL_KEY = "dyadic_text_as_written"
#: Function words a headline capitalises ("Against", "Toward") that the lemma tables lack.
_FUNCTION_WORDS = frozenset(
    """a an the and or but nor of in on at to for by with from as into onto over under after
    before against toward towards amid amidst near via per about around across between among
    its it he she they them his her their this that these those who whom which what is are was
    were be been being has have had do does did not no new more than so up out off down""".split()  # noqa: SIM905
)
#: A line is a headline when it has at least this many capitalised content words.
_MIN_TITLED = 3


def common_word(word: str, domain: frozenset[str] = frozenset()) -> bool:
    """Whether a lower-case word is an English word: a function word, a word of the lemma
    tables or of ``domain`` (the news words Dyadic's own tables use: "airstrike",
    "peacekeeper", which the general tables lack), or the plural of one ("warplanes")."""
    if word in _FUNCTION_WORDS or word in domain:
        return True
    if _in_tables(word):
        return True
    singular = word[:-1] if word.endswith("s") else None
    return singular is not None and (singular in domain or _in_tables(singular))


@functools.lru_cache(maxsize=65536)
def _in_tables(word: str) -> bool:
    return bool(getAllLemmas(word))


def _lines(doc: Doc) -> Iterable[list[int]]:
    """Token indices of each line of ``doc`` (a token holding a line break ends a line)."""
    line: list[int] = []
    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            if "\n" not in token.text:
                line.append(token.i)
            yield line
            line = []
        else:
            line.append(token.i)
    yield line


def _titled(doc: Doc, line: list[int]) -> bool:
    """Whether every content word of the line is capitalised, enough of them to be sure."""
    content = [doc[i] for i in line if doc[i].is_alpha and doc[i].lower_ not in _FUNCTION_WORDS]
    return len(content) >= _MIN_TITLED and all(t.text[0].isupper() for t in content)


def sentence_case(
    doc: Doc,
    known: Callable[[Doc], set[int]],
    domain: Callable[[], frozenset[str]] = frozenset,
) -> str | None:
    """The text of ``doc`` with its Title Case lines in sentence case, or None when it has no
    such line. ``known`` gives the indices of tokens that name something known; ``domain``,
    the words of the news that the lemma tables lack. Both are asked only once a headline is
    found, and the text is copied only then: most documents have none."""
    chars: list[str] | None = None
    names: set[int] = set()
    words: frozenset[str] = frozenset()
    changed = False
    for line in _lines(doc):
        if not _titled(doc, line):
            continue
        if chars is None:
            chars, names, words = list(doc.text), known(doc), domain()
        for i in line[1:]:  # the line's first word keeps its capital
            token = doc[i]
            if not token.is_alpha or i in names or token.text.isupper():
                continue
            if not token.text[0].isupper() or not common_word(token.lower_, words):
                continue  # already lower case, or a name the knowledge base lacks ("Zelensky")
            chars[token.idx] = token.text[0].lower()
            changed = True
    return "".join(chars) if chars is not None and changed else None


class HeadlineTokenizer:
    """A tokenizer that parses Title Case lines in sentence case (see the module's text); the
    text as written is kept in ``doc.user_data`` under :data:`ORIGINAL_KEY`."""

    def __init__(
        self,
        tokenizer: Callable[[str], Doc],
        known: Callable[[Doc], set[int]],
        domain: Callable[[], frozenset[str]] = frozenset,
    ):
        self.tokenizer = tokenizer
        self.known = known
        self.domain = domain

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        cased = sentence_case(doc, self.known, self.domain)
        if cased is None:
            return doc
        doc = self.tokenizer(cased)
        doc.user_data[ORIGINAL_KEY] = text
        return doc


def as_written(doc: Doc, start: int, end: int) -> str:
    """The characters ``start:end`` of ``doc`` as the text was written (its own text unless
    it was parsed from a sentence-cased copy). ``doc.text`` is rebuilt on every access: callers
    on a hot path check :func:`recased` first and slice their own spans otherwise."""
    original = doc.user_data.get(ORIGINAL_KEY)
    return (original if isinstance(original, str) else doc.text)[start:end]


def recased(doc: Doc) -> bool:
    """Whether ``doc`` was parsed from a sentence-cased copy of its text."""
    return isinstance(doc.user_data.get(ORIGINAL_KEY), str)
