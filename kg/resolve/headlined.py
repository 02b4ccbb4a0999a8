"""The headline's event when its words are not the body's: the lead's event it restates.

``kg.resolve.events.headline_event`` finds the body event with the headline event's
lemma or class. Headlines say it in other words, or in a grammar the parser misreads
("Dutch bank to lay off 2,850 staff" over "ABN Amro ... is to cut 2,850 jobs"; "Oil
prices reach three-month low" over "Oil prices have fallen heavily ..."; "Business
confidence dips in Japan", whose "dips" the tagger reads as a plural noun). The
article's first sentence states the story in full, so its event that shares the most
words with the headline, in its participants or their entities' names, is the one the
headline restates; none when no event of the lead shares a word.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.records import Event
from kg.resolve.events import content_words
from kg.types import Span

__all__ = ["lead_restated"]


def lead_restated(title: str | None, events: Sequence[Event], labels: dict[str, list[str]], lead: Span | None) -> str | None:
    """The id of the event of the ``lead`` sentence whose participants share the most words
    with the ``title`` (the first in the text on a tie); ``labels``: each entity key's names."""
    if not title or lead is None:
        return None
    words = content_words(title)
    best: tuple[int, str] | None = None
    for event in events:
        if not lead[0] <= event.trigger_start < lead[1]:
            continue
        names: set[str] = set()
        for participant in event.participants:
            names |= content_words(participant.text)
            for label in labels.get(participant.entity or "", []):
                names |= content_words(label)
        shared = len(words & names)
        if shared and (best is None or shared > best[0]):
            best = (shared, event.id)
    return best[1] if best is not None else None
