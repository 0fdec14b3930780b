"""The hand audits shipped with the evaluation: well formed, complete, and free of gold text."""

from __future__ import annotations

import json
import random
from pathlib import Path

from dyadic.evaluate.run import AUDIT_FILE, NO_EVENT_FILE, SPAN_AUDIT_FILE
from dyadic.settings import DATA_DIR

SPAN_VERDICTS = {"consistent", "non_actor", "missing", "spurious", "other_event"}


def _table(path: Path) -> tuple[list[str], list[list[str]]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
    rows = [line.split("\t") for line in lines if not line.startswith("#")]
    return rows[0], rows[1:]


def test_span_audit_covers_its_documented_sample() -> None:
    header, rows = _table(SPAN_AUDIT_FILE)
    assert header == ["index", "verdict", "reason"]
    first = random.Random(101).sample(range(1153), 100)
    rest = [i for i in range(1153) if i not in set(first)]
    second = random.Random(202).sample(rest, 100)
    assert sorted(int(r[0]) for r in rows) == sorted(first + second)
    assert {r[1] for r in rows} <= SPAN_VERDICTS
    assert all(0 < len(r[2]) < 160 for r in rows)  # a paraphrased reason, not a sentence


def test_class_audit_has_a_hundred_verdicts() -> None:
    _, rows = _table(AUDIT_FILE)
    assert len(rows) == 100


def test_held_out_no_event_sentences_are_kept_out_of_training() -> None:
    held = [json.loads(line) for line in NO_EVENT_FILE.read_text(encoding="utf-8").splitlines()]
    training_path = DATA_DIR / "training" / "sentences.jsonl"
    training = {
        json.loads(line)["text"] for line in training_path.read_text(encoding="utf-8").splitlines()
    }
    assert len(held) >= 80
    assert all(row["cameo"] == "none" and row["source"] is None for row in held)
    assert not {row["text"] for row in held} & training
