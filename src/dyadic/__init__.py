"""Dyadic: political event data from news text — who did what to whom, when and where.

>>> import dyadic
>>> doc = dyadic.code_text("Russian troops attacked Kharkiv on Monday.", date="2022-03-01")
>>> [(e.source.code, e.cameo, e.target.code) for e in doc.events]  # doctest: +SKIP
"""

import logging

from dyadic.api import CodeSummary, code, code_file, code_text, iter_code
from dyadic.errors import ConfigError, DyadicError, InputError, StoreError, UsageError
from dyadic.model import Actor, Dateline, Document, Event, Evidence, Location, Quote, Reject

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "CodeSummary",
    "ConfigError",
    "Dateline",
    "Document",
    "DyadicError",
    "Event",
    "Evidence",
    "InputError",
    "Location",
    "Quote",
    "Reject",
    "StoreError",
    "UsageError",
    "__version__",
    "code",
    "code_file",
    "code_text",
    "iter_code",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
