"""A component that starts a new sentence after a paragraph break, before the parser runs.

spaCy's parser decides sentence boundaries itself and will run a sentence across a blank line
("Office of the Spokesperson\n\nThe United States ..."). Boundaries set before the parser are
kept, so this component marks the first token after any whitespace token holding a line break.
It also forbids a break after a word on the same line ("Vice Premier Liu He signed": the parser
would start a sentence at "He"): a sentence ends at punctuation or a line break.
"""

from __future__ import annotations

from typing import cast

import numpy as np
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

#: Characters a sentence may end with (closing quotes and brackets after them included).
_FINAL = frozenset(".!?;:…\"'”’)]")
#: SENT_START values as a Doc array holds them (-1, "no start here", wraps around in uint64).
_START, _NO_START = np.uint64(1), np.uint64(2**64 - 1)


@Language.component("dyadic_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Mark a sentence start after every whitespace token that contains a newline, and no start
    right after a word that ends no sentence (set as one array: token by token it is slow)."""
    if len(doc) < 2:
        return doc
    starts = np.asarray(doc.to_array([SENT_START]), dtype=np.uint64).reshape(-1, 1)
    for token in doc[:-1]:
        if token.is_space:
            if "\n" in token.text:
                starts[token.i + 1, 0] = _START
        elif (
            token.text[-1] not in _FINAL
            and "\n" not in token.whitespace_
            and not doc[token.i + 1].is_space
        ):
            starts[token.i + 1, 0] = _NO_START
    doc.from_array([SENT_START], cast(Ints2d, starts))
    return doc
