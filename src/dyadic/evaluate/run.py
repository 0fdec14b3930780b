"""``dyadic eval``: every gold set found, evaluated with the pipeline as shipped."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from dyadic.errors import UsageError
from dyadic.evaluate.gold import find_gold_sets, read_class_tsv, read_conll_spans
from dyadic.evaluate.metrics import ClassReport, SpanReport, evaluate_classes, evaluate_spans
from dyadic.nlp import get_pipeline
from dyadic.settings import shared_dir

logger = logging.getLogger(__name__)


@dataclass
class EvalResult:
    """All reports of one ``dyadic eval`` run."""

    gold_dir: Path
    classes: list[ClassReport] = field(default_factory=list)
    spans: list[SpanReport] = field(default_factory=list)
    extra: dict[str, dict[str, float | int]] = field(default_factory=dict)


def default_gold_dir() -> Path | None:
    """The dev gold under ../shared/data/gold-dev, if present."""
    shared = shared_dir()
    if shared is None:
        return None
    path = shared / "data" / "gold-dev"
    return path if path.is_dir() else None


def run_eval(
    gold_dir: Path | None = None, *, limit: int | None = None, nlp: Language | None = None
) -> EvalResult:
    """Evaluate on every gold set in ``gold_dir`` (default: the dev gold).

    Args:
        gold_dir: folder of ``*.tsv`` five-class sets and ``*.txt`` CoNLL span sets.
        limit: evaluate only the first N sentences of each set (for quick checks).

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
    result = EvalResult(directory)
    for name, (kind, path) in find_gold_sets(directory).items():
        logger.info("evaluating %s (%s)", name, kind)
        if kind == "class":
            items = read_class_tsv(path)[:limit]
            result.classes.append(evaluate_classes(name, items, nlp=pipeline))
        else:
            span_items = read_conll_spans(path)[:limit]
            result.spans.append(evaluate_spans(name, span_items, nlp=pipeline))
    return result
