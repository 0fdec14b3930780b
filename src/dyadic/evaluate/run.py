"""``dyadic eval``: every gold set found, evaluated with the pipeline as shipped.

Each five-class set is reported twice: by the rules alone, and by the rules with the learned
ranker. When the shipped ranker was trained on a set (the dev gold), its numbers come from k-fold
cross-validation instead, so that no sentence is coded by a model that saw it; span sets that
share sentences with such a set use, for each sentence, a fold ranker that never saw it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from dyadic.errors import UsageError
from dyadic.evaluate.actors import evaluate_actor_countries
from dyadic.evaluate.gold import (
    ClassItem,
    SpanItem,
    find_gold_sets,
    read_class_tsv,
    read_conll_spans,
)
from dyadic.evaluate.metrics import (
    ClassReport,
    SpanReport,
    calibration_numbers,
    class_report_from,
    span_report_from,
)
from dyadic.events.component import EventsComponent
from dyadic.events.ranker import Ranker
from dyadic.events.training import (
    NO_EVENT,
    CrossValidation,
    LabelledText,
    Prediction,
    cross_validate,
    events_component,
    examples,
    overlaps_training,
    parse,
    predict,
    project_sentences,
)
from dyadic.nlp import get_pipeline
from dyadic.settings import DATA_DIR, shared_dir

logger = logging.getLogger(__name__)

#: A gold set is cross-validated when at least this share of it was used to train the ranker.
CV_OVERLAP = 0.05
#: Title of the tables that set the main event's confidence against its class being right.
CALIBRATION_TABLE = "calibration (main event's confidence against its class being right)"


@dataclass
class EvalResult:
    """All reports of one ``dyadic eval`` run."""

    gold_dir: Path
    classes: list[ClassReport] = field(default_factory=list)
    spans: list[SpanReport] = field(default_factory=list)
    extra: dict[str, dict[str, float | int]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def default_gold_dir() -> Path | None:
    """The dev gold under ../shared/data/gold-dev, if present."""
    shared = shared_dir()
    if shared is None:
        return None
    path = shared / "data" / "gold-dev"
    return path if path.is_dir() else None


def run_eval(
    gold_dir: Path | None = None,
    *,
    limit: int | None = None,
    nlp: Language | None = None,
    folds: int = 5,
) -> EvalResult:
    """Evaluate on every gold set in ``gold_dir`` (default: the dev gold).

    Args:
        gold_dir: folder of ``*.tsv`` five-class sets and ``*.txt`` CoNLL span sets.
        limit: evaluate only the first N sentences of each set (for quick checks).
        folds: cross-validation folds for sets the ranker was trained on.

    Raises:
        UsageError: no gold folder was given or found.
    """
    directory = gold_dir or default_gold_dir()
    if directory is None or not directory.is_dir():
        raise UsageError(
            "no gold sets found: pass --gold DIR (the dev gold lives in ../shared/data/gold-dev)",
            stage="evaluate",
        )
    pipeline = nlp or get_pipeline()
    component = events_component(pipeline)
    ranker = component.ranker
    result = EvalResult(directory)
    class_sets: dict[str, list[ClassItem]] = {}
    span_sets: dict[str, list[SpanItem]] = {}
    for name, (kind, path) in find_gold_sets(directory).items():
        if kind == "class":
            class_sets[name] = read_class_tsv(path)[:limit]
        else:
            span_sets[name] = read_conll_spans(path)[:limit]
    validations: list[CrossValidation] = []
    for name, items in class_sets.items():
        logger.info("evaluating %s (%d sentences)", name, len(items))
        docs = parse(pipeline, [item.text for item in items])
        labels = [item.label for item in items]
        rules = [predict(component, None, doc) for doc in docs]
        result.classes.append(class_report_from(f"{name} · rules only", labels, rules))
        if ranker is None:
            result.notes.append("no ranker weights installed: rules only")
            continue
        texts = [item.text for item in items]
        if overlaps_training(ranker, texts) >= CV_OVERLAP:
            cv = _cross_validate(pipeline, ranker, docs, items, folds)
            validations.append(cv)
            row = f"{name} · rules + ranker, {folds}-fold CV"
            result.classes.append(class_report_from(row, labels, cv.predictions))
            result.extra[f"{CALIBRATION_TABLE}: {row}"] = calibration_numbers(
                labels, cv.predictions
            )
            result.notes.append(
                f"{name}: the shipped ranker was trained on this set; its row is {folds}-fold "
                "cross-validated (each sentence coded by a ranker that never saw it)"
            )
            if _is_dev(directory) and limit is None and name == AUDITED_SET:
                result.extra["label audit (100 dev sentences checked by hand)"] = audit_numbers(
                    labels, [p.five for p in cv.predictions], [r.five for r in rules]
                )
        else:
            shipped = [predict(component, ranker, doc) for doc in docs]
            row = f"{name} · rules + ranker"
            result.classes.append(class_report_from(row, labels, shipped))
            result.extra[f"{CALIBRATION_TABLE}: {row}"] = calibration_numbers(labels, shipped)
    for name, span_items in span_sets.items():
        logger.info("evaluating %s (%d sentences)", name, len(span_items))
        docs = parse(pipeline, [item.text for item in span_items])
        predictions = []
        for item, doc in zip(span_items, docs, strict=True):
            chosen: Ranker | None = ranker
            if ranker is not None and validations and overlaps_training(ranker, [item.text]):
                chosen = validations[0].ranker_for(item.text)
            predictions.append(predict(component, chosen, doc))
        result.spans.append(span_report_from(name, span_items, predictions))
        if _is_dev(directory) and limit is None and name == AUDITED_SPAN_SET:
            result.extra["target label audit (200 span sentences checked by hand)"] = (
                span_audit_numbers(name, span_items, predictions)
            )
    if limit is None:
        result.extra[NO_EVENT_TABLE] = no_event_numbers(pipeline, component, ranker)
    dev = default_gold_dir()
    if dev is not None and _is_dev(directory) and limit is None:
        # the project's hand labels of actor countries refer to the dev span set by position
        numbers = evaluate_actor_countries(dev.parent.parent, nlp=pipeline)
        result.extra["actors: countries of gold source/target spans (hand-labelled sample)"] = (
            numbers
        )
    return result


NO_EVENT_FILE = DATA_DIR / "eval" / "no_event_heldout.jsonl"
NO_EVENT_TABLE = "false events on held-out no-event sentences (never trained on)"


def no_event_numbers(
    pipeline: Language, component: EventsComponent, ranker: Ranker | None
) -> dict[str, float | int]:
    """How often a sentence that reports no event gets one, on the project's held-out set of
    no-event sentences (opinion, statistics, schedules, sport, business; written for Dyadic
    and kept out of the ranker's training data): by the rules alone and with the ranker."""
    texts = [
        json.loads(line)["text"]
        for line in NO_EVENT_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    docs = parse(pipeline, texts)
    numbers: dict[str, float | int] = {"sentences": len(texts)}
    rows = [("rules only", None)] + ([("rules + ranker", ranker)] if ranker is not None else [])
    for row, model in rows:
        given = [p for p in (predict(component, model, doc) for doc in docs) if p.five != NO_EVENT]
        numbers[f"share given an event, {row}"] = round(len(given) / max(len(texts), 1), 3)
        confidences = [p.event.confidence for p in given if p.event is not None]
        if model is not None and confidences:
            mean = sum(confidences) / len(confidences)
            numbers[f"mean confidence of those events, {row}"] = round(mean, 3)
    return numbers


AUDITED_SET = "cameo_class_train"
AUDIT_FILE = DATA_DIR / "eval" / "class_label_audit.tsv"


AUDITED_SPAN_SET = "cameo_ner_train"
SPAN_AUDIT_FILE = DATA_DIR / "eval" / "span_target_audit.tsv"


def span_audit_numbers(
    name: str, items: Sequence[SpanItem], predictions: Sequence[Prediction]
) -> dict[str, float | int]:
    """Target span F1 on the hand-audited sample of the span set, and on its sentences whose
    gold target follows the coding conventions (the audit's verdict "consistent": the target
    is the actor the event is directed at, not a place, a thing or another event)."""
    every, consistent = _audited(SPAN_AUDIT_FILE, verdict_column=1)
    sample, agreeing = (
        span_report_from(name, [items[i] for i in lines], [predictions[i] for i in lines])
        for lines in (every, consistent)
    )
    return {
        "sampled": len(every),
        "target labels contradicting the conventions": len(every) - len(consistent),
        "target F1 overlap, sample": sample.overlap["target"].f1,
        "target F1 overlap, consistent labels": agreeing.overlap["target"].f1,
        "target F1 exact, sample": sample.exact["target"].f1,
        "target F1 exact, consistent labels": agreeing.exact["target"].f1,
    }


def _audited(path: Path, *, verdict_column: int) -> tuple[list[int], list[int]]:
    """The sampled line numbers of a hand audit (a TSV whose first column is the number, after
    ``#`` comments and a header), and those whose verdict is "consistent"."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    every = [int(r[0]) for r in rows]
    consistent = [int(r[0]) for r in rows if r[verdict_column] == "consistent"]
    return every, consistent


def _is_dev(directory: Path) -> bool:
    dev = default_gold_dir()
    return dev is not None and directory.resolve() == dev.resolve()


def audit_numbers(
    labels: Sequence[int], ranked: Sequence[int], rules: Sequence[int]
) -> dict[str, float | int]:
    """Accuracy on the hand-audited sample of the dev set, and on its sentences whose gold label
    agrees with CAMEO's rules (the audit's verdict "consistent")."""
    every, consistent = _audited(AUDIT_FILE, verdict_column=4)

    def accuracy(predicted: Sequence[int], lines: list[int]) -> float:
        return sum(predicted[i] == labels[i] for i in lines) / len(lines) if lines else 0.0

    return {
        "sampled": len(every),
        "labels contradicting CAMEO": len(every) - len(consistent),
        "accuracy on the sample (ranker, CV)": accuracy(ranked, every),
        "accuracy on consistent labels (ranker, CV)": accuracy(ranked, consistent),
        "accuracy on consistent labels (rules only)": accuracy(rules, consistent),
    }


def _cross_validate(
    nlp: Language,
    ranker: Ranker,
    docs: Sequence[Doc],
    items: list[ClassItem],
    folds: int,
) -> CrossValidation:
    component = events_component(nlp)
    project = project_sentences()
    base = examples(component, parse(nlp, [p.text for p in project]), project)
    labelled = [LabelledText(item.text, item.label, None) for item in items]
    return cross_validate(
        component,
        docs,
        labelled,
        base,
        folds=folds,
        calibration=ranker.calibration,
        settings={
            "model_weight": ranker.model_weight,
            "min_class_probability": ranker.min_class_probability,
            "min_event_probability": ranker.min_event_probability,
        },
    )
