"""`dyadic actors lookup` and `dyadic actors list`: what the knowledge base says, by date."""

from __future__ import annotations

import datetime as dt
import json

import typer
from rich.table import Table

from dyadic.actors.kb import KB_KINDS, LookupResult, list_actors, lookup
from dyadic.cli.app import app, fail, out

actors_app = typer.Typer(
    name="actors",
    help="Look up actors in the knowledge base (who held which office on which day).",
    no_args_is_help=True,
)
app.add_typer(actors_app, name="actors")


def _check_date(date: str | None) -> str | None:
    if date is None:
        return None
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise fail(f"--date {date!r} is not a date in YYYY-MM-DD form") from None
    return date


def _emit(results: list[LookupResult], *, as_json: bool, title: str) -> None:
    if as_json:
        for result in results:
            out.print(
                json.dumps(result.to_dict(), ensure_ascii=False), markup=False, highlight=False
            )
        return
    table = Table(title=title, title_justify="left")
    for column in ("code", "name", "kind", "title", "from", "until", "actor_id"):
        table.add_column(column)
    for result in results:
        table.add_row(
            result.code or "-",
            result.name,
            result.kind,
            result.title or "",
            result.start or "",
            result.end or "",
            result.actor_id or "",
        )
    out.print(table)


@actors_app.command("lookup")
def lookup_cmd(
    name: str = typer.Argument(..., help="A name, alias, capital, seat of power or agent noun."),
    date: str | None = typer.Option(
        None, "--date", help="The day (YYYY-MM-DD); default: latest roles."
    ),
    as_json: bool = typer.Option(
        False, "--json", help="One JSON object per line instead of a table."
    ),
) -> None:
    """Who the knowledge base says NAME is on a date (exit 1 when it does not know the name)."""
    results = lookup(name, date=_check_date(date))
    if not results:
        raise fail(f"{name!r} is not in the knowledge base", code=1)
    _emit(results, as_json=as_json, title=f"{name} on {date or 'the latest date known'}")


@actors_app.command("list")
def list_cmd(
    country: str | None = typer.Option(None, "--country", help="Three-letter CAMEO country code."),
    date: str | None = typer.Option(
        None, "--date", help="The day (YYYY-MM-DD): people in office then."
    ),
    kind: str | None = typer.Option(None, "--kind", help=f"One of: {', '.join(KB_KINDS)}."),
    as_json: bool = typer.Option(
        False, "--json", help="One JSON object per line instead of a table."
    ),
) -> None:
    """Actors of a country and/or kind, coded as on a date (people only while in office)."""
    if country is None and kind is None:
        raise fail("give --country and/or --kind (the whole knowledge base is too long to list)")
    if kind is not None and kind not in KB_KINDS:
        raise fail(f"unknown --kind {kind!r}; choose one of {', '.join(KB_KINDS)}")
    if country is not None and (len(country) != 3 or not country.isalpha()):
        raise fail(f"--country {country!r} is not a three-letter code such as RUS")
    results = list_actors(country=country, date=_check_date(date), kind=kind)
    _emit(
        results,
        as_json=as_json,
        title=f"{country or 'all'} {kind or 'actors'} on {date or 'latest'}",
    )
