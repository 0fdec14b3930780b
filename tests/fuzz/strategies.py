"""Hypothesis strategies for fuzzing: news-like text made of the pieces parsers key on
(datelines, dates, quotes, capitals, punctuation) mixed with arbitrary Unicode."""

from __future__ import annotations

import datetime as dt
import json
import os

from hypothesis import strategies as st

#: Fragments the dateline, date, quote and event rules look for, so that generated text reaches
#: deep into them instead of failing the first check.
PIECES = (
    "MOSCOW", "GENEVA (AP) —", "KYIV, Ukraine, Feb 24 (AFP) -", "Brussels, 16 June (AFP) -",
    "(CNN) —", "MOSCOW, June 16. /TASS/.", "date 2021-06-16 Brussels, (UrduPoint / Pakistan "
    "Point News - 16th Jun, 2021 ) :", "Wednesday, January 23, 2019", "on Monday", "last week",
    "next month", "in June", "three days ago", "yesterday", "2021-06-16", "June 16", "16 June",
    "31 February", "February 30, 2021", "in 2014", "since March", "Russia", "Ukraine",
    "the European Union", "Joe Biden", "Putin", "NATO", "Brussels", "Geneva", "the Kremlin",
    "said", "met", "accused", "imposed sanctions on", "attacked", "vowed to", "would", "not",
    "\"", "“", "”", "'", ",", ".", ";", ":", "—", "-", "(", ")", "/", "\n", "\n\n", " ", "  ",
    "\t", "\u00a0", "\u2028", "\ufeff", "\x00", "\x1b", "\ud7ff", "😀", "ﬁ", "İ", "ß",
)  # fmt: skip

#: Examples per fuzz test: modest in CI; ``DYADIC_FUZZ_SCALE=50`` for a deep run.
SCALE = float(os.environ.get("DYADIC_FUZZ_SCALE", "1"))


def examples(n: int) -> int:
    """``n`` examples times the fuzz scale."""
    return max(1, round(n * SCALE))


pieces = st.sampled_from(PIECES)
news_text = st.lists(st.one_of(pieces, pieces, st.text(max_size=12)), max_size=40).map(" ".join)
any_date = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
news_date = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | news_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                               max_size=4),
    max_leaves=12,
)  # fmt: skip
record_fields = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=20), st.integers(), st.none()),
        "text": st.one_of(news_text, st.text(), json_values),
        "date": st.one_of(st.text(max_size=20), st.dates().map(str), json_values),
        "title": json_values,
        "source": json_values,
        "url": json_values,
    },
)


def jsonl_bytes(records: list[object], junk: list[bytes]) -> bytes:
    """JSON lines with junk lines among them."""
    lines = [json.dumps(r).encode() for r in records]
    for i, line in enumerate(junk):
        lines.insert(min(i * 2, len(lines)), line)
    return b"\n".join(lines)
