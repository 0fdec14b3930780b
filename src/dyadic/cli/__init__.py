"""The command line: thin commands over the core library."""

from dyadic.cli import actors as _actors  # noqa: F401  (registers commands)
from dyadic.cli import analysis as _analysis  # noqa: F401
from dyadic.cli import code as _code  # noqa: F401  (registers commands)
from dyadic.cli import evaluate as _evaluate  # noqa: F401
from dyadic.cli import serve as _serve  # noqa: F401
from dyadic.cli import train as _train  # noqa: F401
from dyadic.cli import watch as _watch  # noqa: F401
from dyadic.cli.app import app


def main() -> None:
    """Entry point of the ``dyadic`` script."""
    app()


__all__ = ["app", "main"]
