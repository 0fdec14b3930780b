"""`dyadic train`: rebuild the ranker's weights from the project's sentences and the dev gold."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from dyadic.cli.app import app, err, fail, out
from dyadic.errors import DyadicError
from dyadic.evaluate.gold import read_class_tsv
from dyadic.evaluate.metrics import class_report
from dyadic.evaluate.run import default_gold_dir
from dyadic.events.ranker import MODEL_PATH
from dyadic.events.training import LabelledText, train_ranker
from dyadic.nlp import get_pipeline


@app.command("train")
def train_cmd(
    gold: Path | None = typer.Option(
        None,
        "--gold",
        help="A five-class gold TSV to train on too [default: the dev gold in ../shared].",
    ),
    no_gold: bool = typer.Option(False, "--no-gold", help="Train on the project's sentences only."),
    output: Path = typer.Option(MODEL_PATH, "-o", "--output", help="Where to write the weights."),
    folds: int = typer.Option(5, "--folds", min=2, help="Cross-validation folds on the gold."),
) -> None:
    """Train the event ranker; report cross-validated accuracy on the gold it trains on."""
    items: list[LabelledText] = []
    if not no_gold:
        path = gold
        if path is None:
            directory = default_gold_dir()
            path = directory / "cameo_class_train.tsv" if directory else None
        if path is None or not path.exists():
            err.print("no gold set found: training on the project's sentences only")
        else:
            try:
                items = [LabelledText(i.text, i.label, None) for i in read_class_tsv(path)]
            except DyadicError as exc:
                raise fail(str(exc)) from None
    report = train_ranker(get_pipeline(), gold=items, output=output, folds=folds)
    table = Table(title="ranker training")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("project sentences", str(report.n_project))
    table.add_row("gold sentences", str(report.n_gold))
    table.add_row("features", str(report.ranker.meta.get("n_features")))
    for name, cv in (
        (f"gold, {folds}-fold CV", report.cv),
        ("gold, trained on project sentences only", report.transfer),
    ):
        if cv is None:
            continue
        numbers = class_report(name, cv.labels, cv.classes)
        table.add_row(f"{name}: detection", f"{numbers.detection_rate:.3f}")
        table.add_row(f"{name}: five-class accuracy", f"{numbers.accuracy:.3f}")
        table.add_row(f"{name}: macro-F1", f"{numbers.macro_f1:.3f}")
    if report.false_events is not None and report.false_events.sentences:
        false = report.false_events
        name = f"false events on {false.sentences} project no-event sentences"
        table.add_row(f"{name}: rules only", f"{false.rules:.3f}")
        table.add_row(f"{name}: ranker, {folds}-fold CV", f"{false.ranker_cv:.3f}")
    a, b = report.ranker.calibration
    table.add_row("calibration (a, b)", f"{a:.3f}, {b:.3f}")
    out.print(table)
    err.print(f"weights written to {output}")
