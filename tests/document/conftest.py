"""A pipeline for document-stage tests: the base model and the places component only, so that
these tests measure this stage and not the actors or events stages that run after it."""

from __future__ import annotations

import pytest
from spacy.language import Language

import dyadic.components  # noqa: F401  (registers the factories)
from dyadic.nlp import load_base, register_extensions


@pytest.fixture(scope="session")
def doc_nlp() -> Language:
    """Base spaCy pipeline + ``dyadic_places`` (loaded once per session)."""
    register_extensions()
    nlp = load_base()
    nlp.add_pipe("dyadic_places")
    return nlp
