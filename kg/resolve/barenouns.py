"""An event noun with one participant and nothing else: not kept.

"with a four-set win over Andy Roddick" reads ``win(opponent=Andy Roddick)``; "a loan
restructuring deal with the International Monetary Fund" reads ``deal(theme=International
Monetary Fund)``; "after a meeting with his German counterpart Hans Eichel" reads
``meeting(theme=Hans Eichel)``. An event read off a noun, not a clause, that keeps one
participant and no agent, no time and no figure names a thing the sentence talks about,
not who did what: the winner, the other side, the one who met or dealt is missing. Blind
readers judged such events weak (a fragment) or wrong every time. A noun event with an
agent ("Gloucester's 17-16 win over Bath"), a second participant, a time or a figure stays,
and so does a value's change or violence ("the rise in contributions", "killed in clashes
with security forces": news by themselves, as in ``kg.resolve.anonymous``), a trial ("The
trial of Emilio Botin ... has started": who is tried is the news) and any event a clause
states.
"""

from __future__ import annotations

from kg.resolve.anonymous import FIGURE_ROLES, NEWS_BY_ITSELF
from kg.resolve.events import LinkedEvent

__all__ = ["more_than_a_noun"]

# Classes whose noun is news with one participant: a value's change, violence (kg.resolve.anonymous),
# a trial (who is tried).
_NEWS_BY_ITSELF = NEWS_BY_ITSELF | {"legal"}
# With its agent, what makes a noun event news: who did it, when, how much (a figure's or a time's role).
_CONTENT_ROLES = FIGURE_ROLES | {"agent"}


def more_than_a_noun(item: LinkedEvent) -> bool:
    """False for an event noun (not a value's change, violence nor a trial) whose only kept participant is one
    argument of no agent, time or figure."""
    mention = item.mention
    if mention.kind != "noun" or mention.event_class in _NEWS_BY_ITSELF or len(item.arguments) != 1:
        return True
    argument = mention.arguments[item.arguments[0][0]]
    return argument.role in _CONTENT_ROLES or argument.quantity is not None
