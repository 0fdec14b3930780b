"""The ingest stage: inputs of every kind to raw documents, bad ones to rejects."""

import logging

from dyadic.ingest.decode import decode_text, decompress
from dyadic.ingest.readers import FORMATS, expand_inputs, read_bytes, read_inputs, record_to_document
from dyadic.ingest.record import RawDocument

__all__ = [
    "FORMATS",
    "RawDocument",
    "decode_text",
    "decompress",
    "expand_inputs",
    "read_bytes",
    "read_inputs",
    "record_to_document",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
