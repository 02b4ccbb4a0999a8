"""A speech a condition holds was never made: no quote, and what it would say is no more sure than it.

"The key is if Gerrard comes out and says that he is happy", "If Mr Blair says he will stand
down, Mr Brown will take over", "Unless the minister announces that the plant will close":
the speech verb stands in an "if", "unless" or "whether" clause (or governs one, "would say
so if asked"), so nobody said it; read as a quote it made Gerrard the speaker of a happiness he
never spoke of. A speech reading whose factuality a condition set (``factuality_cue`` "if",
"unless", "whether") is dropped, and each event inside its content read as told or planned
("he will stand down": planned) takes the condition's reading, possible (questioned after
"whether"), the condition its cue. A concession is no condition: "even if the coach admitted
Cardiff was an 'unforgiving place'" tells what he admitted, and stays.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.records import EventMention, SpeechReading
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Words

_CONDITIONS = frozenset({"if", "unless", "whether"})
_SURER = frozenset({Factuality.ASSERTED, Factuality.REPORTED, Factuality.PLANNED})  # what a condition outranks


def unspoken(readings: Iterable[SpeechReading], events: Iterable[EventMention],
             words: Words) -> tuple[tuple[SpeechReading, ...], tuple[EventMention, ...]]:
    """The speech readings but those a condition holds, and the events with what those would
    have said made as sure as the condition (see the module)."""
    kept: list[SpeechReading] = []
    held: list[SpeechReading] = []
    for reading in readings:
        conditioned = reading.factuality_cue in _CONDITIONS and not _conceded(reading, words)
        (held if conditioned else kept).append(reading)
    if not held:
        return tuple(kept), tuple(events)
    found = []
    for event in events:
        holder = next((r for r in held if r.content[0] <= event.trigger_start < r.content[1]), None)
        if holder is not None and event.factuality in _SURER:
            event = replace(event, factuality=holder.factuality, cue=holder.factuality_cue, source=None)
        found.append(event)
    return tuple(kept), tuple(found)


def _conceded(reading: SpeechReading, words: Words) -> bool:
    """Whether the reading's "if" is an "even if" on its own speech verb: a concession, told."""
    at = words.by_offset()
    start, end = reading.sentence
    for offset in range(start, end):
        word = at.get(offset)
        if word is None or word.lower_ != "if" or word.dep_ != "mark" or word.head.lemma_.lower() != reading.cue:
            continue
        before = word.doc[word.i - 1] if word.i > 0 else None
        if before is not None and before.lower_ == "even":
            return True
    return False
