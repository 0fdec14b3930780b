"""The dashboard's static files (HTML, CSS, JavaScript and the vendored libraries and map),
served by the HTTP app (:mod:`dyadic.http`)."""

import logging
from pathlib import Path

#: The folder the app serves under ``/static`` (``index.html`` is the dashboard).
STATIC_DIR = Path(__file__).resolve().parent / "static"

__all__ = ["STATIC_DIR"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
