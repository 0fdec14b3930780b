"""`dyadic code` and `dyadic demo`."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import typer
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn

from dyadic.api import CodeSummary, code
from dyadic.cli.app import EXIT_OK, EXIT_REJECTS, app, err, fail
from dyadic.cli.render import print_code_summary, print_store_summary
from dyadic.errors import DyadicError
from dyadic.ingest.readers import FORMATS
from dyadic.model import Document, Reject
from dyadic.settings import DATA_DIR, default_db_path
from dyadic.store.db import Store

SAMPLE_CORPUS = DATA_DIR / "sample" / "sample_news.jsonl"


@app.command("code")
def code_cmd(
    inputs: list[str] = typer.Argument(..., help="Files, folders, globs, or - for standard input."),
    output: str | None = typer.Option(
        None, "-o", "--output", help="Write Event JSON lines here (- for standard output)."
    ),
    db: Path = typer.Option(
        None, "--db", help="DuckDB file to store into [default: dyadic.duckdb]."
    ),
    no_store: bool = typer.Option(False, "--no-store", help="Do not write to a DuckDB file."),
    fmt: str = typer.Option("auto", "--format", help=f"Input format: {'|'.join(FORMATS)}."),
    columns: str | None = typer.Option(
        None, "--columns", help="CSV/JSONL column map, e.g. text=body,date=published."
    ),
    date: str | None = typer.Option(
        None, "--date", help="Publication date (YYYY-MM-DD) for inputs that carry none."
    ),
    workers: int = typer.Option(1, "--workers", min=1, help="Dask workers (1 = code in-process)."),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Address of a running Dask scheduler (tcp://host:8786)."
    ),
    model: str | None = typer.Option(None, "--model", help="spaCy pipeline to use."),
    rejects: str | None = typer.Option(
        None,
        "--rejects",
        help="Write rejected inputs as JSON lines here [default: OUT.rejects.jsonl beside -o OUT].",
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Code news text into events (Event JSON v1) and store them in DuckDB.

    Exit codes: 0 success; 1 some inputs rejected (the rest coded and stored); 2 usage error,
    or the output or the store could not be written.
    """
    if fmt not in FORMATS:
        raise fail(f"unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if date is not None:
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            raise fail(f"--date {date!r} is not a date in YYYY-MM-DD form") from None
    store_path = None if no_store else (db or default_db_path())
    rejects_path = rejects or default_rejects_path(output)
    try:
        with ExitStack() as stack:
            out: IO[str] | None = None
            if output == "-":
                out = sys.stdout
            elif output:
                out = stack.enter_context(Path(output).open("w", encoding="utf-8"))
            rejects_out = (
                stack.enter_context(Path(rejects_path).open("w", encoding="utf-8"))
                if rejects_path
                else None
            )
            if workers > 1 or scheduler:  # Dask: a LocalCluster of N workers or a running one
                with parallel_progress(quiet=quiet) as progress:
                    summary = code(
                        inputs, out=out, db=store_path, date=date, fmt=fmt, model=model,
                        columns=columns, on_result=write_rejects(rejects_out, progress.result),
                        workers=workers, scheduler=scheduler, on_progress=progress.partitions,
                    )  # fmt: skip
            else:
                with coding_progress(quiet=quiet) as on_result:
                    summary = code(
                        inputs, out=out, db=store_path, date=date, fmt=fmt, model=model,
                        columns=columns, on_result=write_rejects(rejects_out, on_result),
                    )  # fmt: skip
    except DyadicError as exc:
        raise fail(str(exc)) from None
    except OSError as exc:  # the output or rejects file: a full disk, a read-only folder
        where = exc.filename or " or ".join(str(p) for p in (output, rejects_path) if p)
        raise fail(f"could not write {where}: {exc.strerror or exc}") from None
    print_code_summary(summary, store_path)
    if rejects_path and summary.rejected:
        err.print(f"rejects written to {rejects_path}")
    if summary.already_stored:
        err.print(f"skipped {summary.already_stored} documents already in the store (same text)")
    raise typer.Exit(_exit_code(summary))


@contextlib.contextmanager
def coding_progress(*, quiet: bool) -> Iterator[Callable[[Document | Reject], None]]:
    """A progress line on stderr (documents, events, rejects, rate); off when stderr is not a
    terminal or with --quiet."""
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} documents, {task.fields[events]} events, "
                   "{task.fields[rejected]} rejected"),
        TimeElapsedColumn(),
    )  # fmt: skip
    with Progress(
        *columns, console=err, transient=True, disable=quiet or not err.is_terminal
    ) as bar:
        task = bar.add_task("coding", total=None, events=0, rejected=0)
        counts = {"events": 0, "rejected": 0}

        def advance(result: Document | Reject) -> None:
            if isinstance(result, Reject):
                counts["rejected"] += 1
            else:
                counts["events"] += len(result.events)
            bar.update(task, advance=1, events=counts["events"], rejected=counts["rejected"])

        yield advance


@dataclass
class _PartitionProgress:
    bar: Progress
    task: TaskID
    documents: int = 0
    events: int = 0
    rejected: int = 0

    def result(self, result: Document | Reject) -> None:
        self.documents += 1
        if isinstance(result, Reject):
            self.rejected += 1
        else:
            self.events += len(result.events)

    def partitions(self, merged: int, started: int) -> None:
        self.bar.update(
            self.task, completed=merged, total=started, documents=self.documents,
            events=self.events, rejected=self.rejected,
        )  # fmt: skip


@contextlib.contextmanager
def parallel_progress(*, quiet: bool) -> Iterator[_PartitionProgress]:
    """The progress line of a Dask run: partitions merged of those started, and documents."""
    columns = (
        SpinnerColumn(),
        TextColumn("coding on Dask: {task.completed}/{task.total} partitions merged"),
        TextColumn("{task.fields[documents]} documents, {task.fields[events]} events, "
                   "{task.fields[rejected]} rejected"),
        TimeElapsedColumn(),
    )  # fmt: skip
    with Progress(
        *columns, console=err, transient=True, disable=quiet or not err.is_terminal
    ) as bar:
        task = bar.add_task("coding", total=0, documents=0, events=0, rejected=0)
        yield _PartitionProgress(bar, task)


def default_rejects_path(output: str | None) -> str | None:
    """Where rejects go without --rejects: ``OUT.rejects.jsonl`` beside an ``-o OUT`` file
    (``events.jsonl`` -> ``events.rejects.jsonl``); nowhere when writing to standard output
    or to no file (the store's rejects table and the summary still list them)."""
    if not output or output == "-":
        return None
    path = Path(output)
    name = path.name
    for suffix in (".jsonl", ".ndjson", ".json"):
        if name.endswith(suffix):
            name = name.removesuffix(suffix)
            break
    return str(path.with_name(f"{name}.rejects.jsonl"))


def write_rejects(
    handle: IO[str] | None, then: Callable[[Document | Reject], None]
) -> Callable[[Document | Reject], None]:
    """An ``on_result`` callback that appends each reject to ``handle`` as a JSON line as soon as
    it comes (a killed run keeps the rejects found so far), then calls ``then``."""
    if handle is None:
        return then

    def on_result(result: Document | Reject) -> None:
        if isinstance(result, Reject):
            handle.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            handle.flush()
        then(result)

    return on_result


def _exit_code(summary: CodeSummary) -> int:
    return EXIT_REJECTS if summary.rejected else EXIT_OK


@app.command("demo")
def demo_cmd(
    db: Path = typer.Option(
        Path("dyadic.duckdb"), "--db", help="DuckDB file to code the sample into."
    ),
) -> None:
    """Code the bundled sample corpus into DuckDB and print what it holds."""
    try:
        summary = code([str(SAMPLE_CORPUS)], db=db)
    except DyadicError as exc:
        raise fail(str(exc)) from None
    print_code_summary(summary, db)
    with Store(db, read_only=True) as store:
        print_store_summary(store.summary())
    err.print(f"\nStored in {db}. Try: dyadic dyad RUS UKR --db {db}")
