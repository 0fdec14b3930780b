"""Training the ranker (``dyadic train``) and cross-validating it on the dev gold.

Training data: the project's own sentences (``dyadic/data/training/sentences.jsonl``, written
for Dyadic) and, when the developers' shared folder is present, the dev gold five-class set.
Numbers on the dev gold are always reported from k-fold cross-validation: each fold is coded by a
ranker that never saw it.
"""

from __future__ import annotations

import json
import logging
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span

from dyadic.events.codes import FIVE_CLASS_BY_ROOT
from dyadic.events.component import EventsComponent
from dyadic.events.ranker import (
    MODEL_PATH,
    NONE_CLASS,
    Example,
    Ranker,
    sentence_features,
    text_key,
    train,
)
from dyadic.model import Event
from dyadic.settings import DATA_DIR

logger = logging.getLogger(__name__)

TRAINING_SENTENCES = DATA_DIR / "training" / "sentences.jsonl"
NO_EVENT = -1


@dataclass(frozen=True, slots=True)
class LabelledText:
    """A text with its five-way label (5 = no event) and CAMEO root when known."""

    text: str
    five: int
    root: str | None
    weight: float = 1.0  # how much the sentence counts in training (``weight`` in the file)


@dataclass
class CrossValidation:
    """Out-of-fold predictions on a gold set, with the ranker of each fold."""

    labels: list[int]
    predictions: list[Prediction]
    folds: int = 5
    rankers: list[Ranker] = field(default_factory=list)
    fold_of: dict[str, int] = field(default_factory=dict)  # text key -> fold

    @property
    def classes(self) -> list[int]:
        return [p.five for p in self.predictions]

    def ranker_for(self, text: str) -> Ranker:
        """A ranker that never saw ``text`` (fold 0's when the text is not in the set)."""
        return self.rankers[self.fold_of.get(text_key(text), 0)]


def project_sentences(path: Path = TRAINING_SENTENCES) -> list[LabelledText]:
    """The project's training sentences."""
    items = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            code = record["cameo"]
            root = "none" if code == "none" else code[:2]
            five = NONE_CLASS if code == "none" else FIVE_CLASS_BY_ROOT[root]
            items.append(LabelledText(record["text"], five, root, float(record.get("weight", 1))))
    return items


def parse(nlp: Language, texts: Sequence[str], *, batch_size: int = 64) -> list[Doc]:
    """Parse texts with the full pipeline but without the ranker (rules only)."""
    component = events_component(nlp)
    saved, component.ranker = component.ranker, None
    try:
        return list(nlp.pipe(texts, batch_size=batch_size))
    finally:
        component.ranker = saved


def events_component(nlp: Language) -> EventsComponent:
    component = nlp.get_pipe("dyadic_events")
    assert isinstance(component, EventsComponent)
    return component


def examples(
    component: EventsComponent, docs: Sequence[Doc], items: Sequence[LabelledText]
) -> list[Example]:
    """Training examples: features of each whole text and its labels."""
    out = []
    for doc, item in zip(docs, items, strict=True):
        candidates = [c for _, _, found in component.candidates(doc) for c in found]
        candidates.sort(key=lambda c: -c.score)
        features = tuple(sentence_features(doc[:], candidates))
        out.append(Example(features, item.five, item.root, item.text, item.weight))
    return out


@dataclass(frozen=True, slots=True)
class Prediction:
    """The main event a text was coded with: its five-way class, root, ranking score, and the
    event itself with the others the same act gives (one per actor pair; for their spans)."""

    five: int
    root: str | None
    combined: float
    event: Event | None = None
    events: tuple[Event, ...] = ()


NOTHING = Prediction(NO_EVENT, None, -math.inf)


def predict(component: EventsComponent, ranker: Ranker | None, doc: Doc) -> Prediction:
    """The main event of a parsed text: the most confident candidate over its sentences, ranked
    by ``ranker`` (or by the rules alone when it is None)."""
    best = None
    where: tuple[int, Span] | None = None
    for index, sent, found in component.candidates(doc):
        for candidate in component.select(sent, found, ranker):
            if best is None or candidate.confidence > best.confidence:
                best, where = candidate, (index, sent)
    if best is None or where is None:
        return NOTHING
    events = tuple(component.events_of(doc, where[0], where[1], best))
    return Prediction(
        FIVE_CLASS_BY_ROOT[best.code[:2]],
        best.code[:2],
        best.combined,
        events[0] if events else None,
        events,
    )


def cross_validate(
    component: EventsComponent,
    docs: Sequence[Doc],
    items: Sequence[LabelledText],
    base: Sequence[Example],
    *,
    folds: int = 5,
    seed: int = 0,
    calibration: tuple[float, float] = (1.0, 0.0),
    settings: dict[str, Any] | None = None,
) -> CrossValidation:
    """Out-of-fold predictions: fold k is coded by a ranker trained on ``base`` plus the other
    folds."""
    settings = settings or {}
    gold_examples = examples(component, docs, items)
    fold_of = _fold_of(len(items), folds, seed)
    predictions = [NOTHING] * len(items)
    rankers = []
    for fold in range(folds):
        training = [*base, *(e for i, e in enumerate(gold_examples) if fold_of[i] != fold)]
        ranker = replace(train(training), calibration=calibration, **settings)
        rankers.append(ranker)
        for i, doc in enumerate(docs):
            if fold_of[i] == fold:
                predictions[i] = predict(component, ranker, doc)
        logger.info("fold %d/%d done", fold + 1, folds)
    keys = {text_key(item.text): fold_of[i] for i, item in enumerate(items)}
    return CrossValidation([item.five for item in items], predictions, folds, rankers, keys)


def fit_calibration(cv: CrossValidation) -> tuple[float, float]:
    """Platt scaling: P(main event's class is right) = sigmoid(a * combined + b)."""
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415  (training only)

    pairs = [(p.combined, int(p.five == g)) for g, p in zip(cv.labels, cv.predictions, strict=True)]
    pairs = [(c, y) for c, y in pairs if math.isfinite(c)]
    if len({y for _, y in pairs}) < 2:
        return 1.0, 0.0
    model = LogisticRegression(C=100.0).fit(
        np.array([[c] for c, _ in pairs]), [y for _, y in pairs]
    )
    return float(model.coef_[0][0]), float(model.intercept_[0])


@dataclass(frozen=True, slots=True)
class FalseEvents:
    """How often a sentence that reports no event gets one: the project's no-event sentences
    (opinion, statistics, sport, weather, business), by the rules alone and by rankers that
    never saw the sentence (k-fold over the project's sentences, the gold always in training)."""

    sentences: int
    rules: float
    ranker_cv: float


@dataclass
class TrainReport:
    """What ``dyadic train`` did and measured."""

    n_project: int
    n_gold: int
    cv: CrossValidation | None
    transfer: CrossValidation | None  # project sentences only -> dev gold
    ranker: Ranker
    path: Path | None
    false_events: FalseEvents | None = None


def _fold_of(n: int, folds: int, seed: int) -> dict[int, int]:
    """A seeded assignment of ``n`` items to ``folds`` folds of (nearly) equal size."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return {index: position % folds for position, index in enumerate(order)}


def false_events(
    component: EventsComponent,
    docs: Sequence[Doc],
    own: Sequence[Example],
    extra: Sequence[Example],
    *,
    folds: int = 5,
    seed: int = 0,
    calibration: tuple[float, float] = (1.0, 0.0),
) -> FalseEvents:
    """The false-event rate on the no-event sentences among ``docs`` (their training examples
    ``own``; see :class:`FalseEvents`); ``extra`` examples are in every fold's training set."""
    none = [i for i, example in enumerate(own) if example.five == NONE_CLASS]
    if not none:
        return FalseEvents(0, 0.0, 0.0)
    rules = sum(predict(component, None, docs[i]).five != NO_EVENT for i in none)
    fold_of = _fold_of(len(own), folds, seed)
    found = 0
    for fold in range(folds):
        training = [*extra, *(e for i, e in enumerate(own) if fold_of[i] != fold)]
        ranker = replace(train(training), calibration=calibration)
        found += sum(
            predict(component, ranker, docs[i]).five != NO_EVENT for i in none if fold_of[i] == fold
        )
    return FalseEvents(len(none), rules / len(none), found / len(none))


def train_ranker(
    nlp: Language,
    *,
    gold: Sequence[LabelledText] = (),
    output: Path | None = MODEL_PATH,
    folds: int = 5,
) -> TrainReport:
    """Train the ranker on the project sentences (+ ``gold``), cross-validate on ``gold``,
    calibrate confidences on the out-of-fold predictions, and save the weights."""
    component = events_component(nlp)
    project = project_sentences()
    project_docs = parse(nlp, [item.text for item in project])
    base = examples(component, project_docs, project)
    cv = transfer = None
    calibration = (1.0, 0.0)
    if gold:
        gold_docs = parse(nlp, [item.text for item in gold])
        transfer_ranker = train(base)
        transfer = CrossValidation(
            [g.five for g in gold], [predict(component, transfer_ranker, d) for d in gold_docs]
        )
        first = cross_validate(component, gold_docs, gold, base, folds=folds)
        calibration = fit_calibration(first)
        cv = cross_validate(component, gold_docs, gold, base, folds=folds, calibration=calibration)
        gold_examples = examples(component, gold_docs, gold)
        false = false_events(
            component, project_docs, base, gold_examples, folds=folds, calibration=calibration
        )
        base = [*base, *gold_examples]
    else:
        false = false_events(component, project_docs, base, (), folds=folds)
    ranker = replace(train(base), calibration=calibration)
    ranker.meta.update({"n_project": len(project), "n_gold": len(gold), "folds": folds})
    if output is not None:
        ranker.save(output)
    return TrainReport(len(project), len(gold), cv, transfer, ranker, output, false)


def overlaps_training(ranker: Ranker, texts: Sequence[str]) -> float:
    """Share of ``texts`` the ranker was trained on."""
    if not texts:
        return 0.0
    return sum(text_key(t) in ranker.trained_on for t in texts) / len(texts)
