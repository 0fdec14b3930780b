"""The actors stage: who is named in the text, resolved by date against the knowledge base."""

import logging

from dyadic.actors.component import ActorsComponent, find_mentions
from dyadic.actors.kb import (
    KB_KINDS,
    Agent,
    KBActor,
    KnowledgeBase,
    KnowledgeBaseError,
    LookupResult,
    Role,
    get_kb,
    list_actors,
    lookup,
)
from dyadic.actors.mention import MENTION_KINDS, ActorMention, mention_at, mentions_at, mentions_of

__all__ = [
    "KB_KINDS",
    "MENTION_KINDS",
    "ActorMention",
    "ActorsComponent",
    "Agent",
    "KBActor",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "LookupResult",
    "Role",
    "find_mentions",
    "get_kb",
    "list_actors",
    "lookup",
    "mention_at",
    "mentions_at",
    "mentions_of",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
