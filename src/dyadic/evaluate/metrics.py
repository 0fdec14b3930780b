"""Accuracy on gold sets: event detection, five-class accuracy and macro-F1, span P/R/F1."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from dyadic.evaluate.gold import SpanItem
from dyadic.events.codes import quad_class
from dyadic.events.training import Prediction
from dyadic.model import Event

NO_EVENT = -1


@dataclass
class ClassReport:
    """Five-class results on one gold set."""

    name: str
    n: int
    detected: int
    correct: int
    correct_detected: int
    macro_f1: float
    per_class: dict[int, dict[str, float]]
    confusion: dict[int, Counter[int]]
    per_root: dict[str, Counter[int]]
    per_quad: dict[int, Counter[int]]
    predictions: list[int] = field(repr=False, default_factory=list)

    @property
    def detection_rate(self) -> float:
        return self.detected / self.n if self.n else 0.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    @property
    def accuracy_detected(self) -> float:
        return self.correct_detected / self.detected if self.detected else 0.0


@dataclass
class SpanScores:
    """Precision, recall and F1 of predicted spans against gold spans."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class SpanReport:
    """Source/target span results on one gold set."""

    name: str
    n: int
    detected: int
    exact: dict[str, SpanScores]
    overlap: dict[str, SpanScores]

    @property
    def detection_rate(self) -> float:
        return self.detected / self.n if self.n else 0.0


def main_event(events: Sequence[Event]) -> Event | None:
    """The event a sentence is chiefly about: the most confident one (first on ties)."""
    best: Event | None = None
    for event in events:
        if best is None or event.confidence > best.confidence:
            best = event
    return best


def class_report_from(
    name: str, labels: Sequence[int], predictions: Sequence[Prediction]
) -> ClassReport:
    """Five-class metrics, per predicted root and quad class, from main-event predictions."""
    per_root: dict[str, Counter[int]] = {}
    per_quad: dict[int, Counter[int]] = {}
    for label, prediction in zip(labels, predictions, strict=True):
        if prediction.root is None:
            continue
        per_root.setdefault(prediction.root, Counter())[label] += 1
        per_quad.setdefault(quad_class(prediction.root + "0"), Counter())[label] += 1
    return class_report(
        name, labels, [p.five for p in predictions], per_root=per_root, per_quad=per_quad
    )


def class_report(
    name: str,
    gold: Sequence[int],
    predictions: Sequence[int],
    *,
    per_root: dict[str, Counter[int]] | None = None,
    per_quad: dict[int, Counter[int]] | None = None,
) -> ClassReport:
    """Metrics from gold labels and predictions (``NO_EVENT`` where nothing was coded)."""
    confusion: dict[int, Counter[int]] = {label: Counter() for label in range(5)}
    for g, p in zip(gold, predictions, strict=True):
        confusion[g][p] += 1
    per_class = {}
    f1s = []
    for label in range(5):
        tp = confusion[label][label]
        predicted = sum(confusion[g][label] for g in range(5))
        actual = sum(confusion[label].values())
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {"precision": precision, "recall": recall, "f1": f1, "support": actual}
        f1s.append(f1)
    detected = sum(p != NO_EVENT for p in predictions)
    correct = sum(g == p for g, p in zip(gold, predictions, strict=True))
    return ClassReport(
        name=name,
        n=len(gold),
        detected=detected,
        correct=correct,
        correct_detected=correct,
        macro_f1=sum(f1s) / len(f1s),
        per_class=per_class,
        confusion=confusion,
        per_root=per_root or {},
        per_quad=per_quad or {},
        predictions=list(predictions),
    )


#: Upper edges of the confidence bins of the calibration table.
CALIBRATION_BINS = (0.2, 0.4, 0.6, 0.8, 1.0)


def calibration_numbers(
    labels: Sequence[int], predictions: Sequence[Prediction]
) -> dict[str, float | int]:
    """How well the main event's confidence matches how often its five-way class is right.

    Over the sentences given an event: the Brier score, the expected calibration error (the
    events' share in each bin times the gap between the bin's mean confidence and its share of
    right classes, summed), and per bin the number of events, their mean confidence and the
    share right."""
    pairs = [
        (p.event.confidence, float(p.five == label))
        for label, p in zip(labels, predictions, strict=True)
        if p.event is not None
    ]
    numbers: dict[str, float | int] = {"events": len(pairs)}
    if not pairs:
        return numbers
    numbers["Brier score"] = round(sum((c - right) ** 2 for c, right in pairs) / len(pairs), 4)
    gap = 0.0
    rows: dict[str, float | int] = {}
    low = 0.0
    for high in CALIBRATION_BINS:
        inside = [(c, r) for c, r in pairs if low <= c < high or (high == 1.0 and c == 1.0)]
        label = f"confidence {low:.1f}-{high:.1f}"
        rows[f"{label}: events"] = len(inside)
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            share = sum(r for _, r in inside) / len(inside)
            rows[f"{label}: mean confidence"] = round(mean, 3)
            rows[f"{label}: share right"] = round(share, 3)
            gap += len(inside) / len(pairs) * abs(mean - share)
        low = high
    numbers["expected calibration error"] = round(gap, 4)
    return numbers | rows


def span_report_from(
    name: str, items: Sequence[SpanItem], predictions: Sequence[Prediction]
) -> SpanReport:
    """Compare the main act's source and target spans with the gold S/T (R counts as both).

    The main act is coded as one event per actor pair ("Britain and Germany condemned Iran":
    two events), so its spans are those of all its events, each once; each gold span is matched
    at most once. Both directions of a symmetric act count ("Russia met China": each is source
    and target, as the gold's R spans say), except between the conjuncts of one phrase
    ("Russia and China met"), which the gold marks as one R span."""
    exact = {"source": SpanScores(), "target": SpanScores()}
    overlap = {"source": SpanScores(), "target": SpanScores()}
    detected = 0
    for item, prediction in zip(items, predictions, strict=True):
        detected += prediction.event is not None
        spans = _act_spans(prediction, item.text)
        for role, letter in (("source", "S"), ("target", "T")):
            gold = item.role_spans(letter)
            for scores, match in ((exact[role], _exact), (overlap[role], _overlaps)):
                scores.gold += len(gold)
                scores.predicted += len(spans[role])
                unmatched = list(gold)
                for predicted in spans[role]:
                    hit = next((g for g in unmatched if match(predicted, g, item.text)), None)
                    if hit is not None:
                        unmatched.remove(hit)
                        scores.tp += 1
    return SpanReport(name, len(items), detected, exact, overlap)


def _act_spans(prediction: Prediction, text: str) -> dict[str, list[tuple[int, int]]]:
    """The distinct source and target spans of the main act's events; the reverse direction of
    a symmetric event between conjuncts ("X and Y met") adds none."""
    events = prediction.events or ((prediction.event,) if prediction.event else ())
    spans: dict[str, list[tuple[int, int]]] = {"source": [], "target": []}
    pairs: set[tuple[object, object]] = set()
    for event in events:
        pair = (event.evidence.source, event.evidence.target)
        if pair[::-1] in pairs and _conjuncts(text, *pair):
            continue  # "X and Y met": Y -> X is X -> Y read backwards
        pairs.add(pair)
        for role, span in zip(("source", "target"), pair, strict=True):
            if span is not None and span not in spans[role]:
                spans[role].append(span)
    return spans


_CONJUNCTION = re.compile(r"\s*(?:,|and|&|, and)?\s*(?:the\s*)?", re.IGNORECASE)


def _conjuncts(text: str, a: object, b: object) -> bool:
    """Whether two spans are joined by no more than a conjunction ("Russia and China")."""
    if not (isinstance(a, tuple) and isinstance(b, tuple)):
        return True
    first, second = sorted((a, b))
    return _CONJUNCTION.fullmatch(text[first[1] : second[0]]) is not None


_LEADING = ("the ", "a ", "an ")


def _exact(predicted: tuple[int, int], gold: tuple[int, int], text: str) -> bool:
    """Same span, ignoring a leading article and trailing punctuation on either side."""
    return _norm(text[predicted[0] : predicted[1]]) == _norm(text[gold[0] : gold[1]])


def _norm(span: str) -> str:
    span = span.strip().strip(",.;:").lower()
    for article in _LEADING:
        if span.startswith(article):
            span = span[len(article) :]
    return span


def _overlaps(predicted: tuple[int, int], gold: tuple[int, int], text: str) -> bool:
    return predicted[0] < gold[1] and gold[0] < predicted[1]
