"""`dyadic eval`: accuracy on the gold sets it can find."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from dyadic.cli.app import app, fail, out
from dyadic.errors import DyadicError
from dyadic.evaluate.metrics import ClassReport, SpanReport
from dyadic.evaluate.run import EvalResult, run_eval
from dyadic.events.codes import FIVE_CLASS_BY_ROOT, FIVE_CLASS_NAMES, QUAD_CLASS_NAMES


@app.command("eval")
def eval_cmd(
    gold: Path | None = typer.Option(
        None, "--gold", help="Folder of gold sets [default: ../shared/data/gold-dev]."
    ),
    limit: int | None = typer.Option(None, "--limit", min=1, help="First N sentences per set."),
    as_json: bool = typer.Option(False, "--json", help="Print the numbers as JSON."),
    details: bool = typer.Option(
        True, "--details/--no-details", help="Per-root and confusion tables."
    ),
) -> None:
    """Accuracy on gold sets: event detection, five-class accuracy and macro-F1, source/target
    span precision/recall/F1, per root and per quad class, with a confusion matrix."""
    try:
        result = run_eval(gold, limit=limit)
    except DyadicError as exc:
        raise fail(str(exc)) from None
    if as_json:
        out.print_json(json.dumps(result_to_dict(result)))
        return
    print_result(result, details=details)


def result_to_dict(result: EvalResult) -> dict[str, object]:
    """The numbers of an eval run as plain data."""
    return {
        "gold_dir": str(result.gold_dir),
        "classes": [
            {
                "set": r.name, "n": r.n, "detection_rate": r.detection_rate,
                "accuracy": r.accuracy, "accuracy_detected": r.accuracy_detected,
                "macro_f1": r.macro_f1,
                "per_class": {str(k): v for k, v in r.per_class.items()},
            }
            for r in result.classes
        ],
        "spans": [
            {
                "set": r.name, "n": r.n, "detection_rate": r.detection_rate,
                **{
                    f"{role}_{kind}_{m}": getattr(getattr(r, kind)[role], m)
                    for role in ("source", "target") for kind in ("exact", "overlap")
                    for m in ("precision", "recall", "f1")
                },
            }
            for r in result.spans
        ],
        "extra": result.extra,
        "notes": result.notes,
    }  # fmt: skip


def print_result(result: EvalResult, *, details: bool = True) -> None:
    """Tables for an eval run."""
    out.print(f"[bold]Gold sets in {result.gold_dir}[/]")
    for note in result.notes:
        out.print(f"note: {note}")
    for report in result.classes:
        _print_class_report(report, details=details)
    for span_report in result.spans:
        _print_span_report(span_report)
    for name, numbers in result.extra.items():
        table = Table(title=name)
        table.add_column("measure")
        table.add_column("value", justify="right")
        for key, value in numbers.items():
            table.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
        out.print(table)


def _print_class_report(r: ClassReport, *, details: bool) -> None:
    table = Table(title=f"{r.name}: five-class ({r.n} sentences)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("event detection rate", f"{r.detection_rate:.3f}")
    table.add_row("five-class accuracy (all sentences)", f"{r.accuracy:.3f}")
    table.add_row("five-class accuracy (sentences with an event)", f"{r.accuracy_detected:.3f}")
    table.add_row("macro-F1", f"{r.macro_f1:.3f}")
    out.print(table)
    per_class = Table(title="per class")
    for column in ("class", "name", "precision", "recall", "F1", "support"):
        per_class.add_column(column, justify="right" if column != "name" else "left")
    for label, m in r.per_class.items():
        per_class.add_row(
            str(label), FIVE_CLASS_NAMES[label], f"{m['precision']:.3f}", f"{m['recall']:.3f}",
            f"{m['f1']:.3f}", str(int(m["support"])),
        )  # fmt: skip
    out.print(per_class)
    if not details:
        return
    confusion = Table(title="confusion (rows gold, columns predicted; - = no event)")
    confusion.add_column("gold")
    for label in (*range(5), -1):
        confusion.add_column(str(label) if label >= 0 else "-", justify="right")
    for label in range(5):
        row = r.confusion[label]
        confusion.add_row(str(label), *(str(row[p]) for p in (*range(5), -1)))
    out.print(confusion)
    roots = Table(title="by predicted CAMEO root: gold classes of its sentences")
    roots.add_column("root")
    roots.add_column("n", justify="right")
    roots.add_column("agree", justify="right")
    for label in range(5):
        roots.add_column(f"gold {label}", justify="right")
    for root, counts in sorted(r.per_root.items()):
        n = sum(counts.values())
        agree = counts[FIVE_CLASS_BY_ROOT[root]] / n if n else 0.0
        roots.add_row(root, str(n), f"{agree:.2f}", *(str(counts[g]) for g in range(5)))
    out.print(roots)
    quads = Table(title="by predicted quad class: gold classes of its sentences")
    quads.add_column("quad")
    quads.add_column("n", justify="right")
    for label in range(5):
        quads.add_column(f"gold {label}", justify="right")
    for quad, counts in sorted(r.per_quad.items()):
        quads.add_row(
            f"{quad} {QUAD_CLASS_NAMES[quad]}", str(sum(counts.values())),
            *(str(counts[g]) for g in range(5)),
        )  # fmt: skip
    out.print(quads)


def _print_span_report(r: SpanReport) -> None:
    table = Table(title=f"{r.name}: source/target spans ({r.n} sentences)")
    for column in ("role", "match", "precision", "recall", "F1"):
        table.add_column(column, justify="right" if column not in ("role", "match") else "left")
    for role in ("source", "target"):
        for kind in ("exact", "overlap"):
            s = getattr(r, kind)[role]
            table.add_row(role, kind, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
    out.print(f"event detection rate: {r.detection_rate:.3f}")
    out.print(table)
