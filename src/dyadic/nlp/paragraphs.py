"""A component that starts a new sentence after a paragraph break, before the parser runs.

spaCy's parser decides sentence boundaries itself and will run a sentence across a blank line
("Office of the Spokesperson\n\nThe United States ..."). Boundaries set before the parser are
kept, so this component marks the first token after any whitespace token holding a line break.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("dyadic_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Mark a sentence start after every whitespace token that contains a newline."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc
