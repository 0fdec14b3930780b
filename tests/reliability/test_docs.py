"""docs/RELIABILITY.md and docs/INPUTS.md state the limits the code has, and name the options."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadic.document import language
from dyadic.http.context import PAGE_CACHE_BYTES
from dyadic.ingest.fields import YEARS
from dyadic.pipeline import PART_CHARS

DOCS = Path(__file__).resolve().parents[2] / "docs"
RELIABILITY = (DOCS / "RELIABILITY.md").read_text(encoding="utf-8")
INPUTS = (DOCS / "INPUTS.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("value", "phrase"),
    [
        (PART_CHARS, "{:,} characters"),
        (language.MIN_LETTERS, "{} letters or more"),
        (language.MAX_ENGLISH_PROBABILITY, "under {:g}"),
        (PAGE_CACHE_BYTES // 2**20, "up to {} MB"),
        (YEARS, "outside the years {0[0]}-{0[1]}"),
    ],
)
def test_reliability_doc_numbers_match_the_code(value: object, phrase: str) -> None:
    text = " ".join(RELIABILITY.split())
    assert phrase.format(value) in text


@pytest.mark.parametrize(
    ("value", "phrase"),
    [
        (PART_CHARS, "longer than {:,} characters"),
        (language.MIN_LETTERS, "{} letters or more"),
        (YEARS, "outside the years {0[0]}-{0[1]}"),
    ],
)
def test_inputs_doc_numbers_match_the_code(value: object, phrase: str) -> None:
    assert phrase.format(value) in " ".join(INPUTS.split())


@pytest.mark.parametrize(
    "text",
    ["--rejects FILE", "OUT.rejects.jsonl", "make load", "--fresh 0.1", "--rate", "--tool wrk",
     "DYADIC_FUZZ_SCALE", "tests/store/test_resume.py", "test_openapi_fuzz.py"],
)  # fmt: skip
def test_reliability_doc_names_the_commands_and_tests(text: str) -> None:
    assert text in RELIABILITY


def test_every_reliability_test_file_is_named_in_the_doc() -> None:
    here = Path(__file__).resolve().parent
    for path in here.glob("test_*.py"):
        if path.name != "test_docs.py":
            assert path.name in RELIABILITY, path.name
