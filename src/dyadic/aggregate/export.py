"""Exports analysts load without glue: ICEWS-style TSV, GDELT 2.0-style event table, PLOVER JSONL,
Parquet partitioned by month, and CSV. docs/FORMATS.md maps every column."""

from __future__ import annotations

import datetime as dt
import functools
import importlib.metadata
import json
import math
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as pads
import pycountry

from dyadic.aggregate.series import StoreLike, check_unit, opened
from dyadic.errors import UsageError
from dyadic.events.codes import cameo_codes

FORMATS: tuple[str, ...] = ("icews", "gdelt", "plover", "parquet", "csv")
#: What a row is in each format unless the caller chooses: ICEWS and PLOVER records are coded
#: sentences (mentions); GDELT's event table, Parquet and CSV hold deduplicated events.
DEFAULT_UNITS: dict[str, str] = {
    "icews": "mentions",
    "gdelt": "events",
    "plover": "mentions",
    "parquet": "events",
    "csv": "events",
}

ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
)  # fmt: skip

_ACTOR_FIELDS = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)  # fmt: skip
_GEO_FIELDS = (
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
#: Columns of the GDELT export that read back as text (CAMEO codes keep their leading zeros).
GDELT_TEXT_COLUMNS: tuple[str, ...] = (
    *(c for c in GDELT_COLUMNS if c.endswith("Code") or c in {"Actor1Name", "Actor2Name"}),
    "ActionGeo_FullName",
    "SOURCEURL",
)
#: Columns of the ICEWS export that read back as text.
ICEWS_TEXT_COLUMNS: tuple[str, ...] = (
    "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Target Name",
    "Target Sectors", "Target Country", "Story ID", "Publisher", "City", "District", "Province",
    "Country",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export wrote."""

    fmt: str
    unit: str
    path: Path
    rows: int
    skipped: int = 0
    skipped_reason: str = ""
    files: int = 1


def numeric_id(ids: pd.Series) -> pd.Series:
    """Integer ids from Dyadic's hex ids (the first 60 bits; ICEWS and GDELT ids are integers)."""
    return ids.map(lambda text: int(str(text)[:15], 16)).astype("int64")


@functools.lru_cache(maxsize=512)
def country_name(code: str | None) -> str | None:
    """The English name of a CAMEO/ISO alpha-3 country code (the code itself if unknown)."""
    if not code:
        return None
    found = pycountry.countries.get(alpha_3=code)
    return str(found.name) if found is not None else code


def _names(codes: pd.Series) -> pd.Series:
    return codes.map(lambda c: country_name(c) if isinstance(c, str) else None)


def _joined(values: pd.Series, sep: str = ",") -> pd.Series:
    return values.map(lambda v: sep.join(str(x) for x in v) if _is_list(v) else None)


def _is_list(value: Any) -> bool:
    return isinstance(value, list | tuple | np.ndarray)


def _nth(values: pd.Series, n: int) -> pd.Series:
    return values.map(lambda v: str(v[n]) if _is_list(v) and len(v) > n else None)


def _dates(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values)


def icews_frame(rows: pd.DataFrame, *, unit: str) -> pd.DataFrame:
    """ICEWS coded-event columns (see docs/FORMATS.md)."""
    id_column = "cluster_id" if unit == "events" else "mention_id"
    date = _dates(rows["date"] if unit == "events" else rows["cluster_date"])
    names = cameo_codes()
    location_country = _names(rows["location_country"])
    city = rows["location_name"].where(rows["location_name"] != location_country)
    return pd.DataFrame(
        {
            "Event ID": numeric_id(rows[id_column]),
            "Event Date": date.dt.strftime("%Y-%m-%d"),
            "Source Name": rows["source_name"].fillna(rows.get("source_text", rows["source_code"])),
            "Source Sectors": _joined(rows["source_sectors"]),
            "Source Country": _names(rows["source_country"]),
            "Event Text": rows["cameo"].map(lambda c: names[c].name if c in names else None),
            "CAMEO Code": rows["cameo"],
            "Intensity": rows["goldstein"],
            "Target Name": rows["target_name"].fillna(rows.get("target_text", rows["target_code"])),
            "Target Sectors": _joined(rows["target_sectors"]),
            "Target Country": _names(rows["target_country"]),
            "Story ID": rows["doc_id"],
            "Sentence Number": (rows["sentence_index"] + 1).astype("Int64"),
            "Publisher": rows["publisher"],
            "City": city,
            "District": None,
            "Province": None,
            "Country": location_country,
            "Latitude": rows["lat"],
            "Longitude": rows["lon"],
        },
        columns=list(ICEWS_COLUMNS),
    )


def gdelt_frame(rows: pd.DataFrame, *, unit: str) -> pd.DataFrame:
    """GDELT 2.0 event-table columns in GDELT's order; fields Dyadic does not have are empty."""
    id_column = "cluster_id" if unit == "events" else "mention_id"
    date = _dates(rows["date"] if unit == "events" else rows["cluster_date"])
    days_in_year = np.where(date.dt.is_leap_year, 366, 365)
    out = pd.DataFrame(index=rows.index, columns=list(GDELT_COLUMNS), dtype="object")
    out["GLOBALEVENTID"] = numeric_id(rows[id_column])
    out["SQLDATE"] = pd.to_numeric(date.dt.strftime("%Y%m%d"), errors="coerce").astype("Int64")
    out["MonthYear"] = pd.to_numeric(date.dt.strftime("%Y%m"), errors="coerce").astype("Int64")
    out["Year"] = date.dt.year.astype("Int64")
    out["FractionDate"] = (date.dt.year + date.dt.day_of_year / days_in_year).round(4)
    for n, side in ((1, "source"), (2, "target")):
        code = rows[f"{side}_code"]
        out[f"Actor{n}Code"] = code
        out[f"Actor{n}Name"] = rows[f"{side}_name"].str.upper()
        out[f"Actor{n}CountryCode"] = rows[f"{side}_country"]
        is_group = code.fillna("").str.startswith("IGO") & (code.str.len() == 9)
        out[f"Actor{n}KnownGroupCode"] = code.str[6:9].where(is_group)
        for t in range(3):
            out[f"Actor{n}Type{t + 1}Code"] = _nth(rows[f"{side}_sectors"], t)
    if unit == "events":
        out["IsRootEvent"] = rows["is_root_event"].astype("Int64")
        for column in ("NumMentions", "NumSources", "NumArticles"):
            out[column] = rows[f"num_{column[3:].lower()}"].astype("Int64")
    else:
        out["IsRootEvent"] = (rows["sentence_index"] < 3).astype("Int64")
        for column in ("NumMentions", "NumSources", "NumArticles"):
            out[column] = 1
    out["EventCode"] = rows["cameo"]
    out["EventBaseCode"] = rows["cameo"].str[:3]
    out["EventRootCode"] = rows["cameo_root"]
    out["QuadClass"] = rows["quad_class"].astype("Int64")
    out["GoldsteinScale"] = rows["goldstein"]
    place = rows["location_name"]
    country = _names(rows["location_country"])
    full = place.where(country.isna() | (place == country), place + ", " + country.fillna(""))
    out["ActionGeo_FullName"] = full
    out["ActionGeo_Lat"] = rows["lat"]
    out["ActionGeo_Long"] = rows["lon"]
    added = _dates(rows["first_seen"] if unit == "events" else rows["doc_published"])
    out["DATEADDED"] = pd.to_numeric(added.dt.strftime("%Y%m%d000000"), errors="coerce").astype(
        "Int64"
    )
    out["SOURCEURL"] = rows["source_url"] if unit == "events" else rows["doc_url"]
    return out


def _clean(value: Any) -> Any:
    """A JSON-ready value: NaN/NA to None, numpy scalars and arrays to Python."""
    if _is_list(value):
        return [_clean(v) for v in value]
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float | np.floating) and math.isnan(float(value)):
        return None
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, pd.Timestamp | dt.date):
        return value.date().isoformat() if isinstance(value, pd.Timestamp) else value.isoformat()
    return value


def _entity(row: dict[str, Any], side: str) -> list[dict[str, Any]]:
    code = row.get(f"{side}_code")
    if code is None and row.get(f"{side}_text") is None:
        return []
    sectors = _clean(row.get(f"{side}_sectors")) or []
    return [
        {
            "code": row.get(f"{side}_country") or code,
            "sector": sectors[0] if sectors else None,
            "sectors": sectors,
            "cameo_code": code,
            "entity_text": row.get(f"{side}_text"),
            "identifier_id": row.get(f"{side}_actor_id"),
            "identifier_text": row.get(f"{side}_name"),
        }
    ]


def plover_records(rows: pd.DataFrame, *, unit: str) -> Iterator[dict[str, Any]]:
    """PLOVER 2.0 JSON records (the manual's field names; Dyadic's own fields added)."""
    coder = f"Dyadic {_version()}"
    for raw in rows.to_dict("records"):
        row = {str(k): _clean(v) for k, v in raw.items()}
        location = None
        if row.get("location_name"):
            location = {
                "extracted_place": row["location_name"],
                "resolved_place": row["location_name"],
                "geonameid": row.get("geonameid"),
                "lat": row.get("lat"),
                "lon": row.get("lon"),
                "country_code": row.get("location_country"),
            }
        yield {
            "id": row["cluster_id"] if unit == "events" else row["mention_id"],
            "date": row["date"] if unit == "events" else row["cluster_date"],
            "actor": _entity(row, "source"),
            "recipient": _entity(row, "target"),
            "event": [row["plover_type"]],
            "mode": [row["plover_mode"]] if row.get("plover_mode") else [],
            "context": [],
            "quad_code": row.get("quad_class"),
            "event_loc": location,
            "text": row.get("sentence"),
            "text_info": {"sequence": row.get("sentence_index")},
            "cite_info": {
                "url": row.get("doc_url"),
                "title": row.get("doc_title"),
                "publication": row.get("publisher"),
                "coder": coder,
                "codebook": "CAMEO 1.1b3 mapped to PLOVER 2.0",
            },
            "link": row.get("cluster_id"),
            "coder": coder,
            "cameo": row.get("cameo"),
            "goldstein": row.get("goldstein"),
            "modality": row.get("modality"),
            "confidence": row.get("confidence"),
            "doc_id": row.get("doc_id"),
            **({"num_articles": row.get("num_articles")} if unit == "events" else {}),
        }


@functools.lru_cache(maxsize=1)
def _version() -> str:
    try:
        return importlib.metadata.version("dyadic")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def flat_frame(rows: pd.DataFrame) -> pd.DataFrame:
    """All columns, lists joined with ``;`` (for CSV)."""
    out = rows.copy()
    for column in out.columns:
        if out[column].map(_is_list).any():
            out[column] = _joined(out[column], sep=";")
    return out


def _write_tsv(frame: pd.DataFrame, path: Path, *, header: bool) -> None:
    frame.to_csv(path, sep="\t", index=False, header=header, na_rep="", lineterminator="\n")


def _write_parquet(rows: pd.DataFrame, path: Path, *, unit: str) -> int:
    date = _dates(rows["date"] if unit == "events" else rows["cluster_date"])
    month = date.dt.strftime("%Y-%m").fillna("undated")
    table = pa.Table.from_pandas(rows.assign(month=month), preserve_index=False)
    if path.exists():
        shutil.rmtree(path)
    pads.write_dataset(
        table,
        path,
        format="parquet",
        partitioning=pads.partitioning(pa.schema([("month", pa.string())]), flavor="hive"),
        basename_template="part-{i}.parquet",
        existing_data_behavior="overwrite_or_ignore",
    )
    return int(month.nunique())


def export(
    store: StoreLike,
    fmt: str,
    path: str | Path,
    *,
    unit: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    header: bool | None = None,
    progress: Callable[[int], None] | None = None,
) -> ExportSummary:
    """Write the store's events in one of the exchange formats.

    Args:
        store: a :class:`~dyadic.store.Store` or the path of a DuckDB file.
        fmt: icews, gdelt, plover, parquet or csv.
        path: the output file (a folder for parquet, replaced if it exists).
        unit: ``events`` (deduplicated) or ``mentions``; default per format (DEFAULT_UNITS).
        since, until: first and last event day (inclusive).
        header: write a header line (default: yes, except for gdelt, whose files have none).
        progress: called with the number of rows written.

    Raises:
        UsageError: an unknown format or unit.
        StoreError: the store cannot be read.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    unit = check_unit(unit or DEFAULT_UNITS[fmt])
    target = Path(path)
    if fmt != "parquet" and target.is_dir():
        raise UsageError(f"{target} is a folder; give a file name for --format {fmt}")
    with opened(store) as db:
        rows = db.export_frame(unit=unit, since=since, until=until)
    skipped, reason, files = 0, "", 1
    if fmt == "icews":
        _write_tsv(icews_frame(rows, unit=unit), target, header=header is not False)
    elif fmt == "gdelt":
        _write_tsv(gdelt_frame(rows, unit=unit), target, header=bool(header))
    elif fmt == "csv":
        flat_frame(rows).to_csv(target, index=False, header=header is not False)
    elif fmt == "parquet":
        files = _write_parquet(rows, target, unit=unit)
    else:
        typed = rows["plover_type"].notna()
        skipped = int((~typed).sum())
        reason = "no PLOVER event type for their CAMEO code" if skipped else ""
        with target.open("w", encoding="utf-8") as handle:
            for record in plover_records(rows[typed], unit=unit):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    written = len(rows) - skipped
    if progress is not None:
        progress(written)
    return ExportSummary(fmt, unit, target, written, skipped, reason, files)
