"""The document stage: datelines, publication and event dates, quotes and places."""

import logging

from dyadic.document.dateline import DatelineMatch, leading_date, parse_dateline
from dyadic.document.dates import (
    TimeExpression,
    event_date,
    find_time_expressions,
    parse_date_text,
    resolve_expression,
    resolve_weekday,
)
from dyadic.document.gazetteer import Gazetteer, get_gazetteer
from dyadic.document.places import (
    PlaceMention,
    PlacesComponent,
    dateline_location,
    event_location,
    find_places,
    resolve_place,
)
from dyadic.document.prepare import PreparedDocument, prepare
from dyadic.document.quotes import QuotesComponent, find_quotes

__all__ = [
    "DatelineMatch",
    "Gazetteer",
    "PlaceMention",
    "PlacesComponent",
    "PreparedDocument",
    "QuotesComponent",
    "TimeExpression",
    "dateline_location",
    "event_date",
    "event_location",
    "find_places",
    "find_quotes",
    "find_time_expressions",
    "get_gazetteer",
    "leading_date",
    "parse_date_text",
    "parse_dateline",
    "prepare",
    "resolve_expression",
    "resolve_place",
    "resolve_weekday",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
