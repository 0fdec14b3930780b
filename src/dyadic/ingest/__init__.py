"""The ingest stage: inputs of every kind to raw documents, bad ones to rejects."""

import logging

from dyadic.ingest.decode import decode_text, decompress
from dyadic.ingest.feeds import Feed, FeedItem, parse_feed
from dyadic.ingest.fields import FIELDS, parse_columns
from dyadic.ingest.html import Page, extract_page, html_to_text
from dyadic.ingest.readers import (
    FORMATS,
    ReadOptions,
    expand_inputs,
    read_bytes,
    read_inputs,
    record_to_document,
    sniff_format,
)
from dyadic.ingest.record import RawDocument
from dyadic.ingest.sources import fetch_url, open_input

__all__ = [
    "FIELDS",
    "FORMATS",
    "Feed",
    "FeedItem",
    "Page",
    "RawDocument",
    "ReadOptions",
    "decode_text",
    "decompress",
    "expand_inputs",
    "extract_page",
    "fetch_url",
    "html_to_text",
    "open_input",
    "parse_columns",
    "parse_feed",
    "read_bytes",
    "read_inputs",
    "record_to_document",
    "sniff_format",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
