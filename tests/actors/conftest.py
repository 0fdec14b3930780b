"""Fixtures for the actors tests: a pipeline that stops after the actors component.

The full pipeline (``nlp``) also runs quotes and events; the actors tests need neither, and keeping
them out makes these tests independent of those stages.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import dyadic.components  # noqa: F401  (registers the factories)
from dyadic.nlp.extensions import register_extensions
from dyadic.nlp.load import load_base


@pytest.fixture(scope="session")
def actors_nlp() -> Language:
    """Base model + places + actors, loaded once per session."""
    register_extensions()
    nlp = load_base()
    nlp.add_pipe("dyadic_places")
    nlp.add_pipe("dyadic_actors")
    return nlp
