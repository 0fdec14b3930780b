"""``GET /api/export``: the store's events in an exchange format, streamed in chunks.

Each chunk is one bounded store query (keyset pagination by date and id), so an export of any
size holds one chunk in memory and every query stays under the time limit. The formats are those
of ``dyadic export`` (docs/FORMATS.md); Parquet is one file (row groups per chunk) instead of a
folder partitioned by month.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
from collections.abc import Iterator
from typing import Annotated, Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from dyadic.aggregate.export import (
    DEFAULT_UNITS,
    FORMATS,
    GDELT_COLUMNS,
    ICEWS_COLUMNS,
    flat_frame,
    gdelt_frame,
    icews_frame,
    plover_records,
)
from dyadic.errors import UsageError
from dyadic.http.context import Context, Ctx
from dyadic.store import query

router = APIRouter(prefix="/api")

#: Rows per store query of an export.
CHUNK_ROWS = 5_000

MEDIA_TYPES: dict[str, tuple[str, str]] = {
    "icews": ("text/tab-separated-values; charset=utf-8", "tsv"),
    "gdelt": ("text/tab-separated-values; charset=utf-8", "tsv"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "plover": ("application/x-ndjson; charset=utf-8", "jsonl"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}


def chunks(
    ctx: Context,
    *,
    unit: str,
    since: dt.date | None,
    until: dt.date | None,
    chunk_rows: int = CHUNK_ROWS,
) -> Iterator[pd.DataFrame]:
    """DataFrames of at most ``chunk_rows`` rows until the export's rows (capped) are out."""
    left = ctx.options.max_export_rows
    after = None
    while left > 0:
        with ctx.pool.store() as store:
            frame, after = query.export_chunk(
                store, unit=unit, since=since, until=until, after=after,
                limit=min(chunk_rows, left),
            )  # fmt: skip
        if not frame.empty:
            yield frame
        left -= len(frame)
        if after is None:
            return


class _Sink(io.RawIOBase):
    """A write-only file that hands out what was written since the last call."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        self._position = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self._parts.append(chunk)
        self._position += len(chunk)
        return len(chunk)

    def tell(self) -> int:
        return self._position

    def take(self) -> bytes:
        out = b"".join(self._parts)
        self._parts.clear()
        return out


def _empty(ctx: Context, unit: str) -> pd.DataFrame:
    """No rows, with the export's columns."""
    with ctx.pool.store() as store:
        frame, _ = query.export_chunk(store, unit=unit, limit=1)
    return frame.head(0)


def _text_stream(
    ctx: Context, frames: Iterator[pd.DataFrame], fmt: str, unit: str, header: bool
) -> Iterator[bytes]:
    first = True
    for frame in frames:
        if fmt == "plover":
            typed = frame[frame["plover_type"].notna()]
            lines = (json.dumps(r, ensure_ascii=False) for r in plover_records(typed, unit=unit))
            yield "".join(line + "\n" for line in lines).encode("utf-8")
            continue
        if fmt == "icews":
            table, sep = icews_frame(frame, unit=unit), "\t"
        elif fmt == "gdelt":
            table, sep = gdelt_frame(frame, unit=unit), "\t"
        else:
            table, sep = flat_frame(frame), ","
        text = table.to_csv(
            None, sep=sep, index=False, header=header and first, na_rep="", lineterminator="\n"
        )
        first = False
        yield text.encode("utf-8")
    if first and header and fmt != "plover":  # nothing to export: still write the header line
        columns = {"icews": ICEWS_COLUMNS, "gdelt": GDELT_COLUMNS}.get(fmt)
        names = list(columns) if columns else list(_empty(ctx, unit).columns)
        yield (("," if fmt == "csv" else "\t").join(names) + "\n").encode("utf-8")


def _parquet_stream(ctx: Context, frames: Iterator[pd.DataFrame], unit: str) -> Iterator[bytes]:
    sink = _Sink()
    writer: pq.ParquetWriter | None = None
    schema: pa.Schema | None = None
    for frame in frames:
        table = pa.Table.from_pandas(frame, preserve_index=False)
        if writer is None:
            schema = table.schema
            writer = pq.ParquetWriter(pa.PythonFile(sink, mode="w"), schema)
        else:
            table = _conform(table, schema)
        writer.write_table(table)
        yield sink.take()
    if writer is None:
        table = pa.Table.from_pandas(_empty(ctx, unit), preserve_index=False)
        writer = pq.ParquetWriter(pa.PythonFile(sink, mode="w"), table.schema)
        writer.write_table(table)
    writer.close()
    yield sink.take()


def _conform(table: pa.Table, schema: pa.Schema | None) -> pa.Table:
    """A chunk in the first chunk's schema (a column all null in one chunk has no type)."""
    if schema is None or table.schema.equals(schema):
        return table
    columns = []
    for field in schema:
        column = table.column(field.name)
        if column.type != field.type:
            if pa.types.is_null(column.type) or pa.types.is_null(field.type):
                column = pa.nulls(len(table), type=field.type)
            else:
                column = column.cast(field.type)
        columns.append(column)
    return pa.Table.from_arrays(columns, schema=schema)


@router.get("/export", summary="The store's events in an exchange format (streamed)")
def export(
    ctx: Ctx,
    *,
    format: Annotated[str, Query(description=f"one of {', '.join(FORMATS)}")],
    unit: Annotated[str | None, Query(pattern="^(events|mentions)$")] = None,
    since: Annotated[dt.date | None, Query()] = None,
    until: Annotated[dt.date | None, Query()] = None,
    header: Annotated[
        bool | None, Query(description="header line (default: not for gdelt)")
    ] = None,
) -> StreamingResponse:
    """ICEWS-style TSV, GDELT-style TSV, PLOVER JSONL, CSV or Parquet, oldest first, at most
    the server's export row cap."""
    if format not in FORMATS:
        raise UsageError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    chosen = unit or DEFAULT_UNITS[format]
    media_type, extension = MEDIA_TYPES[format]
    if since is not None and until is not None and since > until:
        raise UsageError(f"since ({since}) is after until ({until})")
    with_header = header if header is not None else format != "gdelt"
    frames = chunks(ctx, unit=chosen, since=since, until=until)
    # the first chunk is read before the response starts, so that a store error still gets a
    # proper error response (later ones can only cut the stream)
    frames = itertools.chain(list(itertools.islice(frames, 1)), frames)
    body = (
        _parquet_stream(ctx, frames, chosen)
        if format == "parquet"
        else _text_stream(ctx, frames, format, chosen, with_header)
    )
    name = f"dyadic-{format}-{chosen}.{extension}"
    return StreamingResponse(
        body,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
