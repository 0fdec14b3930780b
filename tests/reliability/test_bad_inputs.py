"""The bad-input suite: a folder of every kind of garbage among good documents is coded with no
crash; every bad input is rejected with its reason (in ``rejects.jsonl`` and the store's rejects
table), every good one is coded, and documents in = coded + rejected."""

from __future__ import annotations

import itertools
import json
import re
from collections import defaultdict
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language
from typer.testing import CliRunner

from dyadic.cli import app
from dyadic.document.parts import split_parts
from dyadic.ingest import read_inputs
from dyadic.ingest.record import RawDocument
from dyadic.model import Document, Reject
from dyadic.pipeline import PART_CHARS, Coder
from dyadic.store import Store
from tests.reliability.corpus import story, write_bad_inputs
from tests.store.test_resume import ACTIONS, ACTORS

runner = CliRunner()
CHINESE = (
    "中国外交部星期一表示，将对美国的制裁采取反制措施。"
    "发言人说，中方坚决反对任何干涉中国内政的行为。"
)
SUMMARY = re.compile(r"documents in: (\d+) = coded (\d+) \+ rejected (\d+)")


def _position(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)  # type: ignore[call-overload]


def _matches(reasons: list[str], wanted: tuple[str, ...], maybe: tuple[str, ...]) -> bool:
    """Every wanted substring matches its own reason; the reasons left over match ``maybe``."""
    left = list(reasons)
    for part in wanted:
        hit = next((r for r in left if part in r), None)
        if hit is None:
            return False
        left.remove(hit)
    return all(any(m in r for m in maybe) for r in left)


def test_bad_input_folder_codes_the_good_and_rejects_the_bad(nlp: Language, tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    expected = write_bad_inputs(folder)
    out, db = tmp_path / "events.jsonl", tmp_path / "store.duckdb"

    result = runner.invoke(app, ["code", str(folder), "-o", str(out), "--db", str(db), "-q"])

    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 1, result.output  # some inputs rejected, the rest coded
    assert "Traceback" not in result.output
    documents = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    rejects_file = tmp_path / "events.rejects.jsonl"
    rejects = [json.loads(line) for line in rejects_file.read_text(encoding="utf-8").splitlines()]
    found = SUMMARY.search(" ".join(result.output.split()))
    assert found, result.output
    total, coded, rejected = (int(n) for n in found.groups())
    assert total == coded + rejected
    assert (coded, rejected) == (len(documents), len(rejects))

    coded_by_file: dict[str, list[str]] = defaultdict(list)
    for name, want in expected.items():
        for doc_id in want.coded:
            coded_by_file[name].append(doc_id)
    owner = {doc_id: name for name, ids in coded_by_file.items() for doc_id in ids}
    seen_ids: dict[str, list[str]] = defaultdict(list)
    for document in documents:
        seen_ids[owner[document["doc_id"]]].append(document["doc_id"])
    reasons: dict[str, list[str]] = defaultdict(list)
    for reject in rejects:
        assert reject["reason"].strip() and reject["stage"], reject
        reasons[Path(reject["input"]).name].append(reject["reason"])
    assert set(reasons) <= set(expected), sorted(set(reasons) - set(expected))

    for name, want in expected.items():
        got = seen_ids.get(name, [])
        if want.prefix:
            assert got and got == list(want.coded[: len(got)]), (name, got)
        else:
            assert got == list(want.coded), (name, got)
        assert _matches(reasons.get(name, []), want.rejected, want.maybe), (name, reasons[name])

    with Store(db, read_only=True) as store:
        table = store.rejects_frame()
        stored_ids = set(store.documents_frame()["doc_id"])
    in_file = {(r["input"], _position(r["position"]), r["reason"], r["stage"]) for r in rejects}
    in_table = {
        (row.input, _position(row.position), row.reason, row.stage) for row in table.itertuples()
    }
    assert in_file == in_table
    assert stored_ids == {d["doc_id"] for d in documents}


def test_long_single_line_is_coded_in_parts_with_offsets_into_the_whole_text(
    nlp: Language, tmp_path: Path
) -> None:
    text = " ".join(story(i) for i in range(60)) * 14  # one line, no paragraph breaks
    assert len(text) > 2 * PART_CHARS
    result = Coder().code_one(RawDocument(doc_id="long", text=text, published="2022-03-01"))

    assert isinstance(result, Document)
    assert result.text == text
    assert result.sentences[-1][1] <= len(text)
    assert max(e.evidence.trigger[1] for e in result.events if e.evidence.trigger) > 2 * PART_CHARS
    for event in result.events:
        start, end = result.sentences[event.sentence_index]
        assert event.evidence.trigger is not None
        assert start <= event.evidence.trigger[0] < event.evidence.trigger[1] <= end
        assert text[start:end].strip() == event.sentence


def _distinct_paragraphs() -> str:
    paragraphs = []
    for i, source in enumerate(ACTORS):
        for j, action in enumerate(ACTIONS):
            target = ACTORS[(i + j + 1) % len(ACTORS)]
            if target != source:
                act = action.format(b=target.replace("The ", "the "))
                paragraphs.append(f"{source} {act} on Monday, officials said.")
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize("part_chars", [300, 700, 2000])
def test_document_coded_in_parts_equals_the_document_coded_whole(
    nlp: Language, part_chars: int
) -> None:
    text = _distinct_paragraphs()
    raw = RawDocument(doc_id="d", text=text, published="2022-01-03")
    whole = Coder().code_one(raw)
    parts = Coder(part_chars=part_chars).code_one(raw)
    assert isinstance(whole, Document) and isinstance(parts, Document)
    assert len(whole.events) > 40
    assert parts.sentences == whole.sentences
    assert parts.events == whole.events
    assert parts.quotes == whole.quotes


def test_50mb_document_is_read_whole_and_split_at_paragraphs_under_the_part_size(
    tmp_path: Path,
) -> None:
    paragraph = " ".join(story(i) for i in range(8))
    count = 50 * 1024 * 1024 // (len(paragraph) + 2) + 1
    path = tmp_path / "book.txt"
    path.write_text("\n\n".join([paragraph] * count), encoding="utf-8")
    assert path.stat().st_size >= 50 * 1024 * 1024

    (item,) = read_inputs([str(path)])

    assert isinstance(item, RawDocument), item
    spans = split_parts(item.text, max_chars=PART_CHARS)
    assert spans[0][0] == 0 and spans[-1][1] == len(item.text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(0 < end - start <= PART_CHARS for start, end in spans)
    assert all(item.text[end - 2 : end] == "\n\n" for _, end in spans[:-1])


@pytest.mark.slow
def test_document_over_spacy_max_length_is_coded_not_rejected(nlp: Language) -> None:
    paragraph = " ".join(story(i) for i in range(8))
    text = "\n\n".join([paragraph] * (1_100_000 // len(paragraph)))
    assert len(text) > nlp.max_length
    result = Coder().code_one(RawDocument(doc_id="big", text=text, published="2022-03-01"))
    assert isinstance(result, Document), result
    assert result.sentences[-1][1] > len(text) - len(paragraph) - 2


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty document"),
        ("Die Regierung in Berlin hat am Montag neue Sanktionen beschlossen. " * 4, "not English"),
        (CHINESE * 3, "not English"),
    ],
)  # fmt: skip
def test_code_text_refuses_bad_text_with_a_reason(nlp: Language, text: str, reason: str) -> None:
    from dyadic.api import code_text
    from dyadic.errors import InputError

    with pytest.raises(InputError, match=reason):
        code_text(text)


def test_english_with_foreign_names_and_quotes_is_coded(nlp: Language) -> None:
    text = (
        "Chancellor Olaf Scholz met President Emmanuel Macron in Berlin on Monday. "
        "'Wir schaffen das,' he said, quoting Angela Merkel, before the two leaders criticised "
        "Russia over the attacks on Ukraine. Macron added: 'Nous sommes unis.'"
    )
    from dyadic.api import code_text

    document = code_text(text, date="2022-03-07")
    assert document.events


def test_rejects_carry_input_position_reason_and_stage() -> None:
    items = list(read_inputs([str(Path("/no/such/file.txt"))]))
    (reject,) = items
    assert isinstance(reject, Reject)
    assert reject.to_dict() == {
        "input": "/no/such/file.txt",
        "position": None,
        "reason": "no such file or folder",
        "stage": "ingest",
        "doc_id": None,
    }
