"""The document stage: datelines, publication and event dates, quotes and places."""

import logging

from dyadic.document.dateline import DatelineMatch, parse_dateline
from dyadic.document.dates import parse_date_text, resolve_weekday
from dyadic.document.places import PlaceMention, PlacesComponent
from dyadic.document.prepare import PreparedDocument, prepare
from dyadic.document.quotes import QuotesComponent

__all__ = [
    "DatelineMatch",
    "PlaceMention",
    "PlacesComponent",
    "PreparedDocument",
    "QuotesComponent",
    "parse_date_text",
    "parse_dateline",
    "prepare",
    "resolve_weekday",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
