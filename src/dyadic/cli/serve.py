"""`dyadic serve`: the HTTP API and the dashboard over one store."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path

import typer

from dyadic.cli.app import app, err, fail
from dyadic.errors import DyadicError
from dyadic.http.options import DEFAULT_MAX_CODE_CHARS, DEFAULT_TIME_LIMIT, ServeOptions
from dyadic.settings import default_db_path


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command("serve")
def serve_cmd(
    db: Path | None = typer.Option(
        None, "--db", help="DuckDB file [default: $DYADIC_DB or dyadic.duckdb]."
    ),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    allow_code: bool = typer.Option(
        False, "--allow-code", help="Accept POST /api/code (codes posted text, stores nothing)."
    ),
    token: str | None = typer.Option(
        None,
        "--token",
        envvar="DYADIC_TOKEN",
        help="Bearer token POST /api/code requires [env DYADIC_TOKEN].",
    ),
    time_limit: float = typer.Option(
        DEFAULT_TIME_LIMIT, "--time-limit", min=0.1, help="Seconds one store query may run."
    ),
    max_code_chars: int = typer.Option(
        DEFAULT_MAX_CODE_CHARS, "--max-code-chars", min=1, help="Longest text POST /api/code takes."
    ),
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the dashboard over a store, read-only."""
    path = db or default_db_path()
    options = ServeOptions(
        db=path, allow_code=allow_code, token=token or os.environ.get("DYADIC_TOKEN") or None,
        time_limit=time_limit, max_code_chars=max_code_chars,
    )  # fmt: skip
    if allow_code and options.token is None and not _loopback(host):
        err.print(
            "[yellow]warning:[/] --allow-code on a non-loopback address without --token: anyone "
            "who reaches this port can make the server code text"
        )
    # FastAPI and uvicorn load only when serving (they add most of a second to every command)
    import uvicorn  # noqa: PLC0415

    from dyadic.http import create_app  # noqa: PLC0415

    try:
        application = create_app(options)  # opens the store now, so a bad --db fails here
    except DyadicError as exc:
        raise fail(str(exc)) from None
    shown = f"[{host}]" if ":" in host else host
    err.print(f"Dyadic dashboard: http://{shown}:{port}/  (API docs: http://{shown}:{port}/docs)")
    err.print(f"Serving {path} read-only; press Ctrl+C to stop.")
    uvicorn.run(application, host=host, port=port, log_level="warning", access_log=False)
