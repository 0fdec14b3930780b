"""The NLP stage: one spaCy pipeline per process, batched over documents."""

import logging

from dyadic.nlp.extensions import register_extensions
from dyadic.nlp.load import DYADIC_COMPONENTS, build_pipeline, get_pipeline, load_base

__all__ = [
    "DYADIC_COMPONENTS",
    "build_pipeline",
    "get_pipeline",
    "load_base",
    "register_extensions",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
