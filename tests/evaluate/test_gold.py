"""Reading the gold sets: CoNLL tokens become the sentence as news prints it, spans follow."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadic.evaluate.gold import detokenise, read_conll_spans
from dyadic.events.ranker import text_key


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        (["Japan", "’", "s", "Crown", "Prince"], "Japan’s Crown Prince"),
        (["the", "rebel", "-", "held", "city"], "the rebel-held city"),
        (["the", "U.N.", "-", "backed", "government"], "the U.N.-backed government"),
        (["the", "United", "States", "-", "-", "something"], "the United States - - something"),
        (["$", "22.", "5", "million"], "$22.5 million"),
        (["$", "22", ".", "5", "million"], "$22.5 million"),
        (["USD", "88", ",", "550", ",", "000"], "USD 88,550,000"),
        (["in", "2017", ",", "5", "people"], "in 2017, 5 people"),
        (["calling", "it", "“", "dangerous", "”", "and"], "calling it “dangerous” and"),
        (["Russia", "'s", "army", "said", "."], "Russia's army said."),
    ],
)
def test_detokenise_restores_the_printed_sentence(tokens: list[str], text: str) -> None:
    rebuilt, offsets = detokenise(tokens)
    assert rebuilt == text
    assert [rebuilt[start:end] for start, end in offsets] == tokens


def test_spans_keep_their_tokens_after_joining(tmp_path: Path) -> None:
    conll = tmp_path / "gold.txt"
    rows = [
        ("Japan", "B-T"), ("’", "I-T"), ("s", "I-T"), ("envoy", "I-T"), ("met", "O"),
        ("rebel", "B-S"), ("-", "I-S"), ("held", "I-S"), ("towns", "I-S"), (".", "O"),
    ]  # fmt: skip
    conll.write_text("\n".join(f"{t} {tag}" for t, tag in rows) + "\n\n", encoding="utf-8")
    (item,) = read_conll_spans(conll)
    assert item.text == "Japan’s envoy met rebel-held towns."
    assert [item.text[s:e] for s, e in item.role_spans("T")] == ["Japan’s envoy"]
    assert [item.text[s:e] for s, e in item.role_spans("S")] == ["rebel-held towns"]


def test_a_sentence_spaced_or_quoted_differently_is_the_same_training_text() -> None:
    printed = "The Taliban rejected talks with the “puppet regime”, it said."
    tokenised = "The Taliban rejected talks with the “ puppet regime ” , it said ."
    assert text_key(printed) == text_key(tokenised)
    assert text_key(printed) != text_key("The Taliban accepted talks with the puppet regime.")
