"""Tables and summaries printed by the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.markup import escape
from rich.table import Table

from dyadic.api import CodeSummary
from dyadic.cli.app import err, out
from dyadic.events.codes import cameo_codes


def print_code_summary(summary: CodeSummary, store: Path | None) -> None:
    """The line every coding run ends with: documents in = coded + rejected."""
    err.print(
        f"documents in: {summary.documents_in} = coded {summary.coded} + rejected "
        f"{summary.rejected}; event mentions: {summary.events}"
        + (f"; stored in {store}" if store else "")
    )
    for reject in summary.rejects[:20]:
        where = f"{reject.input}:{reject.position}" if reject.position else reject.input
        err.print(escape(f"  rejected {where} [{reject.stage}]: {reject.reason}"))
    if len(summary.rejects) > 20:
        err.print(f"  ... and {len(summary.rejects) - 20} more (see the rejects table)")


def print_store_summary(summary: dict[str, Any]) -> None:
    """Documents, events by CAMEO root, top dyads and example events."""
    counts = summary["counts"]
    out.print(
        f"\n[bold]{counts['documents']} documents, {counts.get('mentions', 0)} event mentions in "
        f"{counts['events']} events (mentions of one real-world event across articles count once), "
        f"{counts['quotes']} quotes, {counts['rejects']} rejects[/]"
    )
    names = cameo_codes()
    roots = Table(title="Events by CAMEO root")
    roots.add_column("root")
    roots.add_column("name")
    roots.add_column("events", justify="right")
    for root, n in summary["roots"]:
        roots.add_row(root, _root_name(root, names), str(n))
    out.print(roots)
    dyads = Table(title="Top dyads")
    for column in ("source", "target"):
        dyads.add_column(column)
    dyads.add_column("events", justify="right")
    dyads.add_column("mean Goldstein", justify="right")
    for source, target, n, mean in summary["dyads"]:
        dyads.add_row(source, target, str(n), f"{mean:+.2f}")
    out.print(dyads)
    out.print("[bold]Example events[/]")
    for date, source, cameo, target, modality, sentence in summary["examples"]:
        out.print(f"  {date}  {source} -[{cameo} {modality}]-> {target}")
        out.print(escape(f"      “{sentence}”"), style="dim")


def _root_name(root: str, names: dict[str, Any]) -> str:
    entry = names.get(root + "0")
    return entry.name if entry else ""
