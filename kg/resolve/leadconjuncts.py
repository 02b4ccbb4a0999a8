"""A conjunct of the lead's subject opens the sentence as the first does.

``kg.resolve.lead`` keeps the first sentence's event when its agent is a description
that opens the sentence: the subject, not a noun a participle hangs on later. A
subject of two descriptions joined by "and" ("Rising oil prices and the sinking dollar
hit shares on Monday") gives two agents, and the second does not open the sentence:
the first stands before it. It is the subject all the same, so it counts as opening the
sentence when only the event's other agents, commas and "and"/"or" stand before it; not
a second noun under the first one's determiner ("The founder and former boss of Parmalat
has apologised": one person, whom the article names later).
"""

from __future__ import annotations

import re

from kg.records import Argument, EventMention

__all__ = ["opens_subject"]

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})

# What joins the conjuncts of a subject: commas, "and", "or" (spaces and quotation marks around them).
_JOINERS = re.compile(r"[\s,\"'‘’“”]*(?:(?:and|or)[\s\"'‘’“”]+)?", re.IGNORECASE)


def opens_subject(mention: EventMention, span: Argument, text: str) -> bool:
    """Whether nothing but the mention's other agents and what joins them stands between the
    sentence's start and the argument ``span``.

    >>> from kg.records import EventArgument
    >>> text = "Rising oil prices and the sinking dollar hit shares"
    >>> first, second = Argument("Rising oil prices", 0, 17, 11, 17), Argument("the sinking dollar", 22, 40, 34, 40)
    >>> mention = EventMention("hit", "hit", "other", (EventArgument("agent", first), EventArgument("agent", second)),
    ...                        (0, len(text)), 41, 44, 1.0)
    >>> opens_subject(mention, second, text), opens_subject(mention, Argument("shares", 45, 51, 45, 51), text)
    (True, False)
    """
    position, first = mention.sentence[0], None
    for agent in sorted((argument.argument for argument in mention.arguments
                         if argument.role == "agent" and argument.argument.end <= span.start), key=lambda agent: agent.start):
        if _JOINERS.fullmatch(text, position, agent.start) is None:
            return False  # "the problems facing Britain": a word of no subject's before it
        position, first = agent.end, first or agent
    if first is not None and _determined(first) and not _determined(span):
        return False  # "The founder and former boss of Parmalat": one person's two nouns under one "the"
    return _JOINERS.fullmatch(text, position, span.start) is not None


def _determined(span: Argument) -> bool:
    """Whether the argument opens with a determiner of its own ("the sinking dollar")."""
    words = span.text.split()
    return bool(words) and words[0].lower() in _DETERMINERS
