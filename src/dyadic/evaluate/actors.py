"""Actor country accuracy on the dev gold: hand-labelled source/target spans of cameo_ner_train.

``src/dyadic/data/eval/ner_span_countries.tsv`` holds, for a fixed random sample of the gold S/T/R
spans, the CAMEO country (or IGO code, or "-") a careful coder gives the actor; it stores positions
only, never the news text, which is read from ../shared at evaluation time.
"""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from dyadic.actors.mention import ActorMention
from dyadic.errors import UsageError
from dyadic.evaluate.gold import detokenise
from dyadic.settings import DATA_DIR

logger = logging.getLogger(__name__)

LABELS = DATA_DIR / "eval" / "ner_span_countries.tsv"
GOLD = Path("data") / "gold-dev" / "cameo_ner_train.txt"


@dataclass(frozen=True, slots=True)
class LabelledSpan:
    """One gold actor span and the code a coder expects for it."""

    sentence: int
    kind: str
    start: int  # CoNLL token indices, end exclusive
    end: int
    expected: tuple[str, ...]  # alternatives; ("-",) means no country


def read_labels(path: Path = LABELS) -> list[LabelledSpan]:
    """The hand labels (``#`` lines are comments)."""
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return [
            LabelledSpan(
                int(row["sentence"]),
                row["kind"],
                int(row["start"]),
                int(row["end"]),
                tuple(row["expected"].split("|")),
            )
            for row in rows
        ]


def read_sentences(path: Path) -> list[list[str]]:
    """The token lists of a CoNLL ``token tag`` file, one per blank-line-separated sentence."""
    sentences: list[list[str]] = []
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
            continue
        current.append(line.rpartition(" ")[0])
    if current:
        sentences.append(current)
    return sentences


def span_result(
    doc: Doc, char_start: int, char_end: int, expected: tuple[str, ...]
) -> tuple[bool, bool]:
    """(found, correct) for one labelled span: the mention overlapping it whose head lies inside
    it is judged (several mentions with that head count if any is right)."""
    overlapping = [
        m for m in doc._.actor_mentions or () if _overlaps(m.char_span(doc), (char_start, char_end))
    ]
    if not overlapping:
        return False, expected == ("-",)
    inside = [m for m in overlapping if char_start <= doc[m.head].idx < char_end] or overlapping
    ranked = sorted(inside, key=lambda m: (m.kind == "generic", -(m.end - m.start), m.start))
    best_head = ranked[0].head
    chosen = [m for m in ranked if m.head == best_head]
    return True, any(_matches(m, expected) for m in chosen)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _matches(mention: ActorMention, expected: tuple[str, ...]) -> bool:
    code = mention.actor.code or ""
    for want in expected:
        if want == "-":
            if mention.actor.country is None and not code.startswith(("IGO", "NGO")):
                return True
        elif want.startswith(("IGO", "NGO", "IMG")):
            if code.startswith(want) or (code.startswith(("IGO", "NGO")) and want.startswith(code)):
                return True
        elif mention.actor.country == want:
            return True
    return False


def evaluate_actor_countries(
    shared: Path, *, nlp: Language | None = None
) -> dict[str, float | int]:
    """Run the pipeline over the labelled sentences and score the actors' countries.

    Args:
        shared: the ../shared folder (holding data/gold-dev/cameo_ner_train.txt).
        nlp: the pipeline (default: Dyadic's own).

    Returns:
        ``spans`` labelled, ``with_country`` (expected a country or IGO), ``found`` (of those, spans
        with an overlapping mention), ``correct``; ``accuracy`` = correct / with_country,
        ``accuracy_found`` = correct / found, ``coverage`` = found / with_country; and for the spans
        labelled "-", ``no_country`` and ``no_country_correct`` (no country invented).

    Raises:
        UsageError: the gold file is missing.
    """
    path = shared / GOLD
    if not path.exists():
        raise UsageError(f"{path} not found: actor evaluation needs ../shared", stage="evaluate")
    if nlp is None:
        from dyadic.nlp import get_pipeline  # noqa: PLC0415  (loading spaCy only when asked)

        nlp = get_pipeline()
    labels = read_labels()
    sentences = read_sentences(path)
    wanted = sorted({label.sentence for label in labels})
    texts = {number: detokenise(sentences[number]) for number in wanted}
    docs: dict[int, Doc] = {}
    for number, doc in zip(wanted, nlp.pipe(texts[n][0] for n in wanted), strict=True):
        docs[number] = doc
    counts = {"with_country": 0, "found": 0, "correct": 0, "no_country": 0, "no_country_correct": 0}
    for label in labels:
        _text, offsets = texts[label.sentence]
        char_start, char_end = offsets[label.start][0], offsets[label.end - 1][1]
        found, correct = span_result(docs[label.sentence], char_start, char_end, label.expected)
        if label.expected == ("-",):
            counts["no_country"] += 1
            counts["no_country_correct"] += int(correct)
            continue
        counts["with_country"] += 1
        counts["found"] += int(found)
        counts["correct"] += int(correct)
    with_country = counts["with_country"] or 1
    result: dict[str, float | int] = {"spans": len(labels), **counts}
    result["accuracy"] = round(counts["correct"] / with_country, 4)
    result["accuracy_found"] = round(counts["correct"] / (counts["found"] or 1), 4)
    result["coverage"] = round(counts["found"] / with_country, 4)
    logger.info("actor countries: %s", result)
    return result
