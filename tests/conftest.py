"""Shared fixtures: the spaCy pipeline loaded once, the shared folder when present."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from dyadic.nlp import get_pipeline
from dyadic.settings import shared_dir

SHARED = shared_dir()


@pytest.fixture(scope="session")
def nlp() -> Language:
    """Dyadic's full pipeline (base model + components), loaded once per test session."""
    return get_pipeline()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The developers' ../shared folder; tests that need it skip cleanly without it."""
    if SHARED is None:
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared: Path) -> str:
    """The seed article (EU strategy on Russia, 2021-06-16)."""
    path = shared / "data" / "corpus" / "seed-article-eu-russia-2021-06-16.txt"
    if not path.exists():
        pytest.skip("seed article not present")
    return path.read_text(encoding="utf-8")
