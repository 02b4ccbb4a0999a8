"""Events that name no one and nothing: not kept.

"Analysts raised concerns", "he won some very big games", "win(theme=that race)":
once descriptions and pronouns are linked to the names they stand for
(``kg.resolve.coref``), an event none of whose participants is or names a named
entity, with no amount and no time, tells a reader nothing to look up or to count on:
who raised what, when? Blind readers judged such events weak (true but near-useless)
five times as often as correct. An event is kept when a participant is a named entity
or its words hold one ("The head of Lloyd's of London", "Shares in MCI"), when a named
source reports it, when it has an agent or is a value's change ("exports fell") or violence, and
when it gives a figure ("Shares fell 19%") or a time ("the meeting starts at 1830 GMT").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from kg.resolve.events import LinkedEvent

__all__ = ["FIGURE_ROLES", "NEWS_BY_ITSELF", "says_something"]

# Classes that are news with no one named: a value's change ("exports fell"), violence
# ("dozens were killed in clashes with security forces").
NEWS_BY_ITSELF = frozenset({"change", "conflict"})
# Roles whose words are a figure, a time or a span of time ("within several days") of the event itself.
FIGURE_ROLES = frozenset({"time", "duration", "quantity", "difference", "new_value", "old_value"})


def says_something(item: LinkedEvent, named: Collection[int], name_spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a linked event has a named participant (or one whose words hold a name),
    an amount or a time. ``named``: the clusters that are named entities, not
    descriptions; ``name_spans``: the offsets of the document's mentions of them."""
    arguments = item.mention.arguments
    if item.mention.event_class in NEWS_BY_ITSELF or any(arguments[index].role == "agent" for index, _ in item.arguments):
        return True  # "exports fell", "clashes with security forces", "protesters stormed ...": someone acting
    if item.source is not None and item.source in named:
        return True  # "Mr Tokayev declared their mission complete": who says so is named
    for index, cluster in item.arguments:
        argument = arguments[index]
        if (cluster is not None and cluster in named) or argument.role in FIGURE_ROLES or argument.quantity is not None:
            return True
        for span in (argument.argument, argument.owner):  # "Shares in MCI": the owner's words too
            if span is not None and any(span.start <= start and end <= span.end for start, end in name_spans):
                return True
    return False
