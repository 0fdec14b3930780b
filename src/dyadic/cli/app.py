"""The Typer application every command module registers on."""

from __future__ import annotations

import logging
import sys

import typer
from rich.console import Console

app = typer.Typer(
    name="dyadic",
    help="Political event data from news text: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

#: Human-readable output goes to stderr so that stdout can carry data (JSON lines, tables).
err = Console(stderr=True, highlight=False)
out = Console(highlight=False, soft_wrap=True)

EXIT_OK = 0
EXIT_REJECTS = 1
EXIT_USAGE = 2


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print an error and return the Exit to raise."""
    err.print(f"[bold red]error:[/] {message}")
    return typer.Exit(code)


@app.callback()
def main_options(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress and warnings."),
) -> None:
    """Dyadic command line."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.ERROR,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
