"""What people would do, according to a poll, is the poll's forecast: possible, not their plan.

"British voters would reject the European constitution by two to one, according to a poll":
the "would" tells what those asked say they would do, a case the poll finds, as in "a poll found
voters would reject the treaty" (``evidence`` cues: possible), not a plan of the voters'. An
event with its own "would" or "will", read planned, inside what an "according to" phrase
attributes (``kg.extract.according``) to a poll, a survey, a study or figures
(``finding_nouns.txt``: the head of the phrase) is possible, the modal its cue, the phrase its
source. Not after a person or a body ("The firm would cut 500 jobs, according to the union": a
plan reported), nor an event with no modal of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon.table import read_words
from kg.records import EventMention, SpeechReading
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Words

FINDING_NOUNS = read_words("finding_nouns.txt")
_MODALS = frozenset({"would", "'d", "will", "'ll"})


def poll_forecasts(readings: Iterable[SpeechReading], events: Iterable[EventMention],
                   words: Words) -> tuple[EventMention, ...]:
    """``events`` with each planned one a poll's "according to" attributes made possible (see the module)."""
    polls = [r for r in readings if r.cue == "according to" and r.speaker is not None
             and fold(words.text[r.speaker.head_start : r.speaker.head_end]) in FINDING_NOUNS]
    if not polls:
        return tuple(events)
    at = words.by_offset()
    found = []
    for event in events:
        poll = next((r for r in polls if r.content[0] <= event.trigger_start < r.content[1]), None)
        trigger = at.get(event.trigger_start) if poll is not None else None
        modal = next((c.lower_ for c in trigger.children if c.dep_ == "aux" and c.lower_ in _MODALS),
                     None) if trigger is not None else None
        if poll is not None and modal is not None and event.factuality is Factuality.PLANNED:
            cue = "would" if modal == "'d" else "will" if modal == "'ll" else modal
            event = replace(event, factuality=Factuality.POSSIBLE, cue=cue, source=poll.speaker)
        found.append(event)
    return tuple(found)
