"""`dyadic dyad`, `panel`, `lens`, `alerts`, `export`, `plot dyad|lens` and `migrate`."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dyadic.aggregate.alerts import DIRECTIONS, METHODS, METRICS, Alert, alerts
from dyadic.aggregate.export import FORMATS as EXPORT_FORMATS
from dyadic.aggregate.export import export
from dyadic.aggregate.lens import builtin_lenses, describe, lens_series, load_lens
from dyadic.aggregate.plot import plot_dyad, plot_lens
from dyadic.aggregate.series import FREQS, dyad_series, panel
from dyadic.cli.app import app, err, fail, out
from dyadic.errors import DyadicError
from dyadic.settings import default_db_path
from dyadic.store.db import Store

OUTPUT_FORMATS: tuple[str, ...] = ("table", "csv", "json", "parquet")

plot_app = typer.Typer(help="Charts as PNG files: a dyad's series or a lens.", no_args_is_help=True)
app.add_typer(plot_app, name="plot")

# Options shared by several commands.
DbOption = Annotated[
    Path | None, typer.Option("--db", help="DuckDB file [default: $DYADIC_DB or dyadic.duckdb].")
]
FreqOption = Annotated[str, typer.Option("--freq", help=f"Period: {'|'.join(FREQS)}.")]
UnitOption = Annotated[
    str,
    typer.Option(
        "--unit", help="events (deduplicated across articles) or mentions (every coded sentence)."
    ),
]
ModalityOption = Annotated[
    str | None,
    typer.Option(
        "--modality",
        help="Modalities to count, comma-separated, or all [default: asserted,intended,"
        "reported_past].",
    ),
]
SinceOption = Annotated[str | None, typer.Option("--since", help="First day (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Last day (YYYY-MM-DD).")]
FormatOption = Annotated[
    str, typer.Option("--format", help=f"Output: {'|'.join(OUTPUT_FORMATS)} (parquet needs -o).")
]
OutputOption = Annotated[
    Path | None, typer.Option("-o", "--output", help="Write the table to this file.")
]
RowsOption = Annotated[int, typer.Option("--rows", min=1, help="Table rows shown at most.")]


def _day(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise fail(f"{option} {value!r} is not a date in YYYY-MM-DD form") from None


def _db(db: Path | None) -> Path:
    return db or default_db_path()


@contextlib.contextmanager
def _errors() -> Iterator[None]:
    """Dyadic's errors become a message and exit code 2."""
    try:
        yield
    except DyadicError as exc:
        raise fail(str(exc)) from None


@contextlib.contextmanager
def _working(message: str) -> Iterator[None]:
    """A spinner on a terminal (silent when stderr is redirected)."""
    if err.is_terminal:
        with err.status(message):
            yield
    else:
        yield


def _cell(value: Any, column: str, freq: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return "–"
    if isinstance(value, pd.Timestamp):
        return _period_label(value, freq) if column == "period" else value.date().isoformat()
    if isinstance(value, float):
        return f"{value:.3f}" if "share" in column or column == "balance" else f"{value:.2f}"
    return escape(str(value))


def _period_label(value: pd.Timestamp, freq: str) -> str:
    if freq == "month":
        return value.strftime("%Y-%m")
    if freq == "year":
        return value.strftime("%Y")
    if freq == "quarter":
        return f"{value.year}-Q{value.quarter}"
    return value.date().isoformat()


def emit(
    frame: pd.DataFrame,
    *,
    fmt: str,
    output: Path | None,
    title: str,
    rows: int = 200,
    freq: str = "month",
) -> None:
    """Print a frame as a table, CSV or JSON lines, or write it to a file."""
    if fmt not in OUTPUT_FORMATS:
        raise fail(f"unknown --format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    if fmt == "table" and output is not None:
        fmt = {".parquet": "parquet", ".json": "json", ".jsonl": "json"}.get(output.suffix, "csv")
    if fmt == "parquet":
        if output is None:
            raise fail("--format parquet needs -o FILE")
        frame.to_parquet(output, index=False)
    elif fmt == "csv":
        text = frame.to_csv(index=False, date_format="%Y-%m-%d", lineterminator="\n")
        _write(text, output)
    elif fmt == "json":
        text = frame.to_json(orient="records", lines=True, date_format="iso", date_unit="s")
        _write(text if text.endswith("\n") or not text else text + "\n", output)
    else:
        table = Table(title=title, title_justify="left")
        for column in frame.columns:
            table.add_column(
                _SHORT.get(column, column),
                justify="left" if column in _TEXT else "right",
                no_wrap=column != "sentence",
            )
        for record in frame.head(rows).itertuples(index=False):
            table.add_row(*(_cell(v, c, freq) for v, c in zip(record, frame.columns, strict=True)))
        _wide().print(table)
        if len(frame) > rows:
            err.print(f"{len(frame) - rows} more rows; use --rows, or -o FILE for all of them")
    if output is not None:
        err.print(f"wrote {len(frame)} rows to {output}")


_TEXT = {"period", "source", "target", "dyad", "direction", "sentence"}
#: Short headers for the terminal table (files and CSV keep the full column names).
_SHORT = {
    "verbal_coop": "v.coop",
    "material_coop": "m.coop",
    "verbal_conflict": "v.confl",
    "material_conflict": "m.confl",
    "goldstein_sum": "gs.sum",
    "goldstein_mean": "gs.mean",
    "goldstein_std": "gs.std",
    "conflict_share": "confl%",
    "events_per_1k_articles": "per 1k",
    "a_to_b": "a→b",
    "b_to_a": "b→a",
}


def _wide() -> Console:
    """The console for tables: a table piped to a file keeps all its columns instead of being
    squeezed into 80 characters."""
    if out.is_terminal:
        return out
    return Console(file=sys.stdout, width=400, highlight=False, soft_wrap=True)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


def _notes(frame: pd.DataFrame) -> None:
    undated = int(frame.attrs.get("undated", 0) or 0)
    if undated:
        unit = frame.attrs.get("unit", "events")
        err.print(f"note: {undated} {unit} without a date are left out of every period")


@app.command("dyad")
def dyad_cmd(
    a: Annotated[str, typer.Argument(help="Actor: code (RUSGOV), country (RUS), group (EU27).")],
    b: Annotated[str, typer.Argument(help="The other actor.")],
    freq: FreqOption = "month",
    directed: Annotated[
        bool, typer.Option("--directed", help="Only events from A to B [default: both ways].")
    ] = False,
    modality: ModalityOption = None,
    unit: UnitOption = "events",
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = None,
    fmt: FormatOption = "table",
    output: OutputOption = None,
    rows: RowsOption = 200,
) -> None:
    """The relation series between two actors: counts per quad class, Goldstein sum and mean,
    events per 1,000 articles coded in the period."""
    with _errors(), _working("reading events"):
        frame = dyad_series(
            _db(db), a, b, freq=freq, directed=directed, modality=modality, unit=unit,
            since=_day(since, "--since"), until=_day(until, "--until"),
        )  # fmt: skip
    arrow = "→" if directed else "–"
    title = f"{a} {arrow} {b}: {unit} per {freq}"
    emit(frame, fmt=fmt, output=output, title=title, rows=rows, freq=freq)
    _notes(frame)
    total = int(frame["events"].sum())
    err.print(f"{total} {unit} in {int((frame['events'] > 0).sum())} of {len(frame)} periods")
    if not total:
        err.print(
            f"note: no {unit} between {a} and {b} with modality {','.join(frame.attrs['modality'])}"
            "; check the codes (dyadic actors lookup NAME) and --modality all"
        )


@app.command("panel")
def panel_cmd(
    freq: FreqOption = "month",
    modality: ModalityOption = None,
    unit: UnitOption = "events",
    since: SinceOption = None,
    until: UntilOption = None,
    domestic: Annotated[
        bool, typer.Option("--domestic/--no-domestic", help="Keep dyads within one country.")
    ] = True,
    balanced: Annotated[
        bool, typer.Option("--balanced", help="A row for every dyad in every period (zeros).")
    ] = False,
    db: DbOption = None,
    fmt: FormatOption = "table",
    output: OutputOption = None,
    rows: RowsOption = 50,
) -> None:
    """Country-level panel: one row per directed dyad and period."""
    with _errors(), _working("building the panel"):
        frame = panel(
            _db(db), freq=freq, modality=modality, unit=unit, since=_day(since, "--since"),
            until=_day(until, "--until"), domestic=domestic, balanced=balanced,
        )  # fmt: skip
    emit(frame, fmt=fmt, output=output, title=f"Panel of {unit} per {freq}", rows=rows, freq=freq)
    dyads = frame[["source", "target"]].drop_duplicates()
    err.print(
        f"{len(frame)} rows: {len(dyads)} directed dyads, {frame['period'].nunique()} periods"
    )


@app.command("lens")
def lens_cmd(
    lens: Annotated[
        str | None,
        typer.Argument(help="A lens YAML file or a shipped lens name (see --list)."),
    ] = None,
    list_lenses: Annotated[bool, typer.Option("--list", help="List the shipped lenses.")] = False,
    freq: FreqOption = "month",
    unit: UnitOption = "events",
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = None,
    fmt: FormatOption = "table",
    output: OutputOption = None,
    rows: RowsOption = 200,
) -> None:
    """A strategy lens over time: events per category, their shares and the balance."""
    if list_lenses or lens is None:
        _list_lenses()
        if lens is None and not list_lenses:
            raise fail("give a lens file or name")
        return
    with _errors(), _working("applying the lens"):
        spec = load_lens(lens)
        frame = lens_series(
            spec, _db(db), freq=freq, unit=unit, since=_day(since, "--since"),
            until=_day(until, "--until"),
        )  # fmt: skip
    emit(frame, fmt=fmt, output=output, title=spec.title, rows=rows, freq=freq)
    _notes(frame)
    summary = Table(title="Categories", title_justify="left")
    for column in ("category", "label", "events", "share"):
        summary.add_column(column, justify="right" if column in {"events", "share"} else "left")
    total = int(frame["total"].sum())
    for category, label, _ in describe(spec):
        n = int(frame[category].sum())
        share = f"{n / total:.1%}" if total else "–"
        summary.add_row(category, escape(label), str(n), share)
    err.print(summary)


def _list_lenses() -> None:
    table = Table(title="Shipped lenses", title_justify="left")
    table.add_column("name")
    table.add_column("title")
    table.add_column("categories")
    for name in builtin_lenses():
        spec = load_lens(name)
        table.add_row(name, escape(spec.title), ", ".join(spec.ids))
    out.print(table)


@app.command("alerts")
def alerts_cmd(
    since: SinceOption = None,
    dyad: Annotated[
        list[str] | None,
        typer.Option(
            "--dyad",
            help="A-B pair to watch, e.g. RUS-UKR or EU-RUS (repeatable) [default: "
            "the busiest country dyads].",
        ),
    ] = None,
    freq: FreqOption = "month",
    method: Annotated[str, typer.Option("--method", help=f"{'|'.join(METHODS)}.")] = "zscore",
    metric: Annotated[str, typer.Option("--metric", help=f"{'|'.join(METRICS)}.")] = (
        "goldstein_mean"
    ),
    direction: Annotated[
        str, typer.Option("--direction", help=f"{'|'.join(DIRECTIONS)}.")
    ] = "both",
    window: Annotated[int, typer.Option("--window", min=1, help="Periods pooled.")] = 1,
    baseline: Annotated[
        int, typer.Option("--baseline", min=2, help="Trailing periods compared with.")
    ] = 12,
    k: Annotated[float, typer.Option("-k", help="Standard deviations that make an alert.")] = 2.5,
    min_events: Annotated[
        int, typer.Option("--min-events", min=1, help="Events an alert's window needs.")
    ] = 3,
    min_change: Annotated[
        float | None,
        typer.Option("--min-change", help="Smallest change of tone (3) or conflict share (0.25)."),
    ] = None,
    top: Annotated[int, typer.Option("--top", min=0, help="Events shown per alert.")] = 3,
    max_dyads: Annotated[
        int, typer.Option("--max-dyads", min=1, help="Busiest dyads scanned without --dyad.")
    ] = 25,
    modality: ModalityOption = None,
    unit: UnitOption = "events",
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table|json.")] = "table",
) -> None:
    """Turning points in dyad series, each explained by its top events."""
    pairs = [_pair(text) for text in dyad or ()]
    with _errors(), _working("scanning dyads"):
        found = alerts(
            _db(db), dyads=pairs or None, freq=freq, method=method, metric=metric,
            direction=direction, window=window, baseline=baseline, k=k, min_events=min_events,
            min_change=min_change,
            since=_day(since, "--since"), unit=unit, modality=modality, max_dyads=max_dyads,
            top=top,
        )  # fmt: skip
    if fmt == "json":
        for alert in found:
            sys.stdout.write(json.dumps(alert.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "table":
        _print_alerts(found)
    else:
        raise fail("--format for alerts is table or json")
    err.print(f"{len(found)} alerts ({method} on {metric}, per {freq})")


def _pair(text: str) -> tuple[str, str]:
    for separator in (":", "/", "-"):
        if separator in text:
            a, _, b = text.partition(separator)
            if a.strip() and b.strip():
                return a.strip(), b.strip()
    raise fail(f"--dyad {text!r}: write two actors joined by a dash, e.g. RUS-UKR")


def _print_alerts(found: list[Alert]) -> None:
    table = Table(title="Alerts", title_justify="left")
    for column in ("period", "dyad", "direction", "value", "baseline", "score", "events"):
        table.add_column(column, justify="right" if column in {"value", "baseline", "score",
                                                                 "events"} else "left")  # fmt: skip
    for alert in found:
        table.add_row(
            alert.period, escape(alert.dyad), alert.direction, f"{alert.value:+.2f}",
            f"{alert.baseline:+.2f}", f"{alert.score:+.1f}", str(alert.events),
        )  # fmt: skip
    _wide().print(table)
    for alert in found:
        out.print(f"\n[bold]{escape(alert.summary())}[/]")
        for event in alert.top_events:
            out.print(
                escape(
                    f"  {event.date}  {event.source} -[{event.cameo}]-> {event.target}  "
                    f"({event.num_articles} articles)"
                )
            )
            sentence = " ".join(event.sentence.split())
            if len(sentence) > 300:
                sentence = sentence[:299] + "…"
            out.print(escape(f"      “{sentence}”"), style="dim")


@app.command("export")
def export_cmd(
    fmt: Annotated[str, typer.Option("--format", help=f"{'|'.join(EXPORT_FORMATS)}.")],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Output file (a folder for parquet).")
    ],
    unit: Annotated[
        str | None,
        typer.Option("--unit", help="events or mentions [default: per format, see FORMATS.md]."),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    header: Annotated[
        bool | None,
        typer.Option("--header/--no-header", help="Header line [default: yes; no for gdelt]."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Export events as ICEWS-style TSV, GDELT 2.0-style TSV, PLOVER JSONL, Parquet or CSV."""
    with _errors(), _working(f"exporting {fmt}"):
        summary = export(
            _db(db), fmt, output, unit=unit, since=_day(since, "--since"),
            until=_day(until, "--until"), header=header,
        )  # fmt: skip
    table = Table(title="Export", title_justify="left")
    for column in ("format", "unit", "rows", "skipped", "files", "path"):
        table.add_column(column)
    table.add_row(
        summary.fmt, summary.unit, str(summary.rows), str(summary.skipped), str(summary.files),
        escape(str(summary.path)),
    )  # fmt: skip
    err.print(table)
    if summary.skipped:
        err.print(f"note: {summary.skipped} {summary.unit} skipped: {summary.skipped_reason}")


@plot_app.command("dyad")
def plot_dyad_cmd(
    a: Annotated[str, typer.Argument(help="Actor: code, country or group.")],
    b: Annotated[str, typer.Argument(help="The other actor.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="PNG file to write.")],
    freq: FreqOption = "month",
    directed: Annotated[bool, typer.Option("--directed", help="Only events from A to B.")] = False,
    modality: ModalityOption = None,
    unit: UnitOption = "events",
    since: SinceOption = None,
    until: UntilOption = None,
    mark_alerts: Annotated[
        bool, typer.Option("--alerts", help="Mark the dyad's alerts (z-score on mean Goldstein).")
    ] = False,
    title: Annotated[str | None, typer.Option("--title", help="Chart title.")] = None,
    db: DbOption = None,
) -> None:
    """Chart a dyad: cooperation and conflict per period, and the mean Goldstein score."""
    first, last = _day(since, "--since"), _day(until, "--until")
    with _errors(), _working("drawing"):
        frame = dyad_series(
            _db(db), a, b, freq=freq, directed=directed, modality=modality, unit=unit,
            since=first, until=last,
        )  # fmt: skip
        marks: list[Alert] = []
        if mark_alerts:
            marks = alerts(
                _db(db), dyads=[(a, b)], freq=freq, unit=unit, modality=modality, since=first,
                top=0,
            )  # fmt: skip
        path = plot_dyad(frame, output, title=title, alerts=marks)
    err.print(f"wrote {path} ({int(frame['events'].sum())} {unit}, {len(frame)} periods)")


@plot_app.command("lens")
def plot_lens_cmd(
    lens: Annotated[str, typer.Argument(help="A lens YAML file or a shipped lens name.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="PNG file to write.")],
    freq: FreqOption = "month",
    unit: UnitOption = "events",
    since: SinceOption = None,
    until: UntilOption = None,
    title: Annotated[str | None, typer.Option("--title", help="Chart title.")] = None,
    db: DbOption = None,
) -> None:
    """Chart a lens: events per category and period, and the balance."""
    with _errors(), _working("drawing"):
        frame = lens_series(
            lens, _db(db), freq=freq, unit=unit, since=_day(since, "--since"),
            until=_day(until, "--until"),
        )  # fmt: skip
        path = plot_lens(frame, output, title=title)
    err.print(f"wrote {path} ({int(frame['total'].sum())} {unit} in the lens's categories)")


@app.command("migrate")
def migrate_cmd(db: DbOption = None) -> None:
    """Bring a store written by an older Dyadic to the current schema (done on every write too)."""
    if not _db(db).exists():
        raise fail(f"no store at {_db(db)}")
    with _errors(), Store(_db(db)) as store:
        err.print(f"{store.path}: schema version {store.schema_version}")
