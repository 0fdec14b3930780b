"""The actors stage: who is named in the text, resolved by date against the knowledge base."""

import logging

from dyadic.actors.component import ActorsComponent
from dyadic.actors.mention import MENTION_KINDS, ActorMention, mention_at, mentions_at, mentions_of

__all__ = ["MENTION_KINDS", "ActorMention", "ActorsComponent", "mention_at", "mentions_at", "mentions_of"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
