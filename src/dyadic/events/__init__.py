"""The events stage: CAMEO and PLOVER codes, actors' roles, modality and evidence."""

import logging

from dyadic.events.codes import CameoCode, cameo_codes, five_class, lookup, quad_class
from dyadic.events.component import EventsComponent

__all__ = ["CameoCode", "EventsComponent", "cameo_codes", "five_class", "lookup", "quad_class"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
