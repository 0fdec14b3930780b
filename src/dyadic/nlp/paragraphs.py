"""A component that starts a new sentence after a paragraph break, before the parser runs.

spaCy's parser decides sentence boundaries itself and will run a sentence across a blank line
("Office of the Spokesperson\n\nThe United States ..."). Boundaries set before the parser are
kept, so this component marks the first token after any whitespace token holding a line break.
It also forbids a break after a word on the same line ("Vice Premier Liu He signed": the parser
would start a sentence at "He"): a sentence ends at punctuation or a line break.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

#: Characters a sentence may end with (closing quotes and brackets after them included).
_FINAL = frozenset(".!?;:…\"'”’)]")


@Language.component("dyadic_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Mark a sentence start after every whitespace token that contains a newline, and no start
    right after a word that ends no sentence."""
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if token.is_space and "\n" in token.text:
            following.is_sent_start = True
        elif (
            not token.is_space
            and token.text[-1] not in _FINAL
            and "\n" not in token.whitespace_
            and not following.is_space
        ):
            following.is_sent_start = False
    return doc
