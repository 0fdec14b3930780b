"""`dyadic watch`: poll RSS/Atom feeds and code the items not seen before."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.markup import escape

from dyadic.cli.app import EXIT_OK, app, err, fail
from dyadic.errors import DyadicError
from dyadic.ingest.watch import PollSummary, parse_interval, watch_feeds
from dyadic.settings import default_db_path


@app.command("watch")
def watch_cmd(
    feeds: Annotated[list[str], typer.Argument(help="Feed URLs (RSS or Atom), or feed files.")],
    *,
    every: Annotated[
        str, typer.Option("--every", help="Time between polls: 90s, 15m, 1h, 1d.")
    ] = "15m",
    db: Annotated[
        Path | None,
        typer.Option("--db", help="DuckDB file to store into (default: dyadic.duckdb)."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Append Event JSON lines of new documents here."),
    ] = None,
    polls: Annotated[
        int | None,
        typer.Option("--polls", min=1, help="Stop after this many polls (default: until Ctrl-C)."),
    ] = None,
    follow_links: Annotated[
        bool,
        typer.Option(
            "--follow-links/--no-follow-links", help="Fetch the page of items with no body."
        ),
    ] = True,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline to use.")] = None,
) -> None:
    """Poll feeds and code only new items (the store remembers what has been seen).

    Exit codes: 0 stopped after --polls or Ctrl-C; 2 usage error.
    """
    try:
        seconds = parse_interval(every)
    except DyadicError as exc:
        raise fail(str(exc)) from None
    with ExitStack() as stack:
        out: IO[str] | None = None
        if output is not None:
            out = stack.enter_context(output.open("a", encoding="utf-8"))
        try:
            watch_feeds(
                feeds,
                db=db or default_db_path(),
                every=seconds,
                polls=polls,
                out=out,
                model=model,
                follow_links=follow_links,
                on_poll=_print_poll,
            )
        except KeyboardInterrupt:
            err.print("stopped")
        except DyadicError as exc:
            raise fail(str(exc)) from None
    raise typer.Exit(EXIT_OK)


def _print_poll(summary: PollSummary) -> None:
    err.print(
        f"poll {summary.poll}: {summary.new} new items = coded {summary.coded} + rejected "
        f"{summary.rejected}; events: {summary.events}"
    )
    for reject in summary.rejects[:10]:
        where = f"{reject.input}:{reject.position}" if reject.position else reject.input
        err.print(escape(f"  rejected {where} [{reject.stage}]: {reject.reason}"))
