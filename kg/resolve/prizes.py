"""A prize the article shows won or received is never the winner of another prize.

"South Korean director Im Sang-soo has received an honorary Golden Lion ... The veteran
film-maker, 70, won the best director prize": NER read "Golden Lion" as a person, so the
description "The veteran film-maker" resolved to it, and the prize became the winner,
win(agent=Golden Lion). An entity that is the object of a verb of winning or receiving
(prize_verbs.txt: "win", "receive", "pick up" ...) is what is won, never who wins: an event
of such a verb whose agent resolved to it is dropped (a wrong winner is worse than none, and
an agent no entity stands for drops its event anyway, ``kg.resolve.events``).

What is won is a name: the object's head capitalised, no possessive in it ("accepted
Chelsea's bid" makes no prize of Chelsea); a received or accepted one opens on an article
("received an honorary Golden Lion"; not "The Queen received Mr Blair": a visitor).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.lexicon import PRIZE_VERBS

if TYPE_CHECKING:
    from kg.records import EventMention, Mention
    from kg.resolve.events import LinkedEvent

__all__ = ["prize_clusters", "without_prize_winners"]

# Verbs that take visitors and offers as well as prizes: their prize opens on an article.
_RECEIVING = frozenset({"receive", "accept"})
_ARTICLE = re.compile(r"(?:a|an|the)\s", re.IGNORECASE)


def prize_clusters(mentions: Sequence[EventMention], names: Sequence[tuple[Mention, int]], text: str) -> set[int]:
    """The clusters of the names an event of winning or receiving takes as its object."""
    found: set[int] = set()
    for mention in mentions:
        if mention.lemma not in PRIZE_VERBS:
            continue
        for argument in mention.arguments:
            span = argument.argument
            if argument.role != "theme" or not text[span.head_start : span.head_start + 1].isupper():
                continue
            words = text[span.start : span.end]
            if "'s" in words or "’s" in words or (mention.lemma in _RECEIVING and _ARTICLE.match(words) is None):
                continue
            found |= {cluster for name, cluster in names
                      if span.start <= name.start and name.end <= span.end and name.start <= span.head_start < name.end}
    return found


def without_prize_winners(linked: list[LinkedEvent], mentions: Sequence[EventMention],
                          names: Sequence[tuple[Mention, int]], text: str) -> list[LinkedEvent]:
    """``linked`` without the events of winning or receiving whose agent is a prize the article names won."""
    prizes = prize_clusters(mentions, names, text)
    if not prizes:
        return linked
    return [item for item in linked if item.mention.lemma not in PRIZE_VERBS or not any(
        cluster in prizes and item.mention.arguments[index].role == "agent" for index, cluster in item.arguments)]
