"""CSV and TSV files: one document per row, columns named by a header and a column map."""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterator, Mapping

from dyadic.errors import InputError
from dyadic.ingest.decode import detect_encoding
from dyadic.ingest.fields import FIELDS, MAX_DOCUMENT_CHARS, column_for, record_to_document
from dyadic.ingest.record import RawDocument
from dyadic.ingest.sources import Input
from dyadic.model import Reject

logger = logging.getLogger(__name__)

_DELIMITERS = ",;\t|"


def read_csv(
    source: Input, *, columns: Mapping[str, str] | None = None
) -> Iterator[RawDocument | Reject]:
    """Every row of a CSV/TSV file with a header row as a document.

    The default columns are ``id, text, date, title, source, url``; ``columns`` renames them
    (``{"text": "body", "date": "published"}``). The delimiter is sniffed (comma, semicolon,
    tab or bar; tab for ``.tsv``), the encoding detected from the first bytes.

    Raises:
        InputError: the file has no header or no column for the text.
    """
    columns = dict(columns or {})
    encoding = sniff_encoding(source.head)
    text_stream = io.TextIOWrapper(source.stream, encoding=encoding, errors="replace", newline="")
    sample = source.head.decode(encoding, errors="replace")
    dialect = _dialect(sample, tab=source.name.endswith(".tsv"))
    _raise_field_limit()
    reader = csv.reader(text_stream, dialect)
    try:
        header = [name.strip().lstrip("\ufeff") for name in next(reader)]
    except StopIteration:
        raise InputError(f"{source.origin}: empty CSV file", stage="ingest") from None
    text_column = column_for("text", columns)
    if text_column not in header:
        raise InputError(
            f"{source.origin}: no {text_column!r} column for the text; columns are "
            f"{', '.join(repr(h) for h in header)}; map them with --columns text=NAME "
            f"(fields: {', '.join(FIELDS)})",
            stage="ingest",
        )
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Reject(source.origin, reader.line_num, f"unreadable CSV row: {exc}", "ingest")
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            reason = f"row has {len(row)} cells, the header {len(header)}"
            yield Reject(source.origin, reader.line_num, reason, "ingest")
            continue
        record = dict(zip(header, row, strict=True))
        try:
            yield record_to_document(
                record, origin=source.origin, position=reader.line_num, columns=columns
            )
        except InputError as exc:
            yield Reject(source.origin, reader.line_num, exc.message, "ingest", exc.doc_id)


def sniff_encoding(head: bytes) -> str:
    """The encoding of a text stream from its first bytes: UTF-8 when they decode as such."""
    try:
        head.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # a character cut at the end of the sample
            return "utf-8-sig"
    return detect_encoding(head) or "utf-8"


def _dialect(sample: str, *, tab: bool) -> type[csv.Dialect]:
    """Excel-style CSV with the delimiter used most in the header line (tab for .tsv)."""
    if tab:
        return csv.excel_tab
    header = sample.lstrip("\ufeff").split("\n", 1)[0]
    counts = {d: header.count(d) for d in _DELIMITERS}
    delimiter = max(counts, key=lambda d: counts[d])
    if counts[delimiter] == 0 or delimiter == ",":
        return csv.excel
    return type("Sniffed", (csv.excel,), {"delimiter": delimiter})


def _raise_field_limit() -> None:
    """Let a cell hold a whole article (the document cap applies after reading)."""
    wanted = MAX_DOCUMENT_CHARS * 4
    if csv.field_size_limit() < wanted:
        csv.field_size_limit(wanted)
