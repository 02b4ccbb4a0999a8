"""What an event is said to do over a time still to come: a forecast, not a fact.

"The slowdown was prompting a 3% rise in prices over the coming 12 months", "with prices
rising by 2% over the coming months": an event whose own time phrase names a period still
to come ("the coming months", "the year ahead") has not happened. Read as asserted or
reported, it is possible instead (cue "coming"), its source kept. The phrase must hang on
the event itself: a noun event's own words (down its prepositions), a verb's own
preposition, and a verb in a past form is left alone ("in the coming weeks he became ...":
a story told after the fact), as is "rose 3% over the past 12 months". "next" is no cue
here: past narrative uses it too ("over the next three days police arrested 50 people").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.records import EventMention
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

_AHEAD = frozenset({"coming", "ahead", "forthcoming", "upcoming"})
_TIME_PREPOSITIONS = frozenset({"over", "in", "during", "within", "for"})
_PERIODS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "quarters",
                      "decade", "decades", "season", "seasons", "period"})
_TOLD = frozenset({Factuality.ASSERTED, Factuality.REPORTED})
_PAST = frozenset({"VBD", "VBN"})


def forecasts(events: Iterable[EventMention], words: Words) -> list[EventMention]:
    """``events`` with those told over a period still to come made possible (see the module)."""
    at = words.by_offset()
    found = []
    for event in events:
        trigger = at.get(event.trigger_start)
        if event.factuality in _TOLD and trigger is not None and (cue := _coming(trigger)) is not None:
            event = replace(event, factuality=Factuality.POSSIBLE, cue=cue)
        found.append(event)
    return found


def _coming(trigger: Word) -> str | None:
    """The word that makes the event's own time phrase a period to come, if any."""
    if trigger.tag_ in _PAST:
        return None
    heads, depth = [trigger], 0
    while heads and depth < 3:  # a noun's own words: "a rise in prices over the coming months"
        nxt = []
        for head in heads:
            for prep in head.children:
                if prep.dep_ != "prep":
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    if prep.lower_ in _TIME_PREPOSITIONS and obj.lower_ in _PERIODS:
                        cue = next((m.lower_ for m in obj.children if m.lower_ in _AHEAD), None)
                        if cue is not None:
                            return cue
                    if trigger.pos_ == "NOUN":
                        nxt.append(obj)
        heads, depth = nxt, depth + 1
    return None
