"""Splitting a long document into parts the parser can take, at paragraph boundaries.

spaCy's parser needs memory in proportion to the length of what it reads and refuses texts over
``nlp.max_length``; a scraped page can be a whole book or one endless line. The coder therefore
reads a document longer than its part size in parts, each ending at the last paragraph break
before the limit (else a line break, else a sentence end, else a space, else at the limit), and
joins the parts' events, quotes and sentences into one coded document.
"""

from __future__ import annotations

import re

#: Where a part may end, most preferred first: a paragraph break, a line break, a sentence end,
#: any white space.
_BREAKS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\n[ \t\r\f\v]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?][\"'”’)\]]*\s+"),
    re.compile(r"\s+"),
)


def split_parts(text: str, *, max_chars: int) -> list[tuple[int, int]]:
    """``(start, end)`` character spans that cover ``text`` in order, each at most ``max_chars``
    long, cut at the best break in the second half of each window (a part never ends inside a
    word unless a window holds no white space at all).

    Raises:
        ValueError: ``max_chars`` is below 2.
    """
    if max_chars < 2:
        raise ValueError(f"parts need at least 2 characters, not {max_chars}")
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > max_chars:
        end = _cut(text, start, start + max_chars)
        spans.append((start, end))
        start = end
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


def _cut(text: str, start: int, limit: int) -> int:
    """The end of the part that starts at ``start``: after the last break in the second half of
    ``text[start:limit]``, or ``limit`` when there is none."""
    low = start + (limit - start) // 2
    for pattern in _BREAKS:
        last = None
        for match in pattern.finditer(text, low, limit):
            last = match
        if last is not None and last.end() > start:
            return last.end()
    return limit
